/**
 * Runs inside Chromium, on the same origin as the app, against real IndexedDB. Every "ours" figure
 * goes through the app's own data path (src-renderer/data); every baseline is raw Dexie on the same
 * database, measured in the same run.
 */
import {
  db,
  countFacets,
  importCustomers,
  loadBookIndex,
  openDatabase,
  queryBook,
  queueLetters,
  readBatchProgress,
  reloadBookIndex,
  startSender,
  type LetterToQueue,
} from '../../../src-renderer/data';
import type { OutgoingMessage, SendOutcome } from '../../../src-shared/mail/types';
import { generateBigBook } from '../../../src-shared/sample';
import { exportCustomersCsv } from '../../../src-shared/export';
import { mapCustomerColumns, readCustomerTable, validateCustomerRows } from '../../../src-shared/import';
import { withDerivedFields } from '../../../src-shared/customer/derived';
import type { Customer } from '../../../src-shared/customer/customer';
import type { BookSort, SegmentFilter } from '../../../src-shared/segment';
import { FILTER_COMBINATIONS, SEARCH_PREFIXES } from './workload';

const SORT: BookSort = { key: 'lastContactAt', dir: 'desc' };

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? 0;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Runs each task `rounds` times after one warm-up pass; returns all samples. */
async function sample(tasks: Array<() => Promise<unknown>>, rounds: number): Promise<number[]> {
  for (const task of tasks) await task();
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) for (const task of tasks) samples.push(await time(task));
  return samples;
}

const summary = (samples: number[]) => ({ p50_ms: percentile(samples, 50), p95_ms: percentile(samples, 95) });

async function resetBook(): Promise<void> {
  await db.delete();
  await db.open();
  await loadBookIndex();
}

async function seed(n: number): Promise<void> {
  await resetBook();
  await importCustomers(generateBigBook(n, 42), []);
}

/** The baseline's single-index equivalent of a filter: its first facet's first value. */
function baselineTask(filter: SegmentFilter, kind: 'page' | 'count'): () => Promise<unknown> {
  const [index, value] = firstFacet(filter);
  const where = db.customers.where(index).equals(value);
  return kind === 'page' ? () => where.limit(50).toArray() : () => where.count();
}

function firstFacet(filter: SegmentFilter): [string, string] {
  const pairs: Array<[keyof SegmentFilter, string]> = [
    ['countries', 'country'], ['levels', 'level'], ['backgrounds', 'background'],
    ['stages', 'stage'], ['sources', 'source'], ['tags', 'tags'],
  ];
  for (const [facet, index] of pairs) {
    const values = filter[facet];
    if (Array.isArray(values) && values[0]) return [index, values[0]];
  }
  throw new Error('filter without facets');
}

async function segmentFigures(rounds: number) {
  const ours = await sample(FILTER_COMBINATIONS.map((f) => () => queryBook(f, SORT, 0, 50)), rounds);
  const base = await sample(FILTER_COMBINATIONS.map((f) => baselineTask(f, 'page')), rounds);
  return { ours, base };
}

