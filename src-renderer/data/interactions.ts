import type { Interaction } from '../../src-shared/customer/customer';
import { LIMITS } from '../../src-shared/customer/customer';
import { applyBookChange } from './bookIndex';
import { db } from './db';
import { DataError } from './errors';
import { sentLetterEntries } from './letters/outbox';

const KINDS: ReadonlySet<Interaction['kind']> = new Set(['note', 'call', 'merge', 'import', 'letter', 'quote', 'inquiry']);
/** The kinds that are a contact with the customer, and so move "last contact". */
const CONTACT_KINDS: ReadonlySet<Interaction['kind']> = new Set(['note', 'call', 'letter']);

/**
 * Adds an entry to a customer's timeline. A note or call later than the customer's last contact
 * becomes the new last contact, in the same transaction.
 */
export async function addInteraction(entry: { customerId: string; kind: Interaction['kind']; text: string; at?: number }): Promise<Interaction> {
  if (!KINDS.has(entry.kind)) throw new DataError('invalidInteraction', `Unknown kind ${entry.kind}`, { field: 'kind' });
  if (entry.text.length > LIMITS.notes) throw new DataError('invalidInteraction', 'Text too long', { field: 'text', max: LIMITS.notes });
  const interaction: Interaction = {
    id: crypto.randomUUID(),
    customerId: entry.customerId,
    kind: entry.kind,
    at: entry.at ?? Date.now(),
    text: entry.text,
  };
  const updated = await db.transaction('rw', db.customers, db.interactions, async () => {
    const customer = await db.customers.get(entry.customerId);
    if (!customer) throw new DataError('notFound', `No customer ${entry.customerId}`, { id: entry.customerId });
    await db.interactions.add(interaction);
    if (!CONTACT_KINDS.has(interaction.kind) || (customer.lastContactAt !== null && customer.lastContactAt >= interaction.at)) return null;
    const next = { ...customer, lastContactAt: interaction.at, updatedAt: Date.now() };
    await db.customers.put(next);
    return next;
  });
  if (updated) applyBookChange({ upserted: [updated] });
  return interaction;
}

/**
 * A customer's timeline, newest first: the entries written here (notes, calls, merges, imports,
 * inquiries) and the letters sent to them, which the outbox keeps (see sentLetterEntries).
 */
export async function readTimeline(customerId: string): Promise<Interaction[]> {
  const [entries, letters] = await Promise.all([
    db.interactions.where('[customerId+at]').between([customerId, -Infinity], [customerId, Infinity]).toArray(),
    sentLetterEntries(db, customerId),
  ]);
  return [...entries, ...letters].sort((a, b) => b.at - a.at);
}

/**
 * Removes a timeline entry. When it was the note or call that set the customer's last contact,
 * last contact falls back to the latest remaining contact: a note, a call or a sent letter (kept
 * as it was if none remains: it may have come from an import rather than the timeline).
 */
export async function deleteInteraction(id: string): Promise<void> {
  const updated = await db.transaction('rw', db.customers, db.interactions, db.outbox, async () => {
    const entry = await db.interactions.get(id);
    if (!entry) return null;
    await db.interactions.delete(id);
    const customer = await db.customers.get(entry.customerId);
    if (!customer || !CONTACT_KINDS.has(entry.kind) || customer.lastContactAt !== entry.at) return null;
    const [lastEntry, letters] = await Promise.all([
      db.interactions
        .where('[customerId+at]')
        .between([entry.customerId, -Infinity], [entry.customerId, Infinity])
        .filter((i) => CONTACT_KINDS.has(i.kind))
        .last(),
      sentLetterEntries(db, entry.customerId),
    ]);
    const remaining = Math.max(lastEntry?.at ?? -Infinity, ...letters.map((l) => l.at));
    if (remaining === -Infinity) return null;
    const next = { ...customer, lastContactAt: remaining, updatedAt: Date.now() };
    await db.customers.put(next);
    return next;
  });
  if (updated) applyBookChange({ upserted: [updated] });
}
