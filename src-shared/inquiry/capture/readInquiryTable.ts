import { countryCodeFromText } from '../../customer/countries';
import { parseDateCell } from '../../import/parseDate';
import { readCustomerTable, type CustomerTable, type ReadTableOptions } from '../../import/readCustomerTable';
import { qualifyInputSchema } from '../qualify';
import { INQUIRY_CHANNELS, type InquiryChannel, type PlatformSignals, type QualifyInput } from '../types';
import { dateHeaderToIso } from './dateHeader';
import { CaptureError } from './errors';
import type { InquiryField } from './inquiryFields';

export type InquiryTable = CustomerTable;

/**
 * Reads an inquiry spreadsheet with the customer import's readers: CSV/TSV/TXT in any encoding
 * Excel and platforms produce, or .xlsx. Throws the import's TableReadError (fileEmpty,
 * fileTooBig, fileBinary, unsupportedType, xlsxInvalid, noDataRows; i18n `validation:<code>`),
 * or CaptureError('vcardNotInquiries') for a contact card.
 */
export function readInquiryTable(bytes: Uint8Array, fileName: string, options: ReadTableOptions = {}): InquiryTable {
  if (/\.(vcf|vcard)$/i.test(fileName)) throw new CaptureError('vcardNotInquiries', { file: fileName });
  return readCustomerTable(bytes, fileName, options);
}

/** Why a row was left out (1-based row number in the data rows, the header not counted). */
export interface SkippedRow {
  row: number;
  reason: 'noMessage' | 'invalid';
  /** For invalid: the input field that was not valid. */
  field?: string;
}

/**
 * The rows as addInquiries' inputs, with the mapping the salesperson confirmed. A row without
 * text is skipped (and reported), never stored half; a value that cannot be read (an unknown
 * country, a date that is no date) is left out of the input and the inquiry kept.
 */
export function rowsToInquiries(
  table: InquiryTable,
  mapping: readonly (InquiryField | null)[],
): { inputs: QualifyInput[]; rows: number[]; skipped: SkippedRow[] } {
  const inputs: QualifyInput[] = [];
  /** The sheet row (1-based, after the header) of each input. */
  const rows: number[] = [];
  const skipped: SkippedRow[] = [];
  table.rows.forEach((row, index) => {
    const cell = (field: InquiryField) => {
      const column = mapping.indexOf(field);
      return column < 0 ? '' : (row[column] ?? '').trim();
    };
    const message = cell('message');
    const lines = [
      label('Product', cell('product')),
      label('Quantity', cell('quantity')),
      label('Company', cell('company')),
      label('Phone', cell('phone')),
      label('Website', cell('website')),
    ].filter(Boolean);
    if (!message && lines.length === 0) {
      skipped.push({ row: index + 1, reason: 'noMessage' });
      return;
    }
    const input: QualifyInput = { text: message ? [...lines, ...(lines.length ? [''] : []), message].join('\n') : lines.join('\n') };
    const subject = cell('subject');
    if (subject) input.subject = subject.slice(0, 2_000);
    const email = cell('fromEmail');
    if (email) input.fromEmail = email.toLowerCase().slice(0, 320);
    const name = cell('fromName');
    if (name) input.fromName = name.slice(0, 400);
    const country = cell('country') ? countryCodeFromText(cell('country')) : null;
    if (country) input.country = country;
    const receivedAt = readReceivedAt(cell('receivedAt'));
    if (receivedAt) input.receivedAt = receivedAt;
    const channel = readChannel(cell('channel'));
    if (channel) input.channel = channel;
    const platform = readPlatform(cell);
    if (platform) input.platform = platform;

    const checked = qualifyInputSchema.safeParse(input);
    if (!checked.success) {
      skipped.push({ row: index + 1, reason: 'invalid', field: checked.error.issues[0]?.path.join('.') || 'input' });
      return;
    }
    inputs.push(input);
    rows.push(index + 1);
  });
  return { inputs, rows, skipped };
}

function label(name: string, value: string): string {
  const v = value.replace(/\s+/g, ' ').trim();
  return v ? `${name}: ${v}` : '';
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?([+-]\d{2}:\d{2}|Z)$/i;

/**
 * A cell's time: ISO with an offset is kept as written (the buyer's clock); a mail-style date
 * keeps its offset too; a local date or an Excel serial is read in this computer's time and given
 * as UTC ("Z": the buyer's clock is unknown).
 */
function readReceivedAt(value: string): string | null {
  if (!value) return null;
  if (ISO_WITH_OFFSET.test(value) && Number.isFinite(Date.parse(value))) return value.toUpperCase().endsWith('Z') ? value.toUpperCase() : value;
  const mail = dateHeaderToIso(value);
  if (mail) return mail;
  const t = parseDateCell(value);
  return t === null ? null : new Date(t).toISOString();
}

const CHANNEL_WORDS: Array<[RegExp, InquiryChannel]> = [
  [/alibaba|阿里|国际站/i, 'alibaba'],
  [/\brfq\b|采购需求|request for quotation/i, 'rfq'],
  [/made-?in-?china|中国制造/i, 'madeInChina'],
  [/whats\s*app/i, 'whatsapp'],
  [/fair|exhibition|expo|canton|展会|广交会/i, 'tradeFair'],
  [/web|site|form|官网|网站/i, 'website'],
  [/mail|邮件|邮箱/i, 'email'],
];

function readChannel(value: string): InquiryChannel | null {
  if (!value) return null;
  const exact = INQUIRY_CHANNELS.find((c) => c.toLowerCase() === value.toLowerCase());
  if (exact) return exact;
  return CHANNEL_WORDS.find(([re]) => re.test(value))?.[1] ?? 'other';
}

const YES = /^(yes|y|true|1|x|✓|✔|verified|是|有|已认证|认证)$/i;

function readPlatform(cell: (field: InquiryField) => string): PlatformSignals | null {
  const platform: PlatformSignals = {};
  const verified = cell('verified');
  if (verified) platform.verified = YES.test(verified);
  const count = (field: 'productViews' | 'validInquiries' | 'rfqs' | 'loginDays' | 'junkInquiries' | 'blacklisted', max: number) => {
    const text = cell(field).replace(/[,\s]/g, '');
    if (!/^\d+$/.test(text)) return;
    platform[field] = Math.min(Number(text), max);
  };
  count('productViews', 1_000_000);
  count('validInquiries', 1_000_000);
  count('rfqs', 1_000_000);
  count('loginDays', 90);
  count('junkInquiries', 1_000_000);
  count('blacklisted', 1_000_000);
  return Object.keys(platform).length ? platform : null;
}
