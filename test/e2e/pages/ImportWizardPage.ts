import { PageObject } from './PageObject';
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import type { UploadFile } from '../harness/app';
import { LONG, numberIn } from './waits';

/**
 * The import wizard (#/customers/import): file → columns → review → import. Nothing is written to
 * the book before "Import N customers".
 */
export class ImportWizardPage extends PageObject {


  root(): Locator {
    return this.page.getByTestId('import-wizard');
  }

  /** From the customer list's "Import" button. */
  async openFromList(): Promise<void> {
    await this.page.getByTestId('import-button').click();
    await this.root().waitFor();
  }

  async open(): Promise<void> {
    await this.app.goto('/customers/import');
    await this.root().waitFor();
  }

  // ---- step 1: file ----

  /** Picks the file in the wizard's file input, as the OS dialog would. */
  async pick(file: UploadFile): Promise<void> {
    await this.app.pickFile(this.page.getByTestId('import-file-input'), file);
  }

  async drop(file: UploadFile): Promise<void> {
    await this.app.dropFile(this.page.getByTestId('import-dropzone'), file);
  }

  fileSummary(): Locator {
    return this.page.getByTestId('import-file-summary');
  }
  fileError(): Locator {
    return this.page.getByTestId('import-file-error');
  }

  /** Picks the file and waits until it is read. */
  async pickAndRead(file: UploadFile): Promise<void> {
    await this.pick(file);
    await this.fileSummary().waitFor();
  }

  // ---- step 2: columns ----

  async next(): Promise<void> {
    await this.page.getByTestId('import-next').click();
    await this.page.getByTestId('import-validate').waitFor();
  }

  mapping(column: number): Locator {
    return this.page.getByTestId(`import-map-${column}`);
  }

  /** The field each column imports as, as the selects show it. */
  async mappingLabels(columns: number): Promise<string[]> {
    const out: string[] = [];
    for (let c = 0; c < columns; c++) out.push(await this.mapping(c).inputValue());
    return out;
  }

  // ---- step 3: review ----

  /** "Check the rows"; resolves when the review's counts are on screen. */
  async check(): Promise<void> {
    await this.page.getByTestId('import-validate').click();
    await this.page.getByTestId('import-count-valid').waitFor({ timeout: 120_000 });
  }

  async counts(): Promise<{ valid: number; errors: number }> {
    return {
      valid: numberIn(await this.page.getByTestId('import-count-valid').innerText()),
      errors: numberIn(await this.page.getByTestId('import-count-errors').innerText()),
    };
  }

  /** Resolves when the duplicate look-up is over: its count is a number, not a spinner. */
  async duplicatesChecked(): Promise<number> {
    const cell = this.page.getByTestId('import-count-duplicates');
    await expect.poll(async () => /\d/.test(await cell.innerText()), LONG).toBe(true);
    return numberIn(await cell.innerText());
  }

  errorRow(row: number): Locator {
    return this.page.getByTestId(`error-row-${row}`);
  }

  errorRows(): Locator {
    return this.page.locator('[data-testid^="error-row-"]');
  }

  fixInput(row: number, field: string): Locator {
    return this.page.getByTestId(`fix-${row}-${field}`);
  }

  /** Corrects a cell in place and presses Enter; the row is checked again. */
  async fix(row: number, field: string, value: string): Promise<void> {
    const input = this.fixInput(row, field);
    await input.fill(value);
    await input.press('Enter');
  }

  confirmButton(): Locator {
    return this.page.getByTestId('import-confirm');
  }

  blockedReason(): Locator {
    return this.page.getByTestId('import-blocked-reason');
  }

  // ---- step 4: import ----

  async confirm(): Promise<void> {
    await expect.poll(() => this.confirmButton().isEnabled(), LONG).toBe(true);
    await this.confirmButton().click();
    await this.page.getByTestId('import-summary').waitFor({ timeout: 120_000 });
  }

  summaryText(): Locator {
    return this.page.getByTestId('import-summary-text');
  }

  async backToList(): Promise<void> {
    await this.page.getByTestId('import-done').click();
    await this.page.getByTestId('customers-screen').waitFor();
  }

  /**
   * The whole wizard for a clean file (set-up for other features' specs): open, read, keep the
   * suggested mapping, check that every row is valid (`rows` of them), import, back to the list.
   */
  async importClean(file: UploadFile, rows: number): Promise<void> {
    await this.open();
    await this.pickAndRead(file);
    await this.next();
    await this.check();
    expect(await this.counts()).toEqual({ valid: rows, errors: 0 });
    await this.duplicatesChecked();
    await this.confirm();
    await this.backToList();
  }
}
