import { PageObject } from './PageObject';
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import { LONG, notification } from './waits';

/** What the new-customer form needs for a plain customer. */
export interface NewCustomer {
  company: string;
  /** Country code; the form's select is driven by the name the page shows. */
  country: string;
  city?: string;
  contactName?: string;
  emails?: string[];
  notes?: string;
}

/**
 * One customer (#/customers/<id>, #/customers/new): the read-only details, the form in edit mode,
 * duplicate hints, merge, delete.
 */
export class CustomerPage extends PageObject {


  root(): Locator {
    return this.page.getByTestId('customer-page');
  }
  newRoot(): Locator {
    return this.page.getByTestId('customer-page-new');
  }
  title(): Locator {
    return this.page.getByTestId('customer-title');
  }
  place(): Locator {
    return this.page.getByTestId('customer-place');
  }
  notes(): Locator {
    return this.page.getByTestId('detail-notes');
  }
  contactView(index: number): Locator {
    return this.page.getByTestId(`contact-view-${index}`);
  }
  contactViews(): Locator {
    return this.page.locator('[data-testid^="contact-view-"]');
  }
  notFound(): Locator {
    return this.page.getByTestId('customer-not-found');
  }

  /** The page of a stored customer, in view mode. */
  async waitForView(): Promise<void> {
    await expect.poll(() => this.root().getAttribute('data-mode').catch(() => null), LONG).toBe('view');
  }

  async open(id: string): Promise<void> {
    await this.app.goto(`/customers/${id}`);
    await this.waitForView();
  }

  /** The customer id in the address (#/customers/<id>…). */
  async idFromUrl(): Promise<string> {
    const hash = await this.page.evaluate(() => window.location.hash);
    const match = /^#\/customers\/([^/?]+)/.exec(hash);
    if (!match || match[1] === 'new') throw new Error(`Not on a customer page: ${hash}`);
    return decodeURIComponent(match[1]!);
  }

  // ---- edit ----

  async edit(): Promise<void> {
    await this.page.getByTestId('edit-customer').click();
    await expect.poll(() => this.root().getAttribute('data-mode'), LONG).toBe('edit');
    await this.form().waitFor();
  }

  form(): Locator {
    return this.page.getByTestId('customer-form');
  }

  field(path: string): Locator {
    return this.page.getByTestId(`field-${path}`);
  }

  fieldError(path: string): Locator {
    return this.page.getByTestId(`field-error-${path}`);
  }

  summary(): Locator {
    return this.page.getByTestId('validation-summary');
  }

  /** Types a value into a tags-like input (emails, phones, tags) and presses Enter. */
  async addListValue(path: string, value: string): Promise<void> {
    const input = this.field(path);
    await input.click();
    await input.fill(value);
    await input.press('Enter');
  }

  /** Picks an option of a Mantine Select by the text shown. */
  async choose(path: string, label: string): Promise<void> {
    const input = this.field(path);
    await input.click();
    await input.fill(label);
    await this.page.getByRole('option', { name: label, exact: true }).click();
    await expect.poll(() => input.inputValue(), LONG).toBe(label);
  }

  async save(): Promise<void> {
    await this.page.getByTestId('save-customer').click();
  }

  /** Saves and waits until the page is back in view mode. */
  async saveAndView(): Promise<void> {
    await this.save();
    await this.waitForView();
  }

  async cancelEdit(): Promise<void> {
    await this.page.getByTestId('cancel-edit').click();
    const discard = this.page.getByTestId('discard-confirm');
    if (await discard.isVisible().catch(() => false)) await discard.click();
    await this.waitForView();
  }

  // ---- new customer ----

  /** Fills the new-customer form (the first contact card is there already). */
  async fillNew(c: NewCustomer, countryLabel: string): Promise<void> {
    await this.newRoot().waitFor();
    await this.field('company').fill(c.company);
    await this.choose('country', countryLabel);
    if (c.city) await this.field('city').fill(c.city);
    if (c.contactName) await this.field('contacts.0.name').fill(c.contactName);
    for (const email of c.emails ?? []) await this.addListValue('contacts.0.emails', email);
    if (c.notes) await this.field('notes').fill(c.notes);
  }

  /** "Create customer"; resolves with the new id once its page shows. */
  async create(): Promise<string> {
    await this.save();
    await expect.poll(() => this.page.evaluate(() => window.location.hash), LONG).toMatch(/^#\/customers\/(?!new)[^/?]+/);
    await this.waitForView();
    return this.idFromUrl();
  }

  // ---- duplicates and merge ----

  duplicateAlerts(): Locator {
    return this.page.getByTestId('duplicate-alert');
  }

  mergeDialog(): Locator {
    return this.page.getByRole('dialog').filter({ has: this.page.getByTestId('merge-confirm') });
  }

  /** In the merge dialog: the record to keep. */
  async keep(id: string): Promise<void> {
    const card = this.page.getByTestId(`merge-keep-${id}`);
    await card.click();
    await expect.poll(() => card.getAttribute('data-checked'), LONG).not.toBeNull();
  }

  async confirmMerge(): Promise<void> {
    await this.page.getByTestId('merge-confirm').click();
  }

  // ---- delete ----

  async delete(): Promise<void> {
    await this.page.getByTestId('customer-actions').click();
    await this.page.getByTestId('delete-customer').click();
    await this.page.getByTestId('delete-confirm').click();
  }

  notification(text: string | RegExp): Locator {
    return notification(this.page, text);
  }
}
