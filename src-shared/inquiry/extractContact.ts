import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { countryCodeFromText, isCountryCode } from '../customer/countries';
import { domainOf } from '../customer/derived';
import { normaliseEmail, normalisePhone, normaliseWhatsapp } from '../import/valueChecks';
import type { Found } from './types';

/**
 * Who is asking: addresses, website, phones, and the country each source points to.
 */

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}/gi;

export function readEmails(first: readonly (string | undefined)[], text: string): string[] {
  const found = new Set<string>();
  for (const candidate of first) {
    const email = candidate ? normaliseEmail(addressOf(candidate)) : null;
    if (email) found.add(email);
  }
  EMAIL.lastIndex = 0;
  for (let m = EMAIL.exec(text); m && found.size < 20; m = EMAIL.exec(text)) {
    const email = normaliseEmail(m[0]);
    if (email) found.add(email);
  }
  return [...found];
}

/** "Ana Gómez <ana@x.com>" → "ana@x.com". */
export function addressOf(value: string): string {
  const angle = /<([^>]+)>/.exec(value);
  return (angle?.[1] ?? value).trim();
}

/** "Ana Gómez <ana@x.com>" → "Ana Gómez"; '' when there is no display name. */
export function displayNameOf(value: string): string {
  const i = value.indexOf('<');
  return i > 0 ? value.slice(0, i).replace(/["']/g, '').trim() : '';
}

const WEBSITE = /\b(?:https?:\/\/)?(?:www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)+|\bhttps?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+/i;
/** Sites in platform notifications and footers are not the buyer's. */
const PLATFORM_HOSTS = /(?:^|\.)(?:alibaba|aliexpress|made-in-china|globalsources|google|facebook|linkedin|wa\.me|whatsapp)\.[a-z.]+$/;

export function readWebsite(text: string, fieldValue: string | undefined): Found<string> | undefined {
  for (const source of fieldValue ? [fieldValue, text] : [text]) {
    const m = WEBSITE.exec(source);
    if (m && !PLATFORM_HOSTS.test(domainOf(m[0]))) return { value: m[0].toLowerCase(), evidence: m[0] };
  }
  return undefined;
}

/** ccTLDs mostly used as generic names: they say nothing about the country. */
const GENERIC_CCTLDS = new Set(['io', 'co', 'me', 'tv', 'ai', 'cc', 'ws', 'fm', 'ly', 'to', 'gg', 'app', 'eu']);

export function countryOfDomain(domain: string): string | undefined {
  const labels = domain.split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (tld.length !== 2) return undefined;
  if (GENERIC_CCTLDS.has(tld) && labels.length <= 2) return undefined;
  const code = tld === 'uk' ? 'GB' : tld.toUpperCase();
  return isCountryCode(code) ? code : undefined;
}

const PHONE_CANDIDATE = /(?:\+|(?<!\d)00)\d[\d ().-]{6,20}\d|(?<![\d+])\d[\d ().-]{7,20}\d/g;
const PHONE_LABEL = /(?:tel|phone|mobile|mob|cell|whatsapp|wa|fone|teléfono|telefone|téléphone|telefon|телефон|тел|هاتف|جوال|电话|手机)\b\.?\s*:?\s*$/i;
const WHATSAPP_LABEL = /whatsapp|wa\.me|واتساب/i;

export interface PhoneFound extends Found<string> {
  country?: string;
  whatsapp: boolean;
}

/** Phones with a "+" (or "00"), or after a phone label; numbers without either are read in the country hint. */
export function readPhones(text: string, countryHint: string): PhoneFound[] {
  const found = new Map<string, PhoneFound>();
  PHONE_CANDIDATE.lastIndex = 0;
  for (let m = PHONE_CANDIDATE.exec(text); m && found.size < 6; m = PHONE_CANDIDATE.exec(text)) {
    const raw = m[0].trim();
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const before = text.slice(Math.max(lineStart, m.index - 30), m.index);
    const international = raw.startsWith('+') || raw.startsWith('00');
    const labelled = PHONE_LABEL.test(before);
    if (!international && !labelled) continue;
    const whatsapp = WHATSAPP_LABEL.test(before);
    const e164 = whatsapp ? normaliseWhatsapp(raw, countryHint) : normalisePhone(international ? raw.replace(/^00/, '+') : raw, countryHint);
    if (!e164 || found.has(e164)) continue;
    const label = before.split(/[.!?;,]\s/).pop() ?? '';
    found.set(e164, { value: e164, evidence: `${label.trim()} ${raw}`.trim(), country: countryOfPhone(e164), whatsapp });
  }
  return [...found.values()];
}

function countryOfPhone(e164: string): string | undefined {
  try {
    return parsePhoneNumberFromString(e164.split(' ')[0] ?? e164)?.country;
  } catch {
    return undefined;
  }
}

/** A country named in a signature line ("Santiago, Chile", "Nairobi, Kenya"). */
export function countryInLines(lines: readonly string[]): Found<string> | undefined {
  for (const line of lines) {
    if (line.length > 60) continue;
    const parts = line.split(/[,，،]/);
    const last = (parts[parts.length - 1] ?? '').trim();
    if (parts.length < 2 || last.length < 3) continue;
    const code = countryCodeFromText(last);
    if (code) return { value: code, evidence: line };
  }
  return undefined;
}
