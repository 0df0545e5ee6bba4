import { db } from '../db';
import { OUTBOX_STATUSES, type OutboxMessage, type OutboxStatus } from './records';

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

export interface BatchProgress extends OutboxCounts {
  total: number;
  /** Still to go: queued, scheduled or sending. */
  pending: number;
  /** Nothing is pending (every letter sent, failed, uncertain or cancelled). */
  done: boolean;
}

/** How many letters are in each status, over the whole outbox (read from the status index). */
export async function countOutbox(): Promise<OutboxCounts> {
  const counts = await Promise.all(OUTBOX_STATUSES.map((s) => db.outbox.where('status').equals(s).count()));
  return Object.fromEntries(OUTBOX_STATUSES.map((s, i) => [s, counts[i] ?? 0])) as OutboxCounts;
}

/** A batch's progress bar: counts per status (from the index alone), what is pending, whether it is done. */
export async function readBatchProgress(batchId: string): Promise<BatchProgress> {
  const counts = await Promise.all(OUTBOX_STATUSES.map((s) => db.outbox.where('[batchId+status]').equals([batchId, s]).count()));
  const byStatus = Object.fromEntries(OUTBOX_STATUSES.map((s, i) => [s, counts[i] ?? 0])) as OutboxCounts;
  const pending = byStatus.queued + byStatus.scheduled + byStatus.sending;
  const total = counts.reduce((sum, n) => sum + n, 0);
  return { ...byStatus, total, pending, done: pending === 0 };
}
