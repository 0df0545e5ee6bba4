import type { Customer, Interaction } from '../../../src-shared/customer/customer';
import { LIMITS } from '../../../src-shared/customer/customer';
import type { TemplateKind } from '../../../src-shared/letters/types';
import { newMessageId } from '../../../src-shared/mail/messageId';
import type { OutgoingMessage } from '../../../src-shared/mail/types';
import { applyBookChange } from '../bookIndex';
import { type TradewindDB, db } from '../db';
import { DataError } from '../errors';
import { queuedLetterSchema } from './letterSchema';
import type { OutboxMessage, OutboxStatus } from './records';
import { wakeSenders } from './wake';

/** One letter for queueLetters: rendered, checked, for one contact of one customer. */
export interface LetterToQueue {
  customerId: string;
  contactId: string;
  templateId: string;
  templateKind: TemplateKind;
  message: Omit<OutgoingMessage, 'messageId'>;
}

export interface QueueOptions {
  /** Epoch ms, one for all or per customer (e.g. 09:30 on each one's next working day); absent or 0 = now. */
  sendAt?: number | ((customerId: string) => number);
  /** For tests: the queueing time. */
  now?: number;
}

/**
 * An outbox id that sorts in queueing order: creation time, then position in the batch, then a
 * uuid for global uniqueness (ids must stay unique across machines, for a later sync). IndexedDB
 * orders equal index keys by primary key, so the sender's `[status+sendAt]` pick and the outbox
 * list come out oldest first without reading the whole table.
 */
export function outboxId(createdAt: number, seq: number): string {
  return `${Math.max(0, Math.floor(createdAt)).toString(36).padStart(9, '0')}-${seq.toString(36).padStart(4, '0')}-${crypto.randomUUID()}`;
}

/**
 * Stores the letters in the outbox, each with its own Message-ID, in one transaction: all are
 * queued, or (on any bad letter or missing customer) none. A letter whose send time is later than
 * now is `scheduled`, the others `queued`. Starts this window's sender at once.
 */
export async function queueLetters(items: readonly LetterToQueue[], options: QueueOptions = {}): Promise<{ batchId: string; ids: string[] }> {
  const now = options.now ?? Date.now();
  const batchId = crypto.randomUUID();
  const records = items.map((item, index): OutboxMessage => {
    const parsed = queuedLetterSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.map(String).join('.') || 'letter';
      throw new DataError('invalidLetter', `Letter ${index + 1}: invalid ${field}: ${issue?.message ?? 'invalid'}`, { index: index + 1, field });
    }
    const letter = parsed.data;
    const sendAt = sendTimeOf(options.sendAt, letter.customerId, index);
    const messageId = newMessageId(letter.message.from.address, crypto.randomUUID());
    return {
      id: outboxId(now, index),
      messageId,
      batchId,
      customerId: letter.customerId,
      contactId: letter.contactId,
      templateId: letter.templateId,
      templateKind: letter.templateKind,
      message: { ...letter.message, messageId },
      status: sendAt > now ? 'scheduled' : 'queued',
      sendAt,
      attempts: 0,
      nextAttemptAt: 0,
      createdAt: now,
      updatedAt: now,
    };
  });
  await db.transaction('rw', db.outbox, db.customers, async () => {
    const customerIds = [...new Set(records.map((r) => r.customerId))];
    const customers = await db.customers.bulkGet(customerIds);
    const missing = customerIds.find((_, i) => customers[i] === undefined);
    if (missing !== undefined) throw new DataError('notFound', `No customer ${missing}`, { id: missing });
    await db.outbox.bulkAdd(records);
  });
  wakeSenders();
  return { batchId, ids: records.map((r) => r.id) };
}

/**
 * The letters in one status, by send time then queueing order (`[status+sendAt]`; send times are
 * 0 or later). Reads of the sender's statuses go through here: see countOutbox for why.
 */
export function withStatus(database: TradewindDB, status: OutboxStatus) {
  return database.outbox.where('[status+sendAt]').between([status, -Infinity], [status, Infinity], true, true);
}

function sendTimeOf(sendAt: QueueOptions['sendAt'], customerId: string, index: number): number {
  const value = typeof sendAt === 'function' ? sendAt(customerId) : (sendAt ?? 0);
  if (!Number.isFinite(value) || value < 0) {
    throw new DataError('invalidLetter', `Letter ${index + 1}: invalid send time ${value}`, { index: index + 1, field: 'sendAt' });
  }
  return value;
}

/**
 * Start-up: a letter still `sending` was handed to main by a page that went away before the
 * answer came back. It may have gone, so it becomes `uncertain` and waits for the salesperson.
 * Run by the sender that holds the outbox lock, before it sends anything. Returns how many.
 */
export async function recoverInterruptedSends(now = Date.now()): Promise<number> {
  return recoverIn(db, now);
}

export async function recoverIn(database: TradewindDB, now: number): Promise<number> {
  return database.transaction('rw', database.outbox, async () => {
    const interrupted = await withStatus(database, 'sending').toArray();
    await database.outbox.bulkPut(
      interrupted.map((m) => ({
        ...m,
        status: 'uncertain' as const,
        lastError: { kind: 'uncertain' as const, message: 'The app closed while this letter was being sent; it may have gone.' },
        updatedAt: now,
      })),
    );
    return interrupted.length;
  });
}

const RETRYABLE: ReadonlySet<OutboxStatus> = new Set(['failed', 'uncertain', 'cancelled']);
const CANCELLABLE: ReadonlySet<OutboxStatus> = new Set(['queued', 'scheduled', 'failed', 'uncertain']);
const MARKABLE: ReadonlySet<OutboxStatus> = new Set(['failed', 'uncertain']);

