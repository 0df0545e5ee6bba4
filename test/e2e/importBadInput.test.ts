import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApp } from './harness/fixture';
import type { UiLanguage } from './harness/strings';
import { tr } from './harness/strings';
import { ACTION_TIMEOUT, CustomersPage, ImportWizardPage, LONG, storedCustomerCount } from './pages';

/**
 * Files that are not customer lists, and rows the book cannot hold: each is refused with a
 * translated message, and nothing reaches the book.
 */

const PNG = readFileSync(join(__dirname, 'fixtures', 'swatch.png'));

const RUNS: { locale: string; lang: UiLanguage }[] = [
  { locale: 'en-US', lang: 'en' },
  { locale: 'zh-CN', lang: 'zh-CN' },
];

describe.each(RUNS)('importing bad input on a $locale system', ({ locale, lang }) => {
  const app = useApp({ locale });
  const list = new CustomersPage(app);
  const wizard = new ImportWizardPage(app);
  const T = (key: string, vars?: Record<string, unknown>) => tr(lang, key, vars);
  let book = 0;

  beforeAll(async () => {
    app.context.setDefaultTimeout(ACTION_TIMEOUT);
    await list.firstRun().waitFor();
    book = await list.loadSample();
  });

  /** The wizard refuses the file at step 1: the alert names it and the reason, Next stays off. */
  async function expectRefused(name: string, reason: string): Promise<void> {
    await wizard.fileError().waitFor();
    const text = await wizard.fileError().innerText();
    expect(text).toContain(T('import:file.failedTitle', { name }));
    expect(text).toContain(reason);
    expect(text).toContain(T('import:file.nothingStored'));
    expect(await app.page.getByTestId('import-next').isDisabled()).toBe(true);
    expect(await storedCustomerCount(app)).toBe(book);
  }

  it('an empty file: “The file is empty”, and nothing is written', async () => {
    await list.openList();
    await wizard.openFromList();
    await wizard.pick({ name: 'empty.csv', content: '' });
    await expectRefused('empty.csv', T('validation:fileEmpty'));
    await app.screenshot('book-import-empty-file');
    // Blank lines only are just as empty.
    await wizard.pick({ name: 'blank.csv', content: '\r\n \r\n\t\r\n' });
    await expectRefused('blank.csv', T('validation:fileEmpty'));
    expect(app.errors).toEqual([]);
  });

  it('a picture saved as .csv: “not text”, and nothing is written', async () => {
    await wizard.pick({ name: 'customers.csv', content: PNG });
    await expectRefused('customers.csv', T('validation:fileBinary'));
    await app.screenshot('book-import-binary-file');
    // Dropped rather than picked, under its own name: a type the import does not read.
    await wizard.drop({ name: 'swatch.png', content: PNG, mimeType: 'image/png' });
    await expectRefused('swatch.png', T('validation:unsupportedType', { ext: '.png' }));
    expect(app.errors).toEqual([]);
  });

  it('a 2,000-character company name is an error row; leaving it out imports the rest', async () => {
    const long = `Mega Lighting ${'X'.repeat(2_000 - 'Mega Lighting '.length)}`;
    expect(long).toHaveLength(2_000);
    const csv = ['Company,Email,Country', 'Harbour Lights Ltd,sales@harbour-lights.co.uk,GB', `${long},buyer@mega-lighting.com,US`].join('\n');
    await wizard.pickAndRead({ name: 'long-name.csv', content: csv });
    await wizard.next();
    await wizard.check();
    expect(await wizard.counts()).toEqual({ valid: 1, errors: 1 });
    const row = await wizard.errorRow(2).innerText();
    expect(row).toContain(T('import:review.errorLine', { row: 2, field: T('customer:field.company') }));
    expect(row).toContain(T('validation:nameTooLong', { length: 2_000, max: 200 }));
    expect(await wizard.confirmButton().isDisabled()).toBe(true);
    await wizard.duplicatesChecked();
    await app.screenshot('book-import-long-name');
    expect(await storedCustomerCount(app)).toBe(book);

    await app.page.getByTestId('skip-error-rows').check();
    await expect.poll(() => wizard.confirmButton().innerText(), LONG).toBe(T('import:review.confirm', { count: 1, n: '1' }));
    await wizard.confirm();
    expect(await wizard.summaryText().innerText()).toBe(T('import:run.doneSummary', { added: '1', merged: '0', leftOut: '1' }));
    expect(await storedCustomerCount(app)).toBe(book + 1);
    await wizard.backToList();
    await list.expectTotal(book + 1);
    // The good row is in, the long one is not.
    await list.typeSearch('sales@harbour-lights.co.uk');
    await list.expectTotal(1);
    await list.typeSearch('buyer@mega-lighting.com');
    await list.expectTotal(0);
    await app.page.getByTestId('no-results').waitFor();
    await list.clearSearch();
    expect(app.errors).toEqual([]);
  });
});
