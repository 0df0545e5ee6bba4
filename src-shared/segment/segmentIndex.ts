import {
  type Bitset,
  andInto,
  andNotInto,
  clearBit,
  hasBit,
  newBitset,
  popcount,
  resized,
  setBit,
  wordsFor,
} from './bitset';
import { FacetColumn, type Facet } from './facetColumn';
import { type BookSort, type FacetCounts, type FacetName, type SegmentFilter, FACET_NAMES, emptyFacetCounts, normaliseFilter } from './filter';
import { foldForSearch } from './fold';
import type { SegmentRow } from './row';
import { searchDocOf } from './searchDoc';
import { SearchIndex } from './searchIndex';
import { type SortContext, SortOrders } from './sortOrders';
import { TagColumn } from './tagColumn';

const INITIAL_CAPACITY = 1_024;
/** Removed slots are left as tombstones until they are this share of all slots. */
const COMPACT_SHARE = 0.25;
const COMPACT_MIN = 1_024;

type Match = { bits: Bitset; count: number };

/**
 * The customer book as an in-memory, column-oriented index: segment queries, facet counts, search
 * and sorted paging over 100,000 customers in milliseconds.
 *
 * Each customer occupies a slot. Facet values are dictionary-encoded with one bitset per value,
 * so a filter is a few ORs (within a facet) and ANDs (across facets) over Uint32Arrays, and a
 * facet count is a popcount of (the other facets' bitset AND the value's bitset). Removing a
 * customer leaves a tombstone; the slots are compacted once tombstones are a quarter of them.
 */
export class SegmentIndex {
  private capacity = INITIAL_CAPACITY;
  private words = wordsFor(INITIAL_CAPACITY);
  private slotCount = 0;
  private liveCount = 0;
  private slotIds: string[] = [];
  private readonly slotOf = new Map<string, number>();
  private alive: Bitset = newBitset(this.words);
  private sampleBits: Bitset = newBitset(this.words);
  private readonly country = new FacetColumn(this.capacity, this.words);
  private readonly level = new FacetColumn(this.capacity, this.words);
  private readonly columns: Record<FacetName, Facet>;
  private readonly search = new SearchIndex(this.words);
  private readonly sorts = new SortOrders(this.capacity);
  private stamp = 0;
  private cached: (Match & { key: string; stamp: number }) | null = null;

  constructor(rows?: Iterable<SegmentRow>) {
    this.columns = {
      countries: this.country,
      levels: this.level,
      backgrounds: new FacetColumn(this.capacity, this.words),
      stages: new FacetColumn(this.capacity, this.words),
      sources: new FacetColumn(this.capacity, this.words),
      tags: new TagColumn(this.words),
    };
    if (rows) for (const row of rows) this.upsert(row);
  }

