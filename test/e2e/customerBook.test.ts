import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, EXPORT_HEADER_LABELS } from '../../src-shared/export';
import { generateSampleBook } from '../../src-shared/sample';
import { COLUMNS } from '../../src-renderer/features/customers/list/table/columns';
import { useApp } from './harness/fixture';
import type { UiLanguage } from './harness/strings';
import { tr } from './harness/strings';
import {
  ACTION_TIMEOUT,
  CustomerPage,
  CustomersPage,
  countryName,
  dismissNotifications,
  formatCount,
  ImportWizardPage,
  LONG,
  SCREEN_KEYS,
  scrollSettled,
  SettingsPage,
  storedCustomerCount,
} from './pages';

/**
 * The customer book end to end, as a salesperson meets it: first run, the sample book, a filter
 * saved as a segment, editing a customer, importing a list with a bad row, merging a duplicate,
 * exporting the segment, and the other UI language. Run once on an English system and once on a
 * Chinese one, so every screen is checked (and photographed) in both languages.
 *
 * The steps build on each other and share one app per language; each step ends with no errors
 * in the page.
 */

/** The sample book the app loads (seed 1); only dates depend on today, not who is in it. */
const SAMPLE = generateSampleBook(1, { baseDate: Date.now() }).customers;

function tally<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1);
  return out;
}
const sorted = (m: Map<string, number>) => Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)));
const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

const RUNS: { locale: string; lang: UiLanguage; other: UiLanguage }[] = [
  { locale: 'en-US', lang: 'en', other: 'zh-CN' },
  { locale: 'zh-CN', lang: 'zh-CN', other: 'en' },
];

