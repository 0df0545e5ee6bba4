import { withDerivedFields } from '../../../src-shared/customer/derived';
import { createDuplicateFinder } from '../../../src-shared/dedupe';
import { normaliseCompanyName } from '../../../src-shared/customer/derived';
import type { CustomerInput } from '../../../src-shared/customer/customer';
import {
  TableReadError, mapCustomerColumns, readCustomerTable, validateCustomerRows, validationMessage,
} from '../../../src-shared/import';
import type {
  ColumnMapping,
  DuplicateMatch,
  ExistingKey,
  ImportFailure,
  ImportRequest,
  RowDuplicates,
  RowRevalidation,
  TableSummary,
  ValidRow,
  ValidateOptions,
  ValidationSummary,
} from './importProtocol';

/**
 * The import's heavy work, free of the DOM so that it runs in the Web Worker (importWorker.ts) and,
 * should a worker fail to start, on the page itself. It holds the parsed table between requests.
 */
export interface ImportEngine {
  handle(request: ImportRequest, progress: (done: number, total: number) => void): unknown;
}

const SAMPLE_VALUES = 3;
const REASON_RANK: Record<DuplicateMatch['reasons'][number], number> = { email: 0, domain: 1, name: 2 };

/** The engine has no table: a worker that crashed was replaced by a fresh one. */
class FileNotLoadedError extends Error {}

