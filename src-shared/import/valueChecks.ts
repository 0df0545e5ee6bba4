import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { z } from 'zod';
import { countryCodeFromText } from '../customer/countries';
import { LIMITS } from '../customer/customer';
import { fastNormalisePhone } from './phoneFastPath';

/**
 * The checks of single values, shared by the import's row validation and the edit form's
 * validateCustomer, so that a value accepted in one is accepted in the other. Each returns the
 * value as it is stored (lower-case email, E.164 phone, canonical zone…) or null when invalid.
 *
 * Phones use libphonenumber-js's "min" metadata: measured on 100,000 numbers it validates as fast
 * as "max" (about 12 µs a number either way; parsing dominates, not the metadata), still checks
 * each country's number patterns and lengths, and is half the size in the renderer bundle. Numbers
 * written with digits, spaces, - . ( ) and a leading + (nearly all) take phoneFastPath.ts, which
 * answers as the library does from the same metadata, several times faster.
 */

/** Limits of list fields, as customerInputSchema enforces them. */
export const LIST_LIMITS = { emails: 20, phones: 20, tagLength: 60, productLength: LIMITS.shortText, products: 200 } as const;

/** The same pattern zod's z.email() uses, so the import never accepts what the schema refuses. */
const EMAIL_PATTERN = z.regexes.email;
const EMAIL_MAX_LENGTH = 254;

export function normaliseEmail(value: string): string | null {
  const trimmed = value.trim();
  // "mailto:" from a pasted link; checking the first letter spares most addresses the regex.
  const c = trimmed.charCodeAt(0);
  const email = (c === 0x6d || c === 0x4d ? trimmed.replace(/^mailto:/i, '') : trimmed).toLowerCase();
  return email.length <= EMAIL_MAX_LENGTH && EMAIL_PATTERN.test(email) ? email : null;
}

export type PhoneCache = Map<string, string | null>;

/**
 * A phone number valid for the customer's country (or valid internationally when written with
 * +/00), in E.164; an extension is kept after it. Pass a cache when checking many rows: a
 * company's switchboard number repeats.
 */
export function normalisePhone(value: string, country: string, cache?: PhoneCache): string | null {
  const defaultCountry = supportedCountry(country);
  // The fast path costs less than a cache lookup; only the library's answers are worth keeping.
  const fast = fastNormalisePhone(value, defaultCountry);
  if (fast !== undefined) return fast;
  const key = `${country}|${value}`;
  const cached = cache?.get(key);
  if (cached !== undefined) return cached;
  const result = normalisePhoneSlowly(value, defaultCountry);
  cache?.set(key, result);
  return result;
}

/** libphonenumber-js itself: for what the fast path does not decide (extensions, letters, full-width digits…). */
function normalisePhoneSlowly(value: string, defaultCountry: CountryCode | undefined): string | null {
  const parsed = parsePhoneNumberFromString(value, defaultCountry);
  return parsed?.isValid() ? (parsed.ext ? `${parsed.number} ext. ${parsed.ext}` : parsed.number) : null;
}

const supportedCountries = new Map<string, CountryCode | undefined>();

function supportedCountry(country: string): CountryCode | undefined {
  let code = supportedCountries.get(country);
  if (code === undefined && !supportedCountries.has(country)) {
    code = isSupportedCountry(country) ? (country as CountryCode) : undefined;
    if (supportedCountries.size < 1000) supportedCountries.set(country, code);
  }
  return code;
}

/**
 * WhatsApp numbers are international by nature and often written without the "+" (as in wa.me
 * links), so 8613800138000 is tried as +86 138… when it is not a valid number of the country.
 */
export function normaliseWhatsapp(value: string, country: string, cache?: PhoneCache): string | null {
  const asGiven = normalisePhone(value, country, cache);
  if (asGiven) return asGiven;
  const digits = value.replace(/[\s().-]/g, '');
  return /^[1-9]\d{7,14}$/.test(digits) ? normalisePhone(`+${digits}`, country, cache) : null;
}

/** The country an international number belongs to (+49… is DE), or null for a national number. */
export function countryFromPhone(value: string): string | null {
  const trimmed = value.trim();
  if (!/^(\+|00)/.test(trimmed)) return null;
  const parsed = parsePhoneNumberFromString(trimmed.replace(/^00/, '+'));
  return parsed?.isValid() ? (parsed.country ?? null) : null;
}

/** ISO code from a code or a name in one of the common languages (see countries.ts). */
export function normaliseCountry(text: string): string | null {
  return countryCodeFromText(text);
}

const zoneCache = new Map<string, string | null>();

/** The canonical IANA name ("asia/shanghai" → "Asia/Shanghai"), as Intl knows it. */
export function normaliseTimeZone(value: string): string | null {
  const zone = value.trim();
  if (!zone || zone.length > 64) return null;
  let result = zoneCache.get(zone);
  if (result !== undefined) return result;
  try {
    result = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    result = null;
  }
  if (zoneCache.size < 1000) zoneCache.set(zone, result);
  return result;
}

