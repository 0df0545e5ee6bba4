import type { Customer, CustomerInput } from './customer';
import { FREE_MAIL_DOMAINS } from './vocabulary';

// Legal-form words that say nothing about which company it is ("Acme Ltd" = "ACME Limited").
const LEGAL_FORMS = new Set([
  'ltd', 'limited', 'llc', 'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'gmbh', 'ag', 'kg',
  'sa', 'sas', 'sarl', 'srl', 'spa', 'sl', 'bv', 'nv', 'plc', 'pty', 'pvt', 'private', 'oy', 'ab', 'as', 'aps',
  'ooo', 'zao', 'oao', 'pte', 'bhd', 'sdn', 'tbk', 'jsc', 'llp', 'lp', 'cv', 'de', 'and', 'the', 'ltda', 'eireli',
  'me', 'epp', 'fze', 'fzco', 'fzc', 'wll', 'trading', 'group',
]);
const CJK_LEGAL_FORMS = /(有限责任公司|股份有限公司|有限公司|集团|公司)$/u;

/** "ACME Trading Co., Ltd." and "Acme Ltd" both become "acme": near-identical names meet. */
export function normaliseCompanyName(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(CJK_LEGAL_FORMS, '');
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const kept = words.filter((w) => !LEGAL_FORMS.has(w));
  return (kept.length > 0 ? kept : words).join('');
}

/** The host of a website or the domain of an email address, lower case, without "www.". */
export function domainOf(addressOrUrl: string): string {
  const s = addressOrUrl.trim().toLowerCase();
  if (!s) return '';
  const at = s.lastIndexOf('@');
  const host = at >= 0 ? s.slice(at + 1) : s.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').split(/[/?#:]/)[0] ?? '';
  return host.replace(/^www\./, '').replace(/\.$/, '');
}

export function isFreeMailDomain(domain: string): boolean {
  return FREE_MAIL_DOMAINS.has(domain);
}

/** The company's own domain: the website's host first, else the first non-free-mail address. */
export function companyDomain(website: string, emails: readonly string[]): string {
  const fromSite = domainOf(website);
  if (fromSite && !isFreeMailDomain(fromSite)) return fromSite;
  for (const email of emails) {
    const d = domainOf(email);
    if (d && !isFreeMailDomain(d)) return d;
  }
  return '';
}

/** Recomputes the fields that indexes and duplicate checks rely on. */
export function withDerivedFields<T extends Pick<CustomerInput, 'company' | 'website' | 'contacts'>>(
  c: T,
): T & Pick<Customer, 'emails' | 'domain' | 'nameKey'> {
  const emails = [...new Set(c.contacts.flatMap((k) => k.emails.map((e) => e.trim().toLowerCase())).filter(Boolean))];
  return { ...c, emails, domain: companyDomain(c.website, emails), nameKey: normaliseCompanyName(c.company) };
}
