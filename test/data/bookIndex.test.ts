import { beforeAll, describe, expect, it } from 'vitest';
import {
  createCustomer,
  db,
  deleteCustomers,
  getBookVersion,
  importCustomers,
  isBookReady,
  loadBookIndex,
  openDatabase,
  queryBook,
  queryBookIds,
  reloadBookIndex,
  subscribeBook,
  updateCustomer,
} from '../../src-renderer/data';
import { generateBigBook } from '../../src-shared/sample';
import { customerInput } from './customerInput';

const BY_COMPANY = { key: 'company', dir: 'asc' } as const;
const NAME = 'test-book-index';

beforeAll(() => {
  openDatabase(NAME);
});

/** The index's whole book against the table's. */
async function expectInSync(): Promise<void> {
  const fromIndex = (await queryBookIds({}, BY_COMPANY)).ids.sort();
  const fromTable = ((await db.customers.toCollection().primaryKeys()) as string[]).sort();
  expect(fromIndex).toEqual(fromTable);
}

describe('the book index', { timeout: 60_000 }, () => {
  it('opens on a fresh database, empty and ready', async () => {
    expect(isBookReady()).toBe(false);
    await loadBookIndex();
    expect(isBookReady()).toBe(true);
    expect(await queryBook({}, BY_COMPANY, 0, 50)).toEqual({ total: 0, customers: [] });
  });

  it('tells subscribers about every change', async () => {
    const seen: number[] = [];
    const stop = subscribeBook(() => seen.push(getBookVersion()));
    const c = await createCustomer(customerInput({ company: 'Subscribed' }));
    await updateCustomer(c.id, { level: 'A' });
    await deleteCustomers([c.id]);
    stop();
    expect(seen).toHaveLength(3);
    expect(seen[2]).toBeGreaterThan(seen[0]!);
  });

  it('loses no write made while it loads', async () => {
    await importCustomers(generateBigBook(4_500, 11), []);
    // The smallest ids are in the load's first page: written after it was read, only the replay
    // of changes queued during the load can bring them in.
    const [first, second] = (await db.customers.orderBy(':id').limit(2).primaryKeys()) as string[];
    const loading = reloadBookIndex();
    const writes = Promise.all([
      createCustomer(customerInput({ company: 'Written During Load' })),
      updateCustomer(first!, { company: 'Renamed During Load' }),
      deleteCustomers([second!]),
    ]);
    await Promise.all([loading, writes]);
    await expectInSync();
    expect((await queryBookIds({ search: 'renamed during' }, BY_COMPANY)).ids).toEqual([first!]);
    expect((await queryBookIds({ search: 'written during' }, BY_COMPANY)).total).toBe(1);
  });

  it('follows writes made in another window', async () => {
    const other = new BroadcastChannel(`tradewind-book:${NAME}`);
    const id = 'from-another-window';
    const victim = (await queryBook({}, BY_COMPANY, 0, 1)).customers[0]!;
    // The other window writes the shared database, then says what it changed.
    const row = { ...(await createCustomerRow()), id, company: 'Other Window Trading' };
    await db.customers.put(row);
    await db.customers.delete(victim.id);
    other.postMessage({ upserted: [id], removed: [victim.id] });
    await waitFor(async () => (await queryBookIds({ search: 'other window' }, BY_COMPANY)).total === 1);
    await expectInSync();
    other.close();
  });

  it('starts over when the database is closed or deleted', async () => {
    expect(isBookReady()).toBe(true);
    await db.delete();
    expect(isBookReady()).toBe(false);
    await db.open();
    await loadBookIndex();
    expect((await queryBookIds({}, BY_COMPANY)).total).toBe(0);
    await createCustomer(customerInput({ company: 'After Reset' }));
    await expectInSync();
  });
});

async function createCustomerRow() {
  const c = await createCustomer(customerInput({ company: 'Template' }));
  await deleteCustomers([c.id]);
  return c;
}

async function waitFor(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('condition not met in time');
}
