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

type Refs = number | number[];

const REASON_ORDER: readonly DuplicateReason[] = ['email', 'domain', 'name'];
const EMAIL = 1;
const DOMAIN = 2;
const NAME = 4;

/**
 * An in-memory index of the book's duplicate keys: maps from email, company domain and name key to
 * customers, so each lookup costs the same with 100 or 100,000 customers. Free-mail domains never
 * count (gmail.com says nothing about the company). Near-identical names: see FuzzyNameIndex.
 */
export function createDuplicateFinder(existing: Iterable<DuplicateKeys>): DuplicateFinder {
  const ids: string[] = [];
  const nameKeys: string[] = [];
  // Key → ref, or refs when several customers share the key (most keys have one: no array for them).
  const byEmail = new Map<string, Refs>();
  const byDomain = new Map<string, Refs>();
  const byName = new Map<string, Refs>();
  const fuzzy = new FuzzyNameIndex(Array.isArray(existing) ? existing.length : 0);

  const index = (map: Map<string, Refs>, key: string, ref: number) => {
    const refs = map.get(key);
    if (refs === undefined) map.set(key, ref);
    else if (typeof refs === 'number') {
      if (refs !== ref) map.set(key, [refs, ref]);
    } else if (refs[refs.length - 1] !== ref) refs.push(ref);
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

  // Per-find state, reused: the refs noted so far and their reasons (bits in REASON_ORDER order).
  let stamps = new Int32Array(1024);
  let reasonBits = new Uint8Array(1024);
  let findNumber = 0;
  const noted: number[] = [];
  let candidateId: string | undefined;
  let candidateKey = '';
  let distance: 0 | 1 | 2 = 0;

  const note = (ref: number, reason: number) => {
    const id = ids[ref];
    if (id === undefined || id === candidateId) return;
    if (stamps[ref] !== findNumber) {
      stamps[ref] = findNumber;
      reasonBits[ref] = 0;
      noted.push(ref);
    }
    reasonBits[ref] = (reasonBits[ref] ?? 0) | reason;
  };
  const noteAll = (refs: Refs | undefined, reason: number) => {
    if (refs === undefined) return;
    if (typeof refs === 'number') note(refs, reason);
    else for (const ref of refs) note(ref, reason);
  };
  const noteNearName = (ref: number) => {
    const other = nameKeys[ref];
    if (other !== undefined && other !== candidateKey && editDistanceWithin(candidateKey, other, distance) <= distance) {
      note(ref, NAME);
    }
  };

  const find = (candidate: DuplicateCandidate): DuplicateMatch[] => {
    if (stamps.length < ids.length) {
      stamps = grown(stamps, new Int32Array(ids.length * 2));
      reasonBits = grown(reasonBits, new Uint8Array(ids.length * 2));
    }
    findNumber++;
    noted.length = 0;
    candidateId = candidate.id;

    for (const email of candidate.emails) noteAll(byEmail.get(email.toLowerCase()), EMAIL);
    if (candidate.domain && !isFreeMailDomain(candidate.domain)) noteAll(byDomain.get(candidate.domain), DOMAIN);
    const key = candidate.nameKey;
    if (key) {
      noteAll(byName.get(key), NAME);
      distance = allowedDistance(key.length);
      candidateKey = key;
      if (distance !== 0) fuzzy.candidates(key, distance, noteNearName);
    }
    return matchesOf(noted);
  };

  /** One match per id, in the order first noted (the same id may be stored under two refs). */
  const matchesOf = (refs: readonly number[]): DuplicateMatch[] => {
    if (refs.length === 0) return [];
    const byId = new Map<string, number>();
    for (const ref of refs) {
      const id = ids[ref] ?? '';
      byId.set(id, (byId.get(id) ?? 0) | (reasonBits[ref] ?? 0));
    }
    return [...byId].map(([id, bits]) => ({ id, reasons: REASON_ORDER.filter((_, i) => bits & (1 << i)) }));
  };

  for (const customer of existing) add(customer);
  return { find, add };
}

function grown<T extends Int32Array | Uint8Array>(array: T, bigger: T): T {
  bigger.set(array);
  return bigger;
}
