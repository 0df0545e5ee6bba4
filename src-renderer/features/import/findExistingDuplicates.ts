import type { CustomerInput } from '../../../src-shared/customer/customer';
import { withDerivedFields } from '../../../src-shared/customer/derived';
import { findDuplicatesOf, getCustomersByIds, queryBookIds } from '../../data';
import type { ImportClient } from './importClient';
import type { DuplicateMatch, ExistingKey, RowDuplicates, ValidRow } from './importProtocol';

/** Up to this many rows, asking the book's indexes row by row beats loading the whole book. */
const PER_ROW_LIMIT = 300;
const LOAD_CHUNK = 5000;

async function matchesOf(customer: CustomerInput): Promise<DuplicateMatch[]> {
  const keys = withDerivedFields(customer);
  const found = await findDuplicatesOf({ emails: keys.emails, domain: keys.domain, nameKey: keys.nameKey });
  return found.map((f) => ({ id: f.customer.id, company: f.customer.company, reasons: f.reasons }));
}

/** Matches in the book for one row, e.g. a row that just became valid after a fix. */
export async function findDuplicatesOfRow(row: number, customer: CustomerInput): Promise<RowDuplicates | null> {
  const matches = await matchesOf(customer);
  return matches.length > 0 ? { row, matches } : null;
}

/**
 * Which valid rows are customers the book already has. A small file asks the book's indexes row
 * by row; a big one loads the book's keys once and matches them in the worker, so the window
 * stays responsive.
 */
export async function findExistingDuplicates(
  valid: ValidRow[],
  client: ImportClient,
  progress: (done: number, total: number) => void,
): Promise<RowDuplicates[]> {
  const book = await queryBookIds({}, { key: 'company', dir: 'asc' });
  if (book.total === 0 || valid.length === 0) return [];

  if (valid.length <= PER_ROW_LIMIT) {
    const out: RowDuplicates[] = [];
    for (const [i, { row, customer }] of valid.entries()) {
      const found = await findDuplicatesOfRow(row, customer);
      if (found) out.push(found);
      progress(i + 1, valid.length);
    }
    return out;
  }

  const existing: ExistingKey[] = [];
  for (let i = 0; i < book.ids.length; i += LOAD_CHUNK) {
    const customers = await getCustomersByIds(book.ids.slice(i, i + LOAD_CHUNK));
    for (const c of customers) {
      if (c) existing.push({ id: c.id, company: c.company, emails: c.emails, domain: c.domain, nameKey: c.nameKey });
    }
    progress(Math.min(i + LOAD_CHUNK, book.ids.length), book.ids.length * 2);
  }
  return client.request({ type: 'dedupe', existing, rows: valid }, (done, total) =>
    progress(book.ids.length + (total ? (done / total) * book.ids.length : 0), book.ids.length * 2),
  );
}
