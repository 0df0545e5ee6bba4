import { describe, expect, it } from 'vitest';
import { db, deleteCustomers, queueLetters } from '../../../src-renderer/data';
import { SENT, addCustomer, letterTo, scriptedSend, senderTestFile, settle, statuses } from './helpers';

/** Deleting a customer cancels the letters to them that have not gone; Undo puts them back. */

const start = senderTestFile('test-letters-delete-customer');
const HOUR = 3_600_000;

describe('deleting a customer with letters in the outbox', () => {
  it('cancels queued, scheduled, failed and uncertain letters, keeps sent ones, and Undo restores each as it was', async () => {
    const c = await addCustomer('Leaving Co', 'buyer@leaving.example.com');
    const other = await addCustomer('Staying Co', 'buyer@staying.example.com');
    const now = 1_000_000;
    const { ids } = await queueLetters([letterTo(c, 'queued'), letterTo(c, 'failed'), letterTo(c, 'uncertain'), letterTo(c, 'sent'), letterTo(other, 'other')], { now });
    const { ids: later } = await queueLetters([letterTo(c, 'scheduled')], { sendAt: now + HOUR, now });
    await db.outbox.update(ids[1]!, { status: 'failed' });
    await db.outbox.update(ids[2]!, { status: 'uncertain' });
    await db.outbox.update(ids[3]!, { status: 'sent', sentAt: now });
    const before = await statuses([...ids, ...later]);
    expect(before).toEqual(['queued', 'failed', 'uncertain', 'sent', 'queued', 'scheduled']);

    const deleted = await deleteCustomers([c.id], now + 5);
    expect(deleted).toMatchObject({ count: 1, cancelledLetters: 4 });
    expect(await statuses([...ids, ...later])).toEqual(['cancelled', 'cancelled', 'cancelled', 'sent', 'queued', 'cancelled']);
    expect((await db.outbox.get(ids[0]!))?.updatedAt).toBe(now + 5);

    await deleted.undo();
    expect(await statuses([...ids, ...later])).toEqual(before);
    expect(await db.customers.get(c.id)).toBeDefined();
  });

  it('the sender does not write to a deleted customer', async () => {
    const c = await addCustomer('Gone Co', 'buyer@gone.example.com');
    const { ids } = await queueLetters([letterTo(c)]);
    await deleteCustomers([c.id]);
    const fake = scriptedSend({ 'buyer@gone.example.com': [SENT] });
    start({ send: fake.send });
    await settle(200);
    expect(fake.calls).toHaveLength(0);
    expect(await statuses(ids)).toEqual(['cancelled']);
  });

  it('Undo leaves a letter the salesperson has acted on since as it is now', async () => {
    const c = await addCustomer('Changed Co', 'buyer@changed.example.com');
    const { ids } = await queueLetters([letterTo(c)]);
    const deleted = await deleteCustomers([c.id]);
    // Meanwhile the salesperson retried it by hand (it is queued again, attempts reset).
    await db.outbox.update(ids[0]!, { status: 'queued', attempts: 0, updatedAt: 42 });
    await deleted.undo();
    expect(await db.outbox.get(ids[0]!)).toMatchObject({ status: 'queued', updatedAt: 42 });
  });
});
