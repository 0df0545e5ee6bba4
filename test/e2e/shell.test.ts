import { describe, expect, it } from 'vitest';
import { useApp } from './harness/fixture';
import { tr, UI_LANGUAGES } from './harness/strings';
import type { ScreenKey } from './pages';
import { AppShell, NOT_BUILT, SCREEN_KEYS, SettingsPage } from './pages';

/** The app's frame, as a salesperson meets it on the first day. */

describe('first start on an English system', () => {
  const app = useApp({ locale: 'en-US' });
  const shell = new AppShell(app);
  const settings = new SettingsPage(app);

  it('boots from a fresh profile in English', async () => {
    expect(await app.language()).toBe('en');
    expect(await app.page.title()).toBe('Tradewind');
    await expect.poll(() => app.page.getByRole('heading', { name: tr('en', 'appName'), exact: true }).isVisible()).toBe(true);
  });

  it('shows all eight screens in the navigation', async () => {
    expect(await shell.navLabels()).toEqual(SCREEN_KEYS.map((s) => tr('en', `nav.${s}`)));
  });

  it.each(NOT_BUILT)('says plainly that %s is not built yet', async (screen) => {
    await shell.open(screen);
    const page = shell.comingSoon(screen);
    await page.waitFor();
    const text = await page.innerText();
    expect(text).toContain(tr('en', 'comingSoon.title', { screen: tr('en', `nav.${screen}`) }));
    expect(text).toContain(tr('en', `comingSoon.${screen}`));
    // …and offers the way back to what exists.
    await page.getByRole('button', { name: tr('en', 'comingSoon.openCustomers') }).click();
    await expect.poll(() => app.page.evaluate(() => window.location.hash)).toBe('#/customers');
  });

  it('does not call the built screens "not built"', async () => {
    for (const screen of ['customers', 'settings'] as const) {
      await shell.open(screen);
      expect(await shell.comingSoon(screen).count()).toBe(0);
    }
  });

  it('toggles the theme dark and light, and keeps it after a reload', async () => {
    expect(await app.colorScheme()).toBe('light');
    expect(await shell.toggleTheme()).toBe('dark');
    await app.reload();
    expect(await app.colorScheme()).toBe('dark');
    expect(await shell.toggleTheme()).toBe('light');
  });

  it('window.api refuses a bad files:save argument with invalidArgument, and saves nothing', async () => {
    const results = await app.page.evaluate(async () => {
      const save = window.api['files:save'] as (arg: unknown) => Promise<unknown>;
      return Promise.all([
        save({ suggestedName: '../../evil.sh', bytes: new Uint8Array([1, 2, 3]) }),
        save({ suggestedName: 'customers.csv', bytes: [1, 2, 3] }),
        save({ suggestedName: 'customers.csv' }),
        save(undefined),
      ]);
    });
    for (const result of results) expect(result).toMatchObject({ ok: false, error: { code: 'invalidArgument', details: expect.any(Array) } });
    expect(app.shell.saveRequests).toEqual([]);
    expect(await app.savedFiles()).toEqual([]);
  });

  it('window.api saves bytes through main, byte for byte', async () => {
    const saved = app.waitForSavedFile();
    const result = await app.page.evaluate(() =>
      window.api['files:save']({ suggestedName: 'hello.csv', bytes: new TextEncoder().encode('name\n王伟\n'), extensions: ['csv'] }),
    );
    expect(result).toMatchObject({ ok: true, value: { saved: true } });
    expect((await saved).text).toBe('name\n王伟\n');
    expect(await app.savedFiles()).toEqual(['hello.csv']);
  });

  it('window.api refuses a javascript: link', async () => {
    expect(await app.invoke('shell:openExternal', { url: 'javascript:alert(1)' })).toMatchObject({
      ok: false,
      error: { code: 'invalidArgument' },
    });
    expect(app.shell.opened).toEqual([]);
  });

  it('Settings switches the language to 中文, and it is remembered after a reload and a restart', async () => {
    await settings.open();
    await settings.setLanguage('zh-CN');
    expect(await shell.navLabels()).toEqual(SCREEN_KEYS.map((s) => tr('zh-CN', `nav.${s}`)));
    await app.reload();
    expect(await app.language()).toBe('zh-CN');
    await app.restart();
    expect(await app.language()).toBe('zh-CN');
    expect(await shell.navLabels()).toEqual(SCREEN_KEYS.map((s) => tr('zh-CN', `nav.${s}`)));
    await settings.open();
    await settings.setLanguage('en');
  });

  it('shows the data folder main reports in Settings', async () => {
    await settings.open();
    await expect.poll(() => app.page.getByText(app.shell.appInfo().dataPath, { exact: true }).isVisible()).toBe(true);
  });

  it('screenshots every screen in both languages', async () => {
    const ready: Partial<Record<ScreenKey, () => Promise<void>>> = {
      settings: () => settings.languageSwitch().waitFor(),
      letters: () => app.page.getByTestId('template-list').waitFor(),
      outbox: () => app.page.getByTestId('outbox-screen').waitFor(),
      today: () => app.page.getByTestId('today-screen').waitFor(),
      inquiries: () => app.page.getByTestId('inquiries-screen').waitFor(),
    };
    for (const lang of UI_LANGUAGES) {
      await settings.open();
      await settings.setLanguage(lang);
      for (const screen of SCREEN_KEYS) {
        await shell.open(screen);
        await (ready[screen] ?? (NOT_BUILT.includes(screen) ? () => shell.comingSoon(screen).waitFor() : () => Promise.resolve()))();
        const path = await app.screenshot(screen);
        expect(path).toMatch(new RegExp(`screenshots/${screen}\\.${lang}\\.png$`));
      }
    }
    await settings.open();
    await settings.setLanguage('en');
  });

  it('ran without errors in the page', () => {
    expect(app.errors).toEqual([]);
  });
});

describe('first start on a Chinese system', () => {
  const app = useApp({ locale: 'zh-CN' });
  const shell = new AppShell(app);

  it('follows the system language: the first start is in Chinese', async () => {
    expect(await app.page.evaluate(() => navigator.languages)).toEqual(['zh-CN']);
    expect(await app.language()).toBe('zh-CN');
    expect(await shell.navLabels()).toEqual(SCREEN_KEYS.map((s) => tr('zh-CN', `nav.${s}`)));
  });

  it('says plainly in Chinese which screens are not built yet', async () => {
    await shell.open('quotes');
    expect(await shell.comingSoon('quotes').innerText()).toContain(tr('zh-CN', 'comingSoon.title', { screen: tr('zh-CN', 'nav.quotes') }));
  });

  it('screenshots in dark mode', async () => {
    await shell.toggleTheme();
    await shell.open('settings');
    await new SettingsPage(app).languageSwitch().waitFor();
    await app.screenshot('settings-dark');
  });

  it('ran without errors in the page', () => {
    expect(app.errors).toEqual([]);
  });
});
