/**
 * Cached Intl objects. Constructing an Intl formatter costs tens of microseconds (locale
 * negotiation, ICU data), far more than formatting with one, and a batch of letters formats the
 * same few locales thousands of times.
 */

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const listFormats = new Map<string, Intl.ListFormat>();
const regionNames = new Map<string, Intl.DisplayNames | null>();
const currencyDigits = new Map<string, number>();

/** Cache sizes stay small in practice (a few locales); the bound only guards against abuse. */
const MAX_ENTRIES = 500;

function remember<V>(cache: Map<string, V>, key: string, make: () => V): V {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = make();
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, value);
  return value;
}

const canonicalLocales = new Map<string, string>();
const regionNameResults = new Map<string, string | null>();
const validZones = new Map<string, boolean>();

/** A usable locale: the tag itself (canonicalised) when Intl accepts it, else "en". */
export function safeLocale(locale: string): string {
  return remember(canonicalLocales, locale, () => {
    try {
      return Intl.getCanonicalLocales(locale)[0] ?? 'en';
    } catch {
      return 'en';
    }
  });
}

export function numberFormat(locale: string, currency?: string): Intl.NumberFormat {
  return remember(numberFormats, `${locale}|${currency ?? ''}`, () =>
    currency ? new Intl.NumberFormat(locale, { style: 'currency', currency }) : new Intl.NumberFormat(locale),
  );
}

/** The number of minor-unit digits of a currency (JPY 0, USD 2, KWD 3), from Intl. */
export function minorDigits(currency: string): number {
  return remember(currencyDigits, currency, () => new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2);
}

export type DateStyle = 'full' | 'long' | 'medium' | 'short';

export function dateFormat(locale: string, timeZone: string, dateStyle: DateStyle): Intl.DateTimeFormat {
  return remember(dateFormats, `${locale}|${timeZone}|${dateStyle}`, () => new Intl.DateTimeFormat(locale, { dateStyle, timeZone }));
}

/** Wall-clock parts (24-hour) in a time zone, for greetings and time-zone arithmetic. */
export function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  return remember(dateFormats, `wall|${timeZone}`, () =>
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }),
  );
}

export function pluralRule(locale: string): Intl.PluralRules {
  return remember(pluralRules, locale, () => new Intl.PluralRules(locale));
}

export function listFormat(locale: string): Intl.ListFormat {
  return remember(listFormats, locale, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));
}

/** The country's name in the locale's language, or null when Intl cannot name it. */
export function regionName(locale: string, country: string): string | null {
  // DisplayNames.of costs microseconds a call; a batch names the same few countries again and again.
  return remember(regionNameResults, `${locale}|${country}`, () => lookUpRegionName(locale, country));
}

function lookUpRegionName(locale: string, country: string): string | null {
  const names = remember(regionNames, locale, () => {
    try {
      return new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    } catch {
      return null;
    }
  });
  try {
    return names?.of(country) ?? null;
  } catch {
    return null;
  }
}

/** True when Intl knows the IANA zone. */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  // Asked once per letter: answer a known zone without making the closure below.
  const known = validZones.get(timeZone);
  if (known !== undefined) return known;
  return remember(validZones, timeZone, () => {
    try {
      wallClockFormat(timeZone);
      return true;
    } catch {
      return false;
    }
  });
}
