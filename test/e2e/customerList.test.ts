import { beforeAll, describe, expect, it } from 'vitest';
import { generateSampleBook } from '../../src-shared/sample';
import { useApp } from './harness/fixture';
import { tr } from './harness/strings';
import { ACTION_TIMEOUT, CustomerPage, CustomersPage, countryName, LONG, recordDialogs, SettingsPage, storedCustomerCount } from './pages';

/**
 * Working the customer list day to day, on the sample book: bulk edits, delete and undo, search
 * as you type, hostile text shown as text, and the keyboard shortcuts.
 */

const SAMPLE = generateSampleBook(1, { baseDate: Date.now() }).customers;
const T = (key: string, vars?: Record<string, unknown>) => tr('en', key, vars);

describe('working the customer list', () => {
  const app = useApp({ locale: 'en-US' });
  const list = new CustomersPage(app);
  const customer = new CustomerPage(app);
  let book = 0;

  beforeAll(() => {
    app.context.setDefaultTimeout(ACTION_TIMEOUT);
  });

  it('starts from the sample book', async () => {
    await list.firstRun().waitFor();
    book = await list.loadSample();
    await list.expectTotal(book);
    expect(app.errors).toEqual([]);
  });

  it('selects three customers and sets their level in one go; a notification says so', async () => {
    const rows = await list.firstRows(3);
    const levelBefore = await list.facetCounts('levels');
    const becomingA = rows.filter((r) => r.level !== 'A').length;
    expect(becomingA).toBeGreaterThan(0);
    for (const row of rows) await list.select(list.rowById(row.id));
    await list.bulkBar().waitFor();
    expect(await app.page.getByTestId('selection-count').innerText()).toBe(T('list:selection.count', { count: 3, formatted: '3' }));

    await list.bulkSetLevel('A');
    // The notice names the level as the menus do: "A · Ordering".
    const levelA = `A · ${T('customer:level.meaning.A').split(/[:：]/)[0]!.trim()}`;
    await expect.poll(() => list.notification(T('list:bulk.levelSet', { count: 3, formatted: '3', level: levelA })).count(), LONG).toBeGreaterThan(0);
    for (const row of rows) {
      await expect.poll(async () => (await list.visibleRows()).find((r) => r.id === row.id)?.level, LONG).toBe('A');
    }
    await expect.poll(() => list.countNumber('levels', 'A'), LONG).toBe((levelBefore.get('A') ?? 0) + becomingA);
    // Stored, not only shown.
    await app.reload();
    await list.screen().waitFor();
    for (const row of rows) {
      await expect.poll(async () => (await list.visibleRows()).find((r) => r.id === row.id)?.level, LONG).toBe('A');
    }
    expect(app.errors).toEqual([]);
  });

  it('deletes two customers after asking, and Undo brings them back', async () => {
    const rows = (await list.firstRows(5)).slice(3, 5);
    for (const row of rows) await list.select(list.rowById(row.id));
    await app.page.getByTestId('bulk-delete').click();
    const confirm = app.page.getByTestId('bulk-delete-confirm');
    await confirm.waitFor();
    expect(await app.page.getByRole('dialog').innerText()).toContain(T('list:bulk.deleteTitle', { count: 2, formatted: '2' }));
    // Nothing is gone before the confirmation.
    expect(await storedCustomerCount(app)).toBe(book);
    await confirm.click();

    const done = list.notification(T('list:bulk.deleted', { count: 2, formatted: '2' }));
    await done.waitFor();
    await list.expectTotal(book - 2);
    expect(await storedCustomerCount(app)).toBe(book - 2);
    for (const row of rows) expect(await list.rowById(row.id).count()).toBe(0);

    await done.getByTestId('bulk-delete-undo').click();
    await expect.poll(() => list.notification(T('list:bulk.restored', { count: 2, formatted: '2' })).count(), LONG).toBeGreaterThan(0);
    await list.expectTotal(book);
    expect(await storedCustomerCount(app)).toBe(book);
    for (const row of rows) await expect.poll(() => list.rowById(row.id).count(), LONG).toBe(1);
    expect(app.errors).toEqual([]);
  });

  it('deletes one customer from its page after asking, and Undo brings it back', async () => {
    const [row] = await list.firstRows(1);
    await list.openRow(list.rowById(row!.id));
    await customer.waitForView();
    await app.page.getByTestId('customer-actions').click();
    await app.page.getByTestId('delete-customer').click();
    await app.page.getByTestId('delete-confirm').waitFor();
    expect(await app.page.getByRole('dialog').innerText()).toContain(T('customerPage:delete.body', { company: row!.company }));
    await app.page.getByTestId('delete-confirm').click();

    const done = customer.notification(T('customerPage:delete.done'));
    await done.waitFor();
    await expect.poll(() => app.page.evaluate(() => window.location.hash), LONG).toBe('#/customers');
    await list.expectTotal(book - 1);
    expect(await storedCustomerCount(app)).toBe(book - 1);

    await done.getByTestId('undo-delete').click();
    await expect.poll(() => customer.notification(T('customerPage:delete.restored')).count(), LONG).toBeGreaterThan(0);
    // Undo opens the customer again.
    await expect.poll(() => app.page.evaluate(() => window.location.hash), LONG).toBe(`#/customers/${row!.id}`);
    await customer.waitForView();
    expect(await customer.title().innerText()).toBe(row!.company);
    expect(await storedCustomerCount(app)).toBe(book);
    await list.open();
    await list.expectTotal(book);
    expect(app.errors).toEqual([]);
  });

  it('search as you type finds a customer by email and by contact name', async () => {
    // A sample customer whose first email and contact name are nobody else's.
    const emails = SAMPLE.flatMap((c) => c.contacts.flatMap((k) => k.emails));
    const target = SAMPLE.find((c) => {
      const k = c.contacts[0];
      return k && k.emails[0] && emails.filter((e) => e === k.emails[0]).length === 1 && k.name.split(' ').length === 2;
    })!;
    const contact = target.contacts[0]!;

    await list.typeSearch(contact.emails[0]!);
    await list.expectTotal(1);
    const [byEmail] = await list.allRows(1);
    expect(byEmail!.company).toBe(target.company);
    expect(byEmail!.contactLine).toContain(contact.emails[0]!);

    // Typing the name letter by letter narrows the list down to the customer.
    await list.typeSearch(contact.name);
    await expect.poll(async () => (await list.visibleRows()).map((r) => r.company), LONG).toContain(target.company);
    const n = await list.total();
    expect(n).toBeLessThan(10);
    for (const row of await list.allRows(n)) {
      const person = SAMPLE.find((c) => c.company === row.company)!;
      const words = contact.name.toLowerCase().split(' ');
      const haystack = [person.company, ...person.contacts.map((k) => k.name), ...person.contacts.flatMap((k) => k.emails)].join(' ').toLowerCase();
      for (const word of words) expect(haystack).toContain(word);
    }

    // Escape empties the box.
    await list.searchBox().press('Escape');
    await list.expectTotal(book);
    expect(app.errors).toEqual([]);
  });

  it('shows a company named <script>alert(1)</script> as plain text, in the list and on its page', async () => {
    const dialogs = recordDialogs(app.page);
    const hostile = '<script>alert(1)</script>';
    await app.page.getByTestId('new-customer').click();
    await customer.fillNew({ company: hostile, country: 'FR', contactName: '<img src=x onerror=alert(2)>' }, await countryName(app.page, 'en', 'FR'));
    const id = await customer.create();
    expect(await customer.title().innerText()).toBe(hostile);
    expect(await customer.contactView(0).innerText()).toContain('<img src=x onerror=alert(2)>');
    await app.screenshot('book-xss-customer');

    await list.open();
    await list.typeSearch('script alert');
    await list.expectTotal(1);
    const [row] = await list.allRows(1);
    expect(row).toMatchObject({ id, company: hostile });
    await app.screenshot('book-xss-list');

    expect(dialogs).toEqual([]);
    // Nothing of it became markup: no script element with that text, no image from the contact name.
    expect(await app.page.evaluate(() => [...document.scripts].filter((s) => s.textContent?.includes('alert(1)')).length)).toBe(0);
    expect(await app.page.locator('img[src="x"]').count()).toBe(0);
    await list.clearSearch();
    await list.expectTotal(book + 1);
    expect(app.errors).toEqual([]);
  });

  it('Ctrl+K focuses the search from any screen; Ctrl+N opens a new customer', async () => {
    await new SettingsPage(app).open();
    await app.page.keyboard.press('Control+K');
    await expect.poll(() => app.page.evaluate(() => window.location.hash), LONG).toBe('#/customers');
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('data-testid')), LONG).toBe('customer-search');

    // From inside the search box too.
    await app.page.keyboard.type('zzz');
    await app.page.keyboard.press('Control+N');
    await expect.poll(() => app.page.evaluate(() => window.location.hash), LONG).toBe('#/customers/new');
    await customer.newRoot().waitFor();
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('data-testid')), LONG).toBe('field-company');
    expect(await app.page.getByRole('heading', { name: T('customerPage:header.newCustomer') }).count()).toBe(1);

    // Ctrl+K from the new-customer form (nothing typed yet) goes back to the search.
    await app.page.keyboard.press('Control+K');
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('data-testid')), LONG).toBe('customer-search');
    expect(app.errors).toEqual([]);
  });
});
