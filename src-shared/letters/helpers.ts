import type { HelperOptions } from 'handlebars';
import { dayPart, greetingWords, salutationLine } from './phrases';
import { dateFormat, type DateStyle, listFormat, minorDigits, numberFormat, pluralRule, wallClockFormat } from './intlCache';
import type { LetterData, Money } from './types';

/**
 * The template helpers. Each reads the letter's locale, time zone and currency from the root
 * data, never the salesperson's machine. None throws: a value it cannot use renders as nothing
 * (required values are reported as missing before rendering), because one odd record must not
 * stop a batch of five hundred letters.
 */

type Escape = (s: string) => string;
type SafeStringCtor = new (s: string) => unknown;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_STYLES: ReadonlySet<string> = new Set(['full', 'long', 'medium', 'short']);

function letterOf(options: HelperOptions | undefined): LetterData['letter'] {
  const root = (options?.data as { root?: Partial<LetterData> } | undefined)?.root;
  const letter = root?.letter;
  return {
    locale: letter?.locale || 'en',
    language: letter?.language || 'en',
    timeZone: letter?.timeZone || 'UTC',
    currency: letter?.currency || 'USD',
    sendAt: typeof letter?.sendAt === 'number' ? letter.sendAt : 0,
  };
}

function rootOf(options: HelperOptions | undefined): Partial<LetterData> {
  return ((options?.data as { root?: Partial<LetterData> } | undefined)?.root ?? {}) as Partial<LetterData>;
}

function isMoney(v: unknown): v is Money {
  return typeof v === 'object' && v !== null && typeof (v as Money).minor === 'number' && typeof (v as Money).currency === 'string';
}

/**
 * Formats integer minor units exactly: the amount goes to Intl as a decimal string, so
 * 1234567890123 cents never pass through a binary fraction.
 */
export function formatMoney(value: unknown, locale: string, defaultCurrency: string): string {
  try {
    if (isMoney(value)) {
      if (!Number.isSafeInteger(value.minor)) return '';
      const currency = value.currency.toUpperCase();
      const digits = minorDigits(currency);
      const negative = value.minor < 0;
      const units = String(Math.abs(value.minor)).padStart(digits + 1, '0');
      const decimal = digits === 0 ? units : `${units.slice(0, -digits)}.${units.slice(-digits)}`;
      // Intl.NumberFormat accepts exact decimal strings; the DOM lib types only say number.
      return numberFormat(locale, currency).format(((negative ? '-' : '') + decimal) as unknown as number);
    }
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof n === 'number' && Number.isFinite(n)) return numberFormat(locale, defaultCurrency.toUpperCase()).format(n);
  } catch {
    // An unknown currency code: fall through to nothing rather than stop the batch.
  }
  return '';
}

/** epoch ms in the letter's time zone, or a 'YYYY-MM-DD' calendar day exactly as written. */
export function formatDate(value: unknown, locale: string, timeZone: string, style: DateStyle): string {
  try {
    if (typeof value === 'string') {
      const m = DATE_ONLY.exec(value.trim());
      if (m) {
        // A calendar day has no time zone: format its UTC midnight in UTC, so no shift can occur.
        const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
        return Number.isNaN(t) ? '' : dateFormat(locale, 'UTC', style).format(t);
      }
      return '';
    }
    if (typeof value === 'number' && Number.isFinite(value)) return dateFormat(locale, timeZone, style).format(value);
  } catch {
    // An unknown time zone or an out-of-range date.
  }
  return '';
}

/** The reader's hour (0-23) at an instant. */
export function localHour(at: number, timeZone: string): number {
  try {
    for (const part of wallClockFormat(timeZone).formatToParts(at)) if (part.type === 'hour') return Number(part.value);
  } catch {
    // Unknown zone: UTC below.
  }
  return new Date(at).getUTCHours();
}

function asNames(items: unknown): string[] {
  if (!Array.isArray(items)) return [];
  const names: string[] = [];
  for (const item of items) {
    const s = typeof item === 'string' ? item : typeof item === 'object' && item !== null ? (item as { name?: unknown }).name : item;
    if (typeof s === 'string' && s.trim()) names.push(s.trim());
    else if (typeof s === 'number') names.push(String(s));
  }
  return names;
}

