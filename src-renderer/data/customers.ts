import type { Customer, CustomerInput, Interaction } from '../../src-shared/customer/customer';
import { LIMITS } from '../../src-shared/customer/customer';
import { applyBookChange } from './bookIndex';
import { customerRecord, inputOf } from './customerRecord';
import { db } from './db';
import { DataError } from './errors';
import type { OutboxMessage } from './letters/records';
import { wakeSenders } from './letters/wake';

/** Rows per bulk read and write inside one transaction: keeps each IndexedDB request modest. */
const CHUNK = 2_000;
/** Letters that have not gone (see cancelMessage): cancelled with their customer. */
const CANCELLED_ON_DELETE: ReadonlySet<OutboxMessage['status']> = new Set(['queued', 'scheduled', 'failed', 'uncertain']);

/** Adds a customer. Throws DataError (nothing written) when the input is not valid. */
export async function createCustomer(input: CustomerInput, now = Date.now()): Promise<Customer> {
  const customer = customerRecord(input, { createdAt: now, updatedAt: now }, input.id ?? crypto.randomUUID());
  try {
    await db.customers.add(customer);
  } catch (error) {
    if ((error as { name?: string }).name === 'ConstraintError') {
      throw new DataError('customerExists', `Customer ${customer.id} already exists`, { id: customer.id });
    }
    throw error;
  }
  applyBookChange({ upserted: [customer] });
  return customer;
}

/** Applies the patch to the stored customer, with the same checks as `createCustomer`. */
export async function updateCustomer(id: string, patch: Partial<CustomerInput>, now = Date.now()): Promise<Customer> {
  const updated = await db.transaction('rw', db.customers, async () => {
    const current = await db.customers.get(id);
    if (!current) throw new DataError('notFound', `No customer ${id}`, { id });
    const { id: _ignored, ...changes } = patch;
    const customer = customerRecord({ ...inputOf(current), ...changes }, { createdAt: current.createdAt, updatedAt: now }, id);
    await db.customers.put(customer);
    return customer;
  });
  applyBookChange({ upserted: [updated] });
  return updated;
}

/**
 * Deletes the customers and their timelines together, and cancels their letters that have not
 * gone. `undo` puts all of it back exactly as it was (for the "Deleted. Undo" notice).
 */
export async function deleteCustomers(ids: readonly string[], now = Date.now()): Promise<{ count: number; cancelledLetters: number; undo(): Promise<void> }> {
  const tables = [db.customers, db.interactions, db.inquiries, db.outbox];
  const { customers, interactions, unlinked, letters } = await db.transaction('rw', tables, async () => {
    const removed: Customer[] = [];
    const timeline: Interaction[] = [];
    /** Inquiries that pointed at a deleted customer: kept, unlinked (Undo links them again). */
    const unlinked: Array<{ id: string; customerId: string }> = [];
    /** Their letters that had not gone, as they were before being cancelled (Undo puts them back). */
    const letters: OutboxMessage[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      const rows = (await db.customers.bulkGet([...chunk])).filter((c): c is Customer => c !== undefined);
      const present = rows.map((c) => c.id);
      const entries = await db.interactions.where('customerId').anyOf(present).toArray();
      await db.interactions.bulkDelete(entries.map((e) => e.id));
      const linked = await db.inquiries.where('customerId').anyOf(present).toArray();
      for (const inquiry of linked) if (inquiry.customerId) unlinked.push({ id: inquiry.id, customerId: inquiry.customerId });
      await db.inquiries.where('customerId').anyOf(present).modify({ customerId: null });
      // A deleted customer is written to no more: their queued, scheduled, failed and uncertain
      // letters are cancelled (sent ones stay, as the record of what went; one being sent is
      // left to its answer).
      const waiting = (await db.outbox.where('customerId').anyOf(present).toArray()).filter((m) => CANCELLED_ON_DELETE.has(m.status));
      await db.outbox.bulkPut(waiting.map((m) => ({ ...m, status: 'cancelled' as const, updatedAt: now })));
      await db.customers.bulkDelete(present);
      removed.push(...rows);
      timeline.push(...entries);
      letters.push(...waiting);
    }
    return { customers: removed, interactions: timeline, unlinked, letters };
  });
  applyBookChange({ removed: customers.map((c) => c.id) });
  return {
    count: customers.length,
    cancelledLetters: letters.length,
    async undo() {
      await db.transaction('rw', tables, async () => {
        for (let i = 0; i < customers.length; i += CHUNK) await db.customers.bulkPut(customers.slice(i, i + CHUNK));
        for (let i = 0; i < interactions.length; i += CHUNK) await db.interactions.bulkPut(interactions.slice(i, i + CHUNK));
        for (const { id, customerId } of unlinked) await db.inquiries.update(id, { customerId });
        // Back as they were, unless the salesperson has since done something else with one.
        const current = await db.outbox.bulkGet(letters.map((m) => m.id));
        await db.outbox.bulkPut(letters.filter((_, k) => current[k]?.status === 'cancelled'));
      });
      if (letters.length > 0) wakeSenders();
      applyBookChange({ upserted: customers });
    },
  };
}

