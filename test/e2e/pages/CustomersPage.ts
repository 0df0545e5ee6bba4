import { PageObject } from './PageObject';
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import type { TradewindApp } from '../harness/app';
import { tr } from '../harness/strings';
import { AppShell } from './AppShell';
import { formatCount, LONG, notification, numberIn } from './waits';

/** The facets of the filter panel (src-shared/segment FACET_NAMES). */
export type Facet = 'countries' | 'levels' | 'backgrounds' | 'stages' | 'sources' | 'tags';

/** One row of the customer table as the salesperson reads it. */
export interface RowView {
  id: string;
  company: string;
  /** "contact name · first email" under the company. */
  contactLine: string;
  country: string;
  level: string;
  selected: boolean;
}

/**
 * The customer list (#/customers): the first-run choice of an empty book, the header with the
 * total, search, facets, the virtualised table, bulk actions, export and saved segments.
 */
export class CustomersPage extends PageObject {
  readonly shell: AppShell;
  constructor(app: TradewindApp) {
    super(app);
    this.shell = new AppShell(app);
  }


  // ---- screen ----

  screen(): Locator {
    return this.page.getByTestId('customers-screen');
  }
  firstRun(): Locator {
    return this.page.getByTestId('first-run-choice');
  }

  /** Opens Customers from the navigation: all customers, no segment. */
  async open(): Promise<void> {
    await this.shell.open('customers');
    await expect.poll(() => this.page.evaluate(() => window.location.hash), LONG).toBe('#/customers');
  }

  /** Opens the list and waits until its total shows (the book is not empty). */
  async openList(): Promise<number> {
    await this.open();
    await this.screen().waitFor();
    return this.total();
  }

  /** First run: "Load the sample book"; resolves when the list shows its total. */
  async loadSample(): Promise<number> {
    await this.page.getByTestId('load-sample').click();
    await this.screen().waitFor({ timeout: 120_000 });
    return this.total();
  }

  // ---- header ----

  totalLocator(): Locator {
    return this.page.getByTestId('total-count');
  }

  /** The total in the header, once it is on screen. */
  async total(): Promise<number> {
    await this.totalLocator().waitFor();
    return numberIn(await this.totalLocator().innerText());
  }

  /** Waits until the header shows `n` customers, in the words of the UI language. */
  async expectTotal(n: number): Promise<void> {
    const lang = await this.app.language();
    const text = tr(lang, 'list:count', { count: n, formatted: formatCount(lang, n) });
    await expect.poll(() => this.totalLocator().innerText().catch(() => ''), LONG).toBe(text);
  }

  title(): Locator {
    return this.page.getByTestId('list-title');
  }

  // ---- search ----

  searchBox(): Locator {
    return this.page.getByTestId('customer-search');
  }

  /** Types into the search box key by key, as a person does. */
  async typeSearch(text: string): Promise<void> {
    await this.searchBox().click();
    await this.searchBox().fill('');
    await this.searchBox().pressSequentially(text, { delay: 20 });
    await this.searchSettled(text);
  }

  /** Waits until the list is filtered by `text` (the search chip shows it once the debounce is over). */
  async searchSettled(text: string): Promise<void> {
    const chip = await this.t('list:chips.search', { text: text.trim() });
    await expect.poll(() => this.page.getByTestId('chip-search').innerText().catch(() => ''), LONG).toBe(chip);
  }

  async clearSearch(): Promise<void> {
    await this.searchBox().fill('');
  }

  // ---- facets ----

  facet(facet: Facet): Locator {
    return this.page.getByTestId(`facet-${facet}`);
  }

  option(facet: Facet, value: string): Locator {
    return this.page.getByTestId(`filter-${facet}-${value}`);
  }

  countOf(facet: Facet, value: string): Locator {
    return this.page.getByTestId(`facet-count-${facet}-${value}`);
  }

  /** Long facets (countries, tags) show six values until "Show all". */
  async showAll(facet: Facet): Promise<void> {
    const more = this.page.getByTestId(`facet-show-all-${facet}`);
    const showAllText = await this.t('list:filters.showFewer');
    if ((await more.count()) > 0 && (await more.innerText()).trim() !== showAllText) await more.click();
  }

  /** The values a facet lists with their counts, as shown (in the panel's order). */
  async facetCounts(facet: Facet): Promise<Map<string, number>> {
    await this.facet(facet).waitFor();
    const prefix = `facet-count-${facet}-`;
    const entries = await this.facet(facet)
      .locator(`[data-testid^="${prefix}"]`)
      .evaluateAll((els, p) => els.map((el) => [el.getAttribute('data-testid')!.slice(p.length), el.textContent ?? ''] as const), prefix);
    return new Map(entries.map(([value, text]) => [value, numberIn(text)]));
  }

  async countNumber(facet: Facet, value: string): Promise<number> {
    return numberIn(await this.countOf(facet, value).innerText());
  }

  async isChecked(facet: Facet, value: string): Promise<boolean> {
    return this.option(facet, value).isChecked();
  }

  /** Ticks or unticks a facet value. */
  async setOption(facet: Facet, value: string, on = true): Promise<void> {
    const box = this.option(facet, value);
    if ((await box.isChecked()) !== on) await box.click();
    await expect.poll(() => box.isChecked(), LONG).toBe(on);
  }

