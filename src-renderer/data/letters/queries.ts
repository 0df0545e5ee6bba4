import { db } from '../db';
import { withStatus } from './outbox';
import { OPEN_OUTBOX_STATUSES, OUTBOX_STATUSES, type OpenOutboxStatus, type OutboxMessage, type OutboxStatus } from './records';

export interface OutboxFilter {
  status?: OutboxStatus;
  batchId?: string;
  /** At most this many, newest first. */
  limit: number;
}

/** Outbox letters, newest first (ids sort in queueing order), by status and/or batch. */
export async function listOutbox({ status, batchId, limit }: OutboxFilter): Promise<OutboxMessage[]> {
  if (batchId !== undefined) {
    const rows = status === undefined ? db.outbox.where('batchId').equals(batchId) : db.outbox.where('[batchId+status]').equals([batchId, status]);
    return rows.reverse().limit(limit).toArray();
  }
  if (status !== undefined) return db.outbox.where('status').equals(status).reverse().limit(limit).toArray();
  return db.outbox.orderBy(':id').reverse().limit(limit).toArray();
}

export type OutboxCounts = Record<OutboxStatus, number>;
export type OpenOutboxCounts = Record<OpenOutboxStatus, number>;

export interface BatchProgress extends OutboxCounts {
  total: number;
  /** Still to go: queued, scheduled or sending. */
  pending: number;
  /** Nothing is pending (every letter sent, failed, uncertain or cancelled). */
  done: boolean;
}

/**
 * Letters per status over the whole outbox (the outbox screen's tabs), from `[status+sendAt]`.
 * Counting reads every index entry in range, so the sent count grows with every letter ever sent.
 */
export async function countOutbox(): Promise<OutboxCounts> {
  return countStatuses(OUTBOX_STATUSES);
}

/**
 * Letters still waiting, going or needing the salesperson (the navigation badge, redrawn on every
 * outbox change): the statuses whose counts stay small, without the ever-growing sent pile.
 */
export async function countOpenOutbox(): Promise<OpenOutboxCounts> {
  return countStatuses(OPEN_OUTBOX_STATUSES);
}

/**
 * Counted on `[status+sendAt]`, not on `status`: Chromium leaves a stale index entry behind each
 * time a letter's status changes and skips it again on every read-only count, and the sender's
 * read-write scans of `[status+sendAt]` (due letters, letters in flight) are what clear them.
 */
async function countStatuses<S extends OutboxStatus>(statuses: readonly S[]): Promise<Record<S, number>> {
  const counts = await Promise.all(statuses.map((s) => withStatus(db, s).count()));
  return Object.fromEntries(statuses.map((s, i) => [s, counts[i] ?? 0])) as Record<S, number>;
}

/** A batch's progress bar: counts per status (from the index alone), what is pending, whether it is done. */
export async function readBatchProgress(batchId: string): Promise<BatchProgress> {
  const counts = await Promise.all(OUTBOX_STATUSES.map((s) => db.outbox.where('[batchId+status]').equals([batchId, s]).count()));
  const byStatus = Object.fromEntries(OUTBOX_STATUSES.map((s, i) => [s, counts[i] ?? 0])) as OutboxCounts;
  const pending = byStatus.queued + byStatus.scheduled + byStatus.sending;
  const total = counts.reduce((sum, n) => sum + n, 0);
  return { ...byStatus, total, pending, done: pending === 0 };
}
