import type { BookSort, FacetCounts, FacetName, SegmentFilter, SegmentRow } from '../../../src-shared/segment';
import { FACET_NAMES, emptyFacetCounts, foldForSearch, searchTerms } from '../../../src-shared/segment';

/**
 * The segment semantics written the slow, obvious way: one row at a time, no bitsets, no token
 * index, no caches. The index must agree with it on every filter, sort and page.
 */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const words = (text: string) => foldForSearch(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

function valuesOf(row: SegmentRow, facet: FacetName): string[] {
  switch (facet) {
    case 'countries':
      return [row.country];
    case 'levels':
      return [row.level];
    case 'backgrounds':
      return [row.background];
    case 'stages':
      return [row.stage];
    case 'sources':
      return [row.source];
    case 'tags':
      return row.tags;
  }
}

// Folding the same row again for every filter would make the reference too slow to run often.
const folded = new WeakMap<SegmentRow, { words: string[]; mail: string[]; names: string[] }>();
function foldedRow(row: SegmentRow) {
  let f = folded.get(row);
  if (!f) {
    f = {
      words: [row.company, ...row.contactNames, ...row.emails, row.domain].flatMap(words),
      mail: [...row.emails, row.domain].map(foldForSearch),
      names: [row.company, ...row.contactNames].map(foldForSearch),
    };
    folded.set(row, f);
  }
  return f;
}

export function termMatches(row: SegmentRow, term: string): boolean {
  const f = foldedRow(row);
  const termWords = term.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (termWords.length > 0 && termWords.every((w) => f.words.some((rw) => rw.startsWith(w)))) return true;
  if (term.length >= 3 && f.mail.some((e) => e.includes(term))) return true;
  return UNSPACED.test(term) && f.names.some((n) => n.includes(term));
}

function matchesExcept(row: SegmentRow, filter: SegmentFilter, skip: FacetName | null): boolean {
  for (const facet of FACET_NAMES) {
    if (facet === skip) continue;
    const wanted = filter[facet];
    if (wanted && wanted.length > 0 && !valuesOf(row, facet).some((v) => wanted.includes(v))) return false;
  }
  if (filter.sample === true && row.sample !== 1) return false;
  if (filter.sample === false && row.sample === 1) return false;
  if (filter.search) return searchTerms(filter.search).every((t) => termMatches(row, t));
  return true;
}

export const matches = (row: SegmentRow, filter: SegmentFilter) => matchesExcept(row, filter, null);

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** `order` is each row's place in the order it entered the index: the final tie-break. */
export function compareRows(a: SegmentRow, b: SegmentRow, sort: BookSort, order: Map<string, number>): number {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const ca = foldedRow(a).names[0]!;
  const cb = foldedRow(b).names[0]!;
  let primary = 0;
  if (sort.key === 'company') primary = sign * cmp(ca, cb);
  else if (sort.key === 'country') primary = sign * cmp(a.country, b.country);
  else if (sort.key === 'level') primary = sign * cmp(a.level, b.level);
  else {
    const va = a[sort.key];
    const vb = b[sort.key];
    if (va === null && vb !== null) return 1;
    if (vb === null && va !== null) return -1;
    if (va !== null && vb !== null) primary = sign * (va - vb);
  }
  if (primary !== 0) return primary;
  if (sort.key !== 'company') {
    const byCompany = cmp(ca, cb);
    if (byCompany !== 0) return byCompany;
  }
  return order.get(a.id)! - order.get(b.id)!;
}

/** `rows` in the order they entered the index (a Map's order, when re-adds are new keys). */
export function referenceQuery(rows: Iterable<SegmentRow>, filter: SegmentFilter, sort: BookSort): string[] {
  const all = [...rows];
  const order = new Map(all.map((r, i) => [r.id, i]));
  return all.filter((r) => matches(r, filter)).sort((a, b) => compareRows(a, b, sort, order)).map((r) => r.id);
}

export function referenceFacets(rows: Iterable<SegmentRow>, filter: SegmentFilter): FacetCounts {
  const out = emptyFacetCounts();
  const all = [...rows];
  for (const facet of FACET_NAMES) {
    for (const row of all) {
      if (!matchesExcept(row, filter, facet)) continue;
      for (const value of new Set(valuesOf(row, facet))) out[facet][value] = (out[facet][value] ?? 0) + 1;
    }
    for (const value of filter[facet] ?? []) out[facet][value] ??= 0;
  }
  return out;
}

/** Plain objects, so that null-prototype records compare by content. */
export function plain(counts: FacetCounts): Record<string, Record<string, number>> {
  return Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, { ...v }]));
}