function productLine(p: LetterData['products'][number], locale: string, currency: string): string {
  let line = p.name;
  if (p.model) line += ` ${p.model}`;
  const price = p.price ? formatMoney(p.price, locale, currency) : '';
  if (price) line += ` — ${price}`;
  if (typeof p.moq === 'number' && p.moq > 0) line += ` — MOQ ${numberFormat(locale).format(p.moq)}${p.unit ? ` ${p.unit}` : ''}`;
  return line;
}

/**
 * While the app renders a letter's body, the helpers' results in call order: the body's text
 * program (textProgram.ts) replays them instead of formatting every money amount and date twice.
 * Null (recording off) everywhere else, including the benchmark's raw baseline.
 */
let tape: unknown[] | null = null;

/** Starts recording into `into` (cleared by the caller), or stops with null. */
export function recordHelperResults(into: unknown[] | null): void {
  tape = into;
}

function taped<T>(result: T): T {
  if (tape !== null) tape.push(result);
  return result;
}

/** The helper functions, bound to an environment's escaping and SafeString. */
export function letterHelpers(escape: Escape, SafeString: SafeStringCtor): Record<string, (...args: unknown[]) => unknown> {
  const optionsOf = (args: unknown[]) => args[args.length - 1] as HelperOptions;
  return {
    money(...args: unknown[]) {
      const letter = letterOf(optionsOf(args));
      return taped(formatMoney(args.length > 1 ? args[0] : undefined, letter.locale, letter.currency));
    },
    date(...args: unknown[]) {
      const options = optionsOf(args);
      const letter = letterOf(options);
      const style = String(options.hash?.['style'] ?? 'long');
      return taped(formatDate(args.length > 1 ? args[0] : undefined, letter.locale, letter.timeZone, (DATE_STYLES.has(style) ? style : 'long') as DateStyle));
    },
    greeting(...args: unknown[]) {
      const letter = letterOf(optionsOf(args));
      return taped(greetingWords(letter.language, dayPart(localHour(letter.sendAt, letter.timeZone))));
    },
    salutation(...args: unknown[]) {
      const options = optionsOf(args);
      const contact = rootOf(options).contact;
      return taped(salutationLine(letterOf(options).language, String(contact?.name ?? ''), String(contact?.title ?? '')));
    },
    list(...args: unknown[]) {
      const letter = letterOf(optionsOf(args));
      const names = asNames(args.length > 1 ? args[0] : undefined);
      return taped(names.length ? listFormat(letter.locale).format(names) : '');
    },
    plural(...args: unknown[]) {
      const options = optionsOf(args);
      const count = Number(args.length > 1 ? args[0] : NaN);
      if (!Number.isFinite(count)) return taped('');
      const letter = letterOf(options);
      const hash = (options.hash ?? {}) as Record<string, unknown>;
      const category = pluralRule(letter.locale).select(count);
      // An exact zero reads better as its own form when the template gives one (English has no "zero" category).
      const chosen = (count === 0 && hash['zero'] !== undefined ? hash['zero'] : hash[category]) ?? hash['other'];
      if (typeof chosen !== 'string') return taped(numberFormat(letter.locale).format(count));
      return taped(chosen.split('#').join(numberFormat(letter.locale).format(count)));
    },
    products(...args: unknown[]) {
      const options = optionsOf(args);
      const root = rootOf(options);
      const letter = letterOf(options);
      const items = (Array.isArray(root.products) ? root.products : []).filter((p) => p && typeof p.name === 'string' && p.name.trim());
      if (options.hash?.['style'] === 'inline') return taped(items.length ? listFormat(letter.locale).format(items.map((p) => p.name.trim())) : '');
      if (!items.length) return taped('');
      const lis = items.map((p) => `<li>${escape(productLine(p, letter.locale, letter.currency))}</li>`).join('');
      return taped(new SafeString(`<ul>${lis}</ul>`));
    },
  };
}

/** Helpers that produce a value inline (`{{money x}}`). */
export const VALUE_HELPERS: ReadonlySet<string> = new Set(['money', 'date', 'greeting', 'salutation', 'list', 'plural', 'products']);
/** Helpers that need no argument: `{{greeting}}` is a call, not a field. */
export const NO_ARGUMENT_HELPERS: ReadonlySet<string> = new Set(['greeting', 'salutation', 'products']);
/** Built-in block helpers kept from Handlebars. */
export const BLOCK_HELPERS: ReadonlySet<string> = new Set(['if', 'unless', 'each', 'with']);
