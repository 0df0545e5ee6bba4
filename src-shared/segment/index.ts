/** The segment engine: pure, synchronous, and shared by the renderer's book index and the tests. */
export {
  type SegmentFilter,
  type FacetName,
  type SortKey,
  type BookSort,
  type FacetCounts,
  FACET_NAMES,
  SORT_KEYS,
  emptyFacetCounts,
  isEmptyFilter,
  normaliseFilter,
  filterKey,
} from './filter';
export { type SegmentRow, toSegmentRow } from './row';
export { SegmentIndex } from './segmentIndex';
export { foldForSearch, searchTerms } from './fold';