/**
 * The salesperson's word to send it (again): failed, uncertain or cancelled → queued (or
 * scheduled, if its send time is still ahead), with the retry count starting over.
 */
export async function retryMessage(id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    const message = await getOrThrow(db, id);
    if (!RETRYABLE.has(message.status)) {
      throw new DataError('outboxCannotRetry', `Cannot retry a ${message.status} letter`, { id, status: message.status });
    }
    const { lastError: _cleared, ...rest } = message;
    await db.outbox.put({ ...rest, status: message.sendAt > now ? 'scheduled' : 'queued', attempts: 0, nextAttemptAt: 0, updatedAt: now });
  });
  wakeSenders();
}

/** Stops a letter that has not gone: queued, scheduled, failed or uncertain → cancelled. Cancelling twice is fine. */
export async function cancelMessage(id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    const message = await getOrThrow(db, id);
    if (message.status === 'cancelled') return;
    if (!CANCELLABLE.has(message.status)) {
      throw new DataError('outboxCannotCancel', `Cannot cancel a ${message.status} letter`, { id, status: message.status });
    }
    await db.outbox.put({ ...message, status: 'cancelled', updatedAt: now });
  });
}

/** Cancels every letter of the batch that has not gone; returns how many. */
export async function cancelBatch(batchId: string, now = Date.now()): Promise<number> {
  return db.transaction('rw', db.outbox, async () => {
    const open = await db.outbox
      .where('batchId')
      .equals(batchId)
      .filter((m) => CANCELLABLE.has(m.status))
      .toArray();
    await db.outbox.bulkPut(open.map((m) => ({ ...m, status: 'cancelled' as const, updatedAt: now })));
    return open.length;
  });
}

/**
 * The salesperson checked their sent folder (or the customer answered): an uncertain or failed
 * letter did go. Recorded exactly as a real send: status, timeline entry, last contact.
 */
export async function markMessageSent(id: string, now = Date.now()): Promise<void> {
  const customer = await db.transaction('rw', db.outbox, db.customers, async () => {
    const message = await getOrThrow(db, id);
    if (!MARKABLE.has(message.status)) {
      throw new DataError('outboxCannotMarkSent', `Cannot mark a ${message.status} letter as sent`, { id, status: message.status });
    }
    return recordSent(db, message, now);
  });
  if (customer) applyBookChange({ upserted: [customer] });
}

/** After an authentication failure was fixed (Settings → Mail): the sender takes letters again. */
export async function resumeOutbox(): Promise<void> {
  await db.settings.delete('outboxPaused');
  wakeSenders();
}

async function getOrThrow(database: TradewindDB, id: string): Promise<OutboxMessage> {
  const message = await database.outbox.get(id);
  if (!message) throw new DataError('notFound', `No letter ${id}`, { id });
  return message;
}

/**
 * Inside a rw transaction over outbox and customers: the letter is sent at `at`. Marks it sent,
 * which also puts it on the customer's timeline (the timeline reads sent letters from the outbox:
 * see sentLetterEntries; a letter's text is stored once), and moves the customer's last contact.
 * Returns the customer when it changed, for `applyBookChange` after the commit.
 */
export async function recordSent(database: TradewindDB, message: OutboxMessage, at: number): Promise<Customer | null> {
  return (await recordSentMany(database, [message], at))[0] ?? null;
}

/**
 * recordSent for many letters at once, with bulk reads and writes (the sender's group commit).
 * `known`: the letters' customers when the caller already read them in this transaction. The
 * writes are placed together (IndexedDB keeps their order) and awaited once.
 */
export async function recordSentMany(
  database: TradewindDB,
  messages: readonly OutboxMessage[],
  at: number,
  known?: ReadonlyMap<string, Customer>,
): Promise<Customer[]> {
  if (messages.length === 0) return [];
  const marked = database.outbox.bulkPut(
    messages.map((message) => {
      const { lastError: _cleared, ...rest } = message;
      return { ...rest, status: 'sent' as const, sentAt: at, updatedAt: at };
    }),
  );
  const customers = known ?? (await customersById(database, messages.map((m) => m.customerId)));
  const moved = [...new Set(messages.map((m) => m.customerId))]
    .map((id) => customers.get(id))
    .filter((c): c is Customer => c !== undefined && (c.lastContactAt === null || c.lastContactAt < at))
    .map((c): Customer => ({ ...c, lastContactAt: at, updatedAt: at }));
  await Promise.all([marked, moved.length > 0 ? database.customers.bulkPut(moved) : null]);
  return moved;
}

/** The customers by id (those that still exist), inside the caller's transaction. */
export async function customersById(database: TradewindDB, ids: readonly string[]): Promise<Map<string, Customer>> {
  const unique = [...new Set(ids)];
  const found = unique.length > 0 ? await database.customers.bulkGet(unique) : [];
  return new Map(found.filter((c): c is Customer => c !== undefined).map((c) => [c.id, c]));
}

/**
 * The customer's sent letters as timeline entries (kind 'letter', at the time it went, the
 * subject, a blank line and the text). Entry ids are the outbox ids.
 */
export async function sentLetterEntries(database: TradewindDB, customerId: string): Promise<Interaction[]> {
  const letters = await database.outbox.where('customerId').equals(customerId).filter((m) => m.status === 'sent').toArray();
  return letters.map((m) => ({ id: m.id, customerId, kind: 'letter', at: m.sentAt ?? m.updatedAt, text: timelineText(m.message) }));
}

/** What the timeline shows: the subject, a blank line, the text; cut at the notes limit (a 5 MB letter stays on the server). */
function timelineText(message: OutgoingMessage): string {
  const full = `${message.subject}\n\n${message.text}`;
  return full.length <= LIMITS.notes ? full : `${full.slice(0, LIMITS.notes - 1)}…`;
}
