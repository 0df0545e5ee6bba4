import { beforeAll, describe, expect, it } from 'vitest';
import type { DataError} from '../../src-renderer/data';
import { addInteraction, createCustomer, db, deleteInteraction, loadBookIndex, openDatabase, queryBookIds } from '../../src-renderer/data';
import { customerInput } from './customerInput';

beforeAll(async () => {
  openDatabase('test-interactions');
  await loadBookIndex();
});

describe('interactions', () => {
  it('a later note, call or letter moves last contact (and the list order); other kinds do not', async () => {
    const a = await createCustomer(customerInput({ company: 'Alpha', lastContactAt: 1_000 }));
    const b = await createCustomer(customerInput({ company: 'Beta', lastContactAt: 2_000 }));
    const byContact = { key: 'lastContactAt', dir: 'desc' } as const;
    expect((await queryBookIds({}, byContact)).ids).toEqual([b.id, a.id]);

    await addInteraction({ customerId: a.id, kind: 'note', text: 'Called back', at: 3_000 });
    expect((await db.customers.get(a.id))?.lastContactAt).toBe(3_000);
    expect((await queryBookIds({}, byContact)).ids).toEqual([a.id, b.id]);

    await addInteraction({ customerId: a.id, kind: 'call', text: 'Older call', at: 500 });
    await addInteraction({ customerId: a.id, kind: 'merge', text: 'Merged', at: 8_000 });
    expect((await db.customers.get(a.id))?.lastContactAt).toBe(3_000);
    await addInteraction({ customerId: a.id, kind: 'letter', text: 'Sent', at: 9_000 });
    expect((await db.customers.get(a.id))?.lastContactAt).toBe(9_000);
  });

  it('deleting the entry that set last contact falls back to the latest remaining one', async () => {
    const c = await createCustomer(customerInput({ company: 'Gamma' }));
    await addInteraction({ customerId: c.id, kind: 'call', text: 'First', at: 1_000 });
    const latest = await addInteraction({ customerId: c.id, kind: 'note', text: 'Second', at: 2_000 });
    await deleteInteraction(latest.id);
    expect((await db.customers.get(c.id))?.lastContactAt).toBe(1_000);
    expect(await db.interactions.get(latest.id)).toBeUndefined();
    await deleteInteraction('not-there');
  });

  it('refuses an entry for a customer that does not exist', async () => {
    const error = (await addInteraction({ customerId: 'ghost', kind: 'note', text: 'x' }).catch((e: unknown) => e)) as DataError;
    expect(error.code).toBe('notFound');
    expect(await db.interactions.where('customerId').equals('ghost').count()).toBe(0);
  });
});
