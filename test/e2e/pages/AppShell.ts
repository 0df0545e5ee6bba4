import { PageObject } from './PageObject';
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import type { UiLanguage } from '../harness/strings';
import { tr } from '../harness/strings';

/** The eight screens, in navigation order (src-renderer/app/screens.ts). */
export const SCREEN_KEYS = ['today', 'inquiries', 'customers', 'letters', 'quotes', 'calendar', 'outbox', 'settings'] as const;
export type ScreenKey = (typeof SCREEN_KEYS)[number];
/** Screens a later version brings; they show a plain "not built yet" page. */
export const NOT_BUILT: readonly ScreenKey[] = ['quotes', 'calendar'];

/**
 * The frame around every screen: navigation, header, theme toggle. Finds things by test id where
 * the app has one, else by the text the user reads, in the language on screen (`t`).
 */
export class AppShell extends PageObject {


  navItem(screen: ScreenKey): Locator {
    return this.page.getByTestId(`nav-${screen}`);
  }

  /** Clicks the screen in the navigation and waits until the address shows it. */
  async open(screen: ScreenKey): Promise<void> {
    await this.navItem(screen).click();
    await expect.poll(() => this.page.evaluate(() => window.location.hash)).toMatch(new RegExp(`^#/${screen}(\\b|$)`));
  }

  /** The navigation labels as shown, in order. */
  async navLabels(): Promise<string[]> {
    return Promise.all(SCREEN_KEYS.map(async (s) => (await this.navItem(s).innerText()).trim()));
  }

  /** The "not built yet" page of a screen. */
  comingSoon(screen: ScreenKey): Locator {
    return this.page.getByTestId(`coming-soon-${screen}`);
  }

  themeToggle(lang: UiLanguage): Locator {
    return this.page.getByRole('button', { name: tr(lang, 'theme.toggle'), exact: true });
  }

  /** Clicks the header's light/dark toggle; answers the scheme it switched to. */
  async toggleTheme(): Promise<'light' | 'dark'> {
    const before = await this.app.colorScheme();
    await this.themeToggle(await this.app.language()).click();
    const after = before === 'dark' ? 'light' : 'dark';
    await expect.poll(() => this.app.colorScheme()).toBe(after);
    return after;
  }

  /** The main area's heading text (first h1–h3), for a quick "which screen is this". */
  async heading(): Promise<string> {
    return (await this.page.locator('main').locator('h1, h2, h3').first().innerText()).trim();
  }
}
