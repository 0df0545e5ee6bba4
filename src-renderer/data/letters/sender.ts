import type { Customer } from '../../../src-shared/customer/customer';
import { MAX_SEND_BATCH, MAX_SEND_BATCH_CHARS } from '../../../src-shared/ipc/contract';
import { nextAttempt } from '../../../src-shared/mail/retryPolicy';
import type { MailFailure, MailFailureKind, OutgoingMessage, SendOutcome } from '../../../src-shared/mail/types';
import { applyBookChange } from '../bookIndex';
import { DEFAULT_DATABASE_NAME, type TradewindDB, db } from '../db';
import { calendarIfLoaded, loadCalendar } from './calendar';
import { customersById, recordSentMany, recoverIn, withStatus } from './outbox';
import type { OutboxMessage, OutboxPause, Suppression } from './records';
import { addressKey, putSuppression } from './suppressions';
import { registerWaker } from './wake';

export interface SenderOptions {
  /**
   * Sends a chunk of letters in one call, normally `mail:sendMany` through window.api: one outcome
   * per letter, in order. Answers failures as outcomes; a throw means the call itself broke.
   */
  sendMany?: (messages: OutgoingMessage[]) => Promise<SendOutcome[]>;
  /** Sends one letter per call (`mail:send`); used, chunk by chunk of one, when sendMany is not given. */
  send?: (message: OutgoingMessage) => Promise<SendOutcome>;
  /**
   * Letters in flight at once, at most. The sender keeps about a second's worth of sending in
   * flight (never fewer than MIN_IN_FLIGHT), so this cap is reached only by a fast server.
   */
  concurrency?: number;
  /** Letters per sendMany call, at most (see MAX_SEND_BATCH); a quarter of the window below that. */
  chunkSize?: number;
  /** The clock that due times, backoff and sentAt are read from (tests inject one). */
  now?: () => number;
  /** How often to look for letters that became due; queueing, retrying and resuming wake it at once. */
  pollMs?: number;
}

export interface Sender {
  /**
   * Stops taking letters and resolves once the loop has let go of the outbox lock. Letters already
   * handed to `send` are not waited for (a send may wait on the rate limit for minutes, or never
   * answer): their outcome is still recorded if it arrives, and if the page goes away first they
   * stay `sending`, which the next start-up turns `uncertain`.
   */
  stop(): Promise<void>;
  /** Look for due letters now. */
  wake(): void;
}

const LOCK_NAME = 'tradewind-outbox-sender';

/**
 * Letters handed to main and not answered yet, at most. Each commit of the outbox costs a few
 * milliseconds whatever it holds, so with a fast server the window must be wide enough for the
 * pool to keep sending while the outbox records the last answers and claims the next letters
 * (see the mail-send benchmark).
 */
export const DEFAULT_SENDER_CONCURRENCY = 64;
/** Letters per mail:sendMany call, at most: a window is a few calls, so answers come back while others go. */
export const DEFAULT_SENDER_CHUNK = 16;
/**
 * The window's floor: twice the SMTP pool's three connections, so the pool has the next letter
 * waiting while the outbox records the last one. Every letter handed over is `sending`, and a
 * crash leaves those `uncertain`: the window grows past this only while main answers that many
 * letters a second, so an interrupted batch leaves about a second's worth of sending to check
 * (with the default 20 letters a minute, six letters; a reload alone does not stop main, which
 * still delivers them).
 */
export const MIN_IN_FLIGHT = 6;

/** Letters answered in the last second: the pace main sends at, which sizes the window. */
class Pace {
  private answers: Array<{ at: number; n: number }> = [];
  private total = 0;

  answered(n: number, at: number): void {
    this.answers.push({ at, n });
    this.total += n;
  }

  perSecond(at: number): number {
    while (this.answers.length > 0 && this.answers[0]!.at <= at - 1_000) this.total -= this.answers.shift()!.n;
    return this.total;
  }
}

/**
 * The renderer's outbox sender. One loop per window, and one sending window per book: it runs
 * under a Web Lock, and the window that gets the lock first turns letters left `sending` by a
 * closed page into `uncertain` before it sends anything.
 *
 * Each letter is claimed (`sending`) in a transaction that re-reads it, so two loops can never
 * both take it; sent outside any transaction; and its outcome written in a transaction (sent with
 * its timeline entry and last contact, or failed, retried later, uncertain, or the queue paused).
 *
 * Group commit: one transaction at a time does both jobs. It writes every outcome that arrived
 * since the last one, then claims letters for the free slots. A commit costs a few milliseconds
 * whatever it holds, so sharing one among all the letters that are ready keeps the outbox from
 * becoming the bottleneck of a batch (see the mail-send benchmark).
 */
