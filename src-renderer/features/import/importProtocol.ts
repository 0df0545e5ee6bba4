import type { CustomerInput } from '../../../src-shared/customer/customer';
import type { CustomerField, RowError, RowValidationOptions } from '../../../src-shared/import';

export type { RowError };

/**
 * The messages between the import wizard and its Web Worker. The worker keeps the parsed table
 * (possibly 100,000 rows) so that it crosses to the page once, as validated customers, and not at
 * every step.
 */

/** Which customer field each column feeds; null leaves the column out. */
export type ColumnMapping = (CustomerField | null)[];

export interface ValidRow {
  row: number;
  customer: CustomerInput;
}

/** The level codes in use and the defaults for empty cells (the file's source). */
export type ValidateOptions = Pick<RowValidationOptions, 'levels' | 'defaults'>;

/** What the page needs to know of the file after reading it. */
export interface TableSummary {
  encoding: string;
  headers: string[];
  rowCount: number;
  /** Up to three non-empty example values per column, for the mapping step. */
  samples: string[][];
  /** The columns as the import module would map them. */
  suggestedMapping: ColumnMapping;
}

export interface ValidationSummary {
  valid: ValidRow[];
  errors: RowError[];
  /** The cells of each row with errors, by row number, so they can be fixed in place. */
  cellsByRow: Record<number, string[]>;
}

export interface RowRevalidation {
  row: number;
  valid: ValidRow | null;
  errors: RowError[];
  cells: string[];
}

/** The keys of a customer already in the book, for duplicate detection in the worker. */
export interface ExistingKey {
  id: string;
  company: string;
  emails: string[];
  domain: string;
  nameKey: string;
}

export interface DuplicateMatch {
  id: string;
  company: string;
  reasons: ('email' | 'domain' | 'name')[];
}

export interface RowDuplicates {
  row: number;
  matches: DuplicateMatch[];
}

export type ImportRequest =
  | { type: 'read'; bytes: ArrayBuffer; fileName: string }
  | { type: 'validate'; mapping: ColumnMapping; options: ValidateOptions }
  | { type: 'revalidate'; row: number; cells: string[] }
  | { type: 'dedupe'; existing: ExistingKey[]; rows: ValidRow[] };

export interface ImportResults {
  read: TableSummary;
  validate: ValidationSummary;
  revalidate: RowRevalidation;
  dedupe: RowDuplicates[];
}

/** Why a request failed: a file problem with a `validation:` code, a lost table, or something unexpected. */
export type ImportFailure =
  | { kind: 'table'; code: string; params: Record<string, string | number> }
  | { kind: 'fileLost' }
  | { kind: 'unexpected'; message: string };

export type ImportResponse =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'result'; result: unknown }
  | { id: number; type: 'error'; failure: ImportFailure };

export type ImportEnvelope = ImportRequest & { id: number };
