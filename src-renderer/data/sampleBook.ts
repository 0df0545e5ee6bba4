import type { Customer, Interaction } from '../../src-shared/customer/customer';
import { generateSampleBook } from '../../src-shared/sample';
import { applyBookChange } from './bookIndex';
import { customerRecord } from './customerRecord';
import { db } from './db';

/**
 * Loads the fictional sample book (about 300 customers with their timelines), dated around today
 * so that follow-ups look current. Any earlier sample book is replaced, in the same transaction.
 * Returns the number of sample customers.
 */
export async function loadSampleBook(now = Date.now()): Promise<number> {
  const book = generateSampleBook(1, { baseDate: now });
  const customers: Customer[] = book.customers.map((input) => customerRecord({ ...input, sample: 1 }, { createdAt: now, updatedAt: now }));
  const interactions: Interaction[] = book.interactions.map((entry) => ({
    id: crypto.randomUUID(),
    customerId: customers[entry.customerIndex]!.id,
    kind: entry.kind,
    at: entry.at,
    text: entry.text,
  }));
  const replaced = await db.transaction('rw', db.customers, db.interactions, async () => {
    const old = await removeSampleRows();
    await db.customers.bulkAdd(customers);
    await db.interactions.bulkAdd(interactions);
    return old;
  });
  applyBookChange({ removed: replaced, upserted: customers });
  return customers.length;
}

/** Removes every sample customer and its timeline; real customers are untouched. */
export async function removeSampleBook(): Promise<number> {
  const removed = await db.transaction('rw', db.customers, db.interactions, removeSampleRows);
  applyBookChange({ removed });
  return removed.length;
}

export function countSampleCustomers(): Promise<number> {
  return db.customers.where('sample').equals(1).count();
}

/** Inside a rw transaction: deletes the sample rows and their interactions; returns their ids. */
async function removeSampleRows(): Promise<string[]> {
  const ids = await db.customers.where('sample').equals(1).primaryKeys();
  await db.interactions.where('customerId').anyOf(ids).delete();
  await db.customers.bulkDelete(ids);
  return ids;
}