export function startSender({
  send,
  sendMany,
  concurrency = DEFAULT_SENDER_CONCURRENCY,
  chunkSize = DEFAULT_SENDER_CHUNK,
  now = Date.now,
  pollMs = 5_000,
}: SenderOptions): Sender {
  const database = db;
  const limit = Math.max(1, Math.floor(concurrency));
  const sendChunk = chunkSender(send, sendMany);
  // One letter per call without sendMany: then a letter that never answers holds back no other.
  const perCall = sendMany ? Math.min(MAX_SEND_BATCH, Math.max(1, Math.floor(chunkSize))) : 1;
  const pace = new Pace();
  /** Letters allowed in flight now: about a second of sending at the pace main answers. */
  const allowedInFlight = () => Math.min(limit, Math.max(MIN_IN_FLIGHT, pace.perSecond(performance.now())));
  const abort = new AbortController();
  /** Outcomes waiting for the next transaction. */
  let outcomes: Array<{ id: string; outcome: SendOutcome }> = [];
  let inFlight = 0;
  let stopped = false;
  let poked = false;
  let wakeUp: (() => void) | null = null;
  /** Letters this sender claimed and has not recorded yet, as claimed (status `sending`). */
  const claimedById = new Map<string, OutboxMessage>();
  /** The transaction running now, if any: there is never more than one. */
  let cycle: Promise<void> | null = null;

  const wake = () => {
    poked = true;
    wakeUp?.();
  };
  const unregister = registerWaker(wake);

  /** Until woken, or the poll interval passes. A wake that came while busy is not lost. */
  const waitForWork = () =>
    new Promise<void>((resolve) => {
      if (poked || stopped) return resolve();
      const timer = setTimeout(done, pollMs);
      function done() {
        clearTimeout(timer);
        wakeUp = null;
        resolve();
      }
      wakeUp = done;
    }).then(() => {
      poked = false;
    });

  const deliver = async (chunk: OutboxMessage[]) => {
    const answers = await sendChunk(chunk.map((m) => m.message));
    pace.answered(chunk.length, performance.now());
    for (const [i, message] of chunk.entries()) outcomes.push({ id: message.id, outcome: answers[i] ?? NO_ANSWER });
    inFlight -= chunk.length;
    if (stopped) void flushAfterStop();
    else wake();
  };

  /** A late scheduled letter waits for the calendar; once it is loaded, look again (or send as before if it cannot load). */
  let calendarFailed = false;
  const needCalendar = () => {
    loadCalendar().then(wake, (error: unknown) => {
      console.error('The calendar could not be loaded: late scheduled letters go without the office-hours check', error);
      calendarFailed = true;
      wake();
    });
  };

  /**
   * One transaction: record the outcomes that arrived, then (unless stopping) claim letters for
   * the free slots and hand them to `send` once committed.
   */
  const runCycle = async (claim: boolean): Promise<{ claimed: number; more: boolean }> => {
    const batch = outcomes;
    outcomes = [];
    const allowed = allowedInFlight();
    const free = claim ? allowed - inFlight : 0;
    let result: CycleResult;
    try {
      result = await writeCycle(database, batch, claimedById, free, now(), calendarFailed ? null : needCalendar);
    } catch (error) {
      // Left `sending`: the next start-up makes them uncertain, which is the truth as far as we know.
      if (batch.length > 0) console.error('Recording letters’ outcomes failed', error);
      throw error;
    }
    for (const { id } of batch) claimedById.delete(id);
    for (const message of result.claimed) claimedById.set(message.id, message);
    if (result.customers.length > 0) applyBookChange({ upserted: result.customers });
    if (stopped && result.claimed.length > 0) {
      // Stopped while claiming: these were never handed to `send`, so they go back in line.
      await releaseClaims(database, result.claimed, now());
      return { claimed: 0, more: false };
    }
    // A window is about four calls: answers come back while the others are still going.
    for (const chunk of chunksOf(result.claimed, Math.min(perCall, Math.ceil(allowed / 4)))) {
      inFlight += chunk.length;
      void deliver(chunk);
    }
    return { claimed: result.claimed.length, more: result.more };
  };

  /** Answers that arrive after stop() are still written (the page is still here to write them). */
  const flushAfterStop = async () => {
    while (cycle) await cycle;
    if (outcomes.length === 0) return;
    cycle = runCycle(false)
      .then(() => undefined, () => undefined)
      .finally(() => (cycle = null));
    await cycle;
  };

  const loop = async () => {
    await recoverIn(database, now());
    while (!stopped) {
      try {
        const run = runCycle(true);
        cycle = run.then(() => undefined, () => undefined);
        const { more } = await run;
        cycle = null;
        // More due letters and a free slot, or answers already waiting: go again at once.
        if (!stopped && ((more && inFlight < allowedInFlight()) || outcomes.length > 0)) continue;
      } catch (error) {
        cycle = null;
        if (database.hasBeenClosed()) return;
        console.error('The outbox sender could not read the outbox', error);
      }
      await waitForWork();
    }
  };

  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  const lockName = database.name === DEFAULT_DATABASE_NAME ? LOCK_NAME : `${LOCK_NAME}:${database.name}`;
  const work: Promise<unknown> = locks ? locks.request(lockName, { signal: abort.signal }, loop) : loop();
  const running = work.then(undefined, (error: unknown) => {
    if ((error as { name?: string }).name !== 'AbortError') console.error('The outbox sender stopped', error);
  });

  return {
    async stop() {
      stopped = true;
      unregister();
      abort.abort();
      wakeUp?.();
      await running;
      await flushAfterStop();
    },
    wake,
  };
}

