import { beforeAll, describe, expect, it } from 'vitest';
import {
  DataError,
  addInteraction,
  bulkUpdateCustomers,
  createCustomer,
  db,
  deleteCustomers,
  loadBookIndex,
  openDatabase,
  queryBook,
  queryBookIds,
  updateCustomer,
  countFacets,
} from '../../src-renderer/data';
import { customerInput } from './customerInput';

const BY_COMPANY = { key: 'company', dir: 'asc' } as const;

beforeAll(async () => {
  openDatabase('test-customers');
  await loadBookIndex();
});

describe('createCustomer', () => {
  it('stores a trimmed customer with ids, times and derived fields, and the list shows it', async () => {
    const created = await createCustomer(
      customerInput({ company: '  Garcia Import SL ', contacts: [{ name: ' María ', title: '', emails: [' MARIA@Garcia-Import.es '], phones: [], whatsapp: '' }] }),
      1_000,
    );
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created).toMatchObject({ company: 'Garcia Import SL', createdAt: 1_000, updatedAt: 1_000, emails: ['maria@garcia-import.es'], domain: 'garcia-import.es', nameKey: 'garciaimport' });
    expect(created.contacts[0]!.id).toBeTruthy();
    expect(created.contacts[0]!.name).toBe('María');
    expect(await db.customers.get(created.id)).toEqual(created);
    const found = await queryBook({ search: 'garc' }, BY_COMPANY, 0, 10);
    expect(found.customers.map((c) => c.id)).toContain(created.id);
  });

  it('throws a DataError and writes nothing when the input is not valid', async () => {
    const before = await db.customers.count();
    const attempts = [
      customerInput({ company: '   ' }),
      customerInput({ country: 'XX' }),
      customerInput({ contacts: [{ name: 'A', title: '', emails: ['not-an-email'], phones: [], whatsapp: '' }] }),
      customerInput({ source: 'fax' as never }),
    ];
    for (const input of attempts) {
      const error = await createCustomer(input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DataError);
      expect((error as DataError).code).toBe('invalidCustomer');
      expect((error as DataError).params?.['field']).toBeTruthy();
    }
    const emailError = (await createCustomer(attempts[2]!).catch((e: unknown) => e)) as DataError;
    expect(emailError.params?.['field']).toBe('contacts.0.emails.0');
    expect(await db.customers.count()).toBe(before);
    expect((await queryBookIds({}, BY_COMPANY)).total).toBe(before);
  });
});

describe('updateCustomer', () => {
  it('applies the patch, recomputes derived fields and updatedAt, and the index follows', async () => {
    const created = await createCustomer(customerInput({ company: 'Levante Luz SL', country: 'ES', level: 'C' }), 1_000);
    const updated = await updateCustomer(created.id, { company: 'Levante Luz y Sol SL', country: 'PT', level: 'A', website: 'https://levante.pt' }, 2_000);
    expect(updated).toMatchObject({ id: created.id, createdAt: 1_000, updatedAt: 2_000, country: 'PT', level: 'A', domain: 'levante.pt', nameKey: 'levanteluzysol' });
    expect(await db.customers.get(created.id)).toEqual(updated);
    expect((await queryBookIds({ countries: ['PT'], levels: ['A'] }, BY_COMPANY)).ids).toEqual([created.id]);
    expect((await queryBookIds({ search: 'sol' }, BY_COMPANY)).ids).toContain(created.id);
  });

  it('refuses a bad patch and an unknown id, leaving the record as it was', async () => {
    const created = await createCustomer(customerInput({ company: 'Keep Me' }));
    const bad = (await updateCustomer(created.id, { company: '' }).catch((e: unknown) => e)) as DataError;
    expect(bad.code).toBe('invalidCustomer');
    expect(await db.customers.get(created.id)).toEqual(created);
    const missing = (await updateCustomer('no-such-id', { company: 'X' }).catch((e: unknown) => e)) as DataError;
    expect(missing.code).toBe('notFound');
  });
});

describe('deleteCustomers', () => {
  it('deletes customers with their timelines, and undo restores both exactly', async () => {
    const a = await createCustomer(customerInput({ company: 'Alpha Lighting' }));
    const b = await createCustomer(customerInput({ company: 'Beta Solar' }));
    const note = await addInteraction({ customerId: a.id, kind: 'note', text: 'Sent price list', at: 5_000 });
    const call = await addInteraction({ customerId: a.id, kind: 'call', text: 'Discussed MOQ', at: 6_000 });
    const aStored = await db.customers.get(a.id);
    const { count, undo } = await deleteCustomers([a.id, b.id, 'unknown-id']);
    expect(count).toBe(2);
    expect(await db.customers.bulkGet([a.id, b.id])).toEqual([undefined, undefined]);
    expect(await db.interactions.where('customerId').equals(a.id).count()).toBe(0);
    expect((await queryBookIds({ search: 'alpha' }, BY_COMPANY)).total).toBe(0);

    await undo();
    expect(await db.customers.get(a.id)).toEqual(aStored);
    expect(await db.customers.get(b.id)).toEqual(b);
    const timeline = await db.interactions.where('customerId').equals(a.id).sortBy('at');
    expect(timeline).toEqual([note, call]);
    expect((await queryBookIds({ search: 'alpha' }, BY_COMPANY)).ids).toEqual([a.id]);
  });
});

describe('bulkUpdateCustomers', () => {
  it('sets level and stage and adds and removes tags in one go, and counts what changed', async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await createCustomer(customerInput({ company: `Bulk ${i}`, tags: i % 2 ? ['old', 'oem'] : ['oem'], level: 'D' }))).id);
    const untouched = await createCustomer(customerInput({ company: 'Not Selected', level: 'D' }));
    const changed = await bulkUpdateCustomers(ids, { level: 'B', stage: 'sample', addTags: ['vip', 'OEM'], removeTags: ['old'] }, 9_000);
    expect(changed).toBe(5);
    for (const c of await db.customers.bulkGet(ids)) {
      expect(c).toMatchObject({ level: 'B', stage: 'sample', tags: ['oem', 'vip'], updatedAt: 9_000 });
    }
    expect((await db.customers.get(untouched.id))?.level).toBe('D');
    expect((await queryBookIds({ tags: ['vip'], levels: ['B'] }, BY_COMPANY)).ids.sort()).toEqual([...ids].sort());
    expect((await countFacets({})).tags['old']).toBeUndefined();
    expect(await bulkUpdateCustomers(ids, { level: 'B' })).toBe(0);
  });

  it('changes nothing when the change is not valid', async () => {
    const c = await createCustomer(customerInput({ company: 'Bad Change Co' }));
    const error = (await bulkUpdateCustomers([c.id], { addTags: ['  '] }).catch((e: unknown) => e)) as DataError;
    expect(error.code).toBe('invalidChange');
    expect(await db.customers.get(c.id)).toEqual(c);
  });
});
