import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import { PageObject } from './PageObject';
import { LONG } from './waits';

export interface OutboxRowView {
  messageId: string;
  customerId: string;
  status: string;
  recipient: string;
  company: string;
  subject: string;
  when: string;
  error: string;
}

export interface BatchView {
  total: number;
  sent: number;
  failed: number;
  uncertain: number;
  pending: number;
  done: boolean;
}

/** The outbox (#/outbox): tabs by status, the latest batch's progress, banners, the letters. */
export class OutboxPage extends PageObject {
  screen(): Locator {
    return this.page.getByTestId('outbox-screen');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-outbox').click();
    await this.screen().waitFor();
  }

  navBadge(): Locator {
    return this.page.getByTestId('outbox-nav-badge');
  }

  batch(): Locator {
    return this.page.getByTestId('batch-progress');
  }

  /** The latest batch's counts, from the progress bar. */
  async batchView(): Promise<BatchView | null> {
    if ((await this.batch().count()) === 0) return null;
    return this.batch().evaluate((el) => {
      const n = (name: string) => Number(el.getAttribute(`data-${name}`) ?? 0);
      return { total: n('total'), sent: n('sent'), failed: n('failed'), uncertain: n('uncertain'), pending: n('pending'), done: el.getAttribute('data-done') === 'true' };
    });
  }

  /** Waits until the batch has nothing pending. */
  async batchDone(): Promise<BatchView> {
    await expect.poll(async () => (await this.batchView())?.done ?? false, { timeout: 180_000, interval: 300 }).toBe(true);
    return (await this.batchView())!;
  }

  tab(status: string): Locator {
    return this.page.getByTestId(`outbox-tab-${status}`);
  }
  async showTab(status: string): Promise<void> {
    await this.tab(status).click();
    await expect.poll(() => this.tab(status).getAttribute('aria-selected'), LONG).toBe('true');
  }
  async tabCount(status: string): Promise<number> {
    return Number((await this.page.getByTestId(`outbox-count-${status}`).innerText()).replace(/[^\d]/g, ''));
  }

  rows(): Locator {
    return this.page.getByTestId('outbox-row');
  }
  rowByMessageId(messageId: string): Locator {
    return this.page.locator(`[data-testid="outbox-row"][data-message-id="${messageId}"]`);
  }

  async visibleRows(): Promise<OutboxRowView[]> {
    return this.rows().evaluateAll((rows) =>
      rows.map((row) => {
        const cells = [...row.querySelectorAll('td')];
        const text = (i: number) => cells[i]?.innerText.replace(/\s+/g, ' ').trim() ?? '';
        return {
          messageId: row.getAttribute('data-message-id') ?? '',
          customerId: row.getAttribute('data-customer-id') ?? '',
          status: row.getAttribute('data-status') ?? '',
          company: row.querySelector('[data-testid="outbox-company"]')?.textContent?.trim() ?? '',
          recipient: cells[0]?.querySelector('p')?.textContent?.trim() ?? '',
          subject: text(1),
          when: text(3),
          error: row.querySelector('[data-testid="outbox-error"]')?.textContent?.trim() ?? '',
        };
      }),
    );
  }

  uncertainBanner(): Locator {
    return this.page.getByTestId('outbox-uncertain-banner');
  }
  pausedBanner(): Locator {
    return this.page.getByTestId('outbox-paused');
  }

  /** Retry on a row: opens the confirmation, answers its text, and confirms. */
  async retry(row: Locator): Promise<string> {
    await row.getByTestId('outbox-retry').click();
    const body = await this.page.getByTestId('outbox-confirm-body').innerText();
    await this.page.getByTestId('outbox-confirm').click();
    return body;
  }
}
