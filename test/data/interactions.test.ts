import { beforeAll, describe, expect, it } from 'vitest';
import type { DataError} from '../../src-renderer/data';
import {
  addInteraction,
  createCustomer,
  db,
  deleteInteraction,
  loadBookIndex,
  markMessageSent,
  openDatabase,
  queryBookIds,
  queueLetters,
  readTimeline,
} from '../../src-renderer/data';
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

  it('the timeline holds the letters sent, from the outbox, in time order; deleting a note falls back to a letter', async () => {
    const c = await createCustomer(customerInput({ company: 'Delta' }));
    await addInteraction({ customerId: c.id, kind: 'note', text: 'Met at the fair', at: 1_000 });
    const contact = c.contacts[0]!;
    const { ids } = await queueLetters([
      {
        customerId: c.id,
        contactId: contact.id ?? '',
        templateId: 'quote-cover',
        templateKind: 'quoteCover',
        message: { from: { name: 'Li', address: 'li@acme.cn' }, to: { name: 'Buyer', address: 'buyer@delta.com' }, subject: 'Your quotation', html: '<p>Hi</p>', text: 'Hi', language: 'en' },
      },
    ]);
    // Not on the timeline until it is sent.
    expect((await readTimeline(c.id)).map((e) => e.kind)).toEqual(['note']);
    await db.outbox.update(ids[0]!, { status: 'uncertain' });
    await markMessageSent(ids[0]!, 5_000);
    const late = await addInteraction({ customerId: c.id, kind: 'call', text: 'Follow-up call', at: 9_000 });
    expect((await readTimeline(c.id)).map((e) => [e.kind, e.at, e.text])).toEqual([
      ['call', 9_000, 'Follow-up call'],
      ['letter', 5_000, 'Your quotation\n\nHi'],
      ['note', 1_000, 'Met at the fair'],
    ]);
    await deleteInteraction(late.id);
    expect((await db.customers.get(c.id))?.lastContactAt).toBe(5_000);
    // A letter is the record of what went: deleting by its id removes nothing.
    await deleteInteraction(ids[0]!);
    expect((await readTimeline(c.id)).map((e) => e.kind)).toEqual(['letter', 'note']);
  });

  it('refuses an entry for a customer that does not exist', async () => {
    const error = (await addInteraction({ customerId: 'ghost', kind: 'note', text: 'x' }).catch((e: unknown) => e)) as DataError;
    expect(error.code).toBe('notFound');
    expect(await db.interactions.where('customerId').equals('ghost').count()).toBe(0);
  });
});
