/**
 * `npm run bench`: builds a benchmark page into the app's built renderer (out/renderer/bench), so
 * both are served from one 127.0.0.1 origin and share IndexedDB, then drives Debian's Chromium
 * through the e2e harness. Each figure is a ratio to a baseline measured in the same run, written
 * to bench-results/NAME.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { launchApp, RENDERER_DIR } from '../e2e/harness';
import { runLettersBench } from './letters';
import { runMailBench } from './mail';
import { runQualifyBench } from './qualify';
import { runScheduleBench } from './schedule';

const root = resolve(import.meta.dirname, '../..');
const resultsDir = resolve(root, 'bench-results');

interface Result {
  name: string;
  n: number;
  p50_ms: number;
  p95_ms: number;
  baseline_p95_ms: number;
  ratio: number;
  target: string;
  pass: boolean;
  [extra: string]: unknown;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

async function save(result: Result): Promise<void> {
  const clean = Object.fromEntries(Object.entries(result).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v]));
  await writeFile(resolve(resultsDir, `${result.name}.json`), `${JSON.stringify(clean, null, 2)}\n`);
  const verdict = result.pass ? 'ok  ' : 'MISS';
  console.log(
    `${verdict} ${result.name.padEnd(13)} n=${result.n} p50=${round(result.p50_ms)}ms p95=${round(result.p95_ms)}ms ` +
      `baseline_p95=${round(result.baseline_p95_ms)}ms ratio=${round(result.ratio)} (target ${result.target})`,
  );
}

type BenchPage = Page;
type App = Awaited<ReturnType<typeof launchApp>>;

/** book-segment, book-facets, book-search and book-scale: one seeded book at 10k, one at 100k. */
async function bookBenches(page: BenchPage, rounds: number): Promise<void> {
  const small = await page.evaluate((r) => window.benches.segmentAndFacets(10_000, r), rounds);
  const big = await page.evaluate((r) => window.benches.segmentAndFacets(100_000, r), rounds);
  const figures = [
    ['book-segment', big.segment, 1.5],
    ['book-facets', big.facets, 3],
    ['book-search', big.search, 1.5],
  ] as const;
  for (const [name, f, target] of figures) {
    const ratio = f.p95_ms / f.baseline.p95_ms;
    await save({
      name, n: big.n, p50_ms: f.p50_ms, p95_ms: f.p95_ms, baseline_p95_ms: f.baseline.p95_ms, ratio,
      target: `<= ${target}`, pass: ratio <= target, samples: big.samples, baseline_p50_ms: f.baseline.p50_ms,
    });
  }
  const scale = big.segment.p95_ms / small.segment.p95_ms;
  await save({
    name: 'book-scale', n: big.n, p50_ms: big.segment.p50_ms, p95_ms: big.segment.p95_ms,
    baseline_p95_ms: small.segment.p95_ms, ratio: scale, target: '<= 2', pass: scale <= 2,
    note: 'baseline_p95_ms is book-segment p95 at 10,000 customers',
  });
}

/** book-import: a 100,000-row CSV from parsing to committed rows, against a raw bulkAdd. */
async function importBench(page: BenchPage): Promise<void> {
  const imp = await page.evaluate(() => window.benches.importRows(100_000));
  const ratio = imp.baseline_ms / imp.ours_ms;
  await save({
    name: 'book-import', n: imp.n, p50_ms: imp.ours_ms, p95_ms: imp.ours_ms, baseline_p95_ms: imp.baseline_ms,
    ratio, target: '>= 0.6 (baseline time / ours)', pass: ratio >= 0.6 && imp.count === imp.kept,
    rows_per_s: Math.round(imp.kept / (imp.ours_ms / 1000)), committed: imp.count,
    left_out_duplicate_rows: imp.n - imp.kept,
    parse_ms: imp.parse_ms, validate_ms: imp.validate_ms, commit_ms: imp.commit_ms,
  });
  console.log(`     book-import phases: parse ${round(imp.parse_ms)} ms, validate ${round(imp.validate_ms)} ms, commit ${round(imp.commit_ms)} ms`);
}