  get size(): number {
    return this.liveCount;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** Adds the customer, or replaces what the index knows of it. */
  upsert(row: SegmentRow): void {
    let slot = this.slotOf.get(row.id);
    const isNew = slot === undefined;
    if (slot === undefined) {
      if (this.slotCount === this.capacity) this.grow();
      slot = this.slotCount++;
      this.slotIds[slot] = row.id;
      this.slotOf.set(row.id, slot);
      setBit(this.alive, slot);
      this.liveCount++;
    }
    const cols = this.columns as Record<Exclude<FacetName, 'tags'>, FacetColumn> & { tags: TagColumn };
    const countryChanged = cols.countries.set(slot, row.country);
    const levelChanged = cols.levels.set(slot, row.level);
    cols.backgrounds.set(slot, row.background);
    cols.stages.set(slot, row.stage);
    cols.sources.set(slot, row.source);
    cols.tags.set(slot, row.tags);
    if (row.sample === 1) setBit(this.sampleBits, slot);
    else clearBit(this.sampleBits, slot);
    const company = foldForSearch(row.company);
    this.search.set(slot, searchDocOf(row, company));
    this.sorts.set(slot, row, company, isNew, { country: countryChanged, level: levelChanged }, this.sortContext());
    this.touch();
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    clearBit(this.alive, slot);
    clearBit(this.sampleBits, slot);
    for (const facet of FACET_NAMES) this.columns[facet].clear(slot);
    this.search.clear(slot);
    this.liveCount--;
    this.touch();
  }

  /**
   * One page of the matching customers' ids in the requested order, and how many match in all.
   * `limit` undefined returns every matching id (what a virtual list needs).
   */
  query(filter: SegmentFilter, sort: BookSort, offset = 0, limit?: number): { total: number; ids: string[] } {
    this.compactIfWorthIt();
    const { bits, count } = this.match(filter);
    const end = limit === undefined ? count : Math.min(count, offset + Math.max(0, limit));
    const ids: string[] = [];
    if (offset >= end) return { total: count, ids };
    const perm = this.sorts.permutation(sort, this.sortContext());
    let seen = 0;
    for (let i = 0; i < perm.length && seen < end; i++) {
      const slot = perm[i]!;
      if (!hasBit(bits, slot)) continue;
      if (seen >= offset) ids.push(this.slotIds[slot]!);
      seen++;
    }
    return { total: count, ids };
  }

  /**
   * Does ahead of time the work that the first search and the first sort would otherwise do
   * (about half a second at 100,000 customers), at most `maxRows` rows of it per call, so the
   * app can spread it over idle moments. Returns true once everything is ready.
   */
  prepare(sort?: BookSort, maxRows = Number.POSITIVE_INFINITY): boolean {
    this.compactIfWorthIt();
    const searchWasReady = this.search.prepareStep(this.alive, 0);
    if (!searchWasReady) {
      const done = this.search.prepareStep(this.alive, maxRows);
      // The first sort order is a slice of its own: yield between the two when slicing.
      if (!done || maxRows !== Number.POSITIVE_INFINITY) return false;
    }
    if (sort) this.sorts.permutation(sort, this.sortContext());
    return true;
  }

  /** How many customers match, without ordering them (saved segments' badges). */
  count(filter: SegmentFilter): number {
    this.compactIfWorthIt();
    return this.match(filter).count;
  }

  /**
   * Faceted-search counts: for each facet, how many customers each value would have given the
   * other facets, the search and the sample flag (not the facet's own selection, so that picking
   * "DE" still shows how many "FR" would add). A selected value with no customers shows as 0.
   */
  facets(filter: SegmentFilter): FacetCounts {
    this.compactIfWorthIt();
    const f = normaliseFilter(filter);
    const common = this.alive.slice();
    this.applyFlags(f, common);
    const selections: Partial<Record<FacetName, Bitset>> = {};
    for (const facet of FACET_NAMES) {
      const values = f[facet];
      if (values) selections[facet] = this.columns[facet].selection(values);
    }
    const out = emptyFacetCounts();
    for (const facet of FACET_NAMES) {
      const base = common.slice();
      for (const other of FACET_NAMES) {
        const selection = selections[other];
        if (other !== facet && selection) andInto(base, selection);
      }
      this.columns[facet].countInto(base, popcount(base), out[facet]);
      for (const value of f[facet] ?? []) out[facet][value] ??= 0;
    }
    return out;
  }

  /** The rows matching the filter, as a bitset over live slots; the last answer is kept. */
  private match(filter: SegmentFilter): Match {
    const f = normaliseFilter(filter);
    const key = JSON.stringify(f);
    if (this.cached && this.cached.key === key && this.cached.stamp === this.stamp) return this.cached;
    const bits = this.alive.slice();
    for (const facet of FACET_NAMES) {
      const values = f[facet];
      if (values) andInto(bits, this.columns[facet].selection(values));
    }
    this.applyFlags(f, bits);
    const match = { bits, count: popcount(bits) };
    this.cached = { ...match, key, stamp: this.stamp };
    return match;
  }

  /** The search and sample parts of a filter, applied in place. */
  private applyFlags(f: SegmentFilter, bits: Bitset): void {
    if (f.search) {
      const found = this.search.match(f.search, this.alive);
      if (found) andInto(bits, found);
    }
    if (f.sample === true) andInto(bits, this.sampleBits);
    else if (f.sample === false) andNotInto(bits, this.sampleBits);
  }

  private sortContext(): SortContext {
    return { alive: this.alive, country: this.country, level: this.level };
  }

  private touch(): void {
    this.stamp++;
    this.cached = null;
  }

  private grow(): void {
    this.capacity *= 2;
    this.words = wordsFor(this.capacity);
    this.alive = resized(this.alive, this.words);
    this.sampleBits = resized(this.sampleBits, this.words);
    for (const facet of FACET_NAMES) this.columns[facet].resize(this.capacity, this.words);
    this.search.resize(this.words);
    this.sorts.resize(this.capacity);
  }

  private compactIfWorthIt(): void {
    const dead = this.slotCount - this.liveCount;
    if (dead < COMPACT_MIN || dead < this.slotCount * COMPACT_SHARE) return;
    const keep = new Int32Array(this.liveCount);
    let n = 0;
    for (let slot = 0; slot < this.slotCount; slot++) if (hasBit(this.alive, slot)) keep[n++] = slot;
    this.capacity = Math.max(INITIAL_CAPACITY, Math.ceil((keep.length * 1.5) / 32) * 32);
    this.words = wordsFor(this.capacity);
    const oldIds = this.slotIds;
    const oldSample = this.sampleBits;
    this.slotIds = Array.from(keep, (from) => oldIds[from]!);
    this.slotOf.clear();
    this.slotIds.forEach((id, slot) => this.slotOf.set(id, slot));
    this.alive = newBitset(this.words);
    this.sampleBits = newBitset(this.words);
    keep.forEach((from, to) => {
      setBit(this.alive, to);
      if (hasBit(oldSample, from)) setBit(this.sampleBits, to);
    });
    for (const facet of FACET_NAMES) this.columns[facet].compact(keep, this.capacity, this.words);
    this.search.compact(keep, this.words);
    this.sorts.compact(keep, this.capacity);
    this.slotCount = keep.length;
    this.touch();
  }
}