export function createImportEngine(): ImportEngine {
  let rows: string[][] = [];
  let loaded = false;
  let mapping: ColumnMapping = [];
  let options: ValidateOptions | null = null;
  // The row number validateCustomerRows gives the first data row; learnt, not assumed.
  let firstRowNumber = 1;

  const indexOf = (rowNumber: number) => rowNumber - firstRowNumber;

  const read = (bytes: ArrayBuffer, fileName: string): TableSummary => {
    const table = readCustomerTable(new Uint8Array(bytes), fileName);
    rows = table.rows;
    loaded = true;
    mapping = [];
    const samples = table.headers.map((_, col) => {
      const values: string[] = [];
      for (const r of rows) {
        const v = r[col]?.trim();
        if (v) values.push(v.length > 80 ? `${v.slice(0, 80)}…` : v);
        if (values.length >= SAMPLE_VALUES) break;
      }
      return values;
    });
    return {
      encoding: table.encoding,
      headers: table.headers,
      rowCount: rows.length,
      samples,
      suggestedMapping: mapCustomerColumns(table.headers),
    };
  };

  const validate = (nextMapping: ColumnMapping, nextOptions: ValidateOptions, progress: (d: number, t: number) => void): ValidationSummary => {
    // A worker that crashed and was replaced has no file: say so instead of finding no rows.
    if (!loaded) throw new FileNotLoadedError();
    mapping = nextMapping;
    options = nextOptions;
    progress(0, rows.length);
    const result = validateCustomerRows(rows, mapping, options);
    progress(rows.length, rows.length);
    if (rows.length > 0) {
      // Learn the numbering once, from the first row, so a single row can be checked again later.
      const probe = validateCustomerRows(rows.slice(0, 1), mapping, options);
      const n = probe.valid[0]?.row ?? probe.errors[0]?.row;
      if (typeof n === 'number') firstRowNumber = n;
    }
    const cellsByRow: Record<number, string[]> = {};
    for (const e of result.errors) cellsByRow[e.row] ??= [...(rows[indexOf(e.row)] ?? [])];
    return { valid: result.valid, errors: result.errors, cellsByRow };
  };

  // Rows that repeated an earlier row: row number → the earlier row's number.
  const twinOf = new Map<number, number>();
  // What makes each valid row "the same customer" as another (emails; name within a country), so
  // a fix that turns a row into a copy of any other row of the file is refused too.
  const keysByRow = new Map<number, string[]>();
  const sameCustomerKeys = (c: CustomerInput) => [
    ...c.contacts.flatMap((k) => k.emails.map((e) => `email:${e.toLowerCase()}`)),
    `name:${c.country}|${normaliseCompanyName(c.company)}`,
  ];
  const rowSharingKeys = (rowNumber: number, keys: string[]): number | undefined => {
    const wanted = new Set(keys);
    for (const [row, other] of keysByRow) if (row !== rowNumber && other.some((k) => wanted.has(k))) return row;
    return undefined;
  };

  /**
   * Checks one row again after a fix, renumbered to its place in the file. A row that repeated an
   * earlier one is checked together with that earlier row, so it stays refused while it is still
   * the same customer.
   */
  const revalidate = (rowNumber: number, cells: string[]): RowRevalidation => {
    if (!options || !loaded) throw new FileNotLoadedError();
    rows[indexOf(rowNumber)] = cells;
    const twin = twinOf.get(rowNumber);
    const original = twin === undefined ? undefined : rows[indexOf(twin)];
    const checked = validateCustomerRows(original ? [original, cells] : [cells], mapping, options);
    const own = original ? firstRowNumber + 1 : firstRowNumber;
    const errors = checked.errors
      .filter((e) => e.row === own)
      // In the pair the earlier row is row 1; point the message back at its place in the file.
      .map((e) => (e.code === 'duplicateRow' && twin !== undefined ? pointAt(e, rowNumber, twin) : { ...e, row: rowNumber }));
    const valid = checked.valid.find((v) => v.row === own);
    if (valid && errors.length === 0) {
      const keys = sameCustomerKeys(valid.customer);
      const other = rowSharingKeys(rowNumber, keys);
      if (other !== undefined) {
        keysByRow.delete(rowNumber);
        const duplicate = { row: rowNumber, field: 'row' as const, code: 'duplicateRow' as const, params: { first: other, value: valid.customer.company }, message: '' };
        return { row: rowNumber, valid: null, errors: [pointAt(duplicate, rowNumber, other)], cells };
      }
      keysByRow.set(rowNumber, keys);
      return { row: rowNumber, valid: { ...valid, row: rowNumber }, errors, cells };
    }
    keysByRow.delete(rowNumber);
    return { row: rowNumber, valid: null, errors, cells };
  };

  const rememberTwins = (summary: ValidationSummary) => {
    twinOf.clear();
    keysByRow.clear();
    for (const v of summary.valid) keysByRow.set(v.row, sameCustomerKeys(v.customer));
    for (const e of summary.errors) {
      const first = Number(e.params?.first);
      if (e.code === 'duplicateRow' && Number.isInteger(first)) twinOf.set(e.row, first);
    }
  };

  /**
   * Matches the valid rows against the book's customers. A lookup costs more than adding to the
   * index, so the finder indexes the larger side and is asked about each item of the smaller one:
   * 100,000 rows against a 300-customer book index the rows and ask 300 times. The keys match both
   * ways (a shared email, the same domain, a near-identical name), so either way finds the same pairs.
   */
  const dedupe = (existing: ExistingKey[], valid: ValidRow[], progress: (d: number, t: number) => void): RowDuplicates[] => {
    const rowKeys = valid.map(({ row, customer }) => {
      const keys = withDerivedFields(customer);
      return { id: String(row), company: customer.company, emails: keys.emails, domain: keys.domain, nameKey: keys.nameKey };
    });
    const byRow = new Map<number, DuplicateMatch[]>();
    const note = (row: number, customer: ExistingKey, reasons: DuplicateMatch['reasons']) => {
      const match = { id: customer.id, company: customer.company, reasons };
      const list = byRow.get(row);
      if (list) list.push(match);
      else byRow.set(row, [match]);
    };
    const step = (i: number, total: number) => i % 5000 === 0 && progress(i, total);

    if (existing.length >= rowKeys.length) {
      const finder = createDuplicateFinder(existing);
      const byId = new Map(existing.map((e) => [e.id, e]));
      rowKeys.forEach((keys, i) => {
        for (const m of finder.find(keys)) {
          const customer = byId.get(m.id);
          if (customer) note(Number(keys.id), customer, m.reasons);
        }
        step(i, rowKeys.length);
      });
    } else {
      const finder = createDuplicateFinder(rowKeys);
      existing.forEach((customer, i) => {
        for (const m of finder.find(customer)) note(Number(m.id), customer, m.reasons);
        step(i, existing.length);
      });
    }
    progress(1, 1);
    // Strongest first, as the finder orders them: a shared email beats a similar name.
    const strength = (m: DuplicateMatch) => Math.min(...m.reasons.map((r) => REASON_RANK[r]));
    return [...byRow].map(([row, matches]) => ({ row, matches: matches.sort((a, b) => strength(a) - strength(b)) }));
  };

  return {
    handle(request, progress) {
      switch (request.type) {
        case 'read':
          return read(request.bytes, request.fileName);
        case 'validate': {
          const summary = validate(request.mapping, request.options, progress);
          rememberTwins(summary);
          return summary;
        }
        case 'revalidate':
          return revalidate(request.row, request.cells);
        case 'dedupe':
          return dedupe(request.existing, request.rows, progress);
      }
    },
  };
}

/** A "same customer as row N" error pointed at the rows' real places in the file, message included. */
function pointAt<E extends { row: number; code: string; params?: Record<string, string | number> }>(e: E, row: number, first: number): E {
  const params = { ...e.params, first };
  return { ...e, row, params, message: validationMessage('duplicateRow', params) };
}

/** A failure as a value that crosses postMessage: file problems keep their code for i18n. */
export function toFailure(err: unknown): ImportFailure {
  if (err instanceof TableReadError) return { kind: 'table', code: err.code, params: { ...err.params } };
  if (err instanceof FileNotLoadedError) return { kind: 'fileLost' };
  return { kind: 'unexpected', message: err instanceof Error ? err.message : String(err) };
}
