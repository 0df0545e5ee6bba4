/**
 * Phone numbers of every country, right and wrong, written the ways people write them: for proving
 * that the fast phone path answers exactly as libphonenumber-js does.
 *
 * Sources per country: the mobile example number (libphonenumber-js/mobile/examples; the package
 * ships no other examples), numbers generated from each number type's pattern in the "max"
 * metadata (fixed line, mobile, toll free… as libphonenumber-js knows them, so valid numbers of
 * every type), and random digits of each possible length. Each is mutated (a digit changed,
 * dropped, added, swapped; cut short; made longer) and written national (with and without the
 * trunk prefix), international (+, 00, 011, without +, "+49 (0) 30…"), grouped, in parentheses
 * or dotted, and checked with its own country, another country or none as the default.
 */
import examples from 'libphonenumber-js/mobile/examples';
import { Metadata as CoreMetadata } from 'libphonenumber-js/core';
import maxMetadata from 'libphonenumber-js/max/metadata';
import { getCountries, type CountryCode } from 'libphonenumber-js/min';

export interface PhoneCase {
  text: string;
  country: CountryCode | undefined;
}

interface PlanApi {
  callingCode(): string;
  nationalPrefix(): string | undefined;
  possibleLengths(): number[] | undefined;
  hasTypes(): boolean;
  type(name: string): { pattern(): string } | undefined;
}

const TYPES = ['FIXED_LINE', 'MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];

/** A small deterministic random generator, so a failure can be replayed. */
export function random(seed: number): () => number {
  let s = seed;
  return () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

/**
 * A random string matching one of libphonenumber's digit patterns. They use only digits, \d,
 * [classes], (?:groups), | and the quantifiers ? {n} {n,m}.
 */
export function sampleFromPattern(pattern: string, next: () => number): string {
  let at = 0;
  const int = (n: number) => Math.floor(next() * n);
  const alternatives = (): string => {
    const branches: number[] = [at];
    // Find the branches of this level by scanning with depth, then sample one of them.
    let depth = 0;
    let i = at;
    for (; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === '\\') i++;
      else if (c === '[') i = pattern.indexOf(']', i);
      else if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) break;
        depth--;
      } else if (c === '|' && depth === 0) branches.push(i + 1);
    }
    const end = i;
    at = branches[int(branches.length)]!;
    const out = sequence();
    at = end;
    return out;
  };
  const sequence = (): string => {
    let out = '';
    while (at < pattern.length && pattern[at] !== '|' && pattern[at] !== ')') {
      let atom: () => string;
      const c = pattern[at]!;
      if (c === '\\') {
        at += 2; // \d
        atom = () => String(int(10));
      } else if (c === '[') {
        const close = pattern.indexOf(']', at);
        const body = pattern.slice(at + 1, close);
        const chars: string[] = [];
        for (let k = 0; k < body.length; k++) {
          if (body[k] === '\\' && body[k + 1] === 'd') {
            for (let d = 0; d < 10; d++) chars.push(String(d));
            k++;
          } else if (body[k + 1] === '-' && k + 2 < body.length) {
            for (let d = body.charCodeAt(k); d <= body.charCodeAt(k + 2); d++) chars.push(String.fromCharCode(d));
            k += 2;
          } else chars.push(body[k]!);
        }
        at = close + 1;
        atom = () => chars[int(chars.length)]!;
      } else if (c === '(') {
        at += 3; // (?:
        const start = at;
        atom = () => {
          const saved = at;
          at = start;
          const s = alternatives();
          at = saved;
          return s;
        };
        // Skip to the matching parenthesis.
        let depth = 0;
        for (; at < pattern.length; at++) {
          if (pattern[at] === '\\') at++;
          else if (pattern[at] === '[') at = pattern.indexOf(']', at);
          else if (pattern[at] === '(') depth++;
          else if (pattern[at] === ')') {
            if (depth === 0) break;
            depth--;
          }
        }
        at++;
      } else {
        at++;
        atom = () => c;
      }
      let min = 1;
      let max = 1;
      if (pattern[at] === '?') {
        min = 0;
        at++;
      } else if (pattern[at] === '{') {
        const close = pattern.indexOf('}', at);
        const [a, b] = pattern.slice(at + 1, close).split(',');
        min = Number(a);
        max = b === undefined ? min : Number(b);
        at = close + 1;
      }
      const count = min + int(max - min + 1);
      for (let k = 0; k < count; k++) out += atom();
    }
    return out;
  };
  return alternatives();
}

