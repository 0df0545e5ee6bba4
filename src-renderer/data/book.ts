import type { Customer } from '../../src-shared/customer/customer';
import type { BookSort, FacetCounts, SegmentFilter } from '../../src-shared/segment';
import { getBookIndex, loadBookIndex } from './bookIndex';
import { db } from './db';

/**
 * Queries over the whole book. Ids, totals and counts come from the in-memory index; only the
 * rows on screen are read from IndexedDB, by primary key.
 */
export async function queryBook(
  filter: SegmentFilter,
  sort: BookSort,
  offset = 0,
  limit = 50,
): Promise<{ total: number; customers: Customer[] }> {
  await loadBookIndex();
  const { total, ids } = getBookIndex().query(filter, sort, offset, limit);
  return { total, customers: await getCustomersByIds(ids) };
}

/** Every matching id in order: what a virtual list and bulk actions work from. */
export async function queryBookIds(filter: SegmentFilter, sort: BookSort): Promise<{ total: number; ids: string[] }> {
  await loadBookIndex();
  return getBookIndex().query(filter, sort);
}

export async function countFacets(filter: SegmentFilter): Promise<FacetCounts> {
  await loadBookIndex();
  return getBookIndex().facets(filter);
}

/** The customers with these ids, in the same order; ids no longer in the book are left out. */
export async function getCustomersByIds(ids: readonly string[]): Promise<Customer[]> {
  const rows = await db.customers.bulkGet([...ids]);
  return rows.filter((c): c is Customer => c !== undefined);
}
