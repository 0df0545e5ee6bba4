import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Interaction } from '../../../src-shared/customer/customer';
import { SCHEMA_V1, openDatabase } from '../../../src-renderer/data';
import { customerRecord } from '../../../src-renderer/data/customerRecord';
import { customerInput } from '../customerInput';

describe('schema version 2 (letters and mail)', () => {
  it('opens a book made by version 1 with every customer intact and the new tables empty', async () => {
    const name = 'test-letters-schema-v1';
    // The app as it shipped before letters: version 1 alone.
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    const customers = [
      customerRecord(customerInput({ company: 'Old One' }), { createdAt: 1, updatedAt: 2 }),
      customerRecord(customerInput({ company: 'Old Two', country: 'BR', language: 'pt-BR', timeZone: 'America/Sao_Paulo' }), { createdAt: 3, updatedAt: 4 }),
    ];
    const timeline: Interaction[] = [{ id: 'i1', customerId: customers[0]!.id, kind: 'note', at: 5, text: 'Met at the Canton Fair' }];
    await old.table('customers').bulkAdd(customers);
    await old.table('interactions').bulkAdd(timeline);
    await old.table('settings').put({ key: 'language', value: 'zh-CN' });
    old.close();

    const db = openDatabase(name);
    expect((await db.customers.bulkGet(customers.map((c) => c.id)))).toEqual(customers);
    expect(await db.interactions.toArray()).toEqual(timeline);
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'zh-CN' });
    expect(db.verno).toBe(2);
    expect(await db.templates.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.suppressions.count()).toBe(0);
    // The new indexes are in place.
    expect(await db.outbox.where('[status+sendAt]').between(['queued', 0], ['queued', Infinity]).count()).toBe(0);
    expect(await db.customers.where('country').equals('BR').count()).toBe(1);
  });
});
