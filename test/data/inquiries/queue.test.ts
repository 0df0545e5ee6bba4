import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type InquiryRecord,
  addInquiries,
  archiveInquiry,
  compareForQueue,
  confirmInquiry,
  countInquiries,
  db,
  isOverdue,
  listInquiryQueue,
  loadBookIndex,
  markInquiryReplied,
  openDatabase,
  REPLIED_IN_QUEUE_DAYS,
} from '../../../src-renderer/data';
import { HOUR, STRONG, VAGUE, clearInquiries } from './helpers';

const T0 = Date.parse('2026-11-20T00:00:00Z');
const at = (hours: number) => new Date(T0 + hours * HOUR).toISOString();

beforeAll(async () => {
  openDatabase('test-inquiries-queue');
  await loadBookIndex();
});
beforeEach(clearInquiries);

/** Adds inquiries received at the given hours after T0 (so due 24 hours later); returns their ids by name. */
async function seed(spec: Record<string, { hours: number; strong?: boolean }>): Promise<Record<string, string>> {
  const names = Object.keys(spec);
  const ids = await addInquiries(
    names.map((n) => ({ ...(spec[n]!.strong ? STRONG : VAGUE), receivedAt: at(spec[n]!.hours), subject: n })),
    T0,
  );
  return Object.fromEntries(names.map((n, i) => [n, ids[i]!]));
}

const subjects = (rows: InquiryRecord[]) => rows.map((r) => r.subject);

describe('the queue', () => {
  it('puts unqualified first, then overdue, then by reply-by, score and level; replied last; archived out', async () => {
    const id = await seed({
      qualifiedLate: { hours: 0, strong: true },
      qualifiedSoon: { hours: 20, strong: true },
      newLater: { hours: 10 },
      newEarlier: { hours: 5 },
      newSameTimeStrong: { hours: 10, strong: true },
      replied: { hours: 1, strong: true },
      junk: { hours: 2 },
    });
    for (const name of ['qualifiedLate', 'qualifiedSoon', 'replied']) {
      await confirmInquiry(id[name]!, { level: 'C', background: 'importerWholesaler', customerId: 'new' });
    }
    await markInquiryReplied(id.replied!);
    await archiveInquiry(id.junk!, 'junk');

    const now = T0 + 30 * HOUR; // qualifiedLate (due at 24h) is overdue; qualifiedSoon (due at 44h) is not
    expect(subjects(await listInquiryQueue(now))).toEqual(['newEarlier', 'newSameTimeStrong', 'newLater', 'qualifiedLate', 'qualifiedSoon', 'replied']);
    // Two weeks after its deadline a replied inquiry leaves the queue; waiting ones never do.
    const later = T0 + 25 * HOUR + (REPLIED_IN_QUEUE_DAYS * 24 + 1) * HOUR;
    expect(subjects(await listInquiryQueue(later))).toEqual(['newEarlier', 'newSameTimeStrong', 'newLater', 'qualifiedLate', 'qualifiedSoon']);
  });

  it('orders equal deadlines by score, then by level A before E', () => {
    const base = { status: 'new', replyByMs: 100, receivedAtMs: 0, confirmed: null } as const;
    const row = (id: string, score: number, level: string) => ({ ...base, id, score, qualification: { level } }) as unknown as InquiryRecord;
    const rows = [row('a', 50, 'D'), row('b', 70, 'C'), row('c', 50, 'C')];
    expect(rows.sort(compareForQueue(0)).map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('counts', () => {
  it('counts unqualified and overdue inquiries, each once for the badge', async () => {
    const id = await seed({ a: { hours: 0, strong: true }, b: { hours: 0 }, c: { hours: 20 }, d: { hours: 0, strong: true }, e: { hours: 0 } });
    await confirmInquiry(id.a!, { level: 'C', background: 'importerWholesaler', customerId: 'new' }); // qualified, overdue
    await confirmInquiry(id.d!, { level: 'C', background: 'importerWholesaler', customerId: 'new' });
    await markInquiryReplied(id.d!); // replied: never overdue
    await archiveInquiry(id.e!, 'spam'); // archived: not counted

    const now = T0 + 30 * HOUR;
    expect(await countInquiries(now)).toEqual({ unqualified: 2, overdue: 2, attention: 3 });
    expect(await countInquiries(T0)).toEqual({ unqualified: 2, overdue: 0, attention: 2 });
    const stored = (await db.inquiries.get(id.a!))!;
    expect(isOverdue(stored, now)).toBe(true);
    expect(isOverdue(stored, T0)).toBe(false);
  });
});