export const benches = {
  async segmentAndFacets(n: number, rounds: number) {
    await seed(n);
    const segment = await segmentFigures(rounds);
    const facetsOurs = await sample(FILTER_COMBINATIONS.map((f) => () => countFacets(f)), rounds);
    const facetsBase = await sample(FILTER_COMBINATIONS.map((f) => baselineTask(f, 'count')), rounds);
    const searchOurs = await sample(SEARCH_PREFIXES.map((s) => () => queryBook({ search: s }, SORT, 0, 50)), rounds);
    return {
      n,
      segment: { ...summary(segment.ours), baseline: summary(segment.base) },
      facets: { ...summary(facetsOurs), baseline: summary(facetsBase) },
      search: { ...summary(searchOurs), baseline: summary(segment.base) },
      samples: segment.ours.length,
    };
  },

  async importRows(n: number) {
    const book = generateBigBook(n, 7);
    const csv = exportCustomersCsv(
      book.map((c, i) => ({ ...withDerivedFields(c), id: `x${i}`, createdAt: 0, updatedAt: 0 }) as Customer),
    );
    await resetBook();
    // A synthetic book repeats some company names in one country; the importer reports those rows
    // as duplicates and, as a salesperson would choose, they are left out. The baseline writes the
    // very same rows.
    let kept: number[] = [];
    const phases = { parse_ms: 0, validate_ms: 0, commit_ms: 0 };
    const ours = await time(async () => {
      let t = performance.now();
      const table = readCustomerTable(csv, 'customers.csv');
      const mapping = mapCustomerColumns(table.headers);
      phases.parse_ms = performance.now() - t;
      t = performance.now();
      const { valid, errors } = validateCustomerRows(table.rows, mapping);
      phases.validate_ms = performance.now() - t;
      t = performance.now();
      const unexpected = errors.filter((e) => e.code !== 'duplicateRow');
      if (unexpected.length) throw new Error(`bench rows invalid: ${JSON.stringify(unexpected.slice(0, 3))}`);
      kept = valid.map((v) => v.row - 1);
      await importCustomers(valid.map((v) => v.customer), []);
      phases.commit_ms = performance.now() - t;
    });
    const count = await db.customers.count();
    await resetBook();
    const rows = kept.map((i) => ({ ...withDerivedFields(book[i]!), id: `b${i}`, createdAt: 1, updatedAt: 1 })) as Customer[];
    const baseline = await time(() => db.customers.bulkAdd(rows));
    await resetBook();
    return { n, count, kept: kept.length, ours_ms: ours, baseline_ms: baseline, ...phases };
  },

  /** Where opening a big book spends its time: reading IndexedDB, or building the index. */
  async loadIndex(n: number) {
    await seed(n);
    const rawRead = await time(() => db.customers.toArray());
    const ours = await time(() => reloadBookIndex());
    return { n, raw_read_ms: rawRead, load_index_ms: ours };
  },

  /**
   * mail-send, the app's half: n letters queued in the outbox, then the renderer's own sender
   * (real IndexedDB) sends them through window.api['mail:send'] to main's mailer, recording each
   * outcome and timeline entry. Timed from the sender's start to the batch being done.
   */
  async outboxSend(n: number, concurrency: number, tag: string, instant = false) {
    // A database of its own per run (tags are unique per run).
    openDatabase(`bench-mail-${tag}`);
    await db.open();
    const customers = Array.from({ length: n }, (_, i) =>
      withDerivedFields({
        id: `${tag}-${i}`, company: `Bench Buyer ${tag} ${i}`, website: '', country: 'ES', city: '', language: 'es',
        timeZone: 'Europe/Madrid', level: 'C', background: 'importerWholesaler', stage: 'quoted', source: 'alibaba', tags: [],
        products: [], notes: '', createdAt: 1, updatedAt: 1, lastContactAt: null, nextFollowUpAt: null,
        contacts: [{ id: `${tag}-c${i}`, name: `María Peña ${i}`, title: 'Compras', emails: [`${tag}-${i}@customer.example.com`], phones: [], whatsapp: '' }],
      } as unknown as Customer),
    );
    await db.customers.bulkAdd(customers);
    await loadBookIndex();
    // The customers were in the book long before a batch is sent: let the database settle their
    // writes (LevelDB compaction) before the letters are queued and the clock starts.
    await new Promise((r) => setTimeout(r, 1_000));
    const items: LetterToQueue[] = customers.map((c, i) => ({
      customerId: c.id,
      contactId: c.contacts[0]!.id,
      templateId: 'bench',
      templateKind: 'quoteCover',
      message: {
        from: { name: '张伟 (Tradewind Lighting)', address: 'sales@tradewind.test' },
        to: { name: c.contacts[0]!.name, address: c.contacts[0]!.emails[0]! },
        subject: `Su cotización de paneles LED, ${c.company} — año 2026`,
        html: `<p>Estimado/a ${c.contacts[0]!.name},</p><p>№ ${i} — 50 × 60 cm, 12 €/pc</p>`,
        text: `Estimado/a ${c.contacts[0]!.name},\n\n№ ${i} — 50 × 60 cm, 12 €/pc\n`,
        language: 'es',
      },
    }));
    const { batchId } = await queueLetters(items);
    // The clock stops when the batch is done as stored. Reading the batch's progress costs the
    // database a count per status, so it is read often only once main has answered every letter
    // (counted here, as the answers pass), and only once a second before that, in case one never is.
    let answered = 0;
    let allAnswered: () => void = () => undefined;
    const everyAnswer = new Promise<void>((resolve) => (allAnswered = resolve));
    const sendMany = async (messages: OutgoingMessage[]): Promise<SendOutcome[]> => {
      const outcomes: SendOutcome[] = instant
        ? messages.map((m) => ({ status: 'sent', messageId: m.messageId, accepted: [m.to.address], rejected: [] }))
        : await window.api['mail:sendMany']({ messages }).then((result) => {
            if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
            return result.value.outcomes;
          });
      answered += messages.length;
      if (answered >= n) allAnswered();
      return outcomes;
    };
    const t0 = performance.now();
    const sender = startSender({ sendMany, concurrency, pollMs: 50 });
    try {
      for (;;) {
        const progress = await readBatchProgress(batchId);
        if (progress.done) return { n, ms: performance.now() - t0, sent: progress.sent, progress };
        await Promise.race([answered >= n ? new Promise((r) => setTimeout(r, 10)) : everyAnswer, new Promise((r) => setTimeout(r, 1_000))]);
      }
    } finally {
      // Kept, not deleted: deleting a database leaves the whole of it for LevelDB to compact,
      // which would land on the next round's clock. The profile is thrown away after the run.
      await sender.stop();
    }
  },

  /**
   * The e2e bridge's own cost: n calls of a channel that does nothing (app:info), `concurrency`
   * at a time. In the app this crossing is Electron's IPC; here it is a Playwright binding.
   */
  async bridgeOnly(n: number, concurrency: number) {
    let next = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < n) {
          next++;
          await window.api['app:info'](undefined);
        }
      }),
    );
    return performance.now() - t0;
  },

  /** Seeds the shared origin's database for the heap measurement in the real app page. */
  async seedOnly(n: number) {
    await seed(n);
    return { n, count: await db.customers.count() };
  },
};

declare global {
  interface Window {
    benches: typeof benches;
  }
}
window.benches = benches;
document.getElementById('status')!.textContent = 'ready';