  chip(facet: Facet, value: string): Locator {
    return this.page.getByTestId(`chip-${facet}-${value}`);
  }

  async clearFilters(): Promise<void> {
    const clear = this.page.getByTestId('clear-filters');
    if ((await clear.count()) > 0) await clear.click();
    await expect.poll(() => this.page.getByTestId('active-filters').count(), LONG).toBe(0);
  }

  // ---- table ----

  rows(): Locator {
    return this.page.getByTestId('customer-row');
  }

  /** A row by the company it shows. */
  row(company: string): Locator {
    return this.rows().filter({ has: this.page.getByTitle(company, { exact: true }) });
  }

  rowById(id: string): Locator {
    return this.page.locator(`[data-testid="customer-row"][data-customer-id="${id}"]`);
  }

  /** The rows on screen (the table is virtualised), once each has its record. */
  async visibleRows(): Promise<RowView[]> {
    return this.rows().evaluateAll((rows) =>
      rows
        .map((row) => {
          const cells = [...row.querySelectorAll('[role="gridcell"]')];
          const texts = (cell: Element | undefined) => [...(cell?.querySelectorAll('p, span, div') ?? [])];
          const company = cells[1]?.querySelector('p')?.textContent ?? '';
          return {
            index: Number(row.getAttribute('data-index')),
            id: row.getAttribute('data-customer-id') ?? '',
            company,
            contactLine: cells[1]?.querySelectorAll('p')[1]?.textContent?.replace(/\u00a0/g, '').trim() ?? '',
            country: cells[2]?.textContent?.trim() ?? '',
            level: cells[3]?.textContent?.trim() ?? '',
            selected: row.getAttribute('aria-selected') === 'true',
            loaded: cells.length >= 8 && texts(cells[1]).length > 0 && !row.querySelector('.mantine-Skeleton-root'),
          };
        })
        .sort((a, b) => a.index - b.index),
    ).then((list) => list.map(({ index: _i, loaded: _l, ...rest }) => rest));
  }

  /** Waits until `n` rows are rendered with their records, and answers them. */
  async allRows(n: number): Promise<RowView[]> {
    await expect
      .poll(async () => {
        const rows = await this.visibleRows();
        return rows.length === n && rows.every((r) => r.company !== '');
      }, LONG)
      .toBe(true);
    return this.visibleRows();
  }

  /** The first `k` rows of a long list (more are rendered than fit; the rest load as it scrolls). */
  async firstRows(k: number): Promise<RowView[]> {
    await expect
      .poll(async () => {
        const rows = (await this.visibleRows()).slice(0, k);
        return rows.length === k && rows.every((r) => r.company !== '');
      }, LONG)
      .toBe(true);
    return (await this.visibleRows()).slice(0, k);
  }

  /** Opens a customer from its row. */
  async openRow(row: Locator): Promise<string> {
    const id = await row.getAttribute('data-customer-id');
    // The company cell: a click on the checkbox cell would select instead.
    await row.locator('[role="gridcell"]').nth(1).click();
    await expect.poll(() => this.page.evaluate(() => window.location.hash), LONG).toBe(`#/customers/${id}`);
    return id!;
  }

  columnHeaders(): Promise<string[]> {
    return this.page
      .locator('[data-testid="customer-table"] [role="columnheader"]')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim()).filter(Boolean));
  }

  // ---- selection and bulk ----

  rowCheckbox(row: Locator): Locator {
    return row.getByTestId('row-select');
  }

  async select(row: Locator): Promise<void> {
    await this.rowCheckbox(row).click();
    await expect.poll(() => row.getAttribute('aria-selected'), LONG).toBe('true');
  }

  bulkBar(): Locator {
    return this.page.getByTestId('bulk-bar');
  }

  /** Bulk "Set level" → a level of the scale. */
  async bulkSetLevel(code: string): Promise<void> {
    await this.page.getByTestId('bulk-set-level').click();
    await this.page.getByTestId(`bulk-level-${code}`).click();
  }

  /** Bulk "Delete" → confirm. */
  async bulkDelete(): Promise<void> {
    await this.page.getByTestId('bulk-delete').click();
    await this.page.getByTestId('bulk-delete-confirm').click();
  }

  notification(text: string | RegExp): Locator {
    return notification(this.page, text);
  }

  // ---- segments ----

  /** "Save segment" → name → Save; resolves when the segment's list is on screen. */
  async saveSegment(name: string): Promise<void> {
    await this.page.getByTestId('save-segment').click();
    const input = this.page.getByTestId('segment-name-input');
    await input.fill(name);
    await this.page.getByTestId('segment-save-confirm').click();
    await expect.poll(() => this.page.evaluate(() => window.location.hash), LONG).toMatch(/^#\/customers\?segment=/);
    await expect.poll(() => this.title().innerText(), LONG).toBe(name);
  }

  segmentLink(name: string): Locator {
    return this.page.getByTestId(`segment-link-${name}`);
  }

  segmentCount(name: string): Locator {
    return this.page.getByTestId(`segment-count-${name}`);
  }

  async openSegment(name: string): Promise<void> {
    await this.segmentLink(name).click();
    await expect.poll(() => this.title().innerText().catch(() => ''), LONG).toBe(name);
  }

  // ---- export ----

  exportButton(): Locator {
    return this.page.getByTestId('export-button');
  }
}
