import { describe, expect, it } from 'vitest';
import { mapCustomerColumns, readCustomerTable, validateCustomerRows } from '../../../src-shared/import';
import { bigCustomerCsv } from './bigCustomerCsv';

// A sanity run, not a timed assertion: 100,000 rows must read and validate without an error.
// The times are printed for the record (see the report in the import README).
describe('100,000 rows', () => {
  it('read, map and validate without errors', () => {
    const bytes = new TextEncoder().encode(bigCustomerCsv(100_000));
    let t = performance.now();
    const table = readCustomerTable(bytes, 'big.csv');
    const readMs = performance.now() - t;
    t = performance.now();
    const { valid, errors } = validateCustomerRows(table.rows, mapCustomerColumns(table.headers), { now: Date.UTC(2025, 0, 1) });
    const validateMs = performance.now() - t;
    console.log(
      `100k rows, ${(bytes.length / 1e6).toFixed(1)} MB: read ${readMs.toFixed(0)} ms, validate ${validateMs.toFixed(0)} ms`,
    );
    expect(errors.slice(0, 3)).toEqual([]);
    expect(valid).toHaveLength(100_000);
  }, 60_000);
});
