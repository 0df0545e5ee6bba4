import type { Contact, Customer } from '../customer/customer';
import { withDerivedFields } from '../customer/derived';

/**
 * Merges `other` into `keep`, losing nothing: every contact (two contacts with a shared email are
 * one person and become one contact), every tag and product, both notes. Where `keep` has a value
 * it stays; where it has none, `other`'s fills in. Interactions are re-pointed by the data layer.
 */
export function mergeCustomers(keep: Customer, other: Customer, now: number): Customer {
  const pick = (a: string, b: string) => (a.trim() ? a : b);
  const merged: Customer = {
    ...keep,
    company: pick(keep.company, other.company),
    website: pick(keep.website, other.website),
    country: pick(keep.country, other.country),
    city: pick(keep.city, other.city),
    language: pick(keep.language, other.language),
    timeZone: pick(keep.timeZone, other.timeZone),
    level: pick(keep.level, other.level),
    // "unknown" is the absence of a background, not a background.
    background: keep.background && keep.background !== 'unknown' ? keep.background : pick(other.background, keep.background),
    stage: pick(keep.stage, other.stage),
    source: keep.source || other.source,
    contacts: mergeContacts(keep.contacts, other.contacts),
    tags: unionIgnoringCase(keep.tags, other.tags),
    products: unionIgnoringCase(keep.products, other.products),
    notes: mergeNotes(keep.notes, other),
    createdAt: Math.min(keep.createdAt, other.createdAt),
    updatedAt: now,
    lastContactAt: latest(keep.lastContactAt, other.lastContactAt),
    nextFollowUpAt: earliest(keep.nextFollowUpAt, other.nextFollowUpAt),
  };
  // A real customer merged into a sample one must not vanish when the sample book is removed.
  if (!(keep.sample && other.sample)) delete merged.sample;
  return { ...merged, ...withDerivedFields(merged) };
}

function mergeContacts(keep: readonly Contact[], other: readonly Contact[]): Contact[] {
  const result = keep.map((c) => ({ ...c, emails: [...c.emails], phones: [...c.phones] }));
  for (const contact of other) {
    const emails = new Set(contact.emails.map((e) => e.toLowerCase()));
    const same = result.find((c) => c.emails.some((e) => emails.has(e.toLowerCase())));
    if (!same) {
      result.push({ ...contact, emails: [...contact.emails], phones: [...contact.phones] });
      continue;
    }
    same.name = same.name.trim() ? same.name : contact.name;
    same.title = same.title.trim() ? same.title : contact.title;
    same.whatsapp = same.whatsapp.trim() ? same.whatsapp : contact.whatsapp;
    same.emails = unionIgnoringCase(same.emails, contact.emails);
    same.phones = [...new Set([...same.phones, ...contact.phones])];
    // Either of them asked not to get development letters: the person did.
    if (same.unsubscribed || contact.unsubscribed) same.unsubscribed = true;
  }
  return result;
}

function mergeNotes(keepNotes: string, other: Customer): string {
  if (!other.notes.trim()) return keepNotes;
  if (!keepNotes.trim()) return other.notes;
  return `${keepNotes}\n\n--- ${other.company} ---\n${other.notes}`;
}

function unionIgnoringCase(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of [...a, ...b]) {
    const key = value.trim().toLowerCase();
    if (key && !seen.has(key)) {
      seen.add(key);
      out.push(value);
    }
  }
  return out;
}

const latest = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
const earliest = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));