/** The letters' answer when the call answered nothing usable for them. */
const NO_ANSWER: SendOutcome = { status: 'failed', kind: 'uncertain', message: 'The mail service gave no usable answer; the letter may have gone.' };

type ChunkSender = (messages: OutgoingMessage[]) => Promise<SendOutcome[]>;

/** Sends a chunk with sendMany, or letter by letter with send; never throws, one outcome per letter. */
function chunkSender(send: SenderOptions['send'], sendMany: SenderOptions['sendMany']): ChunkSender {
  if (sendMany) return (messages) => sendManySafely(sendMany, messages);
  if (!send) throw new Error('startSender needs sendMany or send');
  return (messages) =>
    Promise.all(
      messages.map((message) =>
        send(message).then(
          (outcome) => (isOutcome(outcome) ? outcome : NO_ANSWER),
          (error: unknown) => failureOfThrow(error),
        ),
      ),
    );
}

/**
 * One sendMany call. When main refused the call before its handler ran (one bad letter fails the
 * schema of all), nothing was sent: each letter is tried alone, so only the bad one fails.
 */
async function sendManySafely(sendMany: NonNullable<SenderOptions['sendMany']>, messages: OutgoingMessage[]): Promise<SendOutcome[]> {
  try {
    const outcomes: unknown = await sendMany(messages);
    return messages.map((_, i) => {
      const outcome = Array.isArray(outcomes) ? (outcomes[i] as unknown) : undefined;
      return isOutcome(outcome) ? outcome : NO_ANSWER;
    });
  } catch (error) {
    const failure = failureOfThrow(error);
    if (failure.kind === 'invalid' && messages.length > 1) {
      return (await Promise.all(messages.map((m) => sendManySafely(sendMany, [m])))).flat();
    }
    return messages.map(() => failure);
  }
}

/**
 * A throw means the IPC call broke, not that the mail failed (main answers failures as values). If
 * main refused the call before its handler ran (bad argument, untrusted sender, unknown channel),
 * nothing was sent. Any other throw may have come after main handed the letter to the server, so
 * the letter may have gone: uncertain, never resent automatically, because a duplicate letter to a
 * customer is worse than a late one.
 */
function failureOfThrow(error: unknown): Extract<SendOutcome, { status: 'failed' }> {
  const code = (error as { code?: unknown } | null)?.code;
  const text = error instanceof Error ? error.message : String(error);
  if (typeof code === 'string' && REFUSED_BEFORE_SENDING.has(code)) return { status: 'failed', kind: 'invalid', message: text };
  return { status: 'failed', kind: 'uncertain', message: text };
}

