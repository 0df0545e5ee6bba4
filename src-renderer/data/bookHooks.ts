import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { type BookSort, type FacetCounts, type SegmentFilter, filterKey } from '../../src-shared/segment';
import { getBookIndex, getBookVersion, isBookReady, loadBookIndex, subscribeBook } from './bookIndex';

/** Re-renders the component whenever the book index changes. */
function useBookVersion(): number {
  return useSyncExternalStore(subscribeBook, getBookVersion);
}

/** Whether the book index is loaded; starts loading it if nobody has. */
export function useBookReady(): boolean {
  const ready = useSyncExternalStore(subscribeBook, isBookReady);
  useEffect(() => {
    // A failed load leaves the index not ready; the next mount or change tries again.
    if (!ready) loadBookIndex().catch((error: unknown) => console.error('Loading the customer book failed', error));
  }, [ready]);
  return ready;
}

const LOADING = { ids: [] as string[], total: 0, isLoading: true };

/**
 * Every id matching the filter, in order (for a virtual list), and the total. Recomputed when
 * the filter, the sort or the book changes; filters compare by content, not identity.
 */
export function useBook(filter: SegmentFilter, sort: BookSort): { ids: string[]; total: number; isLoading: boolean } {
  const ready = useBookReady();
  const version = useBookVersion();
  const key = filterKey(filter);
  const sortKey = `${sort.key}:${sort.dir}`;
  return useMemo(() => (ready ? { ...bookQuery(version, key, sortKey), isLoading: false } : LOADING), [ready, version, key, sortKey]);
}

/** Facet counts for the filter (see SegmentIndex.facets); undefined while the book loads. */
export function useFacetCounts(filter: SegmentFilter): FacetCounts | undefined {
  const ready = useBookReady();
  const version = useBookVersion();
  const key = filterKey(filter);
  return useMemo(() => (ready ? facetQuery(version, key) : undefined), [ready, version, key]);
}

/** The saved segments' live counts, from the index. */
export function useSegmentCounts<T extends { filter: SegmentFilter }>(segments: readonly T[] | undefined): Array<T & { count: number }> | undefined {
  const ready = useBookReady();
  const version = useBookVersion();
  return useMemo(() => (ready && segments ? countQuery(version, segments) : undefined), [ready, version, segments]);
}

// The version is part of each query's inputs: the index is mutable, and a new version is what
// says its answers may have changed.
function bookQuery(_version: number, key: string, sortKey: string): { ids: string[]; total: number } {
  const [sortBy, dir] = sortKey.split(':') as [BookSort['key'], BookSort['dir']];
  return getBookIndex().query(JSON.parse(key) as SegmentFilter, { key: sortBy, dir });
}

function facetQuery(_version: number, key: string): FacetCounts {
  return getBookIndex().facets(JSON.parse(key) as SegmentFilter);
}

function countQuery<T extends { filter: SegmentFilter }>(_version: number, segments: readonly T[]): Array<T & { count: number }> {
  const index = getBookIndex();
  return segments.map((s) => ({ ...s, count: index.count(s.filter) }));
}
