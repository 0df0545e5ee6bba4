import { describe, expect, it } from 'vitest';
import type { CustomerInput } from '../../../../src-shared/customer/customer';
import type { DuplicateMatch, RowError, ValidationSummary } from '../../../../src-renderer/features/import/importProtocol';
import {
  type DuplicateAction,
  applyRevalidation,
  buildImportPlan,
  defaultDuplicateAction,
  reviewFromSummary,
} from '../../../../src-renderer/features/import/reviewModel';

const customer = (company: string): CustomerInput => ({
  company,
  website: '',
  country: 'DE',
  city: '',
  contacts: [],
  language: 'de',
  timeZone: 'Europe/Berlin',
  level: 'D',
  background: 'unknown',
  stage: 'newInquiry',
  source: 'tradeFair',
  tags: [],
  products: [],
  notes: '',
  lastContactAt: null,
  nextFollowUpAt: null,
});
const error = (row: number, field: RowError['field'], code: RowError['code']): RowError => ({ row, field, code, message: code });
const match = (id: string, reasons: DuplicateMatch['reasons'] = ['email']): DuplicateMatch => ({ id, company: id, reasons });

const summary: ValidationSummary = {
  valid: [
    { row: 1, customer: customer('Acme') },
    { row: 4, customer: customer('Delta') },
    { row: 2, customer: customer('Beta') },
  ],
  errors: [error(3, 'email', 'emailInvalid'), error(3, 'country', 'countryMissing'), error(5, 'row', 'duplicateRow')],
  cellsByRow: { 3: ['Gamma', '', 'bad'], 5: ['Acme', 'DE', 'a@acme.example'] },
};

describe('reviewFromSummary', () => {
  it('indexes valid rows, errors and cells by row number', () => {
    const review = reviewFromSummary(summary);
    expect([...review.valid.keys()]).toEqual([1, 4, 2]);
    expect(review.valid.get(4)?.company).toBe('Delta');
    expect(review.errors.get(3)?.map((e) => e.code)).toEqual(['emailInvalid', 'countryMissing']);
    expect(review.errors.get(5)).toHaveLength(1);
    expect(review.cells.get(3)).toEqual(['Gamma', '', 'bad']);
    expect(review.cells.has(5)).toBe(true);
    expect([...review.cells.keys()].every((k) => typeof k === 'number')).toBe(true);
  });

  it('copes with an empty file', () => {
    const review = reviewFromSummary({ valid: [], errors: [], cellsByRow: {} });
    expect([review.valid.size, review.errors.size, review.cells.size]).toEqual([0, 0, 0]);
  });
});

describe('applyRevalidation (a fix in place)', () => {
  it('moves a fixed row to the valid rows and keeps its edited cells', () => {
    const before = reviewFromSummary(summary);
    const after = applyRevalidation(before, {
      row: 3,
      valid: { row: 3, customer: customer('Gamma') },
      errors: [],
      cells: ['Gamma', 'FR', 'g@gamma.example'],
    });
    expect(after.valid.get(3)?.company).toBe('Gamma');
    expect(after.errors.has(3)).toBe(false);
    expect(after.cells.get(3)).toEqual(['Gamma', 'FR', 'g@gamma.example']);
    // The review it came from is left as it was (React state).
    expect(before.valid.has(3)).toBe(false);
    expect(before.errors.has(3)).toBe(true);
    expect(before.cells.get(3)).toEqual(['Gamma', '', 'bad']);
  });

  it('replaces the errors of a row that is still wrong', () => {
    const after = applyRevalidation(reviewFromSummary(summary), {
      row: 3,
      valid: null,
      errors: [error(3, 'country', 'countryUnknown')],
      cells: ['Gamma', 'Atlantis', 'g@gamma.example'],
    });
    expect(after.errors.get(3)?.map((e) => e.code)).toEqual(['countryUnknown']);
    expect(after.valid.has(3)).toBe(false);
    expect(after.cells.get(3)?.[1]).toBe('Atlantis');
  });

  it('takes a valid row out of the valid rows when a later edit breaks it', () => {
    const fixed = applyRevalidation(reviewFromSummary(summary), {
      row: 3,
      valid: { row: 3, customer: customer('Gamma') },
      errors: [],
      cells: ['Gamma', 'FR', 'g@gamma.example'],
    });
    const broken = applyRevalidation(fixed, { row: 3, valid: null, errors: [error(3, 'email', 'emailInvalid')], cells: ['Gamma', 'FR', 'x'] });
    expect(broken.valid.has(3)).toBe(false);
    expect(broken.errors.get(3)).toHaveLength(1);
  });
});

describe('defaultDuplicateAction', () => {
  it('merges into the strongest match, or imports as new when there is none', () => {
    expect(defaultDuplicateAction([match('c1'), match('c2', ['name'])])).toBe('merge:c1');
    expect(defaultDuplicateAction([])).toBe('new');
  });

  it('keeps ids that contain a colon whole', () => {
    const action = defaultDuplicateAction([match('legacy:42')]);
    expect(action).toBe('merge:legacy:42');
    const plan = buildImportPlan(
      reviewFromSummary({ valid: [{ row: 1, customer: customer('Acme') }], errors: [], cellsByRow: {} }),
      new Map([[1, [match('legacy:42')]]]),
      new Map(),
    );
    expect(plan.merges.map((m) => m.targetId)).toEqual(['legacy:42']);
  });
});

describe('buildImportPlan', () => {
  const review = reviewFromSummary(summary);

  it('imports valid rows in file order and counts the rows with errors as left out', () => {
    const plan = buildImportPlan(review, new Map(), new Map());
    expect(plan.rows.map((r) => r.company)).toEqual(['Acme', 'Beta', 'Delta']);
    expect(plan.merges).toEqual([]);
    expect(plan.leftOut).toBe(2);
  });

  it('merges duplicates by default and follows the salesperson\'s choices', () => {
    const duplicates = new Map([
      [1, [match('c1')]],
      [2, [match('c2'), match('c3')]],
      [4, [match('c4')]],
    ]);
    const byDefault = buildImportPlan(review, duplicates, new Map());
    expect(byDefault.rows).toEqual([]);
    expect(byDefault.merges.map((m) => [m.input.company, m.targetId])).toEqual([
      ['Acme', 'c1'],
      ['Beta', 'c2'],
      ['Delta', 'c4'],
    ]);

    const actions = new Map<number, DuplicateAction>([
      [1, 'new'],
      [2, 'merge:c3'],
      [4, 'skip'],
    ]);
    const chosen = buildImportPlan(review, duplicates, actions);
    expect(chosen.rows.map((r) => r.company)).toEqual(['Acme']);
    expect(chosen.merges.map((m) => [m.input.company, m.targetId])).toEqual([['Beta', 'c3']]);
    expect(chosen.leftOut).toBe(3);
  });

  it('ignores choices for rows that have no duplicates (or are not valid)', () => {
    const plan = buildImportPlan(review, new Map(), new Map<number, DuplicateAction>([[1, 'skip'], [3, 'merge:c9']]));
    expect(plan.rows).toHaveLength(3);
    expect(plan.leftOut).toBe(2);
  });

  it('has nothing to import when every row is skipped or wrong', () => {
    const duplicates = new Map([1, 2, 4].map((row) => [row, [match('c')]]));
    const actions = new Map<number, DuplicateAction>([1, 2, 4].map((row) => [row, 'skip']));
    const plan = buildImportPlan(review, duplicates, actions);
    expect(plan.rows.length + plan.merges.length).toBe(0);
    expect(plan.leftOut).toBe(5);
  });
});
