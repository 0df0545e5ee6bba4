import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TradewindApp } from '../harness/app';

/**
 * The machine running the suite may be busy: waits are generous, and nothing asserts on time.
 * `expect.poll(fn, LONG)` instead of vitest's 1 s default.
 */
export const LONG = { timeout: 60_000, interval: 200 } as const;

/** Playwright's own waits (click, waitFor, fill): one minute instead of the harness's 15 s. */
export const ACTION_TIMEOUT = 60_000;

/** The first whole number in a text, ignoring group separators: "共 1,234 位客户" → 1234. */
export function numberIn(text: string): number {
  const match = /\d[\d,.\s\u00a0\u202f]*/.exec(text);
  if (!match) throw new Error(`No number in “${text}”`);
  return Number(match[0].replace(/[^\d]/g, ''));
}

/** How the app formats a count in the UI language (Intl, as useFormatters does). */
export function formatCount(lang: string, n: number): string {
  return new Intl.NumberFormat(lang).format(n);
}

/**
 * How many customers IndexedDB holds right now, read beside the app (not through its screens), so a
 * spec can prove that nothing was written while a wizard is still open.
 */
export async function storedCustomerCount(app: TradewindApp): Promise<number> {
  return app.page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('tradewind');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          try {
            const req = db.transaction('customers', 'readonly').objectStore('customers').count();
            req.onsuccess = () => {
              db.close();
              resolve(req.result);
            };
            req.onerror = () => {
              db.close();
              reject(new Error(String(req.error)));
            };
          } catch (err) {
            db.close();
            reject(err instanceof Error ? err : new Error(String(err)));
          }
        };
      }),
  );
}

/** A Mantine notification holding `text`. */
export function notification(page: Page, text: string | RegExp): Locator {
  return page.locator('.mantine-Notification-root').filter({ hasText: text });
}

/** The country's name as the page shows it (Intl.DisplayNames in the browser, like the app). */
export async function countryName(page: Page, lang: string, code: string): Promise<string> {
  return page.evaluate(([l, c]) => new Intl.DisplayNames([l], { type: 'region', fallback: 'code' }).of(c) ?? c, [lang, code] as const);
}

/** Records every alert/confirm/prompt the page opens (and dismisses it): an XSS test wants none. */
export function recordDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  return seen;
}

/**
 * Waits until the window has stopped scrolling (the app scrolls smoothly to a validation summary
 * or a new field): a screenshot taken mid-scroll shows a torn frame.
 */
export async function scrollSettled(page: Page): Promise<void> {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await page.evaluate(() =>
          [window.scrollY, ...[...document.querySelectorAll('*')].filter((el) => el.scrollTop > 0).map((el) => el.scrollTop)].join(','),
        );
        const same = now === last;
        last = now;
        return same;
      },
      { timeout: 30_000, interval: 300 },
    )
    .toBe(true);
}

/** Closes every notification on screen, so a screenshot shows the screen itself. */
export async function dismissNotifications(page: Page): Promise<void> {
  const close = page.locator('.mantine-Notification-root .mantine-Notification-closeButton');
  for (let i = 0; i < 20 && (await close.count()) > 0; i++) await close.first().click({ timeout: 5_000 }).catch(() => undefined);
  await expect.poll(() => page.locator('.mantine-Notification-root').count(), LONG).toBe(0);
}
