import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { BookSort, SegmentFilter } from '../../../../src-shared/segment';
import type { Facet, FacetSelection } from './filterModel';
import { normaliseFilter, pickFacets, withValue } from './filterModel';

export const DEFAULT_SORT: BookSort = { key: 'lastContactAt', dir: 'desc' };

/** Typing settles for this long before the book is queried again. */
const SEARCH_DEBOUNCE_MS = 120;

interface Remembered {
  facets: FacetSelection;
  searchText: string;
  sort: BookSort;
  scrollTop: number;
}

/**
 * The list as the salesperson left it, per view ('' for all customers, else the segment id).
 * Opening a customer and coming back restores filters, sort and scroll instead of starting over.
 * Memory only: a restart starts clean, which is what people expect from a desktop list.
 */
const remembered = new Map<string, Remembered>();

/** Called when a segment is opened from the sidebar: it should show its saved filter again. */
export function forgetListState(viewKey: string): void {
  remembered.delete(viewKey);
}

/**
 * The edits on one view move to a segment just saved from them: the new segment opens with
 * exactly what was on screen, and the view they came from starts clean next time (its edits now
 * live in the segment).
 */
export function moveListState(fromKey: string, toKey: string): void {
  const state = remembered.get(fromKey);
  if (state) remembered.set(toKey, { ...state, scrollTop: 0 });
  remembered.delete(fromKey);
}

export function rememberScroll(viewKey: string, scrollTop: number): void {
  const state = remembered.get(viewKey);
  if (state) state.scrollTop = scrollTop;
}

export function rememberedScroll(viewKey: string): number {
  return remembered.get(viewKey)?.scrollTop ?? 0;
}

export interface ListState {
  facets: FacetSelection;
  searchText: string;
  sort: BookSort;
  /** What the book is queried with: the facets plus the settled search text. */
  filter: SegmentFilter;
  setSearchText(text: string): void;
  setSort(sort: BookSort): void;
  toggle(facet: Facet, value: string, on: boolean): void;
  clearFacet(facet: Facet): void;
  clearAll(): void;
}

export function useListState(viewKey: string, initial: SegmentFilter): ListState {
  const [start] = useState(() => remembered.get(viewKey));
  const [facets, setFacets] = useState<FacetSelection>(() => start?.facets ?? pickFacets(initial));
  const [searchText, setSearchText] = useState(() => start?.searchText ?? initial.search ?? '');
  const [sort, setSort] = useState<BookSort>(() => start?.sort ?? DEFAULT_SORT);
  const [settledSearch] = useDebouncedValue(searchText.trim(), SEARCH_DEBOUNCE_MS);

  // Parts of a saved filter the screen has no control for (the sample flag) are kept as saved.
  const [sample] = useState(initial.sample);
  const filter = useMemo(
    () => normaliseFilter({ ...facets, search: settledSearch, ...(sample === undefined ? {} : { sample }) }),
    [facets, settledSearch, sample],
  );

  useEffect(() => {
    const scrollTop = remembered.get(viewKey)?.scrollTop ?? 0;
    remembered.set(viewKey, { facets, searchText, sort, scrollTop });
  }, [viewKey, facets, searchText, sort]);

  const toggle = useCallback((facet: Facet, value: string, on: boolean) => {
    setFacets((f) => withValue(f, facet, value, on));
  }, []);
  const clearFacet = useCallback((facet: Facet) => {
    setFacets((f) => {
      const next = { ...f };
      delete next[facet];
      return next;
    });
  }, []);
  const clearAll = useCallback(() => {
    setFacets({});
    setSearchText('');
  }, []);

  return { facets, searchText, sort, filter, setSearchText, setSort, toggle, clearFacet, clearAll };
}
