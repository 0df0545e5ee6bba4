import type { Customer } from '../customer/customer';
import { domainOf, isFreeMailDomain, normaliseCompanyName } from '../customer/derived';
import type { KnownCustomerMatch } from './types';

/**
 * Recognising a customer already in the book: by an address we have, by the company's own
 * domain (never a free-mail one: two gmail users are not one company), or by the company name
 * in the same normalised form the duplicate finder uses ("ACME Trading Co., Ltd." = "Acme Ltd").
 */

export type KnownCustomerRow = Pick<Customer, 'id' | 'company' | 'emails' | 'domain' | 'nameKey' | 'level'>;

export interface KnownCustomerIndex {
  byEmail: Map<string, KnownCustomerRow>;
  byDomain: Map<string, KnownCustomerRow>;
  byName: Map<string, KnownCustomerRow>;
}

/** Names shorter than this normalise to too little to tell companies apart ("AB Co." → "ab"). */
const MIN_NAME_KEY = 4;

export function buildKnownCustomerIndex(customers: readonly KnownCustomerRow[]): KnownCustomerIndex {
  const index: KnownCustomerIndex = { byEmail: new Map(), byDomain: new Map(), byName: new Map() };
  for (const c of customers) {
    for (const email of c.emails) {
      const e = email.trim().toLowerCase();
      if (e && !index.byEmail.has(e)) index.byEmail.set(e, c);
    }
    const domain = c.domain.trim().toLowerCase();
    if (domain && !isFreeMailDomain(domain) && !index.byDomain.has(domain)) index.byDomain.set(domain, c);
    const key = c.nameKey || normaliseCompanyName(c.company);
    if (key.length >= MIN_NAME_KEY && !index.byName.has(key)) index.byName.set(key, c);
  }
  return index;
}

export function findKnownCustomer(
  index: KnownCustomerIndex,
  query: { emails?: readonly string[]; domain?: string; company?: string },
): KnownCustomerMatch | undefined {
  const hit = (c: KnownCustomerRow, by: KnownCustomerMatch['by'], evidence: string): KnownCustomerMatch => ({
    id: c.id,
    company: c.company,
    level: c.level,
    by,
    evidence,
  });
  const emails = (query.emails ?? []).map((e) => e.trim().toLowerCase()).filter(Boolean);
  for (const email of emails) {
    const c = index.byEmail.get(email);
    if (c) return hit(c, 'email', email);
  }
  const domains = [query.domain ?? '', ...emails.map(domainOf)].map((d) => d.trim().toLowerCase());
  for (const domain of domains) {
    if (!domain || isFreeMailDomain(domain)) continue;
    const c = index.byDomain.get(domain);
    if (c) return hit(c, 'domain', domain);
  }
  if (query.company) {
    const key = normaliseCompanyName(query.company);
    const c = key.length >= MIN_NAME_KEY ? index.byName.get(key) : undefined;
    if (c) return hit(c, 'name', query.company);
  }
  return undefined;
}