// Languages our customers write in, for reading names like "Spanish" or "西班牙语" back to a code.
const NAMED_LANGUAGES = [
  'en', 'es', 'pt', 'pt-BR', 'fr', 'de', 'ru', 'ar', 'zh-CN', 'zh-TW', 'it', 'tr', 'ja', 'ko', 'nl', 'pl', 'uk', 'vi',
  'th', 'id', 'ms', 'fa', 'he', 'hi', 'bn', 'ur', 'sw', 'el', 'cs', 'ro', 'hu', 'sv', 'da', 'fi', 'nb', 'sk', 'bg',
  'sr', 'hr', 'sl', 'lt', 'lv', 'et', 'ka', 'hy', 'az', 'kk', 'uz', 'mn', 'km', 'lo', 'my', 'ne', 'si', 'ta', 'am',
  'ha', 'yo', 'zu', 'af', 'fil',
];
const LANGUAGE_ALIASES: Record<string, string> = {
  chinese: 'zh-CN', mandarin: 'zh-CN', 中文: 'zh-CN', 汉语: 'zh-CN', 简体中文: 'zh-CN', 繁体中文: 'zh-TW',
  英文: 'en', 西语: 'es', 葡语: 'pt', 俄文: 'ru', 法文: 'fr', 德文: 'de', 阿语: 'ar', 日文: 'ja', 韩文: 'ko',
};
let languageNames: Map<string, string> | null = null;

function buildLanguageNames(): Map<string, string> {
  const index = new Map<string, string>();
  for (const code of NAMED_LANGUAGES) {
    for (const locale of ['en', 'zh-Hans', code]) {
      try {
        const name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code);
        if (name && !index.has(name.toLowerCase())) index.set(name.toLowerCase(), code);
      } catch {
        // A locale this runtime lacks: its own name for the language is simply not indexed.
      }
    }
  }
  for (const [alias, code] of Object.entries(LANGUAGE_ALIASES)) index.set(alias, code);
  return index;
}

const languageDisplay = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

const languageCache = new Map<string, string | null>();

/** A BCP 47 tag ("pt-br" → "pt-BR") for a real language, or a language's name in English/Chinese. */
export function normaliseLanguage(value: string): string | null {
  const text = value.trim();
  if (!text) return null;
  // A book has a handful of languages, and the Intl calls below cost microseconds each.
  let result = languageCache.get(text);
  if (result !== undefined) return result;
  result = languageOf(text);
  if (languageCache.size < 1000) languageCache.set(text, result);
  return result;
}

function languageOf(text: string): string | null {
  languageNames ??= buildLanguageNames();
  const named = languageNames.get(text.toLowerCase());
  if (named) return named;
  try {
    const [tag] = Intl.getCanonicalLocales(text.replace(/_/g, '-'));
    const primary = tag?.split('-')[0] ?? '';
    return tag && /^[a-z]{2,3}$/.test(primary) && languageDisplay.of(primary) ? tag : null;
  } catch {
    return null;
  }
}

/**
 * The level as the scale spells it: "a", "A级", "Level A" and "A类" are A on an A-E scale.
 * Returns null when the value is not on the salesperson's scale.
 */
export function normaliseLevel(value: string, levels: readonly string[]): string | null {
  return normaliseLevelOf(value, levels, levels.map((level) => level.toLowerCase()));
}

/** normaliseLevel with the scale lower-cased beforehand, for checking many rows against one scale. */
export function normaliseLevelOf(value: string, levels: readonly string[], lowerLevels: readonly string[]): string | null {
  const text = value.trim();
  // indexOf finds the first level that matches, ignoring case.
  const exact = lowerLevels.indexOf(text.toLowerCase());
  if (exact >= 0) return levels[exact] ?? null;
  const bare = text
    .replace(/^(level|grade|等级|级别)\s*[:：]?\s*/i, '')
    .replace(/\s*(级|級|类|類)(客户)?$/, '')
    .trim()
    .toLowerCase();
  const found = lowerLevels.indexOf(bare);
  return found >= 0 ? (levels[found] ?? null) : null;
}

const HOST_PATTERN =
  /^(?=.{1,253}$)(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/u;

/** A host name with a dot and a real-looking top-level domain, with or without http(s):// and a path. */
export function isWebsite(value: string): boolean {
  const text = value.trim();
  if (!text || /\s/.test(text)) return false;
  const match = /^(?:https?:\/\/)?([^/?#:@]+)(?::\d{1,5})?(?:[/?#].*)?$/i.exec(text);
  return !!match?.[1] && HOST_PATTERN.test(match[1].toLowerCase());
}

/** "张" + "伟" is 张伟 (family name first, no space); "John" + "Smith" is "John Smith". */
export function joinPersonName(firstName: string, lastName: string): string {
  const cjk = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u;
  if (firstName && lastName && cjk.test(firstName) && cjk.test(lastName)) return lastName + firstName;
  return [firstName, lastName].filter(Boolean).join(' ');
}