/** Claimed letters in calls of at most `size` letters and MAX_SEND_BATCH_CHARS of bodies. */
export function chunksOf(messages: readonly OutboxMessage[], size: number): OutboxMessage[][] {
  const chunks: OutboxMessage[][] = [];
  let chunk: OutboxMessage[] = [];
  let chars = 0;
  for (const m of messages) {
    const length = m.message.html.length + m.message.text.length;
    if (chunk.length > 0 && (chunk.length >= size || chars + length > MAX_SEND_BATCH_CHARS)) {
      chunks.push(chunk);
      chunk = [];
      chars = 0;
    }
    chunk.push(m);
    chars += length;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** IPC error codes (src-shared/ipc/contract) given before any handler runs. */
const REFUSED_BEFORE_SENDING: ReadonlySet<string> = new Set(['invalidArgument', 'untrustedSender', 'unknownChannel']);
const KINDS: ReadonlySet<MailFailureKind> = new Set(['auth', 'temporary', 'permanent', 'network', 'uncertain', 'invalid', 'folder']);

function isOutcome(value: unknown): value is SendOutcome {
  const v = value as { status?: unknown; kind?: unknown } | null;
  return !!v && (v.status === 'sent' || (v.status === 'failed' && KINDS.has(v.kind as MailFailureKind)));
}

interface CycleResult {
  claimed: OutboxMessage[];
  more: boolean;
  /** Customers whose last contact moved, for the book index once committed. */
  customers: Customer[];
}

/**
 * The one transaction of a sender cycle: the outcomes, then the claims. IndexedDB runs a
 * transaction's requests in the order they are placed, and each await is a round trip to the
 * database process, so the reads of both halves go out together and the writes after them: a
 * cycle is three round trips and a commit, whatever it holds. An outcome that pauses the outbox
 * (auth) stops the claiming in this same cycle.
 */
async function writeCycle(
  database: TradewindDB,
  outcomes: ReadonlyArray<{ id: string; outcome: SendOutcome }>,
  claimedById: ReadonlyMap<string, OutboxMessage>,
  free: number,
  now: number,
  /** Called when a late scheduled letter needs the calendar and it is not loaded; null: go without it. */
  needCalendar: (() => void) | null,
): Promise<CycleResult> {
  return database.transaction(
    'rw',
    [database.outbox, database.customers, database.suppressions, database.settings],
    async () => {
      const [recorded, due] = await Promise.all([
        outcomes.length > 0 ? applyOutcomes(database, outcomes, claimedById, now) : { customers: [], paused: false },
        free > 0 ? readDue(database, free, now, needCalendar) : null,
      ]);
      const { claimed, more } = due && !recorded.paused ? await claim(database, due, now) : { claimed: [], more: false };
      return { claimed, more, customers: recorded.customers };
    },
  );
}

interface Due {
  /** Due letters, oldest first, at most the free slots. */
  picked: OutboxMessage[];
  more: boolean;
  /** Their recipients' suppressions, by position (a letter to a suppressed address fails instead). */
  suppressed: Array<Suppression | undefined>;
}

/**
 * Up to `limit` due letters (queued or scheduled, send time and retry time passed), oldest first;
 * none while the outbox is paused. Runs inside writeCycle's transaction: what this reads is what
 * `claim` marks.
 */
async function readDue(database: TradewindDB, limit: number, now: number, needCalendar: (() => void) | null): Promise<Due | null> {
  const [paused, queued, scheduled, suppressions] = await Promise.all([
    database.settings.get('outboxPaused'),
    dueWithStatus(database, 'queued', limit, now),
    dueWithStatus(database, 'scheduled', limit, now),
    // Most books have no suppressed address; one count spares a lookup per letter.
    database.suppressions.count(),
  ]);
  if (paused && paused.value) return null;
  const due = [...queued, ...scheduled];
  due.sort((a, b) => a.sendAt - b.sendAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let picked = due.slice(0, limit);
  let more = picked.length === limit;
  const late = picked.filter((m) => m.status === 'scheduled' && now - m.sendAt > LATE_GRACE_MS);
  if (late.length > 0) {
    const kept = await keepOrMoveLate(database, late, now, needCalendar);
    if (kept.waiting) more = false;
    picked = picked.filter((m) => !kept.notNow.has(m.id));
  }
  const suppressed =
    picked.length > 0 && suppressions > 0 ? await database.suppressions.bulkGet(picked.map((m) => addressKey(m.message.to.address))) : [];
  return { picked, more, suppressed };
}

/**
 * A scheduled letter more than this late was due while Tradewind was closed (or the outbox paused):
 * it goes only if the customer's office is open now. Within it, it goes as planned.
 */
export const LATE_GRACE_MS = 60 * 60_000;

/**
 * Late scheduled letters (inside readDue's transaction): one whose customer's office is closed now
 * (a public holiday there, their weekend, or outside office hours) is moved to their next working
 * morning, with where it was and why; the others go. Without the calendar loaded they wait for it
 * (`needCalendar` loads it and wakes the sender); with `needCalendar` null (it cannot load) they go.
 * Returns the letters that do not go now.
 */
async function keepOrMoveLate(
  database: TradewindDB,
  late: readonly OutboxMessage[],
  now: number,
  needCalendar: (() => void) | null,
): Promise<{ notNow: Set<string>; waiting: boolean }> {
  if (!needCalendar) return { notNow: new Set(), waiting: false };
  const calendar = calendarIfLoaded();
  if (!calendar) {
    needCalendar();
    return { notNow: new Set(late.map((m) => m.id)), waiting: true };
  }
  const customers = await customersById(database, late.map((m) => m.customerId));
  const moved: OutboxMessage[] = [];
  for (const m of late) {
    // A letter whose customer is gone goes as planned: there is no calendar to read.
    const customer = customers.get(m.customerId);
    const closed = customer ? calendar.closedAt(now, customer) : null;
    if (!customer || !closed) continue;
    moved.push({ ...m, sendAt: calendar.workingMorning(now, customer).at, rescheduled: { from: m.sendAt, reason: closed.kind }, updatedAt: now });
  }
  if (moved.length > 0) await database.outbox.bulkPut(moved);
  return { notNow: new Set(moved.map((m) => m.id)), waiting: false };
}

/** Marks the due letters `sending` (or failed, for a suppressed address); returns those to hand over. */
async function claim(database: TradewindDB, due: Due, now: number): Promise<{ claimed: OutboxMessage[]; more: boolean }> {
  const claimed: OutboxMessage[] = [];
  const updates = due.picked.map((m, i): OutboxMessage => {
    const block = due.suppressed[i];
    if (block) {
      const lastError: MailFailure = { kind: 'permanent', message: `Not sent: ${block.address} is suppressed (${block.reason}). ${block.detail}`.trim(), badAddress: block.address };
      return { ...m, status: 'failed', lastError, updatedAt: now };
    }
    const letter: OutboxMessage = { ...m, status: 'sending', updatedAt: now };
    claimed.push(letter);
    return letter;
  });
  await database.outbox.bulkPut(updates);
  return { claimed, more: due.more };
}

/**
 * Due letters of one status, oldest first. One getAll for the common case; a letter waiting for a
 * retry (nextAttemptAt ahead) can sit in front of due ones, and then a filtered cursor finds them.
 */
async function dueWithStatus(database: TradewindDB, status: 'queued' | 'scheduled', limit: number, now: number): Promise<OutboxMessage[]> {
  const range = () => database.outbox.where('[status+sendAt]').between([status, -Infinity], [status, now], true, true);
  const head = await range().limit(limit).toArray();
  const ready = head.filter((m) => m.nextAttemptAt <= now);
  if (ready.length === head.length) return ready;
  return range()
    .filter((m) => m.nextAttemptAt <= now)
    .limit(limit)
    .toArray();
}

/** Claimed letters that were not handed to `send` after all: back to queued (they were due). */
async function releaseClaims(database: TradewindDB, claimed: OutboxMessage[], now: number): Promise<void> {
  if (claimed.length === 0) return;
  await database.transaction('rw', database.outbox, async () => {
    const current = await database.outbox.bulkGet(claimed.map((m) => m.id));
    const still = current.filter((m): m is OutboxMessage => m?.status === 'sending');
    await database.outbox.bulkPut(still.map((m) => ({ ...m, status: 'queued' as const, updatedAt: now })));
  });
}

/**
 * Writes what `send` answered (inside writeCycle's transaction). Only a letter still `sending`
 * takes a failure (start-up recovery or the salesperson may have decided meanwhile); a `sent`
 * answer is the truth and is recorded over `uncertain` too. Returns the customers whose last
 * contact moved, and whether an answer paused the outbox.
 */
async function applyOutcomes(
  database: TradewindDB,
  outcomes: ReadonlyArray<{ id: string; outcome: SendOutcome }>,
  claimedById: ReadonlyMap<string, OutboxMessage>,
  now: number,
): Promise<{ customers: Customer[]; paused: boolean }> {
  // Nearly always every answered letter is still `sending`: one key read confirms them all, and
  // only the others (made uncertain meanwhile, cancelled…) are read one by one. The customers of
  // the letters that went are read alongside.
  const customerIds = outcomes.filter((o) => o.outcome.status === 'sent').map((o) => claimedById.get(o.id)?.customerId ?? '');
  const [sendingKeys, customers] = await Promise.all([
    withStatus(database, 'sending').primaryKeys(),
    customersById(database, customerIds.filter(Boolean)),
  ]);
  const stillSending = new Set(sendingKeys);
  const known = (id: string) => stillSending.has(id) && claimedById.has(id);
  const others = outcomes.filter((o) => !known(o.id));
  const otherRecords = new Map(
    (others.length > 0 ? await database.outbox.bulkGet(others.map((o) => o.id)) : []).filter((m) => m !== undefined).map((m) => [m.id, m]),
  );
  const current = outcomes.map((o) => (known(o.id) ? claimedById.get(o.id) : otherRecords.get(o.id)));
  const sent: OutboxMessage[] = [];
  const failed: OutboxMessage[] = [];
  const effects: Array<Promise<unknown>> = [];
  let paused = false;
  for (const [i, { outcome }] of outcomes.entries()) {
    const message = current[i];
    if (!message) continue;
    if (outcome.status === 'sent') {
      if (message.status === 'sending' || message.status === 'uncertain') sent.push(message);
    } else if (message.status === 'sending') {
      const failure = failureOf(outcome);
      if (PAUSES.has(failure.kind)) paused = true;
      failed.push(nextState(database, message, failure, now, effects));
    }
  }
  // A `sent` answer for a letter this sender no longer held (made uncertain meanwhile): its customer too.
  const unread = sent.filter((m) => !customerIds.includes(m.customerId)).map((m) => m.customerId);
  if (unread.length > 0) for (const [id, c] of await customersById(database, unread)) customers.set(id, c);
  const writes: Array<Promise<unknown>> = [...effects];
  if (failed.length > 0) writes.push(database.outbox.bulkPut(failed));
  const moved = recordSentMany(database, sent, now, customers);
  await Promise.all(writes);
  return { customers: await moved, paused };
}

/** Failures of the account, not of the letter: the queue stops until the salesperson resumes it. */
const PAUSES: ReadonlySet<MailFailureKind> = new Set(['auth', 'folder']);

function failureOf(outcome: Extract<SendOutcome, { status: 'failed' }>): MailFailure {
  const failure: MailFailure = { kind: outcome.kind, message: outcome.message };
  if (outcome.responseCode !== undefined) failure.responseCode = outcome.responseCode;
  if (outcome.badAddress !== undefined) failure.badAddress = outcome.badAddress;
  return failure;
}

/**
 * The letter after a failure (inside applyOutcomes' transaction). Its side effects, a pause or a
 * suppressed address, are placed on the transaction at once and collected in `effects`.
 */
function nextState(database: TradewindDB, message: OutboxMessage, failure: MailFailure, now: number, effects: Array<Promise<unknown>>): OutboxMessage {
  const base = { ...message, lastError: failure, updatedAt: now };
  switch (failure.kind) {
    case 'temporary':
    case 'network': {
      const attempts = message.attempts + 1;
      const next = nextAttempt(failure.kind, attempts, now);
      return 'retryAt' in next ? { ...base, status: 'queued', attempts, nextAttemptAt: next.retryAt } : { ...base, status: 'failed', attempts };
    }
    case 'auth':
    case 'folder': {
      // The server refused the login, or the .eml folder cannot be written: not the letter's
      // fault. It goes back in line, and nothing more goes until the salesperson fixes the
      // account (or the folder) and resumes.
      const pause: OutboxPause = { reason: failure, at: now };
      effects.push(database.settings.put({ key: 'outboxPaused', value: pause }));
      return { ...base, status: 'queued' };
    }
    case 'permanent':
      if (failure.badAddress) effects.push(putSuppression(database, { address: failure.badAddress, reason: 'bounced', at: now, detail: failure.message }));
      return { ...base, status: 'failed' };
    case 'invalid':
      return { ...base, status: 'failed' };
    case 'uncertain':
      return { ...base, status: 'uncertain' };
  }
}
