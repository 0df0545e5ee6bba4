import type { Customer, Interaction } from '../../src-shared/customer/customer';
import { type DuplicateReason, createDuplicateFinder, mergeCustomers } from '../../src-shared/dedupe';
import { allowedDistance } from '../../src-shared/dedupe/fuzzyNameIndex';
import { applyBookChange } from './bookIndex';
import { db } from './db';
import { DataError } from './errors';

/** Name keys are compared with customers whose key starts the same way, at most this many. */
const NAME_PREFIX = 3;
const NAME_CANDIDATES_MAX = 5_000;

export interface DuplicateCandidateKeys {
  id?: string;
  emails: string[];
  domain: string;
  nameKey: string;
}

/**
 * Customers already in the book that the candidate may be, strongest reason first: a shared
 * email, the same company domain, the same or a near-identical name. Exact keys go through the
 * indexes; near-identical names are looked for among the names that start with the same three
 * characters (a slip in the first three is left to the import's whole-book check). The decision
 * itself is the dedupe module's, so the form and the import agree.
 */
export async function findDuplicatesOf(candidate: DuplicateCandidateKeys): Promise<{ customer: Customer; reasons: DuplicateReason[] }[]> {
  const emails = candidate.emails.map((e) => e.trim().toLowerCase()).filter(Boolean);
  const key = candidate.nameKey;
  const ids = await db.transaction('r', db.customers, async () => {
    const found = new Set<string>();
    if (emails.length > 0) for (const id of await db.customers.where('emails').anyOf(emails).primaryKeys()) found.add(id);
    if (candidate.domain) for (const id of await db.customers.where('domain').equals(candidate.domain).primaryKeys()) found.add(id);
    if (key) {
      if (allowedDistance(key.length) === 0 || key.length < NAME_PREFIX) {
        for (const id of await db.customers.where('nameKey').equals(key).primaryKeys()) found.add(id);
      } else {
        await db.customers
          .where('nameKey')
          .startsWith(key.slice(0, NAME_PREFIX))
          .limit(NAME_CANDIDATES_MAX)
          .eachKey((_nameKey, cursor) => void found.add(cursor.primaryKey as string));
      }
    }
    if (candidate.id) found.delete(candidate.id);
    return [...found];
  });
  if (ids.length === 0) return [];
  const customers = (await db.customers.bulkGet(ids)).filter((c): c is Customer => c !== undefined);
  const byId = new Map(customers.map((c) => [c.id, c]));
  const finder = createDuplicateFinder(customers);
  return finder
    .find({ emails, domain: candidate.domain, nameKey: key, ...(candidate.id ? { id: candidate.id } : {}) })
    .flatMap((match) => {
      const customer = byId.get(match.id);
      return customer ? [{ customer, reasons: match.reasons }] : [];
    });
}

/**
 * Merges `other` into `keep`: every contact, note and interaction of both stays on `keep`, a
 * 'merge' entry on its timeline records it (its text is the merged company's name; the UI words
 * it), and `other` is gone. One transaction.
 */
export async function mergeCustomerRecords(keepId: string, otherId: string, now = Date.now()): Promise<Customer> {
  if (keepId === otherId) throw new DataError('mergeSameCustomer', 'A customer cannot be merged into itself', { id: keepId });
  const merged = await db.transaction('rw', [db.customers, db.interactions, db.inquiries, db.outbox], async () => {
    const [keep, other] = await db.customers.bulkGet([keepId, otherId]);
    if (!keep) throw new DataError('notFound', `No customer ${keepId}`, { id: keepId });
    if (!other) throw new DataError('notFound', `No customer ${otherId}`, { id: otherId });
    const result = mergeCustomers(keep, other, now);
    await db.interactions.where('customerId').equals(otherId).modify({ customerId: keepId });
    // Their inquiries and letters (queued or sent) now belong to the customer that stays.
    await db.inquiries.where('customerId').equals(otherId).modify({ customerId: keepId });
    await db.outbox.where('customerId').equals(otherId).modify({ customerId: keepId });
    const entry: Interaction = { id: crypto.randomUUID(), customerId: keepId, kind: 'merge', at: now, text: other.company };
    await db.interactions.add(entry);
    await db.customers.delete(otherId);
    await db.customers.put(result);
    return result;
  });
  applyBookChange({ upserted: [merged], removed: [otherId] });
  return merged;
}
