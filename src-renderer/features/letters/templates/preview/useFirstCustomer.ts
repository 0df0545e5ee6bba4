import type { BookSort, SegmentFilter } from '../../../../../src-shared/segment';
import { useBook } from '../../../../data';

// Stable objects, so the book hook does not see a new query on every render.
const WHOLE_BOOK: SegmentFilter = {};
const BY_COMPANY: BookSort = { key: 'company', dir: 'asc' };

/** The first customer of the book by company name (the preview's default); null for an empty book. */
export function useFirstCustomerId(): string | null | undefined {
  const { ids, isLoading } = useBook(WHOLE_BOOK, BY_COMPANY);
  if (isLoading) return undefined;
  return ids[0] ?? null;
}
