import type { Contact, Customer } from '../customer/customer';
import { isValidTimeZone, regionName, safeLocale } from './intlCache';
import { contactEmail } from './recipients';
import type { LetterData, SenderProfile } from './types';

/** The customer fields a letter reads (a stored Customer or an imported CustomerInput both fit). */
export type LetterCustomer = Pick<
  Customer,
  'company' | 'country' | 'city' | 'website' | 'level' | 'background' | 'stage' | 'products' | 'lastContactAt' | 'language' | 'timeZone'
>;
export type LetterContact = Pick<Contact, 'name' | 'title' | 'emails'>;

export interface LetterDataInput {
  customer: LetterCustomer;
  /** The person written to; null gives an anonymous salutation (and the review flags no email). */
  contact: LetterContact | null;
  profile: SenderProfile;
  /**
   * Batch-wide values from the composer, nested ({quote: {number}}) or by dotted key
   * ("quote.number"). Expanded once per object and shared, frozen, by the batch's letters: pass a
   * new object when a value changes (as React state does), do not mutate it.
   */
  extra?: Record<string, unknown>;
  /** When the letter goes, epoch ms; default now. */
  sendAt?: number;
  /** The variant language picked (pickVariant); default the customer's language. */
  language?: string;
  /** ISO 4217 code for `{{money}}` given a plain number; default USD. */
  currency?: string;
}

const CJK = /^[\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
/** Whitespace that collapsing would change: two in a row, or any but a plain space. */
const EXTRA_SPACE = /\s\s|[^\S ]/;

/** First and last name. East Asian names without a space put the family name first (王伟 → 王 + 伟). */
export function splitName(name: string): { firstName: string; lastName: string } {
  const trimmed = name.trim();
  // Most names have single spaces only: skip building a collapsed copy for them.
  const n = EXTRA_SPACE.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
  if (!n) return { firstName: '', lastName: '' };
  const space = n.indexOf(' ');
  if (space > 0) return { firstName: n.slice(0, space), lastName: n.slice(space + 1) };
  if (CJK.test(n) && n.length >= 2) {
    const chars = Array.from(n);
    return { firstName: chars.slice(1).join(''), lastName: chars[0] ?? '' };
  }
  return { firstName: n, lastName: '' };
}

/**
 * The locale the helpers format with: the letter's language in the customer's country (es + MX
 * → es-MX), or the customer's own regional tag when it is the same language (pt-BR for pt).
 */
export function letterLocale(language: string, customerLanguage: string, country: string): string {
  const key = `${language}|${customerLanguage}|${country}`;
  let locale = locales.get(key);
  if (locale === undefined) {
    locale = computeLocale(language, customerLanguage, country);
    if (locales.size > 1000) locales.clear();
    locales.set(key, locale);
  }
  return locale;
}

/** Locales by language, customer language and country: a batch has only a few combinations. */
const locales = new Map<string, string>();

function computeLocale(language: string, customerLanguage: string, country: string): string {
  const base = (language.split('-')[0] ?? 'en').toLowerCase();
  const own = customerLanguage.replace(/_/g, '-');
  if (own.includes('-') && own.split('-')[0]?.toLowerCase() === base) return safeLocale(own);
  if (language.includes('-')) return safeLocale(language);
  if (/^[A-Z]{2}$/i.test(country)) {
    const tag = safeLocale(`${base}-${country.toUpperCase()}`);
    if (tag !== 'en' || base === 'en') return tag;
  }
  return safeLocale(base);
}

/**
 * The composer passes one `extra` object for a whole batch: it is expanded once and the (frozen)
 * result shared by every letter of the batch.
 */
const expandedExtras = new WeakMap<object, Record<string, unknown>>();

function sharedExtra(extra: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!extra) return {};
  let expanded = expandedExtras.get(extra);
  if (!expanded) {
    expanded = deepFreeze(expandExtra(extra));
    expandedExtras.set(extra, expanded);
  }
  return expanded;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** {"quote.number": "Q1"} → {quote: {number: "Q1"}}; nested objects are kept as they are (copied). */
export function expandExtra(extra: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!extra) return out;
  for (const [key, value] of Object.entries(extra)) {
    const parts = key.split('.');
    if (parts.some((p) => !p || p === '__proto__' || p === 'constructor' || p === 'prototype')) continue;
    let target = out;
    for (const part of parts.slice(0, -1)) {
      const next = target[part];
      if (typeof next === 'object' && next !== null && !Array.isArray(next)) target = next as Record<string, unknown>;
      else target = target[part] = {};
    }
    const last = parts[parts.length - 1] as string;
    const existing = target[last];
    target[last] = isPlainObject(existing) && isPlainObject(value) ? { ...existing, ...(copy(value) as Record<string, unknown>) } : copy(value);
  }
  return out;
}

