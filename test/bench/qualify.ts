/**
 * qualify: 10,000 inquiries of mixed length, generated from the test corpus with variations
 * (names, quantities, addresses, greetings; a tenth padded to long mails of 5-40 kB, a few with a
 * quoted chain or as HTML), each qualified against a 2,000-customer book.
 * - baseline: normalisation and extraction only (extractInquiry);
 * - ours: qualifyInquiry (the same, plus known-customer lookup, scorecard, level, background, plan).
 * value and baseline are milliseconds for all 10,000; ratio = baseline / ours (aim ≥ 0.8: the
 * scorecard adds little). Both sides run on each inquiry in turn (see timeInterleaved); best of three rounds after a warm-up.
 *
 * Standalone: `npx tsx test/bench/qualify.ts` writes bench-results/qualify.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { normaliseCompanyName } from '../../src-shared/customer/derived';
import { buildKnownCustomerIndex, extractInquiry, qualifyInquiry, type QualifyInput } from '../../src-shared/inquiry';
import { CORPUS, CORPUS_CUSTOMERS, HELD_OUT } from '../unit/inquiry/fixtures/corpus';

const N = 10_000;
const ROUNDS = 3;

export interface QualifyBenchResult {
  name: 'qualify';
  n: number;
  value: number;
  baseline: number;
  ratio: number;
  perSecond: number;
  [k: string]: unknown;
}

/** A small deterministic generator, so every run measures the same inquiries. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const FILLER = [
  'We have been in this business for more than fifteen years and supply contractors across the region.',
  'Our customers expect stable quality, so please tell us about your testing before shipment.',
  'Please also let us know your production capacity per month and your usual lead time after the deposit.',
  'Last year we imported from two other factories, but we had problems with the drivers and the packaging.',
];
const NAMES = ['Ana', 'Peter', 'Youssef', 'Olga', 'Wei', 'Fatima', 'Jonas', 'Camille', 'Rui', 'Ahmed'];

export function benchInquiries(n: number, seed = 7): QualifyInput[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const cases = [...CORPUS, ...HELD_OUT];
  const out: QualifyInput[] = [];
  for (let i = 0; i < n; i++) {
    const base = pick(cases).input;
    const qty = String(100 + Math.floor(next() * 20_000));
    let text = base.text.replace(/\b\d{3,5}\b/, qty).replace(/\b(Lily|Dear Sir)\b/, pick(NAMES));
    const roll = next();
    if (roll < 0.1) {
      // A long mail: the message padded with paragraphs, 5-40 kB.
      const target = 5_000 + Math.floor(next() * 35_000);
      const parts = [text];
      let length = text.length;
      while (length < target) {
        const p = pick(FILLER);
        parts.splice(1, 0, p);
        length += p.length + 1;
      }
      text = parts.join('\n');
    } else if (roll < 0.15) {
      text = `${text}\n\nOn 2 Mar 2026, sales wrote:\n> Dear customer, thank you for your interest.\n> Best regards`;
    } else if (roll < 0.18) {
      text = `<html><body>${text.split('\n').map((l) => `<p>${l}</p>`).join('')}</body></html>`;
    }
    const input: QualifyInput = { ...base, text };
    if (base.fromEmail && next() < 0.3) input.fromEmail = base.fromEmail.replace('@', `.${i}@`);
    out.push(input);
  }
  return out;
}

/** A book of 2,000 customers: the corpus's own plus made-up ones, so the lookup works at a real size. */
function bookIndex() {
  const rows = [...CORPUS_CUSTOMERS];
  for (let i = 0; rows.length < 2_000; i++) {
    const company = `Customer ${i} Trading Ltd`;
    rows.push({ id: `c${i}`, company, emails: [`buyer${i}@customer${i}.com`], domain: `customer${i}.com`, nameKey: normaliseCompanyName(company), level: 'C' });
  }
  return buildKnownCustomerIndex(rows);
}

/**
 * Both sides run on each inquiry in turn (which goes first alternates), so a busy moment on a
 * shared machine, or a garbage collection, hits both alike; each side's total over all inquiries
 * is summed, and the best of the rounds counts.
 */
function timeInterleaved<T>(items: readonly T[], a: (item: T) => void, b: (item: T) => void): [number, number] {
  let bestA = Infinity;
  let bestB = Infinity;
  for (let r = 0; r <= ROUNDS; r++) {
    let sumA = 0;
    let sumB = 0;
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as T;
      const aFirst = (i + r) % 2 === 0;
      const t0 = performance.now();
      if (aFirst) a(item);
      else b(item);
      const t1 = performance.now();
      if (aFirst) b(item);
      else a(item);
      const t2 = performance.now();
      sumA += aFirst ? t1 - t0 : t2 - t1;
      sumB += aFirst ? t2 - t1 : t1 - t0;
    }
    // Round 0 warms up.
    if (r > 0) {
      bestA = Math.min(bestA, sumA);
      bestB = Math.min(bestB, sumB);
    }
  }
  return [bestA, bestB];
}

export async function runQualifyBench(): Promise<QualifyBenchResult> {
  const inquiries = benchInquiries(N);
  const known = bookIndex();
  const now = Date.parse('2026-06-01T00:00:00Z');
  let sink = 0;
  const [baseline, ours] = timeInterleaved(
    inquiries,
    (q) => {
      sink += extractInquiry(q).emails.length;
    },
    (q) => {
      sink += qualifyInquiry(q, { known, now }).score;
    },
  );
  const chars = inquiries.reduce((s, q) => s + q.text.length, 0);
  const longest = inquiries.reduce((m, q) => Math.max(m, q.text.length), 0);
  return {
    name: 'qualify',
    n: N,
    value: ours,
    baseline,
    ratio: baseline / ours,
    perSecond: Math.round(N / (ours / 1000)),
    baseline_per_second: Math.round(N / (baseline / 1000)),
    target: '>= 0.8 (baseline time / ours)',
    pass: baseline / ours >= 0.8,
    mean_chars: Math.round(chars / N),
    longest_chars: longest,
    book_customers: 2_000,
    rounds: `best of ${ROUNDS} rounds after a warm-up, both sides on each inquiry in turn`,
    checksum: sink % 1000,
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await runQualifyBench();
  const clean = Object.fromEntries(Object.entries(result).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v]));
  const dir = resolve(import.meta.dirname, '../../bench-results');
  await mkdir(dir, { recursive: true });
  await writeFile(resolve(dir, 'qualify.json'), `${JSON.stringify(clean, null, 2)}\n`);
  console.log(
    `qualify n=${result.n} ours=${round(result.value)}ms baseline=${round(result.baseline)}ms ratio=${round(result.ratio)} ` +
      `${result.perSecond} inquiries/s (target ratio >= 0.8)`,
  );
}
