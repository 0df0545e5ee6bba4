/**
 * Every error code that reading, validating or editing a customer can produce, with its English
 * text. The code is the i18n key in the `validation` namespace (src-renderer/i18n/locales/
 * validation.*.json); the English text here is for logs and tests, and a unit test keeps it equal
 * to validation.en.json so that the two never drift. Params use i18next's {{name}} syntax.
 */
export const VALIDATION_MESSAGES = {
  // Reading the file
  fileEmpty: 'The file is empty.',
  fileTooBig: 'The file is too big to import (the limit is {{maxMb}} MB).',
  fileBinary: 'This file is not text: it looks like a picture, a program or another binary file.',
  csvMalformed: 'The file is malformed at row {{row}}: a quoted value is never closed.',
  unsupportedType: 'Files of type “{{ext}}” cannot be imported. Save the list as CSV, XLSX or vCard (.vcf) first.',
  xlsxInvalid: 'The Excel file is damaged or is not an .xlsx workbook.',
  vcardEmpty: 'The vCard file contains no contact cards.',
  noDataRows: 'The file has a header row but no customer rows.',
  // One customer's values
  companyMissing: 'Company name is missing, and there is no contact name to use instead.',
  nameTooLong: 'The name is too long ({{length}} characters; at most {{max}}).',
  textTooLong: 'The text is too long ({{length}} characters; at most {{max}}).',
  itemTooLong: '“{{value}}” is too long (at most {{max}} characters).',
  tooManyValues: 'Too many values ({{count}}; at most {{max}}).',
  emailInvalid: '“{{value}}” is not a valid email address.',
  phoneInvalid: '“{{value}}” is not a valid phone number for {{country}}.',
  whatsappInvalid: '“{{value}}” is not a valid WhatsApp number (write it with the country code, e.g. +55 11 91234 5678).',
  countryMissing: 'The country is missing and no international phone number tells it.',
  countryUnknown: '“{{value}}” is not a country we know.',
  languageInvalid: '“{{value}}” is not a language (use a code such as en, es or pt-BR).',
  timeZoneInvalid: '“{{value}}” is not a time zone (use a name such as Europe/Berlin).',
  levelInvalid: 'Level “{{value}}” is not on the scale ({{levels}}).',
  backgroundUnknown: '“{{value}}” is not a known customer background.',
  stageUnknown: '“{{value}}” is not a known stage.',
  sourceUnknown: '“{{value}}” is not a known source.',
  dateInvalid: '“{{value}}” is not a date (use YYYY-MM-DD).',
  dateInFuture: 'The last contact date “{{value}}” is in the future.',
  websiteInvalid: '“{{value}}” does not look like a website address.',
  duplicateRow: 'Same customer as row {{first}} ({{value}}).',
  valueInvalid: 'This value is not valid.',
} as const;

export type ValidationCode = keyof typeof VALIDATION_MESSAGES;
export type ValidationParams = Record<string, string | number>;

/** The list of codes, for the i18n completeness test and for UIs that enumerate them. */
export const VALIDATION_CODES = Object.keys(VALIDATION_MESSAGES) as ValidationCode[];

/** The English message with its params filled in, the way i18next would. */
export function validationMessage(code: ValidationCode, params?: ValidationParams): string {
  const template: string = VALIDATION_MESSAGES[code];
  if (!params) return template;
  // A big file can have 100,000 errors: split each template once, at its {{placeholders}}.
  let parts = templateParts.get(template);
  if (!parts) {
    parts = template.split(/\{\{(\w+)\}\}/);
    templateParts.set(template, parts);
  }
  let message = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] ?? '';
    const value = params[name];
    message += (value === undefined ? `{{${name}}}` : String(value)) + (parts[i + 1] ?? '');
  }
  return message;
}

/** Literal text and placeholder names, alternating (split with a capturing group). */
const templateParts = new Map<string, string[]>();
