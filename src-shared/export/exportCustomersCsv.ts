import Papa from 'papaparse';
import type { Customer } from '../customer/customer';
import { EXPORT_COLUMNS, EXPORT_HEADER_LABELS, EXPORT_VALUE, type ExportColumn } from './exportColumns';
import { neutraliseFormula } from './formulaGuard';

export interface CsvExportOptions {
  /** Which columns, in which order; all of EXPORT_COLUMNS by default. */
  columns?: readonly ExportColumn[];
  /** Header text per column (e.g. translated); EXPORT_HEADER_LABELS by default. */
  headerLabels?: Partial<Record<ExportColumn, string>>;
}

// Excel reads a CSV without a BOM in the system's ANSI code page (GBK on a Chinese Windows).
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * The customers as a CSV file's bytes: UTF-8 with a BOM and CRLF line ends, so Excel and WPS open
 * it correctly by double-click; one row per customer; every cell guarded against formula injection.
 * The headers are ones the import recognises, so the file can be imported back unchanged.
 */
export function exportCustomersCsv(customers: readonly Customer[], options: CsvExportOptions = {}): Uint8Array {
  const columns = options.columns ?? EXPORT_COLUMNS;
  const fields = columns.map((column) => neutraliseFormula(options.headerLabels?.[column] ?? EXPORT_HEADER_LABELS[column]));
  const data = customers.map((customer) => columns.map((column) => neutraliseFormula(EXPORT_VALUE[column](customer))));
  const text = Papa.unparse({ fields, data }, { newline: '\r\n' });
  const body = new TextEncoder().encode(text);
  const bytes = new Uint8Array(UTF8_BOM.length + body.length);
  bytes.set(UTF8_BOM, 0);
  bytes.set(body, UTF8_BOM.length);
  return bytes;
}
