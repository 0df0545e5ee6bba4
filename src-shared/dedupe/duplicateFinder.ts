import type { Customer } from '../customer/customer';
import { isFreeMailDomain, normaliseCompanyName } from '../customer/derived';
import { editDistanceWithin } from './editDistance';
import { allowedDistance, FuzzyNameIndex } from './fuzzyNameIndex';

/** Why two customers look like one: a shared email, the same company domain, a near-identical name. */
export type DuplicateReason = 'email' | 'domain' | 'name';

export type DuplicateKeys = Pick<Customer, 'id' | 'emails' | 'domain' | 'nameKey' | 'company'>;

export interface DuplicateCandidate {
  emails: string[];
  domain: string;
  nameKey: string;
  /** The candidate's own id, when it is already in the book: it is never its own duplicate. */
  id?: string;
}

export interface DuplicateMatch {
  id: string;
  reasons: DuplicateReason[];
}

export interface DuplicateFinder {
  /** The known customers this candidate may be, strongest reason first. */
  find(candidate: DuplicateCandidate): DuplicateMatch[];
  /** Makes a customer known, e.g. a row just accepted, so later rows are checked against it. */
  add(customer: DuplicateKeys): void;
}

const REASON_ORDER: readonly DuplicateReason[] = ['email', 'domain', 'name'];

/**
 * An in-memory index of the book's duplicate keys: maps from email, company domain and name key to
 * customers, so each lookup costs the same with 100 or 100,000 customers. Free-mail domains never
 * count (gmail.com says nothing about the company). Near-identical names: see FuzzyNameIndex.
 */
export function createDuplicateFinder(existing: Iterable<DuplicateKeys>): DuplicateFinder {
  const ids: string[] = [];
  const nameKeys: string[] = [];
  const byEmail = new Map<string, number[]>();
  const byDomain = new Map<string, number[]>();
  const byName = new Map<string, number[]>();
  const fuzzy = new FuzzyNameIndex();

  const index = (map: Map<string, number[]>, key: string, ref: number) => {
    const refs = map.get(key);
    if (!refs) map.set(key, [ref]);
    else if (refs[refs.length - 1] !== ref) refs.push(ref);
  };

  const add = (customer: DuplicateKeys) => {
    const ref = ids.length;
    const nameKey = customer.nameKey || normaliseCompanyName(customer.company);
    ids.push(customer.id);
    nameKeys.push(nameKey);
    for (const email of customer.emails) if (email) index(byEmail, email.toLowerCase(), ref);
    if (customer.domain && !isFreeMailDomain(customer.domain)) index(byDomain, customer.domain, ref);
    if (nameKey) {
      index(byName, nameKey, ref);
      fuzzy.add(nameKey, ref);
    }
  };

  const find = (candidate: DuplicateCandidate): DuplicateMatch[] => {
    const found = new Map<string, Set<DuplicateReason>>();
    const note = (ref: number, reason: DuplicateReason) => {
      const id = ids[ref];
      if (id === undefined || id === candidate.id) return;
      const reasons = found.get(id) ?? new Set<DuplicateReason>();
      reasons.add(reason);
      found.set(id, reasons);
    };

    for (const email of candidate.emails) for (const ref of byEmail.get(email.toLowerCase()) ?? []) note(ref, 'email');
    if (candidate.domain && !isFreeMailDomain(candidate.domain)) {
      for (const ref of byDomain.get(candidate.domain) ?? []) note(ref, 'domain');
    }
    const key = candidate.nameKey;
    if (key) {
      for (const ref of byName.get(key) ?? []) note(ref, 'name');
      const distance = allowedDistance(key.length);
      if (distance !== 0) {
        fuzzy.candidates(key, distance, (ref) => {
          const other = nameKeys[ref];
          if (other !== undefined && other !== key && editDistanceWithin(key, other, distance) <= distance) note(ref, 'name');
        });
      }
    }
    return [...found].map(([id, reasons]) => ({ id, reasons: REASON_ORDER.filter((r) => reasons.has(r)) }));
  };

  for (const customer of existing) add(customer);
  return { find, add };
}
