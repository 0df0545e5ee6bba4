import { beforeAll, describe, expect, it } from 'vitest';
import { countSampleCustomers, createCustomer, db, loadBookIndex, loadSampleBook, openDatabase, queryBookIds, removeSampleBook } from '../../src-renderer/data';
import { customerInput } from './customerInput';

const BY_COMPANY = { key: 'company', dir: 'asc' } as const;

beforeAll(async () => {
  openDatabase('test-sample');
  await loadBookIndex();
});

describe('the sample book', { timeout: 60_000 }, () => {
  it('loads with timelines, can be loaded again without doubling, and removes without touching real customers', async () => {
    const real = await createCustomer(customerInput({ company: 'Real Customer' }));
    const loaded = await loadSampleBook(Date.UTC(2026, 0, 15));
    expect(loaded).toBeGreaterThanOrEqual(250);
    expect(await countSampleCustomers()).toBe(loaded);
    expect(await db.customers.count()).toBe(loaded + 1);
    expect(await db.interactions.count()).toBeGreaterThan(loaded);
    expect((await queryBookIds({ sample: true }, BY_COMPANY)).total).toBe(loaded);
    expect((await queryBookIds({ sample: false }, BY_COMPANY)).ids).toEqual([real.id]);
    const someSample = (await db.customers.where('sample').equals(1).first())!;
    expect(someSample.emails.length).toBeGreaterThan(0);
    expect(someSample.nameKey).toBeTruthy();

    expect(await loadSampleBook()).toBe(loaded);
    expect(await countSampleCustomers()).toBe(loaded);

    expect(await removeSampleBook()).toBe(loaded);
    expect(await countSampleCustomers()).toBe(0);
    expect(await db.customers.count()).toBe(1);
    expect(await db.interactions.count()).toBe(0);
    expect((await queryBookIds({}, BY_COMPANY)).ids).toEqual([real.id]);
  });
});
