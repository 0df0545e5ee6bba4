import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DataError, createCustomer, db, importCustomers, loadBookIndex, openDatabase, queryBookIds, reloadBookIndex } from '../../src-renderer/data';
import { generateBigBook } from '../../src-shared/sample';
import { customerInput } from './customerInput';

const BY_COMPANY = { key: 'company', dir: 'asc' } as const;

beforeAll(async () => {
  openDatabase('test-import');
  await loadBookIndex();
});

beforeEach(async () => {
  await db.transaction('rw', db.customers, db.interactions, async () => {
    await db.customers.clear();
    await db.interactions.clear();
  });
  // Written around the repositories, so the book index must be told.
  await reloadBookIndex();
});

describe('importCustomers', { timeout: 60_000 }, () => {
  it('adds every row in chunks, reports progress, and the book index shows them', async () => {
    const rows = generateBigBook(4_500, 3);
    const progress: Array<[number, number]> = [];
    const result = await importCustomers(rows, [], (done, total) => progress.push([done, total]), {}, 7_000);
    expect(result).toEqual({ added: 4_500, merged: 0 });
    expect(await db.customers.count()).toBe(4_500);
    expect(progress[0]).toEqual([0, 4_500]);
    expect(progress.at(-1)).toEqual([4_500, 4_500]);
    expect(progress.length).toBeGreaterThanOrEqual(4);
    expect(progress.every(([done], i) => i === 0 || done >= progress[i - 1]![0])).toBe(true);
    expect((await queryBookIds({}, BY_COMPANY)).total).toBe(4_500);
    const us = rows.filter((r) => r.country === 'US').length;
    expect((await queryBookIds({ countries: ['US'] }, BY_COMPANY)).total).toBe(us);
    expect(await db.interactions.count()).toBe(0);
  });

  it('writes nothing when a row is invalid, and says which row', async () => {
    const existing = await createCustomer(customerInput({ company: 'Already Here' }));
    const rows = generateBigBook(3_000, 4);
    rows[2_500] = { ...rows[2_500]!, country: 'ZZ' };
    const error = (await importCustomers(rows, []).catch((e: unknown) => e)) as DataError;
    expect(error).toBeInstanceOf(DataError);
    expect(error.code).toBe('importRowInvalid');
    expect(error.params).toMatchObject({ row: 2_501, field: 'country' });
    expect(await db.customers.count()).toBe(1);
    expect((await queryBookIds({}, BY_COMPANY)).ids).toEqual([existing.id]);
  });

  it('is all or nothing when a write fails mid-way (a clash in the third chunk)', async () => {
    const existing = await createCustomer(customerInput({ company: 'Clash Target' }));
    const rows = generateBigBook(5_000, 5);
    rows[4_200] = { ...rows[4_200]!, id: existing.id };
    const progress: number[] = [];
    const error = (await importCustomers(rows, [], (done) => progress.push(done)).catch((e: unknown) => e)) as DataError;
    expect(error).toBeInstanceOf(DataError);
    expect(error.code).toBe('importFailed');
    // The first chunks were written inside the transaction before the clash: all rolled back.
    expect(progress).toContain(2_000);
    expect(await db.customers.count()).toBe(1);
    expect(await db.customers.get(existing.id)).toEqual(existing);
    expect((await queryBookIds({}, BY_COMPANY)).total).toBe(1);
  });

  it('merges rows into the customers they duplicate, with one import entry each', async () => {
    const target = await createCustomer(customerInput({ company: 'Merge Target', tags: ['oem'], contacts: [{ name: 'Ann', title: '', emails: ['ann@target.com'], phones: [], whatsapp: '' }] }));
    const incoming = customerInput({ company: 'Merge Target', tags: ['vip'], contacts: [{ name: 'Bob', title: '', emails: ['bob@target.com'], phones: [], whatsapp: '' }] });
    const result = await importCustomers([customerInput({ company: 'New One' })], [{ input: incoming, targetId: target.id }], undefined, { label: 'fair.xlsx' });
    expect(result).toEqual({ added: 1, merged: 1 });
    const merged = await db.customers.get(target.id);
    expect(merged?.contacts.map((c) => c.name)).toEqual(['Ann', 'Bob']);
    expect(merged?.tags).toEqual(['oem', 'vip']);
    expect(await db.interactions.where('customerId').equals(target.id).toArray()).toMatchObject([{ kind: 'import', text: 'fair.xlsx' }]);
    expect((await queryBookIds({ tags: ['vip'] }, BY_COMPANY)).ids).toEqual([target.id]);
    expect(await db.customers.count()).toBe(2);
  });

  it('writes nothing when a merge target is gone', async () => {
    const error = (await importCustomers([customerInput()], [{ input: customerInput(), targetId: 'gone' }]).catch((e: unknown) => e)) as DataError;
    expect(error.code).toBe('importFailed');
    expect(await db.customers.count()).toBe(0);
  });
});
