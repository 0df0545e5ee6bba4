import { beforeAll, describe, expect, it } from 'vitest';
import type { DataError} from '../../src-renderer/data';
import { addInteraction, createCustomer, db, findDuplicatesOf, loadBookIndex, mergeCustomerRecords, openDatabase, queryBookIds } from '../../src-renderer/data';
import { customerInput } from './customerInput';

const BY_COMPANY = { key: 'company', dir: 'asc' } as const;

beforeAll(async () => {
  openDatabase('test-merge');
  await loadBookIndex();
});

describe('findDuplicatesOf', () => {
  it('finds by shared email, company domain and the same or a near-identical name', async () => {
    const acme = await createCustomer(customerInput({ company: 'Acme Lighting Ltd', website: 'https://acme-light.co.uk', country: 'GB', contacts: [{ name: 'Ann', title: '', emails: ['ann@acme-light.co.uk'], phones: [], whatsapp: '' }] }));
    const typo = await createCustomer(customerInput({ company: 'Acme Lightning Limited', website: '', country: 'GB', contacts: [] }));
    const other = await createCustomer(customerInput({ company: 'Zeta Solar', website: '', contacts: [{ name: 'Z', title: '', emails: ['z@gmail.com'], phones: [], whatsapp: '' }] }));

    const byEmail = await findDuplicatesOf({ emails: ['ANN@acme-light.co.uk'], domain: '', nameKey: 'somethingelse' });
    expect(byEmail.map((d) => [d.customer.id, d.reasons])).toEqual([[acme.id, ['email']]]);

    const byDomain = await findDuplicatesOf({ emails: ['bob@acme-light.co.uk'], domain: 'acme-light.co.uk', nameKey: 'nothinglikeit' });
    expect(byDomain.map((d) => [d.customer.id, d.reasons])).toEqual([[acme.id, ['domain']]]);

    const byName = await findDuplicatesOf({ emails: [], domain: '', nameKey: 'acmelighting' });
    expect(byName.map((d) => d.customer.id).sort()).toEqual([acme.id, typo.id].sort());
    expect(byName.every((d) => d.reasons.includes('name'))).toBe(true);

    // Its own record is never its duplicate; free-mail domains say nothing.
    expect(await findDuplicatesOf({ id: acme.id, emails: ['ann@acme-light.co.uk'], domain: 'acme-light.co.uk', nameKey: 'x' })).toEqual([]);
    expect(await findDuplicatesOf({ emails: [], domain: 'gmail.com', nameKey: '' })).toEqual([]);
    expect((await findDuplicatesOf({ emails: ['z@gmail.com'], domain: '', nameKey: '' })).map((d) => d.customer.id)).toEqual([other.id]);
  });
});

describe('mergeCustomerRecords', () => {
  it('keeps both sides’ contacts, notes and timelines on the kept customer, and removes the other', async () => {
    const keep = await createCustomer(customerInput({ company: 'Garcia Import SL', notes: 'Prefers email.', tags: ['oem'], contacts: [{ name: 'María', title: '', emails: ['maria@garcia-import.es'], phones: [], whatsapp: '' }] }));
    const other = await createCustomer(customerInput({ company: 'García Importaciones', notes: 'Met at Canton Fair.', tags: ['vip'], contacts: [{ name: 'Pedro', title: 'Owner', emails: ['pedro@garcia-import.es'], phones: [], whatsapp: '' }] }));
    const keepNote = await addInteraction({ customerId: keep.id, kind: 'note', text: 'Quoted 500 pcs', at: 1_000 });
    const otherCall = await addInteraction({ customerId: other.id, kind: 'call', text: 'Asked for samples', at: 2_000 });

    const merged = await mergeCustomerRecords(keep.id, other.id, 3_000);
    expect(merged.id).toBe(keep.id);
    expect(merged.contacts.map((c) => c.name)).toEqual(['María', 'Pedro']);
    expect(merged.notes).toContain('Prefers email.');
    expect(merged.notes).toContain('Met at Canton Fair.');
    expect(merged.tags).toEqual(['oem', 'vip']);
    expect(merged.emails.sort()).toEqual(['maria@garcia-import.es', 'pedro@garcia-import.es']);
    expect(await db.customers.get(other.id)).toBeUndefined();
    expect(await db.customers.get(keep.id)).toEqual(merged);

    const timeline = await db.interactions.where('customerId').equals(keep.id).sortBy('at');
    expect(timeline.map((i) => i.id)).toEqual([keepNote.id, otherCall.id, timeline[2]!.id]);
    expect(timeline[2]).toMatchObject({ kind: 'merge', at: 3_000, text: 'García Importaciones' });
    expect(await db.interactions.where('customerId').equals(other.id).count()).toBe(0);

    expect((await queryBookIds({ search: 'garcia' }, BY_COMPANY)).ids).toEqual([keep.id]);
    expect((await queryBookIds({ search: 'pedro' }, BY_COMPANY)).ids).toEqual([keep.id]);
  });

  it('refuses to merge a customer into itself or into nothing, changing nothing', async () => {
    const a = await createCustomer(customerInput({ company: 'Solo' }));
    expect(((await mergeCustomerRecords(a.id, a.id).catch((e: unknown) => e)) as DataError).code).toBe('mergeSameCustomer');
    expect(((await mergeCustomerRecords(a.id, 'gone').catch((e: unknown) => e)) as DataError).code).toBe('notFound');
    expect(await db.customers.get(a.id)).toEqual(a);
  });
});