export interface BulkChange {
  level?: string;
  stage?: string;
  addTags?: string[];
  removeTags?: string[];
}

/**
 * Sets level or stage and adds or removes tags on many customers, in one transaction (a failure
 * leaves every customer as it was). Returns how many customers actually changed.
 */
export async function bulkUpdateCustomers(ids: readonly string[], change: BulkChange, now = Date.now()): Promise<number> {
  const checked = checkBulkChange(change);
  const changed = await db.transaction('rw', db.customers, async () => {
    const written: Customer[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const rows = await db.customers.bulkGet(ids.slice(i, i + CHUNK));
      const next: Customer[] = [];
      for (const current of rows) {
        if (!current) continue;
        const updated = applyBulkChange(current, checked, now);
        if (updated) next.push(updated);
      }
      await db.customers.bulkPut(next);
      written.push(...next);
    }
    return written;
  });
  if (changed.length > 0) applyBookChange({ upserted: changed });
  return changed.length;
}

function checkBulkChange(change: BulkChange): Required<BulkChange> {
  const tags = (list: string[] | undefined, field: string) =>
    (list ?? []).map((t) => {
      const tag = t.trim();
      if (!tag || tag.length > 60) throw new DataError('invalidChange', `Bad tag "${t}"`, { field, value: t });
      return tag;
    });
  const text = (value: string | undefined, field: string, max: number) => {
    if (value === undefined) return '';
    const v = value.trim();
    if (!v || v.length > max) throw new DataError('invalidChange', `Bad ${field} "${value}"`, { field, value });
    return v;
  };
  return {
    level: text(change.level, 'level', 8),
    stage: text(change.stage, 'stage', 40),
    addTags: tags(change.addTags, 'addTags'),
    removeTags: tags(change.removeTags, 'removeTags'),
  };
}

/** The customer with the change applied, or null when nothing would change. */
function applyBulkChange(current: Customer, change: Required<BulkChange>, now: number): Customer | null {
  const removing = new Set(change.removeTags.map((t) => t.toLowerCase()));
  const tags = current.tags.filter((t) => !removing.has(t.toLowerCase()));
  const present = new Set(tags.map((t) => t.toLowerCase()));
  for (const tag of change.addTags) {
    if (!present.has(tag.toLowerCase())) {
      tags.push(tag);
      present.add(tag.toLowerCase());
    }
  }
  if (tags.length > LIMITS.tags) {
    throw new DataError('invalidChange', `Too many tags on ${current.company}`, { field: 'tags', max: LIMITS.tags, company: current.company });
  }
  const level = change.level || current.level;
  const stage = change.stage || current.stage;
  const sameTags = tags.length === current.tags.length && tags.every((t, i) => t === current.tags[i]);
  if (level === current.level && stage === current.stage && sameTags) return null;
  return { ...current, level, stage, tags, updatedAt: now };
}
