/**
 * What a segment is: a set of facet values plus an optional search text. Values are OR-ed within a
 * facet and the facets are AND-ed ("Germany or France, and level A or B"); a customer matches the
 * tag facet when it carries ANY of the selected tags.
 */
export interface SegmentFilter {
  countries?: string[];
  levels?: string[];
  backgrounds?: string[];
  stages?: string[];
  sources?: string[];
  tags?: string[];
  /** Search as you type; see `search.ts` for what matches. */
  search?: string;
  /** true: only the sample book; false: only real customers; absent: both. */
  sample?: boolean;
}

export type FacetName = 'countries' | 'levels' | 'backgrounds' | 'stages' | 'sources' | 'tags';

export const FACET_NAMES: readonly FacetName[] = ['countries', 'levels', 'backgrounds', 'stages', 'sources', 'tags'];

export type SortKey = 'lastContactAt' | 'company' | 'createdAt' | 'updatedAt' | 'nextFollowUpAt' | 'country' | 'level';

export const SORT_KEYS: readonly SortKey[] = [
  'lastContactAt',
  'company',
  'createdAt',
  'updatedAt',
  'nextFollowUpAt',
  'country',
  'level',
];

/**
 * The list's order. Customers without the date (never contacted, no follow-up) come last in both
 * directions; ties go by company A→Z (case and accents folded), then by the order in which the
 * customers entered the index, so paging is stable.
 */
export type BookSort = { key: SortKey; dir: 'asc' | 'desc' };

/** For each facet, how many customers each value would have if it were picked now. */
export type FacetCounts = Record<FacetName, Record<string, number>>;

/** Counts keyed by value; null-prototype records, since a tag may well be called "constructor". */
export function emptyFacetCounts(): FacetCounts {
  const record = (): Record<string, number> => Object.create(null) as Record<string, number>;
  return { countries: record(), levels: record(), backgrounds: record(), stages: record(), sources: record(), tags: record() };
}

export function isEmptyFilter(filter: SegmentFilter): boolean {
  if (filter.sample !== undefined) return false;
  if (filter.search !== undefined && filter.search.trim() !== '') return false;
  return FACET_NAMES.every((facet) => (filter[facet]?.length ?? 0) === 0);
}

/**
 * The canonical form of a filter: sorted, de-duplicated values, no empty arrays, trimmed search.
 * Two filters that select the same customers in the same way compare equal as JSON, which is
 * what saving a segment and caching a result need.
 */
export function normaliseFilter(filter: SegmentFilter): SegmentFilter {
  const out: SegmentFilter = {};
  for (const facet of FACET_NAMES) {
    const values = filter[facet];
    if (!values || values.length === 0) continue;
    out[facet] = [...new Set(values)].sort();
  }
  const search = filter.search?.trim();
  if (search) out.search = search;
  if (filter.sample !== undefined) out.sample = filter.sample;
  return out;
}

/** A stable string key for a filter, for caches and React dependency lists. */
export function filterKey(filter: SegmentFilter): string {
  return JSON.stringify(normaliseFilter(filter));
}