/** The renderer's JS heap with the 100,000-customer list open, in the real app page. */
async function heapBench(app: App, page: BenchPage): Promise<void> {
  await page.evaluate(() => window.benches.seedOnly(100_000));
  const list = await app.context.newPage();
  await page.close();
  const cdp = await app.context.newCDPSession(list);
  await cdp.send('Performance.enable');
  const t0 = Date.now();
  await list.goto(`${app.origin}/#/customers`);
  await list.getByTestId('customer-row').first().waitFor({ timeout: 180_000 });
  const openMs = Date.now() - t0;
  await cdp.send('HeapProfiler.collectGarbage');
  const metrics = (await cdp.send('Performance.getMetrics')).metrics;
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  const result = { name: 'renderer-heap', n: 100_000, js_heap_used_mb: round(heap / 2 ** 20), list_open_ms: openMs };
  await writeFile(resolve(resultsDir, 'renderer-heap.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`info renderer-heap n=100000 JS heap ${result.js_heap_used_mb} MB with the list open (first rows after ${openMs} ms)`);
}

/** A Node benchmark's figures: `value` is ours, `baseline` the raw library, ratio = baseline / ours. */
interface NodeBenchResult {
  name: string;
  n: number;
  value: number;
  baseline: number;
  ratio: number;
  [extra: string]: unknown;
}

/** letters-render, mail-send and qualify are timed from Node. Target: ratio ≥ 0.8. */
async function nodeBench(run: () => Promise<NodeBenchResult>): Promise<void> {
  const result = await run();
  const clean = Object.fromEntries(Object.entries(result).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v]));
  await writeFile(resolve(resultsDir, `${result.name}.json`), `${JSON.stringify(clean, null, 2)}\n`);
  const verdict = result.ratio >= 0.8 ? 'ok  ' : 'MISS';
  console.log(
    `${verdict} ${result.name.padEnd(13)} n=${result.n} ours=${round(result.value)}ms baseline=${round(result.baseline)}ms ` +
      `ratio=${round(result.ratio)} (target >= 0.8, baseline time / ours)`,
  );
}

/** A Node benchmark without a target: its figures, written and printed as information. */
async function infoBench(run: () => Promise<NodeBenchResult>): Promise<void> {
  const result = await run();
  const clean = Object.fromEntries(Object.entries(result).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v]));
  await writeFile(resolve(resultsDir, `${result.name}.json`), `${JSON.stringify(clean, null, 2)}\n`);
  console.log(`info ${result.name} n=${result.n} ours=${round(result.value)}ms baseline=${round(result.baseline)}ms ratio=${round(result.ratio)} (no target)`);
}

async function main(): Promise<void> {
  await mkdir(resultsDir, { recursive: true });
  await build({
    root: resolve(root, 'test/bench/page'),
    base: '/bench/',
    logLevel: 'error',
    build: { outDir: resolve(RENDERER_DIR, 'bench'), emptyOutDir: true, chunkSizeWarningLimit: 8192 },
  });
  // BENCH_ONLY=book|import|heap|letters|mail|qualify runs one group, for a quick look while working.
  const only = process.env['BENCH_ONLY'];
  if (!only || only === 'letters') {
    await nodeBench(runLettersBench);
    await infoBench(runScheduleBench);
  }
  if (!only || only === 'mail') await nodeBench(runMailBench);
  if (!only || only === 'qualify') await nodeBench(runQualifyBench);
  if (only === 'letters' || only === 'mail' || only === 'qualify') return;
  const app = await launchApp({ route: '/settings' });
  try {
    // The app's own tab would follow every write the benchmarks make; close it while they run.
    await app.page.close();
    const page = await app.context.newPage();
    await page.goto(`${app.origin}/bench/index.html`);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
    const rounds = Number(process.env['BENCH_ROUNDS'] ?? 5);
    if (!only || only === 'book') await bookBenches(page, rounds);
    if (!only || only === 'import') await importBench(page);
    if (only === 'load') console.log(JSON.stringify(await page.evaluate(() => window.benches.loadIndex(100_000))));
    if (!only || only === 'heap') await heapBench(app, page);
  } finally {
    await app.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
