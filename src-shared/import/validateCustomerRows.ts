import type { CustomerInput } from '../customer/customer';
import { DEFAULT_LEVELS, type LevelDefinition } from '../customer/vocabulary';
import { withoutFormulaGuard } from './cellText';
import { CUSTOMER_FIELDS, type CustomerField } from './customerFields';
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
  const levels = (options.levels ?? DEFAULT_LEVELS).map((l) => (typeof l === 'string' ? l : l.code));
  const ctx: RowContext = {
    levels,
    lowerLevels: levels.map((level) => level.toLowerCase()),
    defaults: options.defaults ?? {},
    now: options.now ?? Date.now(),
    phoneCache: new Map(),
    countryCache: new Map(),
  };
  const duplicates = new FileDuplicates();
  const valid: RowValidationResult['valid'] = [];
  const errors: RowError[] = [];
  // One reader and one reporter serve every row: 100,000 rows should not mean 400,000 closures.
  const cells = new RowReader(mapping);
  const reporter = new RowReporter(errors);
  const report = reporter.report;

  for (let index = 0; index < rows.length; index++) {
    const row = index + 1;
    cells.cells = rows[index] ?? [];
    reporter.start(row);
    const customer = rowToCustomer(cells, ctx, report);
    const duplicate = duplicates.check(customer, row);
    if (duplicate) report('row', 'duplicateRow', { first: duplicate.first, value: duplicate.value });
    if (!reporter.failed) valid.push({ row, customer });
  }
  return { valid, errors };
}

const NO_CELLS: string[] = [];

/** The cells of the current row, by field. */
class RowReader implements RowCells {
  cells: readonly string[] = NO_CELLS;
  /** Each field's first column, -1 for none: an object of fixed shape reads faster than a Map. */
  private readonly first = Object.fromEntries(CUSTOMER_FIELDS.map((field) => [field, -1])) as Record<CustomerField, number>;
  private readonly columns = new Map<CustomerField, number[]>();
  private readonly scratch = new Map<CustomerField, string[]>();

  constructor(mapping: readonly (CustomerField | null)[]) {
    mapping.forEach((field, column) => {
      if (!field) return;
      const list = this.columns.get(field);
      if (list) list.push(column);
      else {
        this.columns.set(field, [column]);
        this.first[field] = column;
      }
    });
  }

  one(field: CustomerField): string {
    const column = this.first[field];
    return column < 0 ? '' : withoutFormulaGuard(this.cells[column] ?? '');
  }

  /** The values of the current row; the array is reused for the next row, so read it at once. */
  all(field: CustomerField): readonly string[] {
    const columns = this.columns.get(field);
    if (!columns) return NO_CELLS;
    let values = this.scratch.get(field);
    if (!values) {
      values = [];
      this.scratch.set(field, values);
    }
    values.length = 0;
    for (const column of columns) values.push(withoutFormulaGuard(this.cells[column] ?? ''));
    return values;
  }
}

class RowReporter {
  row = 0;
  failed = false;

  constructor(private readonly errors: RowError[]) {}

  start(row: number): void {
    this.row = row;
    this.failed = false;
  }

  readonly report = (field: CustomerField | 'row', code: ValidationCode, params?: ValidationParams): void => {
    this.failed = true;
    this.errors.push(rowError(this.row, field, code, params));
  };
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
