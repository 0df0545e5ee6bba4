import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import type { TradewindApp } from '../harness/app';
import type { UiLanguage } from '../harness/strings';
import { tr } from '../harness/strings';
import { AppShell } from './AppShell';

const LANGUAGE_LABEL: Record<UiLanguage, string> = { en: 'English', 'zh-CN': '简体中文' };

/** Settings: language, appearance, the data folder. */
export class SettingsPage {
  readonly shell: AppShell;
  constructor(readonly app: TradewindApp) {
    this.shell = new AppShell(app);
  }

  async open(): Promise<void> {
    await this.shell.open('settings');
    await this.languageSwitch().waitFor();
  }

  languageSwitch(): Locator {
    return this.app.page.getByTestId('language-switch');
  }

  /** Picks the UI language in Settings and waits until the screens show it. */
  async setLanguage(lang: UiLanguage): Promise<void> {
    await this.languageSwitch().getByText(LANGUAGE_LABEL[lang], { exact: true }).click();
    await expect.poll(() => this.app.language()).toBe(lang);
    await expect.poll(() => this.shell.navItem('settings').innerText()).toBe(tr(lang, 'nav.settings'));
  }

  /** Picks light, dark or "follow system" in the Appearance card. */
  async setTheme(choice: 'light' | 'dark' | 'auto'): Promise<void> {
    const lang = await this.app.language();
    await this.app.page.getByText(tr(lang, `theme.${choice}`), { exact: true }).click();
  }
}
