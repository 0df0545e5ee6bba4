import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import { readStore } from '../harness/records';
import { PageObject } from './PageObject';
import { LONG } from './waits';

/** What the paste form takes; every field but the text is optional. */
export interface PastedInquiry {
  text: string;
  subject?: string;
  fromEmail?: string;
  fromName?: string;
  /** A datetime-local value on the buyer's clock, e.g. "2026-11-26T03:12". */
  received?: string;
  /** The buyer's offset as the select shows it, e.g. "UTC−5". */
  offset?: string;
}

/** An inquiry as stored, read beside the app. */
export interface StoredInquiry {
  id: string;
  status: string;
  customerId: string | null;
  score: number;
  archivedReason: string | null;
  confirmed: { level: string; background: string } | null;
  correctedFields: string[];
  level: string;
}

/**
 * The inquiry inbox (#/inquiries), the add screen (#/inquiries/new) and the inquiry page
 * (#/inquiries/<id>): the scorecard, the corrections and the qualify-before-reply step.
 */
export class InquiriesPage extends PageObject {
  screen(): Locator {
    return this.page.getByTestId('inquiries-screen');
  }
  rows(): Locator {
    return this.page.getByTestId('inquiry-row');
  }
  row(id: string): Locator {
    return this.page.locator(`[data-testid="inquiry-row"][data-id="${id}"]`);
  }
  navBadge(): Locator {
    return this.page.getByTestId('inquiries-nav-badge');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-inquiries').click();
    await this.screen().waitFor();
  }

  /** The ids of the queue's rows, in the order shown. */
  async rowIds(): Promise<string[]> {
    return this.rows().evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id') ?? ''));
  }

  /** Add inquiry → Paste: fills the form, adds it, and waits for its page. Answers its id. */
  async paste(inquiry: PastedInquiry): Promise<string> {
    await this.page.getByTestId('inquiry-add').click();
    await this.fillPaste(inquiry);
    await this.page.getByTestId('paste-submit').click();
    await this.inquiryPage().waitFor();
    return (await this.inquiryPage().getAttribute('data-id')) ?? '';
  }

  /** Fills the paste form (on the add screen), without adding. */
  async fillPaste(inquiry: PastedInquiry): Promise<void> {
    await this.page.getByTestId('paste-form').waitFor();
    await this.page.getByTestId('paste-text').fill(inquiry.text);
    if (inquiry.subject) await this.page.getByTestId('paste-subject').fill(inquiry.subject);
    if (inquiry.fromEmail) await this.page.getByTestId('paste-from-email').fill(inquiry.fromEmail);
    if (inquiry.fromName) await this.page.getByTestId('paste-from-name').fill(inquiry.fromName);
    if (inquiry.received) await this.page.getByTestId('paste-received').fill(inquiry.received);
    if (inquiry.offset) {
      await this.page.getByTestId('paste-offset').click();
      await this.page.getByRole('option', { name: inquiry.offset, exact: true }).click();
    }
  }

  inquiryPage(): Locator {
    return this.page.getByTestId('inquiry-page');
  }
  async openInquiry(id: string): Promise<void> {
    await this.row(id).click();
    await expect.poll(() => this.inquiryPage().getAttribute('data-id'), LONG).toBe(id);
  }

  /** The value shown for an extracted field (company, quantity, products…). */
  extracted(key: string): Locator {
    return this.page.getByTestId(`extracted-${key}-value`);
  }
  /** Opens the correction form, changes one text input, saves, and waits for the form to close. */
  async correct(inputs: Record<string, string>): Promise<void> {
    await this.page.getByTestId('extracted-edit').click();
    for (const [key, value] of Object.entries(inputs)) await this.page.getByTestId(`extracted-input-${key}`).fill(value);
    await this.page.getByTestId('extracted-save').click();
    await this.page.getByTestId('extracted-edit').waitFor();
  }

  scorecard(): Locator {
    return this.page.getByTestId('inquiry-scorecard');
  }
  /** The ids of the signals the scorecard shows. */
  async signals(): Promise<string[]> {
    return this.scorecard()
      .getByTestId('scorecard-signal')
      .evaluateAll((lines) => lines.map((l) => l.getAttribute('data-signal') ?? ''));
  }

  qualifyStep(): Locator {
    return this.page.getByTestId('qualify-step');
  }
  /** The customer option of the qualify step for a customer already in the book. */
  knownCustomer(customerId: string): Locator {
    return this.page.getByTestId(`qualify-known-${customerId}`);
  }
  async confirm(): Promise<void> {
    await this.page.getByTestId('qualify-confirm').click();
    await this.page.getByTestId('inquiry-qualified').waitFor();
  }
  writeReply(): Locator {
    return this.page.getByTestId('write-reply');
  }

  /** "Archive as junk" with a reason (spam, fraud, vague…) and an optional detail. */
  async archive(reason: string, detail = ''): Promise<void> {
    await this.page.getByTestId('inquiry-archive').click();
    await this.page.getByTestId(`archive-reason-${reason}`).check();
    if (detail) await this.page.getByTestId('archive-detail').fill(detail);
    await this.page.getByTestId('archive-confirm').click();
    await this.page.getByTestId('inquiry-archived').waitFor();
  }

  /** Every inquiry as stored, read beside the app. */
  async stored(): Promise<StoredInquiry[]> {
    type Row = Omit<StoredInquiry, 'level'> & { qualification: { level: string } };
    const rows = await readStore<Row>(this.page, 'inquiries');
    return rows.map((r) => ({
      id: r.id,
      status: r.status,
      customerId: r.customerId,
      score: r.score,
      archivedReason: r.archivedReason,
      confirmed: r.confirmed,
      correctedFields: r.correctedFields,
      level: r.qualification.level,
    }));
  }
  async storedOne(id: string): Promise<StoredInquiry | undefined> {
    return (await this.stored()).find((i) => i.id === id);
  }
}
