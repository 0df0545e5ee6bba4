/**
 * letters-schedule (informational, no target): the review's calendar work per recipient for a
 * batch of 10,000 customers of the synthetic book (37 countries), two days before Christmas.
 * - ours: what the review asks of src-shared/calendar per recipient: workingMorning (their next
 *   09:30 outside their weekend and public holidays, DST-safe) and closedAt for a send time chosen
 *   for everybody (holiday, weekend or office hours);
 * - baseline: reading each recipient's local clock once (formatToParts of a cached
 *   Intl.DateTimeFormat for their zone), the least any per-recipient local scheduling needs.
 * The first pass (date-holidays building each country's rules) is reported apart, not timed.
 * value and baseline are milliseconds for all recipients, the median of several rounds.
 */
import { performance } from 'node:perf_hooks';
import { closedAt, workingMorning } from '../../src-shared/calendar';
import { wallClockFormat } from '../../src-shared/letters/intlCache';
import { generateBigBook } from '../../src-shared/sample';
import { alternateRounds, median } from './rounds';

const N = 10_000;
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);
const NOW = Date.UTC(2026, 11, 23, 10);
const CHOSEN = Date.UTC(2026, 11, 25, 1, 30);

export async function runScheduleBench(): Promise<{ name: 'letters-schedule'; n: number; value: number; baseline: number; ratio: number; [k: string]: unknown }> {
  const customers = generateBigBook(N, 7).map((c) => ({ country: c.country, timeZone: c.timeZone }));
  let sink = 0;
  const ours = (): number => {
    const t0 = performance.now();
    for (const customer of customers) {
      const plan = workingMorning(NOW, customer);
      sink += plan.skipped.length + (closedAt(CHOSEN, customer) ? 1 : 0);
    }
    return performance.now() - t0;
  };
  const raw = (): number => {
    const t0 = performance.now();
    for (const customer of customers) sink += wallClockFormat(customer.timeZone).formatToParts(NOW).length;
    return performance.now() - t0;
  };
  const firstPassMs = ours();
  raw();
  const { oursMs, rawMs } = alternateRounds(ROUNDS, ours, raw);
  const value = median(oursMs);
  const baseline = median(rawMs);
  return {
    name: 'letters-schedule',
    n: N,
    value,
    baseline,
    ratio: baseline / value,
    target: 'none (informational)',
    first_pass_ms: firstPassMs,
    countries: new Set(customers.map((c) => c.country)).size,
    ours_rounds_ms: oursMs,
    baseline_rounds_ms: rawMs,
    checksum: sink % 1000,
  };
}