/** A copy of plain objects and arrays (the shared result is frozen; the caller's objects must not be). */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)]));
  return value;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** The sender's part of every letter of a batch: built once per profile object, frozen and shared. */
const senders = new WeakMap<SenderProfile, Pick<LetterData, 'salesperson' | 'company'>>();

function sender(profile: SenderProfile): Pick<LetterData, 'salesperson' | 'company'> {
  let part = senders.get(profile);
  if (!part) {
    const sp = profile.salesperson ?? {};
    const co = profile.company ?? {};
    part = deepFreeze({
      salesperson: { name: text(sp.name), title: text(sp.title), email: text(sp.email), phone: text(sp.phone), whatsapp: text(sp.whatsapp) },
      company: { name: text(co.name), website: text(co.website), address: text(co.address), phone: text(co.phone) },
    });
    senders.set(profile, part);
  }
  return part;
}

/** Where a letter is written to: its locale, and the customer's country code and its name in that locale. */
interface Place {
  locale: string;
  country: string;
  countryName: string;
}

/**
 * Places by letter language, customer language and raw country field. A batch of ten thousand
 * letters has a few dozen combinations; nested maps avoid building a key string per letter.
 */
const places = new Map<string, Map<string, Map<string, Place>>>();
let placeCount = 0;

function placeOf(language: string, customerLanguage: string, rawCountry: string): Place {
  let byCustomerLanguage = places.get(language);
  if (!byCustomerLanguage) places.set(language, (byCustomerLanguage = new Map()));
  let byCountry = byCustomerLanguage.get(customerLanguage);
  if (!byCountry) byCustomerLanguage.set(customerLanguage, (byCountry = new Map()));
  let place = byCountry.get(rawCountry);
  if (!place) {
    if (placeCount >= 1000) {
      // The bound only guards against abuse (a book of made-up codes): start again.
      places.clear();
      placeCount = 0;
      return placeOf(language, customerLanguage, rawCountry);
    }
    const locale = letterLocale(language, customerLanguage, rawCountry);
    const country = text(rawCountry).toUpperCase();
    place = Object.freeze({ locale, country, countryName: country ? (regionName(locale, country) ?? country) : '' });
    byCountry.set(rawCountry, place);
    placeCount++;
  }
  return place;
}

const CURRENCY = /^[A-Za-z]{3}$/;

/**
 * Everything one recipient's letter is rendered from. Runs once per recipient in batches of
 * thousands (it is on the letters-render benchmark's path): what is the same for the whole batch
 * (sender, extra) or for many recipients (locale, country name) is looked up, not rebuilt, and
 * the rest is built in one go, without intermediate arrays or spreads.
 */
export function buildLetterData(input: LetterDataInput): LetterData {
  const { customer, contact, profile } = input;
  const language = input.language || customer.language || 'en';
  const place = placeOf(language, customer.language || language, customer.country);
  const name = text(contact?.name);
  const { firstName, lastName } = splitName(name);
  const currency = input.currency !== undefined && CURRENCY.test(input.currency) ? input.currency.toUpperCase() : 'USD';
  // The customer's product names (non-empty strings), and the same names as product objects.
  const products: string[] = [];
  const productObjects: LetterData['products'] = [];
  if (Array.isArray(customer.products)) {
    for (const p of customer.products) {
      if (typeof p !== 'string') continue;
      const trimmed = p.trim();
      if (!trimmed) continue;
      products.push(p);
      productObjects.push({ name: trimmed });
    }
  }
  const from = sender(profile);
  return {
    letter: {
      locale: place.locale,
      language,
      timeZone: isValidTimeZone(customer.timeZone) ? customer.timeZone : 'UTC',
      currency,
      sendAt: typeof input.sendAt === 'number' && Number.isFinite(input.sendAt) ? input.sendAt : Date.now(),
    },
    customer: {
      company: text(customer.company),
      country: place.country,
      countryName: place.countryName,
      city: text(customer.city),
      website: text(customer.website),
      level: text(customer.level),
      background: text(customer.background),
      stage: text(customer.stage),
      products,
      lastContactAt: typeof customer.lastContactAt === 'number' ? customer.lastContactAt : null,
    },
    contact: {
      name,
      firstName,
      lastName,
      title: text(contact?.title),
      email: contact ? (contactEmail(contact) ?? '') : '',
    },
    salesperson: from.salesperson,
    company: from.company,
    products: productObjects,
    extra: sharedExtra(input.extra),
  };
}
