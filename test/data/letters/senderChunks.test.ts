import { describe, expect, it, vi } from 'vitest';
import { db, getSetting, queueLetters, readTimeline } from '../../../src-renderer/data';
import type { OutboxMessage } from '../../../src-renderer/data';
import { chunksOf, DEFAULT_SENDER_CONCURRENCY, MIN_IN_FLIGHT } from '../../../src-renderer/data/letters/sender';
import { MAX_MESSAGE_CHARS, MAX_SEND_BATCH_CHARS } from '../../../src-shared/ipc/contract';
import type { SendOutcome } from '../../../src-shared/mail/types';
import { addCustomer, letterTo, scriptedSendMany, senderTestFile, settle, statuses } from './helpers';

/**
 * The sender with `sendMany` (the app's mail:sendMany): letters go to main a chunk per call, and
 * every letter still gets its own outcome, whatever happens to the call.
 */
const WAIT = { timeout: 5_000, interval: 10 };

const start = senderTestFile('test-letters-sender-chunks');

async function queueTo(n: number, prefix: string) {
  const customers = await Promise.all(Array.from({ length: n }, (_, i) => addCustomer(`${prefix} ${i}`, `${prefix}${i}@chunks.com`)));
  const { ids } = await queueLetters(customers.map((c) => letterTo(c)));
  return { customers, ids };
}

