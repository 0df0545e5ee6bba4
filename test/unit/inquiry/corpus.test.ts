import { describe, expect, it } from 'vitest';
import { buildKnownCustomerIndex, qualifyInquiry } from '../../../src-shared/inquiry';
import { CORPUS, CORPUS_CUSTOMERS, HELD_OUT, type CorpusCase } from './fixtures/corpus';

/**
 * The corpus: inquiries written for the tests, each with the level a seasoned salesperson gave
 * it before the weights were tuned. The engine must agree on the exact level for 80% of them and
 * on "worth a full reply" (A-C) for 95%.
 */
const index = buildKnownCustomerIndex(CORPUS_CUSTOMERS);
const worth = (level: string) => level === 'A' || level === 'B' || level === 'C';

function qualifyAll(cases: readonly CorpusCase[]) {
  return cases.map((c) => {
    const q = qualifyInquiry(c.input, { known: index, now: Date.parse('2026-01-01T00:00:00Z') });
    return { c, q, exact: q.level === c.expected.level, worthAgrees: worth(q.level) === c.expected.worthFullReply };
  });
}

function agreementTable(name: string, rows: ReturnType<typeof qualifyAll>): { exact: number; worthRate: number } {
  const exact = rows.filter((r) => r.exact).length / rows.length;
  const worthRate = rows.filter((r) => r.worthAgrees).length / rows.length;
  console.log(
    [
      `${name}: ${rows.length} inquiries, exact level ${(exact * 100).toFixed(1)}%, worth-a-full-reply ${(worthRate * 100).toFixed(1)}%`,
      ...rows.map((r) => {
        const ok = r.exact ? '✓' : r.worthAgrees ? '~' : '✗';
        const signals = r.q.signals.map((s) => `${s.id}${s.weight >= 0 ? '+' : ''}${s.weight}`).join(' ');
        return `${ok} ${r.c.id.padEnd(34)} expected ${r.c.expected.level} got ${r.q.level} (${String(r.q.score).padStart(3)})  ${signals}`;
      }),
    ].join('\n'),
  );
  return { exact, worthRate };
}

describe('the inquiry corpus', () => {
  const rows = qualifyAll(CORPUS);

  it('has at least 40 inquiries in the eight languages, spanning A to E', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CORPUS.map((c) => c.language))).toEqual(new Set(['en', 'es', 'pt', 'fr', 'de', 'ru', 'ar', 'zh']));
    expect(new Set(CORPUS.map((c) => c.expected.level))).toEqual(new Set(['A', 'B', 'C', 'D', 'E']));
    expect(new Set(CORPUS.map((c) => c.id)).size).toBe(CORPUS.length);
  });

  it('agrees with the salesperson on the level (≥ 80%) and on worth-a-full-reply (≥ 95%)', () => {
    const { exact, worthRate } = agreementTable('corpus', rows);
    expect(exact).toBeGreaterThanOrEqual(0.8);
    expect(worthRate).toBeGreaterThanOrEqual(0.95);
  });

  it('detects the language each inquiry is written in', () => {
    const wrong = rows.filter((r) => r.q.language !== r.c.language).map((r) => `${r.c.id}: ${r.q.language}`);
    expect(wrong).toEqual([]);
  });

  it('plans no reply for junk and fraud, and a reply template for the rest', () => {
    for (const { q } of rows) {
      if (q.level === 'E') expect(q.plan).toMatchObject({ action: 'archive', questions: [] });
      else expect(q.plan.templateId).toBe(`inquiry-reply-${q.level.toLowerCase()}`);
    }
  });
});

/**
 * Written after the weights were set. On first run they agreed 66.7% exact and 83.3% on worth;
 * the four misses showed general gaps (no "clear need" rule for C, the overpayment scam, sellers
 * pitching services, the Portuguese "contentor"), fixed in general terms. They are therefore no
 * longer blind: the next unseen inquiries are the honest measure.
 */
describe('the held-out inquiries (written after the weights; no longer blind, see above)', () => {
  it('reports its agreement and stays well above chance', () => {
    const { exact, worthRate } = agreementTable('held out', qualifyAll(HELD_OUT));
    expect(exact).toBeGreaterThanOrEqual(0.6);
    expect(worthRate).toBeGreaterThanOrEqual(0.75);
  });
});
