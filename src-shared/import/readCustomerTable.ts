import { decodeText, MAX_IMPORT_BYTES, type TextEncodingName } from './decodeText';
import { readDelimitedText } from './readDelimitedText';
import { readVcard } from './readVcard';
import { readXlsx } from './readXlsx';
import { TableReadError } from './tableReadError';

export interface CustomerTable {
  /** How the bytes were read: utf-8, utf-8-bom, utf-16le, utf-16be, gb18030, windows-1252 or xlsx. */
  encoding: string;
  /** Trimmed header cells, in file order. */
  headers: string[];
  /** Data rows, each exactly as long as `headers`; rows with nothing in them are gone. */
  rows: string[][];
}

export interface ReadTableOptions {
  /** Read the text in this encoding instead of guessing it (the import's "characters look wrong" choice). */
  encoding?: TextEncodingName;
}

type Format = 'delimited' | 'vcard' | 'xlsx';

const FORMAT_BY_EXTENSION: Record<string, Format> = {
  csv: 'delimited', tsv: 'delimited', txt: 'delimited', tab: 'delimited',
  vcf: 'vcard', vcard: 'vcard',
  xlsx: 'xlsx', xlsm: 'xlsx',
};

/**
 * Reads a customer list the salesperson picked: CSV/TSV/TXT in any of the encodings Excel and
 * phones produce, an .xlsx workbook, or a vCard file. Synchronous, so a worker or the main thread
 * can call it alike; throws TableReadError for anything that is not a usable table. An .xlsx
 * workbook has no encoding to choose: options.encoding applies to text files only.
 */
export function readCustomerTable(bytes: Uint8Array, fileName: string, options: ReadTableOptions = {}): CustomerTable {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new TableReadError('fileTooBig', { maxMb: MAX_IMPORT_BYTES / (1024 * 1024) });
  }
  const format = formatOf(bytes, fileName);
  if (bytes.length === 0) throw new TableReadError('fileEmpty');

  if (format === 'xlsx') return shapeTable(readXlsx(bytes), 'xlsx');
  const { text, encoding } = decodeText(bytes, options.encoding);
  if (text.trim() === '') throw new TableReadError('fileEmpty');
  return shapeTable(format === 'vcard' ? readVcard(text) : readDelimitedText(text, fileName), encoding);
}

function formatOf(bytes: Uint8Array, fileName: string): Format {
  const dot = fileName.lastIndexOf('.');
  const extension = dot >= 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  const known = FORMAT_BY_EXTENSION[extension];
  if (known) return known;
  // Some B2B platforms save their exports as ".xls" although the content is an .xlsx zip or plain
  // tab-separated text; look before refusing. A real old .xls (OLE2) stays unsupported.
  if (extension === 'xls') {
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
    if (bytes[0] !== 0xd0 && bytes.length > 0 && bytes.indexOf(0) === -1 && !looksLikeMarkup(bytes)) return 'delimited';
  }
  throw new TableReadError('unsupportedType', { ext: extension ? `.${extension}` : fileName });
}

function looksLikeMarkup(bytes: Uint8Array): boolean {
  const start = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart();
  return start.startsWith('<');
}

function shapeTable(grid: string[][], encoding: string): CustomerTable {
  const nonEmpty = grid.filter((row) => row.some((cell) => cell.trim() !== ''));
  const [headerRow, ...dataRows] = nonEmpty;
  if (!headerRow) throw new TableReadError('fileEmpty');
  if (dataRows.length === 0) throw new TableReadError('noDataRows');
  const headers = headerRow.map((h) => h.replace(/^\uFEFF/, '').trim());
  const width = headers.length;
  const rows = dataRows.map((row) => {
    if (row.length === width) return row;
    if (row.length > width) return row.slice(0, width);
    const padded = row.slice();
    while (padded.length < width) padded.push('');
    return padded;
  });
  return { encoding, headers, rows };
}