describe('the sender with sendMany', () => {
  it('hands letters over in chunks of at most chunkSize, each sent once, each on its timeline', async () => {
    const { customers, ids } = await queueTo(40, 'many');
    const fake = scriptedSendMany();
    start({ sendMany: fake.sendMany, concurrency: 32, chunkSize: 3 });
    await vi.waitFor(async () => expect(new Set(await statuses(ids))).toEqual(new Set(['sent'])), WAIT);
    const sizes = fake.chunks.map((c) => c.length);
    // Several letters per call, never more than chunkSize.
    expect(Math.max(...sizes)).toBeLessThanOrEqual(3);
    expect(sizes.filter((n) => n > 1).length).toBeGreaterThan(sizes.length / 2);
    expect(fake.calls).toHaveLength(40);
    expect(new Set(fake.calls.map((m) => m.messageId)).size).toBe(40);
    const timeline = (await Promise.all(customers.map((c) => readTimeline(c.id)))).flat();
    expect(timeline.filter((e) => e.kind === 'letter')).toHaveLength(40);
  });

  it('keeps about a second of sending in flight: six letters with a slow server, more with a fast one', async () => {
    const slow = await queueTo(12, 'slow');
    let active = 0;
    let most = 0;
    // A server that takes 300 ms a letter, one at a time: about three letters a second.
    const slowServer = scriptedSendMany();
    const sendSlowly = async (messages: Parameters<typeof slowServer.sendMany>[0]) => {
      active += messages.length;
      most = Math.max(most, active);
      await new Promise((r) => setTimeout(r, 300 * messages.length));
      active -= messages.length;
      return slowServer.sendMany(messages);
    };
    const first = start({ sendMany: sendSlowly });
    await vi.waitFor(async () => expect(new Set(await statuses(slow.ids))).toEqual(new Set(['sent'])), { timeout: 10_000, interval: 20 });
    expect(most).toBe(MIN_IN_FLIGHT);
    await first.stop();

    const fast = await queueTo(300, 'fast');
    let fastMost = 0;
    let fastActive = 0;
    const fastServer = scriptedSendMany();
    start({
      sendMany: async (messages) => {
        fastActive += messages.length;
        fastMost = Math.max(fastMost, fastActive);
        try {
          return await fastServer.sendMany(messages);
        } finally {
          fastActive -= messages.length;
        }
      },
    });
    await vi.waitFor(async () => expect(new Set(await statuses(fast.ids))).toEqual(new Set(['sent'])), { timeout: 20_000, interval: 20 });
    expect(fastMost).toBeGreaterThan(MIN_IN_FLIGHT);
    expect(fastMost).toBeLessThanOrEqual(DEFAULT_SENDER_CONCURRENCY);
  });

  it('gives each letter of a chunk its own outcome: sent, retried later, failed with the address suppressed', async () => {
    const a = await addCustomer('Fine Co', 'ok@fine.com');
    const b = await addCustomer('Busy Co', 'busy@busy.com');
    const c = await addCustomer('Gone Co', 'gone@gone.com');
    const { ids } = await queueLetters([letterTo(a), letterTo(b), letterTo(c)]);
    const fake = scriptedSendMany({
      'busy@busy.com': [{ status: 'failed', kind: 'temporary', message: '450 mailbox busy', responseCode: 450 }],
      'gone@gone.com': [{ status: 'failed', kind: 'permanent', message: '550 no such user', responseCode: 550, badAddress: 'gone@gone.com' }],
    });
    start({ sendMany: fake.sendMany, chunkSize: 8, now: () => 10_000 });
    await vi.waitFor(async () => expect(await statuses(ids)).toEqual(['sent', 'queued', 'failed']), WAIT);
    expect(fake.chunks[0]!.length).toBeGreaterThan(1);
    expect((await db.outbox.get(ids[1]!))?.nextAttemptAt).toBeGreaterThan(10_000);
    expect(await db.suppressions.get('gone@gone.com')).toMatchObject({ reason: 'bounced' });
  });

  it('when main refuses a chunk (one bad letter), tries each letter alone: only the bad one fails', async () => {
    const { ids } = await queueTo(4, 'refused');
    const bad = 'refused2@chunks.com';
    const fake = scriptedSendMany(
      {},
      {
        refuse: (messages) =>
          messages.some((m) => m.to.address === bad) ? Object.assign(new Error('Invalid argument for mail:sendMany'), { code: 'invalidArgument' }) : null,
      },
    );
    start({ sendMany: fake.sendMany, chunkSize: 4 });
    await vi.waitFor(async () => expect(await statuses(ids)).toEqual(['sent', 'sent', 'failed', 'sent']), WAIT);
    expect((await db.outbox.get(ids[2]!))?.lastError).toMatchObject({ kind: 'invalid' });
    // The refused chunk sent nothing; its letters then went one per call. Each good letter went once.
    const withBad = fake.chunks.filter((c) => c.some((m) => m.to.address === bad)).map((c) => c.length);
    expect(withBad[0]).toBeGreaterThan(1);
    expect(withBad.slice(1)).toEqual([1]);
    expect(fake.addresses().sort()).toEqual(['refused0@chunks.com', 'refused1@chunks.com', 'refused3@chunks.com']);
  });

  it('a call that broke after it was made leaves every letter of its chunk uncertain, never resent', async () => {
    const { ids } = await queueTo(3, 'broken');
    const fake = scriptedSendMany({}, { refuse: () => new Error('IPC channel closed') });
    const sender = start({ sendMany: fake.sendMany, chunkSize: 8 });
    await vi.waitFor(async () => expect(await statuses(ids)).toEqual(['uncertain', 'uncertain', 'uncertain']), WAIT);
    sender.wake();
    await settle();
    // Each letter was handed over once, in calls of more than one.
    expect(fake.chunks.flat()).toHaveLength(3);
    expect(fake.chunks[0]!.length).toBeGreaterThan(1);
  });

  it('an answer that does not cover every letter leaves the rest uncertain', async () => {
    const { ids } = await queueTo(3, 'short');
    // The first call answers its first letter only; a later one answers nonsense.
    let calls = 0;
    const fake = scriptedSendMany({}, { answer: (outcomes: SendOutcome[]) => (++calls === 1 ? outcomes.slice(0, 1) : 'nonsense') });
    start({ sendMany: fake.sendMany, chunkSize: 8 });
    await vi.waitFor(async () => expect(await statuses(ids)).toEqual(['sent', 'uncertain', 'uncertain']), WAIT);
    expect(fake.chunks[0]!.length).toBe(2);
  });

  it('an authentication failure in a chunk pauses the outbox: no more chunks until resumed', async () => {
    const { ids } = await queueTo(6, 'auth');
    const fake = scriptedSendMany({ 'auth0@chunks.com': [{ status: 'failed', kind: 'auth', message: '535 Authentication failed', responseCode: 535 }] });
    start({ sendMany: fake.sendMany, concurrency: 2, chunkSize: 2 });
    await vi.waitFor(async () => expect(await getSetting('outboxPaused', null)).not.toBeNull(), WAIT);
    await settle();
    // The two letters in flight went (one refused, one sent); the paused outbox claims nothing more.
    expect(fake.chunks.flat()).toHaveLength(2);
    expect(await statuses(ids)).toEqual(['queued', 'sent', 'queued', 'queued', 'queued', 'queued']);
  });
});

describe('chunksOf', () => {
  const letter = (id: string, chars: number) => ({ id, message: { html: 'x'.repeat(chars), text: '' } }) as unknown as OutboxMessage;

  it('cuts by count, and by the characters one call may carry', () => {
    const small = Array.from({ length: 5 }, (_, i) => letter(`s${i}`, 10));
    expect(chunksOf(small, 2).map((c) => c.map((m) => m.id))).toEqual([['s0', 's1'], ['s2', 's3'], ['s4']]);
    const big = MAX_SEND_BATCH_CHARS / 2 - 1;
    const mixed = [letter('a', big), letter('b', big), letter('c', 10), letter('d', MAX_MESSAGE_CHARS * 2), letter('e', MAX_MESSAGE_CHARS * 2)];
    const chunks = chunksOf(mixed, 16);
    // a and b fill a call; c and one letter of the largest size fit the next; e goes alone.
    expect(chunks.map((c) => c.map((m) => m.id))).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    for (const c of chunks) expect(c.reduce((n, m) => n + m.message.html.length, 0)).toBeLessThanOrEqual(MAX_SEND_BATCH_CHARS);
    expect(chunksOf([], 4)).toEqual([]);
  });
});
