import type { Customer, CustomerInput, Interaction } from '../../src-shared/customer/customer';
import type { Source } from '../../src-shared/customer/vocabulary';
import { mergeCustomers } from '../../src-shared/dedupe';
import { applyBookChange } from './bookIndex';
import { customerRecord } from './customerRecord';
import { db } from './db';
import { DataError, isDataError } from './errors';

/** Rows per bulkAdd: large enough for IndexedDB to batch, small enough to report progress. */
const IMPORT_CHUNK = 2_000;

export interface ImportOptions {
  /** Where every added customer came from (the import dialog's choice); overrides the rows'. */
  source?: Source;
  /** Shown on the 'import' timeline entry of each merged customer (e.g. the file name). */
  label?: string;
}

/**
 * Adds the new rows and merges the others into the customers they duplicate, all or nothing: every
 * row is checked and turned into a record first, then everything is written in ONE transaction,
 * so any failure (a bad row, a clash, a quota error) leaves the book exactly as it was.
 * `onProgress(done, total)` is called between chunks. Merged customers get an 'import' entry on
 * their timeline; added ones do not (a 100,000-row import would double the writes).
 */
export async function importCustomers(
  rows: readonly CustomerInput[],
  merges: readonly { input: CustomerInput; targetId: string }[],
  onProgress?: (done: number, total: number) => void,
  options: ImportOptions = {},
  now = Date.now(),
): Promise<{ added: number; merged: number }> {
  const total = rows.length + merges.length;
  const times = { createdAt: now, updatedAt: now };
  const added = rows.map((row, i) => asRecord({ ...row, ...(options.source ? { source: options.source } : {}) }, times, i));
  const incoming = merges.map((m, i) => asRecord(m.input, times, rows.length + i));
  onProgress?.(0, total);

  const mergedCustomers = await wrapFailure(() =>
    db.transaction('rw', db.customers, db.interactions, async () => {
      for (let i = 0; i < added.length; i += IMPORT_CHUNK) {
        await db.customers.bulkAdd(added.slice(i, i + IMPORT_CHUNK));
        onProgress?.(Math.min(i + IMPORT_CHUNK, added.length), total);
      }
      const results: Customer[] = [];
      const entries: Interaction[] = [];
      for (let i = 0; i < incoming.length; i += IMPORT_CHUNK) {
        const targets = await db.customers.bulkGet(merges.slice(i, i + IMPORT_CHUNK).map((m) => m.targetId));
        targets.forEach((target, k) => {
          const merge = merges[i + k]!;
          if (!target) throw new DataError('importFailed', `No customer ${merge.targetId} to merge into`, { reason: 'NotFound' });
          // Several rows may merge into one customer: each merges into the result of the last.
          const base = results.find((r) => r.id === target.id) ?? target;
          const result = mergeCustomers(base, incoming[i + k]!, now);
          const at = results.indexOf(base);
          if (at >= 0) results[at] = result;
          else results.push(result);
          entries.push({ id: crypto.randomUUID(), customerId: target.id, kind: 'import', at: now, text: options.label ?? '' });
        });
        onProgress?.(added.length + Math.min(i + IMPORT_CHUNK, incoming.length), total);
      }
      await db.customers.bulkPut(results);
      await db.interactions.bulkAdd(entries);
      return results;
    }),
  );
  applyBookChange({ upserted: [...added, ...mergedCustomers] });
  return { added: added.length, merged: merges.length };
}

function asRecord(input: CustomerInput, times: { createdAt: number; updatedAt: number }, index: number): Customer {
  try {
    return customerRecord(input, times, input.id ?? crypto.randomUUID(), { row: index + 1 });
  } catch (error) {
    if (isDataError(error)) throw new DataError('importRowInvalid', error.message, { ...error.params, row: index + 1 });
    throw error;
  }
}

/** Any failure inside the transaction becomes an 'importFailed' DataError (the book is unchanged). */
async function wrapFailure<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isDataError(error)) throw error;
    const name = (error as { name?: string }).name ?? 'Error';
    const inner = (error as { failures?: { name?: string }[] }).failures?.[0]?.name;
    const reason = inner ?? name;
    throw new DataError('importFailed', `Import failed: ${reason}`, { reason });
  }
}
