import { defaultLanguage, defaultTimeZone } from '../customer/countries';
import { LIMITS, type CustomerInput } from '../customer/customer';
import type { CustomerField } from './customerFields';
import { cleanLine, cleanMultiline, splitEmails, splitList, splitPhones } from './cellText';
import { parseDateCell } from './parseDate';
import type { ValidationCode, ValidationParams } from './validationCodes';
import {
  countryFromPhone, isWebsite, joinPersonName, normaliseCountry, normaliseEmail, normaliseLanguage, normaliseLevelOf,
  normalisePhone, normaliseTimeZone, normaliseWhatsapp, LIST_LIMITS, type PhoneCache,
} from './valueChecks';
import { backgroundFromText, sourceFromText, stageFromText } from './vocabularySynonyms';

/** A last contact "tomorrow" is a time-zone artefact; later than that is a typo. */
const FUTURE_TOLERANCE_MS = 86_400_000;

export interface RowContext {
  levels: readonly string[];
  /** The same, lower-cased. */
  lowerLevels: readonly string[];
  defaults: Partial<CustomerInput>;
  now: number;
  phoneCache: PhoneCache;
  countryCache: Map<string, string | null>;
}

export interface RowCells {
  /** The first column's value for a single-column field. */
  one(field: CustomerField): string;
  /** Every column's value for email, phone, tags and products (valid until the next call). */
  all(field: CustomerField): readonly string[];
}

export type ReportIssue = (field: CustomerField, code: ValidationCode, params?: ValidationParams) => void;

/**
 * Builds the customer one row describes, reporting every problem it finds (not only the first), so
 * that the salesperson can fix a row in one go. The customer is returned even when problems were
 * reported: duplicate detection still needs its emails and name.
 */
export function rowToCustomer(cells: RowCells, ctx: RowContext, report: ReportIssue): CustomerInput {
  const { defaults } = ctx;
  const contactName =
    cleanLine(cells.one('contactName')) || joinPersonName(cleanLine(cells.one('firstName')), cleanLine(cells.one('lastName')));
  // A phone's address book has people without companies: the person stands for the company then.
  const company = cleanLine(cells.one('company')) || contactName;
  if (!company) report('company', 'companyMissing');
  checkLength('company', company, LIMITS.name, 'nameTooLong', report);
  checkLength('contactName', contactName, LIMITS.name, 'nameTooLong', report);
  const title = cleanLine(cells.one('title'));
  checkLength('title', title, LIMITS.shortText, 'textTooLong', report);

  // Plain loops here and below: this runs 100,000 times, and flatMap's temporary arrays add up.
  const emails: string[] = [];
  for (const cell of cells.all('email')) {
    for (const raw of splitEmails(cell)) {
      const email = normaliseEmail(raw);
      if (!email) report('email', 'emailInvalid', { value: raw });
      else if (!emails.includes(email)) emails.push(email);
    }
  }
  checkCount('email', emails.length, LIST_LIMITS.emails, report);

  const rawPhones: string[] = [];
  for (const cell of cells.all('phone')) for (const raw of splitPhones(cell)) rawPhones.push(raw);
  const rawWhatsapp = cleanLine(cells.one('whatsapp'));
  const country = readCountry(cleanLine(cells.one('country')), rawPhones, rawWhatsapp, ctx, report);

  const phones: string[] = [];
  if (country) {
    for (const raw of rawPhones) {
      const phone = normalisePhone(raw, country, ctx.phoneCache);
      if (!phone) report('phone', 'phoneInvalid', { value: raw, country });
      else if (!phones.includes(phone)) phones.push(phone);
    }
  }
  checkCount('phone', phones.length, LIST_LIMITS.phones, report);
  let whatsapp = '';
  if (rawWhatsapp) {
    whatsapp = normaliseWhatsapp(rawWhatsapp, country, ctx.phoneCache) ?? '';
    if (!whatsapp) report('whatsapp', 'whatsappInvalid', { value: rawWhatsapp });
  }

  const website = cleanLine(cells.one('website'));
  if (website && !isWebsite(website)) report('website', 'websiteInvalid', { value: website });
  checkLength('website', website, LIMITS.shortText, 'textTooLong', report);
  const city = cleanLine(cells.one('city')) || (defaults.city ?? '');
  checkLength('city', city, LIMITS.shortText, 'textTooLong', report);

  const language = readCoded('language', cells, normaliseLanguage, 'languageInvalid', report) ??
    defaults.language ?? defaultLanguage(country);
  const timeZone = readCoded('timeZone', cells, normaliseTimeZone, 'timeZoneInvalid', report) ??
    defaults.timeZone ?? defaultTimeZone(country);
  const levelText = cleanLine(cells.one('level'));
  let level = defaults.level ?? 'D';
  if (levelText) {
    const onScale = normaliseLevelOf(levelText, ctx.levels, ctx.lowerLevels);
    if (!onScale) report('level', 'levelInvalid', { value: levelText, levels: ctx.levels.join(', ') });
    level = onScale ?? levelText;
  }
  const background = readCoded('background', cells, backgroundFromText, 'backgroundUnknown', report) ??
    defaults.background ?? 'unknown';
  const stage = readCoded('stage', cells, stageFromText, 'stageUnknown', report) ?? defaults.stage ?? 'newInquiry';
  const source = readCoded('source', cells, sourceFromText, 'sourceUnknown', report) ?? defaults.source ?? 'other';

  // Google's system groups ("* myContacts", "* starred") say nothing about the customer.
  let tags = readList('tags', cells, LIST_LIMITS.tagLength, LIMITS.tags, report);
  if (tags.some(isSystemGroup)) tags = tags.filter((t) => !isSystemGroup(t));
  const products = readList('products', cells, LIST_LIMITS.productLength, LIST_LIMITS.products, report);
  const notes = cleanMultiline(cells.one('notes')) || (defaults.notes ?? '');
  checkLength('notes', notes, LIMITS.notes, 'textTooLong', report);

  const lastContactAt = readDate('lastContactAt', cells, report);
  if (lastContactAt !== null && lastContactAt > ctx.now + FUTURE_TOLERANCE_MS) {
    report('lastContactAt', 'dateInFuture', { value: cleanLine(cells.one('lastContactAt')) });
  }
  const nextFollowUpAt = readDate('nextFollowUpAt', cells, report);

  const hasContact = contactName || title || emails.length > 0 || phones.length > 0 || whatsapp;
  return {
    company, website, country, city,
    contacts: hasContact ? [{ name: contactName, title, emails, phones, whatsapp }] : [],
    language, timeZone, level, background, stage,
    source: source as CustomerInput['source'],
    tags: tags.length > 0 ? tags : [...(defaults.tags ?? [])],
    products: products.length > 0 ? products : [...(defaults.products ?? [])],
    notes, lastContactAt, nextFollowUpAt,
  };
}

