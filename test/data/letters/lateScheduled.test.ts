import { describe, expect, it, vi } from 'vitest';
import { type OutboxMessage, createCustomer, db, queueLetters } from '../../../src-renderer/data';
import { LATE_GRACE_MS } from '../../../src-renderer/data/letters/sender';
import { customerInput } from '../customerInput';
import { letterTo, scriptedSend, senderTestFile, settle } from './helpers';

/**
 * A scheduled letter found late (Tradewind was closed at its time): it goes if the customer's
 * office is open now, and otherwise moves to their next working morning, saying from when and why.
 */

const WAIT = { timeout: 5_000, interval: 10 };
const start = senderTestFile('test-letters-late-scheduled');
const utc = (iso: string) => Date.parse(`${iso}Z`);
const letter = async (id: string) => (await db.outbox.get(id)) as OutboxMessage;

const newYorkBuyer = (company: string, email: string) =>
  createCustomer(
    customerInput({
      company,
      website: '',
      country: 'US',
      city: 'New York',
      language: 'en',
      timeZone: 'America/New_York',
      contacts: [{ name: `${company} Buyer`, title: '', emails: [email], phones: [], whatsapp: '' }],
    }),
  );

/** One letter scheduled for `sendAt`, queued an hour before it. */
async function scheduled(email: string, sendAt: number): Promise<string> {
  const c = await newYorkBuyer(`Late ${email}`, email);
  const { ids } = await queueLetters([letterTo(c)], { sendAt, now: sendAt - 3_600_000 });
  return ids[0]!;
}

describe('a scheduled letter found late', () => {
  it('found at 02:00 their time: moved to 09:30 the same morning, not sent', async () => {
    // Due Tuesday 2 June 2026, 09:30 in New York; the app opens at 02:00 on Wednesday.
    const id = await scheduled('night@late.example.com', utc('2026-06-02T13:30'));
    const fake = scriptedSend();
    start({ send: fake.send, now: () => utc('2026-06-03T06:00') });
    await vi.waitFor(async () => expect((await letter(id)).sendAt).toBe(utc('2026-06-03T13:30')), WAIT);
    expect(await letter(id)).toMatchObject({ status: 'scheduled', rescheduled: { from: utc('2026-06-02T13:30'), reason: 'afterHours' } });
    await settle();
    expect(fake.calls).toHaveLength(0);
  });

  it('found two hours late, at 11:30 their time: sent (their office is open)', async () => {
    const id = await scheduled('open@late.example.com', utc('2026-06-02T13:30'));
    const fake = scriptedSend();
    start({ send: fake.send, now: () => utc('2026-06-02T15:30') });
    await vi.waitFor(async () => expect((await letter(id)).status).toBe('sent'), WAIT);
    expect((await letter(id)).rescheduled).toBeUndefined();
    expect(fake.calls).toHaveLength(1);
  });

  it('within the grace period: sent as planned, even at night (the salesperson chose that time)', async () => {
    // Set for 01:00 in New York, picked up 10 minutes later.
    const sendAt = utc('2026-06-03T05:00');
    const id = await scheduled('chosen@late.example.com', sendAt);
    const fake = scriptedSend();
    start({ send: fake.send, now: () => sendAt + LATE_GRACE_MS - 600_000 });
    await vi.waitFor(async () => expect((await letter(id)).status).toBe('sent'), WAIT);
    expect(fake.calls).toHaveLength(1);
  });

  it('found on Thanksgiving: moved past the holiday, to Friday 09:30', async () => {
    // Due Wednesday 25 November 2026, 09:30; the app opens on Thanksgiving at noon.
    const id = await scheduled('holiday@late.example.com', utc('2026-11-25T14:30'));
    const fake = scriptedSend();
    start({ send: fake.send, now: () => utc('2026-11-26T17:00') });
    await vi.waitFor(async () => expect((await letter(id)).sendAt).toBe(utc('2026-11-27T14:30')), WAIT);
    expect((await letter(id)).rescheduled).toEqual({ from: utc('2026-11-25T14:30'), reason: 'holiday' });
    expect(fake.calls).toHaveLength(0);
  });

  it('whose customer record is missing: goes as planned (there is no calendar to read)', async () => {
    const id = await scheduled('gone@late.example.com', utc('2026-06-02T13:30'));
    // Deleting a customer cancels their letters (see deleteCustomer.test); an orphan can only come
    // from outside the app's own writes, and the sender must still not stall on it.
    await db.customers.delete((await letter(id)).customerId);
    const fake = scriptedSend();
    start({ send: fake.send, now: () => utc('2026-06-03T06:00') });
    await vi.waitFor(async () => expect(fake.calls).toHaveLength(1), WAIT);
  });

  it('a letter sent now that waited (queued, not scheduled) is not held back', async () => {
    const c = await newYorkBuyer('Queued Co', 'queued@late.example.com');
    const { ids } = await queueLetters([letterTo(c)], { now: utc('2026-06-02T13:30') });
    const fake = scriptedSend();
    start({ send: fake.send, now: () => utc('2026-06-03T06:00') });
    await vi.waitFor(async () => expect((await letter(ids[0]!)).status).toBe('sent'), WAIT);
  });
});
