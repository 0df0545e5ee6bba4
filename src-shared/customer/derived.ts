import type { Customer, CustomerInput } from './customer';
import { FREE_MAIL_DOMAINS } from './vocabulary';

// Legal-form words that say nothing about which company it is ("Acme Ltd" = "ACME Limited").
const LEGAL_FORMS = new Set([
  'ltd', 'limited', 'llc', 'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'gmbh', 'ag', 'kg',
  'sa', 'sas', 'sarl', 'srl', 'spa', 'sl', 'bv', 'nv', 'plc', 'pty', 'pvt', 'private', 'oy', 'ab', 'as', 'aps',
  'ooo', 'zao', 'oao', 'pte', 'bhd', 'sdn', 'tbk', 'jsc', 'llp', 'lp', 'cv', 'de', 'and', 'the', 'ltda', 'eireli',
  'me', 'epp', 'fze', 'fzco', 'fzc', 'wll', 'trading', 'group',
]);
// The first and last letters of the legal forms: most words fail this before a Set lookup.
const LEGAL_FORM_ENDS = new Uint8Array(128 * 128);
for (const form of LEGAL_FORMS) LEGAL_FORM_ENDS[form.charCodeAt(0) * 128 + form.charCodeAt(form.length - 1)] = 1;
const CJK_LEGAL_FORMS = /(有限责任公司|股份有限公司|有限公司|集团|公司)$/u;

/**
 * "ACME Trading Co., Ltd." and "Acme Ltd" both become "acme": near-identical names meet.
 *
 * The definition is the general path at the end (unicodeNameKey): NFKD, drop combining marks,
 * lower-case, drop a Chinese legal form at the end, split on what is neither letter nor digit,
 * drop legal-form words. Most names consist of characters that NFKD leaves alone, that are not
 * marks and that lower-case to one character without context (ASCII, Chinese, most Cyrillic…):
 * for them the same result comes from one pass over the characters, without NFKD and the
 * Unicode regular expressions, several times faster.
 */
export function normaliseCompanyName(name: string): string {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0x80 && kindOf(c) === COMPLEX) return unicodeNameKey(name);
  }
  let text = name.toLowerCase();
  const cjkForm = CJK_LEGAL_FORMS.exec(text);
  if (cjkForm) text = text.slice(0, cjkForm.index);
  let all = '';
  let kept = '';
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    const letterOrDigit = c < 0x80 ? (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) : kindOf(c) === WORD;
    if (letterOrDigit) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const word = text.slice(start, i);
      all += word;
      const first = text.charCodeAt(start);
      const last = text.charCodeAt(i - 1);
      // Legal forms are ASCII words; most words fail the test of their first and last letters.
      if (first >= 0x80 || last >= 0x80 || LEGAL_FORM_ENDS[first * 128 + last] === 0 || !LEGAL_FORMS.has(word)) kept += word;
      start = -1;
    }
  }
  return kept || all;
}

// What a non-ASCII UTF-16 unit is, for the one-pass path: worked out once per character.
const UNKNOWN = 0;
/** A letter or digit, NFKD-stable, lower-casing to one NFKD-stable character. */
const WORD = 1;
/** Neither letter, digit nor mark, and NFKD-stable: a separator. */
const SEPARATOR = 2;
/** Anything else (decomposes, is a mark, a surrogate, lower-cases by context…): the general path. */
const COMPLEX = 3;
const kinds = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;

function kindOf(code: number): number {
  let kind = kinds[code] ?? COMPLEX;
  if (kind === UNKNOWN) {
    kind = classify(code);
    kinds[code] = kind;
  }
  return kind;
}

function classify(code: number): number {
  // Surrogates pair into characters the test below cannot see one unit at a time; Σ lower-cases
  // to σ or ς depending on its place in the word.
  if ((code >= 0xd800 && code <= 0xdfff) || code === 0x3a3) return COMPLEX;
  const ch = String.fromCharCode(code);
  const lower = ch.toLowerCase();
  if (ch.normalize('NFKD') !== ch || MARK.test(ch) || lower.length !== 1) return COMPLEX;
  if (lower !== ch && (lower.normalize('NFKD') !== lower || MARK.test(lower))) return COMPLEX;
  return LETTER_OR_DIGIT.test(ch) ? WORD : SEPARATOR;
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/u;
const MARKS = /\p{M}/gu;

function unicodeNameKey(name: string): string {
  const folded = name.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(CJK_LEGAL_FORMS, '');
  let all = '';
  let kept = '';
  for (const word of folded.split(NOT_LETTER_OR_DIGIT)) {
    if (!word) continue;
    all += word;
    if (!LEGAL_FORMS.has(word)) kept += word;
  }
  return kept || all;
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