function group(digits: string, next: () => number, separator: string): string {
  let out = '';
  let i = 0;
  while (i < digits.length) {
    const size = 2 + Math.floor(next() * 3);
    out += (out ? separator : '') + digits.slice(i, i + size);
    i += size;
  }
  return out;
}

function mutations(nn: string, next: () => number): string[] {
  const digit = () => String(Math.floor(next() * 10));
  const at = () => Math.floor(next() * nn.length);
  const out = [nn];
  const a = at();
  out.push(nn.slice(0, a) + digit() + nn.slice(a + 1)); // a digit changed
  const b = at();
  out.push(nn.slice(0, b) + nn.slice(b + 1)); // one dropped
  const c = at();
  out.push(nn.slice(0, c) + digit() + nn.slice(c)); // one added
  const d = Math.min(at(), nn.length - 2);
  if (d >= 0) out.push(nn.slice(0, d) + nn.charAt(d + 1) + nn.charAt(d) + nn.slice(d + 2)); // two swapped
  out.push(nn.slice(0, Math.max(1, nn.length - 1 - Math.floor(next() * 3)))); // too short
  out.push(nn + digit() + (next() < 0.5 ? digit() : '')); // too long
  out.push(nn.slice(1)); // first digit lost
  return out;
}

function renderings(nn: string, cc: string, prefix: string, next: () => number): string[] {
  const spaced = group(nn, next, ' ');
  return [
    nn,
    prefix + nn,
    `${prefix}${spaced}`,
    `${prefix ? `(${prefix}${nn.slice(0, 2)})` : `(${nn.slice(0, 3)})`} ${group(nn.slice(prefix ? 2 : 3), next, '-')}`,
    `+${cc}${nn}`,
    `+${cc} ${spaced}`,
    `+${cc}-${group(nn, next, '-')}`,
    `+${cc} (${prefix || '0'}) ${spaced}`,
    `+${cc}${prefix}${nn}`,
    `00${cc} ${spaced}`,
    `011 ${cc} ${spaced}`,
    `${cc}${nn}`,
    `${cc} ${prefix}${nn}`,
    group(prefix + nn, next, '.'),
    `+${cc}`,
    `+0${cc}${nn}`,
  ];
}

/**
 * About `perCountry × 245` cases (every country supported by the "min" metadata), deterministic
 * for a seed.
 */
export function phoneCorpus(seed: number, perCountry: number): PhoneCase[] {
  const next = random(seed);
  const countries = getCountries();
  const max = new CoreMetadata(maxMetadata) as unknown as { selectNumberingPlan(c: string): void; numberingPlan: PlanApi };
  const cases: PhoneCase[] = [];
  for (const country of countries) {
    max.selectNumberingPlan(country);
    const plan = max.numberingPlan;
    const cc = plan.callingCode();
    const prefix = plan.nationalPrefix() ?? '';
    const sources: string[] = [];
    const example = (examples as Partial<Record<string, string>>)[country];
    if (example) sources.push(example);
    if (plan.hasTypes()) {
      for (const name of TYPES) {
        const pattern = plan.type(name)?.pattern();
        if (pattern) for (let k = 0; k < 3; k++) sources.push(sampleFromPattern(pattern, next));
      }
    }
    for (const length of plan.possibleLengths() ?? [8]) {
      let digits = String(1 + Math.floor(next() * 9));
      while (digits.length < length) digits += String(Math.floor(next() * 10));
      sources.push(digits);
    }
    const pool: string[] = [];
    for (const source of sources) for (const nn of mutations(source, next)) pool.push(...renderings(nn, cc, prefix, next));
    for (let k = 0; k < perCountry; k++) {
      const text = pool[Math.floor(next() * pool.length)]!;
      const r = next();
      const other = countries[Math.floor(next() * countries.length)]!;
      cases.push({ text, country: r < 0.7 ? country : r < 0.85 ? other : undefined });
    }
  }
  return cases;
}

