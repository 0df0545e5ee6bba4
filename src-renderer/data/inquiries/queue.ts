import { db } from '../db';
import type { InquiryRecord } from './records';

/**
 * What to answer first. Groups, in order: not yet qualified (it cannot be answered until the
 * salesperson confirms it); qualified and overdue; qualified; replied (done, kept in view).
 * Within a group: the earliest reply-by first, then the higher score, then the better level
 * (the confirmed one, else the suggested: A before E), then the latest received.
 */
export function compareForQueue(now: number): (a: InquiryRecord, b: InquiryRecord) => number {
  return (a, b) =>
    group(a, now) - group(b, now) ||
    a.replyByMs - b.replyByMs ||
    b.score - a.score ||
    levelOf(a).localeCompare(levelOf(b)) ||
    b.receivedAtMs - a.receivedAtMs ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function group(r: InquiryRecord, now: number): number {
  if (r.status === 'new') return 0;
  if (r.status === 'qualified') return isOverdue(r, now) ? 1 : 2;
  return 3;
}

function levelOf(r: InquiryRecord): string {
  return r.confirmed?.level ?? r.qualification.level;
}

/** Still waiting for a reply (new or qualified) and past its reply-by time. */
export function isOverdue(r: InquiryRecord, now: number): boolean {
  return (r.status === 'new' || r.status === 'qualified') && r.replyByMs < now;
}

/** Replied inquiries stay in the queue this long after their deadline, then only the customer page shows them. */
export const REPLIED_IN_QUEUE_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The inbox in queue order: every inquiry waiting (new, qualified), and the replied ones whose
 * deadline was within the last REPLIED_IN_QUEUE_DAYS (a year of answered inquiries is no queue,
 * and reading them all every minute would cost a lot). Archived ones are not in it. The choice is
 * made on index keys alone; only the rows shown are read.
 */
export async function listInquiryQueue(now = Date.now()): Promise<InquiryRecord[]> {
  const [open, replied, recent] = await Promise.all([
    db.inquiries.where('status').anyOf('new', 'qualified').primaryKeys(),
    db.inquiries.where('status').equals('replied').primaryKeys(),
    db.inquiries.where('replyByMs').aboveOrEqual(now - REPLIED_IN_QUEUE_DAYS * DAY_MS).primaryKeys(),
  ]);
  const recentSet = new Set(recent);
  const ids = [...open, ...replied.filter((id) => recentSet.has(id))];
  const rows = (await db.inquiries.bulkGet(ids)).filter((r): r is InquiryRecord => r !== undefined);
  return rows.sort(compareForQueue(now));
}

/** Archived inquiries, most recently archived first. */
export async function listArchivedInquiries(): Promise<InquiryRecord[]> {
  const rows = await db.inquiries.where('status').equals('archived').toArray();
  return rows.sort((a, b) => b.updatedAt - a.updatedAt);
}

export interface InquiryCounts {
  /** Status new: waiting for the salesperson to confirm level and background. */
  unqualified: number;
  /** New or qualified, past the reply-by time (includes unqualified ones that are overdue). */
  overdue: number;
  /** Unqualified or overdue, each inquiry once: the number for a single nav badge. */
  attention: number;
}

/** Counted from index keys alone: no inquiry is read, however many there are. */
export async function countInquiries(now = Date.now()): Promise<InquiryCounts> {
  const [unqualifiedKeys, qualifiedKeys, lateKeys] = await Promise.all([
    db.inquiries.where('status').equals('new').primaryKeys(),
    db.inquiries.where('status').equals('qualified').primaryKeys(),
    db.inquiries.where('replyByMs').below(now).primaryKeys(),
  ]);
  const late = new Set(lateKeys);
  const lateNew = unqualifiedKeys.filter((id) => late.has(id)).length;
  const lateQualified = qualifiedKeys.filter((id) => late.has(id)).length;
  return { unqualified: unqualifiedKeys.length, overdue: lateNew + lateQualified, attention: unqualifiedKeys.length + lateQualified };
}