/**
 * The row's country; else the country of its first international phone number (a phone's vCard
 * rarely has an address, but "+49…" says Germany); else the import's default.
 */
function readCountry(text: string, phones: string[], whatsapp: string, ctx: RowContext, report: ReportIssue): string {
  if (text) {
    let code = ctx.countryCache.get(text);
    if (code === undefined) {
      code = normaliseCountry(text);
      ctx.countryCache.set(text, code);
    }
    if (!code) report('country', 'countryUnknown', { value: text });
    return code ?? '';
  }
  for (const phone of [...phones, whatsapp]) {
    const fromPhone = phone ? countryFromPhone(phone) : null;
    if (fromPhone) return fromPhone;
  }
  if (ctx.defaults.country) return ctx.defaults.country;
  report('country', 'countryMissing');
  return '';
}

/** A coded value (language, zone, background…): undefined when the cell is empty. */
function readCoded<T extends string>(
  field: CustomerField, cells: RowCells, decode: (text: string) => T | null, code: ValidationCode, report: ReportIssue,
): T | undefined {
  const text = cleanLine(cells.one(field));
  if (!text) return undefined;
  const decoded = decode(text);
  if (decoded === null) report(field, code, { value: text });
  return decoded ?? undefined;
}

const isSystemGroup = (tag: string) => tag.startsWith('* ');

function readList(field: CustomerField, cells: RowCells, maxLength: number, maxCount: number, report: ReportIssue): string[] {
  const columns = cells.all(field);
  const items = columns.length === 1 ? splitList(columns[0] ?? '') : unique(columns.flatMap(splitList), (s) => s.toLowerCase());
  for (const item of items) if (item.length > maxLength) report(field, 'itemTooLong', { value: item, max: maxLength });
  checkCount(field, items.length, maxCount, report);
  return items;
}

function readDate(field: CustomerField, cells: RowCells, report: ReportIssue): number | null {
  const text = cleanLine(cells.one(field));
  if (!text) return null;
  const time = parseDateCell(text);
  if (time === null) report(field, 'dateInvalid', { value: text });
  return time;
}

function checkLength(field: CustomerField, value: string, max: number, code: ValidationCode, report: ReportIssue): void {
  if (value.length > max) report(field, code, { length: value.length, max });
}

function checkCount(field: CustomerField, count: number, max: number, report: ReportIssue): void {
  if (count > max) report(field, 'tooManyValues', { count, max });
}

function unique(values: string[], keyOf: (s: string) => string = (s) => s): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = keyOf(v);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