describe.each(RUNS)('the customer book end to end, first started on a $locale system', ({ locale, lang, other }) => {
  const app = useApp({ locale });
  const list = new CustomersPage(app);
  const customer = new CustomerPage(app);
  const wizard = new ImportWizardPage(app);
  const settings = new SettingsPage(app);
  const T = (key: string, vars?: Record<string, unknown>) => tr(lang, key, vars);

  /** What the steps learn and hand on. */
  const s = {
    book: 0,
    country: '',
    countryLabel: '',
    level: '',
    segmentSize: 0,
    segmentName: '',
    importedIds: [] as string[],
  };

  beforeAll(() => {
    app.context.setDefaultTimeout(ACTION_TIMEOUT);
  });

  it('1. first run: the empty book offers the first-run choice', async () => {
    expect(await app.language()).toBe(lang);
    await list.firstRun().waitFor();
    const text = await list.firstRun().innerText();
    expect(text).toContain(T('onboarding:firstRun.title'));
    for (const key of ['sampleAction', 'importAction', 'addAction']) expect(text).toContain(T(`onboarding:firstRun.${key}`));
    expect(await list.screen().count()).toBe(0);
    expect(await storedCustomerCount(app)).toBe(0);
    await app.screenshot('book-first-run');
    expect(app.errors).toEqual([]);
  });

  it('2. loads the sample book: a few hundred customers in more than 30 countries', async () => {
    const total = await list.loadSample();
    expect(total).toBeGreaterThan(200);
    expect(total).toBe(SAMPLE.length);
    await list.expectTotal(total);
    expect(await storedCustomerCount(app)).toBe(total);
    await expect.poll(() => list.notification(T('onboarding:sample.loaded', { count: total })).count(), LONG).toBeGreaterThan(0);
    await app.page.getByTestId('sample-banner').waitFor();

    await list.facet('countries').waitFor();
    await list.showAll('countries');
    await expect.poll(async () => (await list.facetCounts('countries')).size, LONG).toBeGreaterThanOrEqual(30);
    const countries = await list.facetCounts('countries');
    expect(sum(countries)).toBe(total);
    expect(sorted(countries)).toEqual(sorted(tally(SAMPLE, (c) => c.country)));
    s.book = total;
    await app.screenshot('book-list-sample');
    expect(app.errors).toEqual([]);
  });

  it('3. filters by one country and one level: every row matches, and the counts agree', async () => {
    const levelsBefore = await list.facetCounts('levels');
    expect(sum(levelsBefore)).toBe(s.book);

    // The biggest country (the panel lists countries by size), and in it the biggest level.
    const [country, countryCount] = [...(await list.facetCounts('countries'))][0]!;
    s.country = country;
    s.countryLabel = await countryName(app.page, lang, country);
    await list.setOption('countries', country);
    await list.expectTotal(countryCount);
    // The other facets now count within that country.
    const inCountry = SAMPLE.filter((c) => c.country === country);
    await expect.poll(async () => sorted(await list.facetCounts('levels')), LONG).toEqual(sorted(tally(inCountry, (c) => c.level)));
    const levels = await list.facetCounts('levels');
    expect(sum(levels)).toBe(countryCount);
    expect(sorted(levels)).not.toEqual(sorted(levelsBefore));

    const [level, n] = [...levels].sort((a, b) => b[1] - a[1])[0]!;
    expect(n).toBeGreaterThanOrEqual(2);
    s.level = level;
    await list.setOption('levels', level);
    await list.expectTotal(n);
    s.segmentSize = n;
    // The total is the number beside both chosen values…
    await expect.poll(() => list.countNumber('levels', level), LONG).toBe(n);
    await expect.poll(() => list.countNumber('countries', country), LONG).toBe(n);
    // …and the other countries now count customers of that level only.
    const ofLevel = SAMPLE.filter((c) => c.level === level);
    const expectedCountries = new Map([...(await list.facetCounts('countries')).keys()].map((c) => [c, 0]));
    for (const [c, k] of tally(ofLevel, (x) => x.country)) expectedCountries.set(c, k);
    await expect.poll(async () => sorted(await list.facetCounts('countries')), LONG).toEqual(sorted(expectedCountries));

    const rows = await list.allRows(n);
    for (const row of rows) expect({ country: row.country, level: row.level }).toEqual({ country: s.countryLabel, level });
    expect(rows.map((r) => r.company).sort()).toEqual(
      inCountry
        .filter((c) => c.level === level)
        .map((c) => c.company)
        .sort(),
    );
    await list.chip('countries', country).waitFor();
    await list.chip('levels', level).waitFor();
    await app.screenshot('book-list-filtered');
    expect(app.errors).toEqual([]);
  });

  it('4. saves the filter as a segment: it shows in the sidebar with its live count, and restores the filter', async () => {
    s.segmentName = lang === 'en' ? `${s.countryLabel} level ${s.level}` : `${s.countryLabel}${s.level}级客户`;
    await list.saveSegment(s.segmentName);
    await expect.poll(() => list.notification(T('list:segments.saved', { name: s.segmentName })).count(), LONG).toBeGreaterThan(0);
    await list.segmentLink(s.segmentName).waitFor();
    await expect.poll(() => list.segmentCount(s.segmentName).innerText(), LONG).toBe(formatCount(lang, s.segmentSize));
    await list.expectTotal(s.segmentSize);

    // All customers: no filter any more.
    await list.open();
    await list.expectTotal(s.book);
    expect(await app.page.getByTestId('active-filters').count()).toBe(0);
    expect(await list.isChecked('countries', s.country)).toBe(false);

    // The segment brings its filter back.
    await list.openSegment(s.segmentName);
    await list.expectTotal(s.segmentSize);
    expect(await list.isChecked('countries', s.country)).toBe(true);
    expect(await list.isChecked('levels', s.level)).toBe(true);
    await list.chip('countries', s.country).waitFor();
    await list.chip('levels', s.level).waitFor();
    expect(await list.title().innerText()).toBe(s.segmentName);
    expect(app.errors).toEqual([]);
  });

  it('5. edits a customer: a bad email is refused and nothing is saved; a valid change is kept', async () => {
    const [first] = await list.allRows(s.segmentSize);
    await list.openRow(list.rowById(first!.id));
    await customer.waitForView();
    expect(await customer.title().innerText()).toBe(first!.company);
    const oldContact = await customer.contactView(0).innerText();
    const oldPlace = await customer.place().innerText();
    await app.screenshot('book-customer-view');

    await customer.edit();
    await customer.addListValue('contacts.0.emails', 'bob@');
    await customer.save();
    const error = app.page.locator('[data-testid^="field-error-contacts.0.emails"]');
    await error.first().waitFor();
    expect(await error.allInnerTexts()).toEqual([T('validation:emailInvalid', { value: 'bob@' })]);
    await customer.summary().waitFor();
    expect(await customer.summary().innerText()).toContain(T('customerPage:summary.title', { count: 1 }));
    expect(await customer.root().getAttribute('data-mode')).toBe('edit');
    await scrollSettled(app.page);
    await app.screenshot('book-customer-edit-error');

    // Nothing was stored: after a reload the record is as it was.
    await app.reload();
    await customer.waitForView();
    expect(await customer.contactView(0).innerText()).toBe(oldContact);
    expect(await app.page.getByText('bob@', { exact: true }).count()).toBe(0);

    // A valid change is saved, and survives a reload.
    const city = lang === 'en' ? 'Springfield' : '广州';
    expect(oldPlace).not.toContain(city);
    await customer.edit();
    await customer.field('city').fill(city);
    await customer.saveAndView();
    await expect.poll(() => customer.notification(T('customerPage:saved.updated')).count(), LONG).toBeGreaterThan(0);
    await expect.poll(() => customer.place().innerText(), LONG).toBe(`${s.countryLabel} · ${city}`);
    await app.reload();
    await customer.waitForView();
    expect(await customer.place().innerText()).toBe(`${s.countryLabel} · ${city}`);
    expect(await customer.contactView(0).innerText()).toBe(oldContact);
    expect(app.errors).toEqual([]);
  });

  /** Three buyers from a trade fair; row 2 has a broken email, row 3 lands in the segment. */
  const fairCsv = () => {
    const elsewhere = s.level === 'B' ? 'C' : 'B';
    return [
      'Company,Contact Name,Email,Country,City,Level,Notes',
      `Zephyr Lamps GmbH,Jonas Weber,jonas@zephyr-lamps.de,DE,Berlin,${elsewhere},Met at the Canton Fair booth 3.1`,
      `Quokka Imports Pty Ltd,Mia Clarke,mia@,AU,Sydney,${elsewhere},`,
      `Formula Trading Co,Ana Souza,ana@formula-trading.com,${s.country},,${s.level},=SUM(1)`,
    ].join('\r\n');
  };

  it('6. imports a CSV whose row 2 is bad: the row and field are named, and nothing is written', async () => {
    await list.open();
    await list.expectTotal(s.book);
    await wizard.openFromList();
    await wizard.pickAndRead({ name: 'canton-fair-leads.csv', content: fairCsv() });
    expect(await wizard.fileSummary().innerText()).toContain(
      T('import:file.readSummary', { rows: '3', count: 3, columns: 7, encoding: T('import:encoding.utf-8') }),
    );
    await wizard.next();
    const fields = ['company', 'contactName', 'email', 'country', 'city', 'level', 'notes'];
    expect(await wizard.mappingLabels(7)).toEqual(fields.map((f) => T(`customer:field.${f}`)));
    await app.screenshot('book-import-mapping');

    await wizard.check();
    expect(await wizard.counts()).toEqual({ valid: 2, errors: 1 });
    expect(await wizard.errorRows().count()).toBe(1);
    const bad = await wizard.errorRow(2).innerText();
    expect(bad).toContain(T('import:review.errorLine', { row: 2, field: T('customer:field.email') }));
    expect(bad).toContain(T('validation:emailInvalid', { value: 'mia@' }));
    expect(await wizard.fixInput(2, 'email').inputValue()).toBe('mia@');
    expect(await wizard.confirmButton().isDisabled()).toBe(true);
    expect(await wizard.blockedReason().innerText()).toBe(T('import:review.blocked.errors'));
    expect(await wizard.duplicatesChecked()).toBe(0);
    // Nothing is in the book before the import is confirmed.
    expect(await storedCustomerCount(app)).toBe(s.book);
    await app.screenshot('book-import-review-error');
    expect(app.errors).toEqual([]);
  });

  it('7. fixes row 2 in place and imports: three more customers, findable by search', async () => {
    await wizard.fix(2, 'email', 'mia@quokka-imports.com.au');
    await expect.poll(() => wizard.counts(), LONG).toEqual({ valid: 3, errors: 0 });
    await app.page.getByTestId('import-no-errors').waitFor();
    await wizard.duplicatesChecked();
    await expect.poll(() => wizard.confirmButton().innerText(), LONG).toBe(T('import:review.confirm', { count: 3, n: '3' }));
    expect(await storedCustomerCount(app)).toBe(s.book);

    await wizard.confirm();
    expect(await wizard.summaryText().innerText()).toBe(T('import:run.doneSummary', { added: '3', merged: '0', leftOut: '0' }));
    await app.screenshot('book-import-done');
    expect(await storedCustomerCount(app)).toBe(s.book + 3);

    await wizard.backToList();
    s.book += 3;
    await list.expectTotal(s.book);
    // By company, by email and by contact name. ("ana" also occurs inside other people's email
    // addresses, which search matches on purpose, so the contact-name search may find more.)
    for (const [query, company] of [
      ['Quokka', 'Quokka Imports Pty Ltd'],
      ['jonas@zephyr-lamps.de', 'Zephyr Lamps GmbH'],
      ['Ana Souza', 'Formula Trading Co'],
    ] as const) {
      await list.typeSearch(query);
      await expect.poll(async () => (await list.visibleRows()).map((r) => r.company), LONG).toContain(company);
      const total = await list.total();
      expect(total).toBeLessThan(5);
      const rows = await list.allRows(total);
      s.importedIds.push(rows.find((r) => r.company === company)!.id);
    }
    await list.clearSearch();
    await list.expectTotal(s.book);
    // The segment's count is live: the third row joined it.
    await expect.poll(() => list.segmentCount(s.segmentName).innerText(), LONG).toBe(formatCount(lang, s.segmentSize + 1));
    expect(app.errors).toEqual([]);
  });

  it('8. flags a duplicate as it is typed, and merges it: one customer with both sides', async () => {
    const zephyrId = s.importedIds[1]!;
    await app.page.getByTestId('new-customer').click();
    await customer.fillNew(
      {
        company: 'Zephyr Lamps',
        country: 'DE',
        contactName: 'Lena Vogt',
        emails: ['lena@zephyr-lamps.de'],
        notes: 'Asked for 2,000 LED panels before July.',
      },
      await countryName(app.page, lang, 'DE'),
    );
    const alert = customer.duplicateAlerts();
    await alert.first().waitFor();
    expect(await alert.count()).toBe(1);
    expect(await alert.innerText()).toContain('Zephyr Lamps GmbH');
    await alert.first().scrollIntoViewIfNeeded();
    await scrollSettled(app.page);
    await app.screenshot('book-duplicate-alert');

    // "Save and merge…": the new record is stored, then the merge dialog opens.
    await alert.getByTestId('merge-open').click();
    await customer.mergeDialog().waitFor();
    const newId = await customer.idFromUrl();
    expect(await app.page.evaluate(() => window.location.hash)).toBe(`#/customers/${newId}?merge=${zephyrId}`);
    expect(await storedCustomerCount(app)).toBe(s.book + 1);
    await customer.keep(zephyrId);
    await app.screenshot('book-merge-dialog');
    await customer.confirmMerge();
    await expect.poll(() => customer.notification(T('customerPage:merge.done')).count(), LONG).toBeGreaterThan(0);
    await expect.poll(() => app.page.evaluate(() => window.location.hash), LONG).toBe(`#/customers/${zephyrId}`);
    await customer.waitForView();

    // The kept customer holds both sides' people and notes.
    await expect.poll(() => customer.contactViews().count(), LONG).toBe(2);
    const people = (await customer.contactViews().allInnerTexts()).join('\n');
    for (const text of ['Jonas Weber', 'jonas@zephyr-lamps.de', 'Lena Vogt', 'lena@zephyr-lamps.de']) expect(people).toContain(text);
    const notes = await customer.notes().innerText();
    expect(notes).toContain('Met at the Canton Fair booth 3.1');
    expect(notes).toContain('Asked for 2,000 LED panels before July.');
    expect(await customer.title().innerText()).toBe('Zephyr Lamps GmbH');

    // …and the other one is gone.
    expect(await storedCustomerCount(app)).toBe(s.book);
    await app.goto(`/customers/${newId}`);
    await customer.notFound().waitFor();
    await list.open();
    await list.expectTotal(s.book);
    expect(app.errors).toEqual([]);
  });

  it('9. exports the segment to CSV: BOM, header, one row per customer, a formula made harmless', async () => {
    await list.openSegment(s.segmentName);
    const size = s.segmentSize + 1;
    await list.expectTotal(size);
    const companies = (await list.allRows(size)).map((r) => r.company);

    const saved = app.waitForSavedFile();
    await list.exportButton().click();
    const file = await saved;
    expect(file.name).toMatch(/^tradewind-customers-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.text.startsWith('\ufeff')).toBe(true);
    expect(file.text).toContain('\r\n');

    const parsed = Papa.parse<string[]>(file.text.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual(EXPORT_COLUMNS.map((c) => EXPORT_HEADER_LABELS[c]));
    expect(rows).toHaveLength(size);
    const col = (name: (typeof EXPORT_COLUMNS)[number]) => EXPORT_COLUMNS.indexOf(name);
    expect(rows.map((r) => r[col('company')]).sort()).toEqual([...companies].sort());
    const formula = rows.find((r) => r[col('company')] === 'Formula Trading Co');
    expect(formula?.[col('notes')]).toBe("'=SUM(1)");
    // No cell of the file starts a spreadsheet formula.
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    await expect
      .poll(
        () => list.notification(T('list:export.done', { count: size, formatted: formatCount(lang, size), path: file.path })).count(),
        LONG,
      )
      .toBeGreaterThan(0);
    expect(app.errors).toEqual([]);
  });

  it(`10. switches the language in Settings to ${other}: navigation and the list are translated`, async () => {
    await settings.open();
    await dismissNotifications(app.page);
    await app.screenshot('book-settings');
    await settings.setLanguage(other);
    expect(await list.shell.navLabels()).toEqual(SCREEN_KEYS.map((k) => tr(other, `nav.${k}`)));
    await app.screenshot('book-settings');

    await list.open();
    await list.expectTotal(s.book);
    expect(await list.title().innerText()).toBe(tr(other, 'list:title'));
    // Every column header in the new language (the columns as the table defines them).
    const headers = COLUMNS.filter((c) => c.label).map((c) =>
      [c.label!, ...(c.label2 ? [c.label2] : [])].map((key) => tr(other, key)).join(' '),
    );
    expect(headers).toContain(tr(other, 'customer:field.company'));
    expect(await list.columnHeaders()).toEqual(headers);
    expect(await list.searchBox().getAttribute('placeholder')).toBe(tr(other, 'list:search.placeholder'));
    expect(await app.page.getByTestId('segments-nav').textContent()).toContain(tr(other, 'nav.segments'));
    await dismissNotifications(app.page);
    await app.screenshot('book-list-switched');
    expect(app.errors).toEqual([]);
  });
});
