import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import { PageObject } from './PageObject';
import { LONG } from './waits';

/** One recipient row of the review, as the salesperson reads it. */
export interface ReviewRowView {
  customerId: string;
  status: 'ready' | 'held';
  company: string;
  address: string;
  language: string;
  subject: string;
  /** The first held-back reason, '' when ready. */
  reason: string;
}

/**
 * The composer (#/letters/compose?customer=|segment=|selection=1): recipients, template and
 * inputs, then the review of every letter with send or schedule.
 */
export class ComposePage extends PageObject {
  screen(): Locator {
    return this.page.getByTestId('compose-screen');
  }
  noSender(): Locator {
    return this.page.getByTestId('compose-no-sender');
  }
  title(): Locator {
    return this.page.getByTestId('compose-title');
  }
  recipientCount(): Locator {
    return this.page.getByTestId('compose-recipient-count');
  }

  /** "Next" on the step on screen. */
  async next(): Promise<void> {
    await this.page.getByTestId('compose-next').filter({ visible: true }).click();
  }

  template(id: string): Locator {
    return this.page.getByTestId(`compose-template-${id}`);
  }
  suggested(): Locator {
    return this.page.getByTestId('compose-suggested');
  }

  /** Step 2: picks the template and goes on to the review. */
  async chooseTemplate(id: string): Promise<void> {
    await this.template(id).click();
    await expect.poll(() => this.template(id).getAttribute('data-checked'), LONG).not.toBeNull();
    await this.next();
    await this.page.getByTestId('review-step').waitFor();
  }

  /** From the customer's "write a letter": the composer for them, the template picked, the review ready. */
  async reviewFor(customerId: string, templateId: string): Promise<void> {
    await this.app.goto(`/letters/compose?customer=${encodeURIComponent(customerId)}`);
    await this.screen().waitFor();
    await this.next();
    await this.chooseTemplate(templateId);
    await this.reviewReady();
  }

  /** Waits until every letter is written and the summary shows. */
  async reviewReady(): Promise<string> {
    await this.summary().waitFor({ timeout: 120_000 });
    return this.summary().innerText();
  }
  summary(): Locator {
    return this.page.getByTestId('review-summary');
  }
  rows(): Locator {
    return this.page.getByTestId('review-row');
  }
  row(customerId: string): Locator {
    return this.page.locator(`[data-testid="review-row"][data-customer-id="${customerId}"]`);
  }

  /** The rows on screen (the list is virtualised; a batch of a few dozen shows whole). */
  async visibleRows(): Promise<ReviewRowView[]> {
    return this.rows().evaluateAll((rows) =>
      rows
        .sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index')))
        .map((row) => {
          const cells = [...row.querySelectorAll('[role="gridcell"]')];
          return {
            customerId: row.getAttribute('data-customer-id') ?? '',
            status: row.getAttribute('data-status') as 'ready' | 'held',
            company: cells[0]?.querySelector('p')?.textContent ?? '',
            address: row.querySelector('[data-testid="review-address"]')?.textContent?.split(' · ').pop()?.trim() ?? '',
            language: cells[1]?.textContent?.trim() ?? '',
            subject: cells[2]?.textContent?.trim() ?? '',
            reason: row.querySelector('[data-testid="review-reason"]')?.textContent?.trim() ?? '',
          };
        }),
    );
  }

  preview(): Locator {
    return this.page.getByTestId('review-preview');
  }
  previewProblems(): Locator {
    return this.page.getByTestId('review-problems');
  }

  /** "Now", "At a date and time" or "09:30 on their next working day". */
  async timing(label: string): Promise<void> {
    await this.page.getByTestId('compose-timing').getByText(label, { exact: true }).click();
  }

  sendButton(): Locator {
    return this.page.getByTestId('compose-send');
  }

  /** Send (or schedule); resolves once the outbox shows the batch. */
  async send(): Promise<string> {
    await expect.poll(() => this.sendButton().isEnabled(), LONG).toBe(true);
    await this.sendButton().click();
    await expect.poll(() => this.page.evaluate(() => window.location.hash), LONG).toMatch(/^#\/outbox\?batch=/);
    const hash = await this.page.evaluate(() => window.location.hash);
    return decodeURIComponent(/batch=([^&]+)/.exec(hash)?.[1] ?? '');
  }
}
