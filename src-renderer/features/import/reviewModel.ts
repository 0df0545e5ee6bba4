import type { CustomerInput } from '../../../src-shared/customer/customer';
import type { DuplicateMatch, RowError, RowRevalidation, ValidationSummary } from './importProtocol';

/**
 * The review step's data, by row number. Maps rather than arrays: a fix moves one row from
 * `errors` to `valid` without renumbering anything, and 100,000 rows stay cheap to look up.
 */
export interface ReviewData {
  valid: Map<number, CustomerInput>;
  errors: Map<number, RowError[]>;
  /** The cells of rows that had errors, as last edited. */
  cells: Map<number, string[]>;
}

export function reviewFromSummary(summary: ValidationSummary): ReviewData {
  const valid = new Map(summary.valid.map((v) => [v.row, v.customer]));
  const errors = new Map<number, RowError[]>();
  for (const e of summary.errors) {
    const list = errors.get(e.row);
    if (list) list.push(e);
    else errors.set(e.row, [e]);
  }
  const cells = new Map(Object.entries(summary.cellsByRow).map(([row, c]) => [Number(row), c]));
  return { valid, errors, cells };
}

/** The review after one row was checked again: it either still has errors or joins the valid rows. */
export function applyRevalidation(review: ReviewData, result: RowRevalidation): ReviewData {
  const valid = new Map(review.valid);
  const errors = new Map(review.errors);
  const cells = new Map(review.cells).set(result.row, result.cells);
  if (result.valid) {
    valid.set(result.row, result.valid.customer);
    errors.delete(result.row);
  } else {
    valid.delete(result.row);
    errors.set(result.row, result.errors);
  }
  return { valid, errors, cells };
}

/** What to do with a row that matches a customer already in the book. */
export type DuplicateAction = `merge:${string}` | 'new' | 'skip';

export function defaultDuplicateAction(matches: readonly DuplicateMatch[]): DuplicateAction {
  const first = matches[0];
  return first ? `merge:${first.id}` : 'new';
}

export interface ImportPlan {
  rows: CustomerInput[];
  merges: { input: CustomerInput; targetId: string }[];
  /** Rows the salesperson chose to leave out: rows with errors (when skipped) and duplicates. */
  leftOut: number;
}

/** What importCustomers gets, in file order, from the review and the duplicate choices. */
export function buildImportPlan(
  review: ReviewData,
  duplicates: ReadonlyMap<number, DuplicateMatch[]>,
  actions: ReadonlyMap<number, DuplicateAction>,
): ImportPlan {
  const plan: ImportPlan = { rows: [], merges: [], leftOut: review.errors.size };
  const ordered = [...review.valid.keys()].sort((a, b) => a - b);
  for (const row of ordered) {
    const input = review.valid.get(row)!;
    const matches = duplicates.get(row);
    const action = matches ? (actions.get(row) ?? defaultDuplicateAction(matches)) : 'new';
    if (action === 'skip') plan.leftOut++;
    else if (action === 'new') plan.rows.push(input);
    else plan.merges.push({ input, targetId: action.slice('merge:'.length) });
  }
  return plan;
}
