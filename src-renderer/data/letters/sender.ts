import type { Customer } from '../../../src-shared/customer/customer';
import { nextAttempt } from '../../../src-shared/mail/retryPolicy';
import type { MailFailure, MailFailureKind, OutgoingMessage, SendOutcome } from '../../../src-shared/mail/types';
import { applyBookChange } from '../bookIndex';
import { DEFAULT_DATABASE_NAME, type TradewindDB, db } from '../db';
import { recordSentMany, recoverIn } from './outbox';
import type { OutboxMessage, OutboxPause } from './records';
import { addressKey, putSuppression } from './suppressions';
import { registerWaker } from './wake';

export interface SenderOptions {
  /** Sends one letter; normally `mail:send` through window.api. Answers, never throws for a mail failure. */
  send: (message: OutgoingMessage) => Promise<SendOutcome>;
  /** Letters in flight at once (main's pooled transport and rate limit do the pacing). */
  concurrency?: number;
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
 * Letters handed to main at once: twice the SMTP pool's three connections, so that the pool has
 * the next letter waiting while the outbox records the last one. Every letter handed over is
 * `sending`, so a crash leaves at most this many `uncertain`.
 */
export const DEFAULT_SENDER_CONCURRENCY = 6;

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
export function startSender({ send, concurrency = DEFAULT_SENDER_CONCURRENCY, now = Date.now, pollMs = 5_000 }: SenderOptions): Sender {
  const database = db;
  const limit = Math.max(1, Math.floor(concurrency));
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

  const deliver = async (message: OutboxMessage) => {
    const outcome = await sendSafely(send, message.message);
    outcomes.push({ id: message.id, outcome });
    inFlight -= 1;
    if (stopped) void flushAfterStop();
    else wake();
  };

  /**
   * One transaction: record the outcomes that arrived, then (unless stopping) claim letters for
   * the free slots and hand them to `send` once committed.
   */
  const runCycle = async (claim: boolean): Promise<{ claimed: number; more: boolean }> => {
    const batch = outcomes;
    outcomes = [];
    const free = claim ? limit - inFlight : 0;
    let result: CycleResult;
    try {
      result = await writeCycle(database, batch, claimedById, free, now());
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
    for (const message of result.claimed) {
      inFlight += 1;
      void deliver(message);
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
        if (!stopped && ((more && inFlight < limit) || outcomes.length > 0)) continue;
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

/**
 * Calls `send`, turning a throw into an outcome. A throw means the IPC call broke, not that the
 * mail failed (mail:send answers failures as values). If main refused the call before its handler
 * ran (bad argument, untrusted sender, unknown channel), nothing was sent. Any other throw may have
 * come after main handed the letter to the server, so the letter may have gone: uncertain, never
 * resent automatically, because a duplicate letter to a customer is worse than a late one.
 */
async function sendSafely(send: SenderOptions['send'], message: OutgoingMessage): Promise<SendOutcome> {
  try {
    const outcome = await send(message);
    if (isOutcome(outcome)) return outcome;
    return { status: 'failed', kind: 'uncertain', message: 'The mail service gave no usable answer; the letter may have gone.' };
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const text = error instanceof Error ? error.message : String(error);
    if (typeof code === 'string' && REFUSED_BEFORE_SENDING.has(code)) return { status: 'failed', kind: 'invalid', message: text };
    return { status: 'failed', kind: 'uncertain', message: text };
  }
}

/** IPC error codes (src-shared/ipc/contract) given before any handler runs. */
const REFUSED_BEFORE_SENDING: ReadonlySet<string> = new Set(['invalidArgument', 'untrustedSender', 'unknownChannel']);
const KINDS: ReadonlySet<MailFailureKind> = new Set(['auth', 'temporary', 'permanent', 'network', 'uncertain', 'invalid']);

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
 * The one transaction of a sender cycle: the outcomes first (so a pause they cause stops the
 * claiming below), then the claims.
 */
async function writeCycle(
  database: TradewindDB,
  outcomes: ReadonlyArray<{ id: string; outcome: SendOutcome }>,
  claimedById: ReadonlyMap<string, OutboxMessage>,
  free: number,
  now: number,
): Promise<CycleResult> {
  return database.transaction(
    'rw',
    [database.outbox, database.customers, database.interactions, database.suppressions, database.settings],
    async () => {
      const customers = outcomes.length > 0 ? await applyOutcomes(database, outcomes, claimedById, now) : [];
      const { claimed, more } = free > 0 ? await claimDue(database, free, now) : { claimed: [], more: false };
      return { claimed, more, customers };
    },
  );
}

/**
 * Takes up to `limit` due letters (queued or scheduled, send time and retry time passed), oldest
 * first, and marks them `sending`, in the cycle's transaction: what this reads is what it claims.
 * Nothing while the outbox is paused. A letter to a suppressed address fails here instead of going.
 */
async function claimDue(database: TradewindDB, limit: number, now: number): Promise<{ claimed: OutboxMessage[]; more: boolean }> {
  // Runs inside writeCycle's transaction.
  const paused = await database.settings.get('outboxPaused');
  if (paused && paused.value) return { claimed: [], more: false };
  const due: OutboxMessage[] = [];
  for (const status of ['queued', 'scheduled'] as const) due.push(...(await dueWithStatus(database, status, limit, now)));
  due.sort((a, b) => a.sendAt - b.sendAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const picked = due.slice(0, limit);
  // Most books have no suppressed address; one count spares a lookup per letter.
  const suppressed =
    picked.length > 0 && (await database.suppressions.count()) > 0
      ? await database.suppressions.bulkGet(picked.map((m) => addressKey(m.message.to.address)))
      : [];
  const claimed: OutboxMessage[] = [];
  const updates = picked.map((m, i): OutboxMessage => {
    const block = suppressed[i];
    if (block) {
      const lastError: MailFailure = { kind: 'permanent', message: `Not sent: ${block.address} is suppressed (${block.reason}). ${block.detail}`.trim(), badAddress: block.address };
      return { ...m, status: 'failed', lastError, updatedAt: now };
    }
    const claim: OutboxMessage = { ...m, status: 'sending', updatedAt: now };
    claimed.push(claim);
    return claim;
  });
  await database.outbox.bulkPut(updates);
  return { claimed, more: picked.length === limit };
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
 * contact moved.
 */
async function applyOutcomes(
  database: TradewindDB,
  outcomes: ReadonlyArray<{ id: string; outcome: SendOutcome }>,
  claimedById: ReadonlyMap<string, OutboxMessage>,
  now: number,
): Promise<Customer[]> {
  // Nearly always every answered letter is still `sending`: one key read confirms them all, and
  // only the others (made uncertain meanwhile, cancelled…) are read one by one.
  const stillSending = new Set(await database.outbox.where('status').equals('sending').primaryKeys());
  const known = (id: string) => stillSending.has(id) && claimedById.has(id);
  const others = outcomes.filter((o) => !known(o.id));
  const otherRecords = new Map(
    (await database.outbox.bulkGet(others.map((o) => o.id))).filter((m) => m !== undefined).map((m) => [m.id, m]),
  );
  const current = outcomes.map((o) => (known(o.id) ? claimedById.get(o.id) : otherRecords.get(o.id)));
  const sent: OutboxMessage[] = [];
  const failed: OutboxMessage[] = [];
  for (const [i, { outcome }] of outcomes.entries()) {
    const message = current[i];
    if (!message) continue;
    if (outcome.status === 'sent') {
      if (message.status === 'sending' || message.status === 'uncertain') sent.push(message);
    } else if (message.status === 'sending') {
      failed.push(await nextState(database, message, failureOf(outcome), now));
    }
  }
  if (failed.length > 0) await database.outbox.bulkPut(failed);
  return recordSentMany(database, sent, now);
}

function failureOf(outcome: Extract<SendOutcome, { status: 'failed' }>): MailFailure {
  const failure: MailFailure = { kind: outcome.kind, message: outcome.message };
  if (outcome.responseCode !== undefined) failure.responseCode = outcome.responseCode;
  if (outcome.badAddress !== undefined) failure.badAddress = outcome.badAddress;
  return failure;
}

/** The letter after a failure (inside applyOutcome's transaction; may suppress or pause). */
async function nextState(database: TradewindDB, message: OutboxMessage, failure: MailFailure, now: number): Promise<OutboxMessage> {
  const base = { ...message, lastError: failure, updatedAt: now };
  switch (failure.kind) {
    case 'temporary':
    case 'network': {
      const attempts = message.attempts + 1;
      const next = nextAttempt(failure.kind, attempts, now);
      return 'retryAt' in next ? { ...base, status: 'queued', attempts, nextAttemptAt: next.retryAt } : { ...base, status: 'failed', attempts };
    }
    case 'auth': {
      // The server refused the login, not the letter: it goes back in line, and nothing more goes
      // until the salesperson fixes the account and resumes.
      const pause: OutboxPause = { reason: failure, at: now };
      await database.settings.put({ key: 'outboxPaused', value: pause });
      return { ...base, status: 'queued' };
    }
    case 'permanent':
      if (failure.badAddress) await putSuppression(database, { address: failure.badAddress, reason: 'bounced', at: now, detail: failure.message });
      return { ...base, status: 'failed' };
    case 'invalid':
      return { ...base, status: 'failed' };
    case 'uncertain':
      return { ...base, status: 'uncertain' };
  }
}