/** Hand-picked numbers that exercise the unusual rules: shared calling codes, trunk prefixes, carrier codes. */
export const TRICKY_PHONES: PhoneCase[] = [
  { text: '+1 (201) 555-0123', country: 'US' }, { text: '(201) 555-0123', country: 'US' }, { text: '1 201 555 0123', country: 'US' },
  { text: '+1 204 234 5678', country: undefined }, { text: '204 234 5678', country: 'US' }, { text: '268 464 1234', country: 'US' },
  { text: '011 44 20 7123 4567', country: 'US' }, { text: '00 44 20 7123 4567', country: 'DE' }, { text: '0044 020 7123 4567', country: 'FR' },
  { text: '07624 369230', country: 'GB' }, { text: '+44 7624 369230', country: undefined }, { text: '01481 237 000', country: 'GB' },
  { text: '8 800 555 35 35', country: 'RU' }, { text: '8 (495) 123-45-67', country: 'RU' }, { text: '+7 701 123 4567', country: 'RU' },
  { text: '7 701 123 4567', country: 'KZ' }, { text: '0 21 11 98765-4321', country: 'BR' }, { text: '(11) 91234-5678', country: 'BR' },
  { text: '011 15 2345 6789', country: 'AR' }, { text: '0 11 15 2345-6789', country: 'AR' }, { text: '+54 9 11 2345 6789', country: undefined },
  { text: '044 55 1234 5678', country: 'MX' }, { text: '01 55 1234 5678', country: 'MX' }, { text: '+52 1 55 1234 5678', country: undefined },
  { text: '+49 (0)30 1234567', country: 'DE' }, { text: '4930 1234567', country: 'DE' }, { text: '49 151 23456789', country: 'DE' },
  { text: '0049 0151 23456789', country: 'DE' }, { text: '+49 0151 23456789', country: undefined }, { text: '030 123456789012345678', country: 'DE' },
  { text: '13800138000', country: 'CN' }, { text: '8613800138000', country: 'CN' }, { text: '+86 (0)10 6552 9988', country: 'CN' },
  { text: '+966 50 123 4567', country: 'SA' }, { text: '0501234567', country: 'SA' }, { text: '966501234567', country: 'AE' },
  { text: '+39 06 1234 5678', country: 'IT' }, { text: '06 698 12345', country: 'VA' }, { text: '+379 06 698 12345', country: undefined },
  { text: '+800 1234 5678', country: undefined }, { text: '+882 1234 5678', country: 'DE' }, { text: '+0 123 456', country: 'US' },
  { text: '+999 1234 5678', country: 'US' }, { text: '123', country: 'US' }, { text: '12', country: 'US' }, { text: '1-2-3', country: 'DE' },
  { text: '(0)', country: 'DE' }, { text: '+', country: 'DE' }, { text: '+1', country: undefined }, { text: '...555...', country: 'US' },
  { text: '+1 201 555 0123 ext. 12', country: 'US' }, { text: '+1 201 555 0123 x12', country: 'US' }, { text: '201-555-0123#', country: 'US' },
  { text: 'tel:+12015550123', country: undefined }, { text: '＋４９ ３０ １２３４５６７', country: 'DE' }, { text: '+49 30 1234567 / 8', country: 'DE' },
  { text: '(+49) 30 1234567', country: 'DE' }, { text: ' +49 30 1234567', country: 'DE' }, { text: '+49 30 1234567 ', country: 'DE' },
  { text: '5 55 55', country: 'VI' }, { text: '234 5678', country: 'VI' }, { text: '340 234 5678', country: 'US' },
];
