import { validationMessage, type ValidationCode, type ValidationParams } from '../import/validationCodes';
import {
  isWebsite, LIST_LIMITS, normaliseEmail, normaliseLanguage, normaliseLevel, normalisePhone, normaliseTimeZone, normaliseWhatsapp,
} from '../import/valueChecks';
import { isCountryCode } from './countries';
import { customerInputSchema, LIMITS, type CustomerInput } from './customer';
import { DEFAULT_LEVELS, SOURCES, type LevelDefinition } from './vocabulary';

export interface CustomerIssue {
  /** Where the form shows it: "company", "contacts.0.emails.1", "contacts.2.whatsapp"… */
  field: string;
  /** The i18n key in the validation namespace. */
  code: ValidationCode;
  params?: ValidationParams;
  /** English, for logs. */
  message: string;
}

export interface CustomerValidation {
  ok: boolean;
  errors: CustomerIssue[];
}

export interface CustomerValidationOptions {
  /** The level scale in use (codes or the Settings definitions); A-E by default. */
  levels?: readonly (string | LevelDefinition)[];
}

/**
 * Checks one customer as the edit form saves it, with the same value checks as the import
 * (valueChecks.ts), so that what the form accepts the import accepts and vice versa. Whatever
 * passes here also passes customerInputSchema: the schema runs last and reports anything left.
 */
export function validateCustomer(input: CustomerInput, options: CustomerValidationOptions = {}): CustomerValidation {
  const errors: CustomerIssue[] = [];
  const add = (field: string, code: ValidationCode, params?: ValidationParams) =>
    errors.push(params ? { field, code, params, message: validationMessage(code, params) } : { field, code, message: validationMessage(code) });
  const tooLong = (field: string, value: string, max: number, code: ValidationCode = 'textTooLong') => {
    const length = value.trim().length;
    if (length > max) add(field, code, { length, max });
  };

  if (!input.company.trim()) add('company', 'companyMissing');
  tooLong('company', input.company, LIMITS.name, 'nameTooLong');

  const countryOk = isCountryCode(input.country);
  if (!input.country.trim()) add('country', 'countryMissing');
  else if (!countryOk) add('country', 'countryUnknown', { value: input.country });

  if (input.contacts.length > LIMITS.contacts) add('contacts', 'tooManyValues', { count: input.contacts.length, max: LIMITS.contacts });
  input.contacts.forEach((contact, i) => {
    const at = `contacts.${i}`;
    tooLong(`${at}.name`, contact.name, LIMITS.name, 'nameTooLong');
    tooLong(`${at}.title`, contact.title, LIMITS.shortText);
    contact.emails.forEach((email, j) => {
      if (!normaliseEmail(email)) add(`${at}.emails.${j}`, 'emailInvalid', { value: email });
    });
    if (contact.emails.length > LIST_LIMITS.emails) add(`${at}.emails`, 'tooManyValues', { count: contact.emails.length, max: LIST_LIMITS.emails });
    // Without a valid country a national number cannot be judged; the country error says what to fix.
    if (countryOk) {
      contact.phones.forEach((phone, j) => {
        if (!normalisePhone(phone, input.country)) add(`${at}.phones.${j}`, 'phoneInvalid', { value: phone, country: input.country });
      });
    }
    if (contact.phones.length > LIST_LIMITS.phones) add(`${at}.phones`, 'tooManyValues', { count: contact.phones.length, max: LIST_LIMITS.phones });
    if (contact.whatsapp.trim() && !normaliseWhatsapp(contact.whatsapp, input.country)) {
      add(`${at}.whatsapp`, 'whatsappInvalid', { value: contact.whatsapp });
    }
  });

  if (input.website.trim() && !isWebsite(input.website)) add('website', 'websiteInvalid', { value: input.website });
  tooLong('website', input.website, LIMITS.shortText);
  tooLong('city', input.city, LIMITS.shortText);
  // A stored language is a tag; the import also reads names ("Spanish"), the form stores codes.
  if (normaliseLanguage(input.language)?.toLowerCase() !== input.language.trim().toLowerCase()) {
    add('language', 'languageInvalid', { value: input.language });
  }
  if (!normaliseTimeZone(input.timeZone)) add('timeZone', 'timeZoneInvalid', { value: input.timeZone });

  const levels = (options.levels ?? DEFAULT_LEVELS).map((l) => (typeof l === 'string' ? l : l.code));
  if (normaliseLevel(input.level, levels) !== input.level) add('level', 'levelInvalid', { value: input.level, levels: levels.join(', ') });
  if (!(SOURCES as readonly string[]).includes(input.source)) add('source', 'sourceUnknown', { value: input.source });

  input.tags.forEach((tag, i) => {
    if (tag.trim().length > LIST_LIMITS.tagLength) add(`tags.${i}`, 'itemTooLong', { value: tag, max: LIST_LIMITS.tagLength });
  });
  if (input.tags.length > LIMITS.tags) add('tags', 'tooManyValues', { count: input.tags.length, max: LIMITS.tags });
  input.products.forEach((product, i) => {
    if (product.trim().length > LIST_LIMITS.productLength) add(`products.${i}`, 'itemTooLong', { value: product, max: LIST_LIMITS.productLength });
  });
  if (input.products.length > LIST_LIMITS.products) add('products', 'tooManyValues', { count: input.products.length, max: LIST_LIMITS.products });
  if (input.notes.length > LIMITS.notes) add('notes', 'textTooLong', { length: input.notes.length, max: LIMITS.notes });

  // The structural schema as the last word: report what the checks above do not cover yet.
  const parsed = customerInputSchema.safeParse(input);
  if (!parsed.success) {
    const flagged = new Set(errors.map((e) => e.field));
    for (const issue of parsed.error.issues) {
      const field = issue.path.join('.');
      if (![...flagged].some((f) => f === field || f.startsWith(`${field}.`) || field.startsWith(`${f}.`))) {
        add(field || 'row', 'valueInvalid');
        flagged.add(field);
      }
    }
  }
  return { ok: errors.length === 0, errors };
}
