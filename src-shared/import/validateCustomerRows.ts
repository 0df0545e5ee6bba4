import type { CustomerInput } from '../customer/customer';
import { DEFAULT_LEVELS, type LevelDefinition } from '../customer/vocabulary';
import { withoutFormulaGuard } from './cellText';
import type { CustomerField } from './customerFields';
import { FileDuplicates } from './fileDuplicates';
import { rowToCustomer, type RowCells, type RowContext } from './rowToCustomer';
import { validationMessage, type ValidationCode, type ValidationParams } from './validationCodes';

export interface RowValidationOptions {
  /** The level scale in use (codes, or the Settings definitions); A-E by default. */
  levels?: readonly (string | LevelDefinition)[];
  /** Values for empty cells: country, city, language, timeZone, level, background, stage, source, tags, products, notes. */
  defaults?: Partial<CustomerInput>;
  /** "Now", for refusing a last contact in the future; Date.now() by default. */
  now?: number;
}

export interface RowError {
  /** 1 is the first data row (the row after the header). */
  row: number;
  field: CustomerField | 'row';
  /** The i18n key in the validation namespace. */
  code: ValidationCode;
  params?: ValidationParams;
  /** English, for logs; the UI translates `code` with `params`. */
  message: string;
}

export interface RowValidationResult {
  valid: { row: number; customer: CustomerInput }[];
  errors: RowError[];
}

/** Long garbage (a 2,000-character "email") would swamp the message; the row number finds it anyway. */
const MAX_PARAM_LENGTH = 80;

/**
 * Checks every row and turns the good ones into customers. A row is valid only when it has no
 * error at all; every error of a row is reported, each naming its row and field.
 */
export function validateCustomerRows(
  rows: string[][],
  mapping: (CustomerField | null)[],
  options: RowValidationOptions = {},
): RowValidationResult {
  const columns = columnsByField(mapping);
  const firstColumn = new Map([...columns].map(([field, list]) => [field, list[0] ?? -1]));
  const ctx: RowContext = {
    levels: (options.levels ?? DEFAULT_LEVELS).map((l) => (typeof l === 'string' ? l : l.code)),
    defaults: options.defaults ?? {},
    now: options.now ?? Date.now(),
    phoneCache: new Map(),
    countryCache: new Map(),
  };
  const duplicates = new FileDuplicates();
  const valid: RowValidationResult['valid'] = [];
  const errors: RowError[] = [];

  rows.forEach((cells, index) => {
    const row = index + 1;
    const cellOf = (column: number) => withoutFormulaGuard(cells[column] ?? '');
    const rowCells: RowCells = {
      one: (field) => {
        const column = firstColumn.get(field);
        return column === undefined ? '' : cellOf(column);
      },
      all: (field) => (columns.get(field) ?? []).map(cellOf),
    };
    let failed = false;
    const report = (field: CustomerField | 'row', code: ValidationCode, params?: ValidationParams) => {
      failed = true;
      errors.push(rowError(row, field, code, params));
    };
    const customer = rowToCustomer(rowCells, ctx, report);
    const duplicate = duplicates.check(customer, row);
    if (duplicate) report('row', 'duplicateRow', { first: duplicate.first, value: duplicate.value });
    if (!failed) valid.push({ row, customer });
  });
  return { valid, errors };
}

function columnsByField(mapping: (CustomerField | null)[]): Map<CustomerField, number[]> {
  const columns = new Map<CustomerField, number[]>();
  mapping.forEach((field, column) => {
    if (field) columns.set(field, [...(columns.get(field) ?? []), column]);
  });
  return columns;
}

function rowError(row: number, field: CustomerField | 'row', code: ValidationCode, params?: ValidationParams): RowError {
  const shortParams = params && shorten(params);
  return shortParams
    ? { row, field, code, params: shortParams, message: validationMessage(code, shortParams) }
    : { row, field, code, message: validationMessage(code) };
}

function shorten(params: ValidationParams): ValidationParams {
  const out: ValidationParams = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = typeof value === 'string' && value.length > MAX_PARAM_LENGTH ? `${value.slice(0, MAX_PARAM_LENGTH - 1)}…` : value;
  }
  return out;
}
