import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { countOpenOutbox, db, loadBookIndex, openDatabase, queueLetters } from '../../../src-renderer/data';
import { type TableWatch, watchTable } from '../../../src-renderer/data/throttledRead';
import { addCustomer, clearOutbox, letterTo } from './helpers';

const WAIT = { timeout: 5_000, interval: 20 };
let watch: TableWatch | null = null;

beforeAll(async () => {
  openDatabase('test-letters-throttled-read');
  await loadBookIndex();
});
beforeEach(clearOutbox);
afterEach(() => {
  watch?.stop();
  watch = null;
});

describe('watchTable (the outbox screen’s reads while a batch goes)', () => {
  it('reads at once, then after changes at most once per interval, and always ends on the last state', async () => {
    const customer = await addCustomer('Watch Co', 'buyer@watch.com');
    const seen: number[] = [];
    const interval = 250;
    watch = watchTable('outbox', async () => (await countOpenOutbox()).queued, (queued) => seen.push(queued), { intervalMs: interval });
    await vi.waitFor(() => expect(seen).toEqual([0]), WAIT);

    // Twenty commits as fast as the database takes them: a sender's cycles to a fast server.
    const started = performance.now();
    for (let i = 0; i < 20; i++) await queueLetters([letterTo(customer, `letter ${i}`)]);
    const elapsed = performance.now() - started;
    await vi.waitFor(() => expect(seen.at(-1)).toBe(20), WAIT);
    // One read at the start, then no more than one per interval (and one for the last change).
    expect(seen.length - 1).toBeLessThanOrEqual(Math.ceil(elapsed / interval) + 2);
    expect(seen.length - 1).toBeLessThan(20);
  });

  it('ignores other tables, and stops when told', async () => {
    const customer = await addCustomer('Quiet Co', 'buyer@quiet.com');
    const seen: number[] = [];
    watch = watchTable('outbox', async () => (await countOpenOutbox()).queued, (queued) => seen.push(queued), { intervalMs: 10 });
    await vi.waitFor(() => expect(seen).toEqual([0]), WAIT);
    await db.customers.update(customer.id, { notes: 'a change elsewhere' });
    await db.settings.put({ key: 'unrelated', value: 1 });
    await new Promise((r) => setTimeout(r, 100));
    expect(seen).toEqual([0]);

    watch.stop();
    await queueLetters([letterTo(customer)]);
    await new Promise((r) => setTimeout(r, 100));
    expect(seen).toEqual([0]);
  });

  it('a read that fails is reported, and the next change reads again', async () => {
    const customer = await addCustomer('Flaky Co', 'buyer@flaky.com');
    const errors: unknown[] = [];
    const seen: number[] = [];
    let fail = true;
    watch = watchTable(
      'outbox',
      async () => {
        if (fail) throw new Error('database went away');
        return (await countOpenOutbox()).queued;
      },
      (queued) => seen.push(queued),
      { intervalMs: 10, onError: (e) => errors.push(e) },
    );
    await vi.waitFor(() => expect(errors).toHaveLength(1), WAIT);
    fail = false;
    await queueLetters([letterTo(customer)]);
    await vi.waitFor(() => expect(seen).toEqual([1]), WAIT);
  });
});
