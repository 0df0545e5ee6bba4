import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type DataError,
  OUTBOX_STATUSES,
  type OutboxMessage,
  type OutboxStatus,
  cancelBatch,
  cancelMessage,
  db,
  listOutbox,
  loadBookIndex,
  markMessageSent,
  openDatabase,
  queueLetters,
  readTimeline,
  readBatchProgress,
  recoverInterruptedSends,
  retryMessage,
  countOutbox,
  countOpenOutbox,
} from '../../../src-renderer/data';
import { outboxId } from '../../../src-renderer/data/letters/outbox';
import { addCustomer, clearOutbox, letterTo } from './helpers';

const MESSAGE_ID = /^<[^<>\s@]+@[^<>\s@]+>$/;
const codeOf = async (p: Promise<unknown>) => ((await p.catch((e: unknown) => e)) as DataError).code;

beforeAll(async () => {
  openDatabase('test-letters-outbox');
  await loadBookIndex();
});
beforeEach(clearOutbox);

describe('queueLetters', () => {
  it('stores every letter with its own Message-ID, assigned at queueing', async () => {
    const a = await addCustomer('Alpha', 'buyer@alpha.com');
    const b = await addCustomer('Beta', 'buyer@beta.com');
    const { batchId, ids } = await queueLetters([letterTo(a), letterTo(b), letterTo(a, 'Second letter')], { now: 1_000 });
    expect(ids).toHaveLength(3);
    const stored = (await db.outbox.bulkGet(ids)) as OutboxMessage[];
    for (const m of stored) {
      expect(m).toMatchObject({ batchId, status: 'queued', sendAt: 0, attempts: 0, nextAttemptAt: 0, createdAt: 1_000, updatedAt: 1_000 });
      expect(m.messageId).toMatch(MESSAGE_ID);
      expect(m.messageId).toMatch(/@acme-export\.com>$/);
      expect(m.message.messageId).toBe(m.messageId);
    }
    expect(new Set(stored.map((m) => m.messageId)).size).toBe(3);
    // Ids sort in queueing order, so index order is queueing order.
    expect([...ids].sort()).toEqual(ids);
    expect((await db.outbox.filter((m) => m.messageId === stored[1]!.messageId).first())?.id).toBe(ids[1]);
  });

  it('schedules letters whose send time is ahead, per customer when asked', async () => {
    const a = await addCustomer('Gamma', 'buyer@gamma.com');
    const b = await addCustomer('Delta', 'buyer@delta.com');
    const { ids } = await queueLetters([letterTo(a), letterTo(b)], { now: 10_000, sendAt: (id) => (id === a.id ? 50_000 : 9_000) });
    const [ma, mb] = (await db.outbox.bulkGet(ids)) as OutboxMessage[];
    expect(ma).toMatchObject({ status: 'scheduled', sendAt: 50_000 });
    expect(mb).toMatchObject({ status: 'queued', sendAt: 9_000 });
  });

  it('queues all or nothing: a bad letter or a missing customer leaves the outbox as it was', async () => {
    const a = await addCustomer('Epsilon', 'buyer@epsilon.com');
    const good = letterTo(a);
    const injected = { ...letterTo(a), message: { ...letterTo(a).message, to: { name: 'x', address: 'Evil <evil@x.com>, boss@y.com' } } };
    const error = (await queueLetters([good, good, injected]).catch((e: unknown) => e)) as DataError;
    expect(error.code).toBe('invalidLetter');
    expect(error.params).toMatchObject({ index: 3, field: 'message.to.address' });
    expect(await codeOf(queueLetters([good, { ...good, customerId: 'ghost' }]))).toBe('notFound');
    expect(await codeOf(queueLetters([good], { sendAt: Number.NaN }))).toBe('invalidLetter');
    expect(await db.outbox.count()).toBe(0);
  });

  it('rolls back inside the transaction too: a row that fails to write takes the earlier rows with it', async () => {
    const a = await addCustomer('Zeta', 'buyer@zeta.com');
    // Deterministic uuids: batch, then per letter its Message-ID and its row id.
    let n = 0;
    const spy = vi.spyOn(crypto, 'randomUUID').mockImplementation(() => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`);
    try {
      // The second letter's row id is taken already, so its write fails after the first's succeeded.
      const taken = outboxId(5_000, 1).replace(/[0-9a-f-]{36}$/, '00000000-0000-4000-8000-000000000005');
      await db.outbox.add({ ...(await queueAndRead(a)), id: taken });
      const before = await db.outbox.count();
      n = 0;
      const error = await queueLetters([letterTo(a), letterTo(a)], { now: 5_000 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(await db.outbox.count()).toBe(before);
    } finally {
      spy.mockRestore();
    }
  });
});

async function queueAndRead(c: Awaited<ReturnType<typeof addCustomer>>): Promise<OutboxMessage> {
  const { ids } = await queueLetters([letterTo(c)]);
  return (await db.outbox.get(ids[0]!))!;
}

/** A stored letter in the given status (as the sender or start-up recovery would leave it). */
async function letterIn(status: OutboxStatus): Promise<string> {
  const c = await addCustomer(`Status ${status} ${crypto.randomUUID().slice(0, 6)}`, `${status}@example.com`, 5);
  const { ids } = await queueLetters([letterTo(c, `About ${status}`)], { now: 100 });
  await db.outbox.update(ids[0]!, { status, attempts: 2, lastError: { kind: 'temporary', message: '450' } });
  return ids[0]!;
}

describe('retry, cancel, mark as sent', () => {
  it('retry: failed, uncertain and cancelled go back in line with attempts reset; others are refused', async () => {
    for (const status of ['failed', 'uncertain', 'cancelled'] as const) {
      const id = await letterIn(status);
      await retryMessage(id, 200);
      const m = (await db.outbox.get(id))!;
      expect(m).toMatchObject({ status: 'queued', attempts: 0, nextAttemptAt: 0, updatedAt: 200 });
      expect(m.lastError).toBeUndefined();
    }
    for (const status of ['queued', 'scheduled', 'sending', 'sent'] as const) {
      const id = await letterIn(status);
      const error = (await retryMessage(id).catch((e: unknown) => e)) as DataError;
      expect(error.code).toBe('outboxCannotRetry');
      expect(error.params).toMatchObject({ status });
      expect((await db.outbox.get(id))?.status).toBe(status);
    }
    expect(await codeOf(retryMessage('nope'))).toBe('notFound');
  });

  it('retry of a letter whose send time is still ahead schedules it', async () => {
    const c = await addCustomer('Later', 'later@example.com');
    const { ids } = await queueLetters([letterTo(c)], { now: 100, sendAt: 10_000 });
    await cancelMessage(ids[0]!);
    await retryMessage(ids[0]!, 200);
    expect((await db.outbox.get(ids[0]!))?.status).toBe('scheduled');
  });

  it('cancel: anything not sent and not being sent; twice is fine', async () => {
    for (const status of ['queued', 'scheduled', 'failed', 'uncertain', 'cancelled'] as const) {
      const id = await letterIn(status);
      await cancelMessage(id);
      expect((await db.outbox.get(id))?.status).toBe('cancelled');
    }
    for (const status of ['sending', 'sent'] as const) {
      const id = await letterIn(status);
      expect(await codeOf(cancelMessage(id))).toBe('outboxCannotCancel');
      expect((await db.outbox.get(id))?.status).toBe(status);
    }
  });

  it('cancelBatch cancels only what has not gone', async () => {
    const a = await addCustomer('Batch A', 'a@batch.com');
    const b = await addCustomer('Batch B', 'b@batch.com');
    const { batchId, ids } = await queueLetters([letterTo(a), letterTo(b), letterTo(a, 'third')]);
    await db.outbox.update(ids[0]!, { status: 'sent' });
    await db.outbox.update(ids[1]!, { status: 'sending' });
    expect(await cancelBatch(batchId)).toBe(1);
    expect((await db.outbox.bulkGet(ids)).map((m) => m?.status)).toEqual(['sent', 'sending', 'cancelled']);
  });

  it('mark as sent: uncertain or failed → sent, on the timeline, last contact moved; others are refused', async () => {
    for (const status of ['uncertain', 'failed'] as const) {
      const id = await letterIn(status);
      await markMessageSent(id, 7_000);
      const m = (await db.outbox.get(id))!;
      expect(m).toMatchObject({ status: 'sent', sentAt: 7_000 });
      expect(m.lastError).toBeUndefined();
      const timeline = await readTimeline(m.customerId);
      expect(timeline).toEqual([expect.objectContaining({ kind: 'letter', at: 7_000, text: `About ${status}\n\n${m.message.text}` })]);
      expect((await db.customers.get(m.customerId))?.lastContactAt).toBe(7_000);
    }
    for (const status of ['queued', 'scheduled', 'sending', 'sent', 'cancelled'] as const) {
      const id = await letterIn(status);
      expect(await codeOf(markMessageSent(id))).toBe('outboxCannotMarkSent');
      expect((await db.outbox.get(id))?.status).toBe(status);
    }
  });

  it('start-up recovery turns sending into uncertain and touches nothing else', async () => {
    const ids = await Promise.all(OUTBOX_STATUSES.map((s) => letterIn(s)));
    expect(await recoverInterruptedSends(300)).toBe(1);
    const after = await db.outbox.bulkGet(ids);
    expect(after.map((m) => m?.status)).toEqual(OUTBOX_STATUSES.map((s) => (s === 'sending' ? 'uncertain' : s)));
    expect(after[OUTBOX_STATUSES.indexOf('sending')]?.lastError?.kind).toBe('uncertain');
  });
});

describe('outbox queries', () => {
  it('lists newest first by status or batch, counts per status, and a batch’s progress', async () => {
    const a = await addCustomer('Query A', 'qa@example.com');
    const first = await queueLetters([letterTo(a, '1'), letterTo(a, '2'), letterTo(a, '3')], { now: 1 });
    const second = await queueLetters([letterTo(a, '4')], { now: 2 });
    await db.outbox.update(first.ids[0]!, { status: 'sent' });
    await db.outbox.update(first.ids[1]!, { status: 'uncertain' });

    expect((await listOutbox({ limit: 10 })).map((m) => m.message.subject)).toEqual(['4', '3', '2', '1']);
    expect((await listOutbox({ limit: 2 })).map((m) => m.message.subject)).toEqual(['4', '3']);
    expect((await listOutbox({ status: 'queued', limit: 10 })).map((m) => m.message.subject)).toEqual(['4', '3']);
    expect((await listOutbox({ batchId: first.batchId, limit: 10 })).map((m) => m.message.subject)).toEqual(['3', '2', '1']);
    expect((await listOutbox({ batchId: first.batchId, status: 'sent', limit: 10 })).map((m) => m.message.subject)).toEqual(['1']);
    expect(await countOutbox()).toEqual({ queued: 2, scheduled: 0, sending: 0, sent: 1, failed: 0, uncertain: 1, cancelled: 0 });
    // The navigation badge's counts leave out the final statuses (the sent pile only grows).
    expect(await countOpenOutbox()).toEqual({ queued: 2, scheduled: 0, sending: 0, failed: 0, uncertain: 1 });

    expect(await readBatchProgress(first.batchId)).toEqual({
      total: 3, queued: 1, scheduled: 0, sending: 0, sent: 1, failed: 0, uncertain: 1, cancelled: 0, pending: 1, done: false,
    });
    await cancelMessage(first.ids[2]!);
    expect(await readBatchProgress(first.batchId)).toMatchObject({ pending: 0, done: true, cancelled: 1 });
    expect(await readBatchProgress(second.batchId)).toMatchObject({ total: 1, queued: 1, done: false });
    expect(await readBatchProgress('none')).toMatchObject({ total: 0, done: true });
  });

  it('counts scheduled letters at any send time, and letters in flight', async () => {
    const a = await addCustomer('Count A', 'ca@example.com');
    const later = await queueLetters([letterTo(a, 'later')], { now: 1_000, sendAt: Number.MAX_SAFE_INTEGER });
    const now = await queueLetters([letterTo(a, 'now 1'), letterTo(a, 'now 2')], { now: 1_000 });
    await db.outbox.update(now.ids[0]!, { status: 'sending' });
    expect(await countOpenOutbox()).toEqual({ queued: 1, scheduled: 1, sending: 1, failed: 0, uncertain: 0 });
    await cancelMessage(later.ids[0]!);
    await db.outbox.update(now.ids[0]!, { status: 'sent' });
    expect(await countOpenOutbox()).toEqual({ queued: 1, scheduled: 0, sending: 0, failed: 0, uncertain: 0 });
    expect(await countOutbox()).toMatchObject({ sent: 1, cancelled: 1 });
  });
});
