import type { FacetCounts, FacetName, SegmentFilter } from '../../../../src-shared/segment';
import { FACET_NAMES, filterKey, isEmptyFilter, normaliseFilter } from '../../../../src-shared/segment';

/** The facets of the filter panel, in the order the panel shows them. */
export const FACETS = FACET_NAMES;
export type Facet = FacetName;

/** The facets part of a filter: what the checkboxes set (search lives in its own box). */
export type FacetSelection = Partial<Record<Facet, string[]>>;

/** One chosen value, for the chips above the table. */
export interface ActiveValue {
  facet: Facet;
  value: string;
}

export function pickFacets(filter: SegmentFilter): FacetSelection {
  const out: FacetSelection = {};
  for (const facet of FACETS) {
    const values = filter[facet];
    if (values && values.length > 0) out[facet] = [...values];
  }
  return out;
}

/** Two filters that select the same customers compare equal, so "Update segment" shows only for real edits. */
export function sameFilter(a: SegmentFilter, b: SegmentFilter): boolean {
  return filterKey(a) === filterKey(b);
}

export { filterKey, isEmptyFilter, normaliseFilter };

export function withValue(selection: FacetSelection, facet: Facet, value: string, on: boolean): FacetSelection {
  const current = selection[facet] ?? [];
  const next = on ? (current.includes(value) ? current : [...current, value]) : current.filter((v) => v !== value);
  const out = { ...selection };
  if (next.length > 0) out[facet] = next;
  else delete out[facet];
  return out;
}

export function activeValues(selection: FacetSelection): ActiveValue[] {
  return FACETS.flatMap((facet) => (selection[facet] ?? []).map((value) => ({ facet, value })));
}

/** How many customers the book holds: every customer has exactly one source. */
export function bookSizeFrom(universe: FacetCounts | undefined): number | undefined {
  if (!universe) return undefined;
  return Object.values(universe.sources).reduce((sum, n) => sum + n, 0);
}
