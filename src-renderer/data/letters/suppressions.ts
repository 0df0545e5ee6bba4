import { type TradewindDB, db } from '../db';
import type { Suppression } from './records';

/** Addresses are compared the way the customer form stores them: trimmed and lower-cased. */
export function addressKey(address: string): string {
  return address.trim().toLowerCase();
}

/** Never write to this address again (until removed). A second report only updates the details. */
export async function addSuppression(entry: { address: string; reason: Suppression['reason']; detail?: string; at?: number }): Promise<Suppression> {
  const suppression: Suppression = { address: addressKey(entry.address), reason: entry.reason, at: entry.at ?? Date.now(), detail: entry.detail ?? '' };
  await db.suppressions.put(suppression);
  return suppression;
}

/** The salesperson knows better (the mailbox was fixed): the address may be written to again. */
export async function removeSuppression(address: string): Promise<void> {
  await db.suppressions.delete(addressKey(address));
}

export async function isSuppressed(address: string): Promise<boolean> {
  return (await db.suppressions.get(addressKey(address))) !== undefined;
}

/** Every suppressed address, for the review's `bounced` check (src-shared `checkRecipient`). */
export async function getSuppressedSet(): Promise<Set<string>> {
  return new Set(await db.suppressions.toCollection().primaryKeys());
}

/** Inside a rw transaction that includes `suppressions`. */
export async function putSuppression(database: TradewindDB, suppression: Suppression): Promise<void> {
  await database.suppressions.put({ ...suppression, address: addressKey(suppression.address) });
}
