/**
 * Finds the keys within edit distance 1 or 2 of a name key without comparing it to every key.
 *
 * Why this design: a plain deletion neighbourhood (SymSpell) is exact but, for distance 2, needs
 * every key with up to two characters deleted: about n²/2 entries a key, millions for 100,000
 * companies. Bucketing by length and first letters is small but misses a typo in the first letters.
 * Instead:
 *
 * - Each key is cut in two halves. Within distance 2 one half of the stored key is intact or has
 *   at most one edit (two edits touch one half each, or one half twice and the other not at all;
 *   a swap across the middle changes one character on each side). Halves are anchored at the
 *   start and the end of the key, so where to look in the query is known up to the length change.
 * - Distance ≤ 1: look up the query's prefix and suffix of each possible half length exactly, and
 *   the query with its two middle characters swapped back.
 * - Distance ≤ 2: either a half is intact (exact lookups), or the first half is within distance 1,
 *   found through its deletion neighbourhood (the half and the half with one character deleted: a
 *   few entries per distinct half, not n²), or a swap across the middle plus an edit in the first
 *   half left the second half intact once the swap is undone. Only first halves get a
 *   neighbourhood: company names share their endings ("…lighting", "…industries") far more than
 *   their beginnings, and a shared half is what makes a lookup expensive.
 * - Many companies share a half ("globaltrade…"), so the neighbourhood indexes distinct halves,
 *   and each key is reached once through its half; a cheap letter-count bound (an edit changes
 *   at most one letter's count up and one down) drops most of them before the real distance.
 * - Entries are 30-bit hashes (no string is built), so a collision only adds a candidate.
 *
 * The filter misses nothing within the distance (a test compares it with checking every key).
 */

const PREFIX = 0x2f1a3b5;
const PREFIX_DELETED = 0x1c7e9d3;
const SUFFIX = 0x35a1f27;
/** Keys shorter than this never come within reach of a query (queries have 5 or more characters). */
const MIN_INDEXED_LENGTH = 4;
/** Half-neighbourhoods serve distance-2 queries (10+ characters), whose stored halves have 4+. */
const MIN_NEIGHBOURHOOD_HALF = 4;
/** Letters are counted in this many buckets for the count bound. */
const BUCKETS = 32;

/** FNV-1a over s[from, to) without the character at `skip` (-1 for none), reduced to a small integer. */
function hashOf(s: string, from: number, to: number, skip: number, seed: number): number {
  let h = seed;
  for (let i = from; i < to; i++) if (i !== skip) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  h = Math.imul(h ^ (to - from - (skip >= from && skip < to ? 1 : 0)), 16777619);
  return h & 0x3fffffff;
}

function pushTo<K>(map: Map<K, number | number[]>, key: K, value: number): void {
  const found = map.get(key);
  if (found === undefined) map.set(key, value);
  else if (typeof found === 'number') {
    if (found !== value) map.set(key, [found, value]);
  } else if (!found.includes(value)) found.push(value);
}

export class FuzzyNameIndex {
  /** Exact half (hash) → its half id. */
  private readonly halfIds = new Map<number, number>();
  /** Half id → the refs of the keys that have it. */
  private readonly halfRefs: number[][] = [];
  /** Neighbourhood entry (hash) → half ids. */
  private readonly neighbourhood = new Map<number, number | number[]>();
  private readonly lengths: number[] = [];
  private readonly masks: number[] = [];
  private letterCounts: Uint8Array = new Uint8Array(BUCKETS * 1024);
  // Per-query "seen" stamps, cheaper than a Set for 100,000 queries.
  private halfSeen: Int32Array = new Int32Array(1024);
  private refSeen: Int32Array = new Int32Array(1024);
  private query = 0;

  /** Indexes `key` for the stored record number `ref` (0, 1, 2… as the caller numbers them). */
  add(key: string, ref: number): void {
    const n = key.length;
    if (n < MIN_INDEXED_LENGTH) return;
    this.lengths[ref] = n;
    if (this.letterCounts.length < (ref + 1) * BUCKETS) this.letterCounts = grow(this.letterCounts, (ref + 1) * BUCKETS * 2);
    countLetters(key, this.letterCounts, ref * BUCKETS);
    this.masks[ref] = letterMask(this.letterCounts, ref * BUCKETS);
    const m = n >> 1;
    this.addHalf(key, 0, m, PREFIX, PREFIX_DELETED, ref);
    this.addHalf(key, m, n, SUFFIX, null, ref);
  }

  private addHalf(key: string, from: number, to: number, exactSeed: number, deletedSeed: number | null, ref: number): void {
    const exact = hashOf(key, from, to, -1, exactSeed);
    let id = this.halfIds.get(exact);
    if (id === undefined) {
      id = this.halfRefs.length;
      this.halfIds.set(exact, id);
      this.halfRefs.push([]);
      pushTo(this.neighbourhood, exact, id);
      if (deletedSeed !== null && to - from >= MIN_NEIGHBOURHOOD_HALF) {
        for (let i = from; i < to; i++) pushTo(this.neighbourhood, hashOf(key, from, to, i, deletedSeed), id);
      }
    }
    const refs = this.halfRefs[id];
    if (refs && refs[refs.length - 1] !== ref) refs.push(ref);
  }

  /**
   * Calls `visit` once for every stored ref whose key may be within `maxDistance` (1 or 2) of
   * `key`; the caller verifies the real distance.
   */
  candidates(key: string, maxDistance: 1 | 2, visit: (ref: number) => void): void {
    const n = key.length;
    this.query++;
    if (this.halfSeen.length < this.halfRefs.length) this.halfSeen = grow32(this.halfSeen, this.halfRefs.length * 2);
    if (this.refSeen.length < this.lengths.length) this.refSeen = grow32(this.refSeen, this.lengths.length * 2);
    const halves: number[] = [];

    const prefixLengths = new Set<number>();
    const suffixLengths = new Set<number>();
    for (let length = n - maxDistance; length <= n + maxDistance; length++) {
      if (length < MIN_INDEXED_LENGTH) continue;
      const half = length >> 1;
      const spread = maxDistance === 2 ? 1 : 0;
      for (let shift = -spread; shift <= spread; shift++) {
        prefixLengths.add(half + shift);
        suffixLengths.add(length - half + shift);
      }
    }
    for (const length of prefixLengths) {
      if (length >= 1 && length <= n) this.lookupPart(key, 0, length, PREFIX, PREFIX_DELETED, maxDistance, halves);
    }
    for (const length of suffixLengths) {
      if (length >= 1 && length <= n) this.lookup(hashOf(key, n - length, n, -1, SUFFIX), halves);
    }
    if (maxDistance === 1 && n >= 2) {
      // A swap of the two middle characters changes both halves: swap them back and look again.
      const m = n >> 1;
      this.lookup(hashOf(swapAt(key, m - 1), 0, m, -1, PREFIX), halves);
    }
    if (maxDistance === 2) {
      // A swap across the middle plus one edit in the first half leaves only the second half
      // within distance 1: swap back where the middle may have moved to, then it is intact.
      for (let length = Math.max(MIN_INDEXED_LENGTH, n - 2); length <= n + 2; length++) {
        const half = length >> 1;
        const suffix = length - half;
        for (let shift = -1; shift <= 1; shift++) {
          const at = half - 1 + shift;
          if (at >= 0 && at + 1 < n && suffix <= n) this.lookup(hashOf(swapAt(key, at), n - suffix, n, -1, SUFFIX), halves);
        }
      }
    }

    const counts = new Uint8Array(BUCKETS);
    countLetters(key, counts, 0);
    const mask = letterMask(counts, 0);
    for (const half of halves) {
      for (const ref of this.halfRefs[half] ?? []) {
        if (this.refSeen[ref] === this.query) continue;
        this.refSeen[ref] = this.query;
        const length = this.lengths[ref] ?? 0;
        if (Math.abs(length - n) > maxDistance) continue;
        // Which letters occur: an edit adds or removes at most two of them. Cheapest test first.
        if (popCount(mask ^ (this.masks[ref] ?? 0)) > 2 * maxDistance) continue;
        if (this.countBound(counts, ref) <= maxDistance) visit(ref);
      }
    }
  }

  private lookupPart(
    key: string, from: number, to: number, exactSeed: number, deletedSeed: number, maxDistance: 1 | 2, halves: number[],
  ): void {
    this.lookup(hashOf(key, from, to, -1, exactSeed), halves);
    if (maxDistance === 1) return;
    // The stored half lost a character, gained one, or has one replaced: meet in the middle.
    this.lookup(hashOf(key, from, to, -1, deletedSeed), halves);
    for (let i = from; i < to; i++) {
      this.lookup(hashOf(key, from, to, i, exactSeed), halves);
      this.lookup(hashOf(key, from, to, i, deletedSeed), halves);
    }
  }

  private lookup(hash: number, halves: number[]): void {
    const found = this.neighbourhood.get(hash);
    if (found === undefined) return;
    if (typeof found === 'number') this.noteHalf(found, halves);
    else for (const half of found) this.noteHalf(half, halves);
  }

  private noteHalf(half: number, halves: number[]): void {
    if (this.halfSeen[half] === this.query) return;
    this.halfSeen[half] = this.query;
    halves.push(half);
  }

  /** A lower bound of the edit distance: each edit moves at most one letter count up and one down. */
  private countBound(counts: Uint8Array, ref: number): number {
    let more = 0;
    let fewer = 0;
    const base = ref * BUCKETS;
    for (let b = 0; b < BUCKETS; b++) {
      const d = (counts[b] ?? 0) - (this.letterCounts[base + b] ?? 0);
      if (d > 0) more += d;
      else fewer -= d;
    }
    return Math.max(more, fewer);
  }
}

function countLetters(key: string, into: Uint8Array, offset: number): void {
  for (let i = 0; i < key.length; i++) {
    const bucket = offset + (key.charCodeAt(i) & (BUCKETS - 1));
    if ((into[bucket] ?? 0) < 255) into[bucket] = (into[bucket] ?? 0) + 1;
  }
}

function swapAt(key: string, at: number): string {
  return key.slice(0, at) + key.charAt(at + 1) + key.charAt(at) + key.slice(at + 2);
}

function letterMask(counts: Uint8Array, offset: number): number {
  let mask = 0;
  for (let b = 0; b < BUCKETS; b++) if (counts[offset + b]) mask |= 1 << b;
  return mask;
}

function popCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

function grow(array: Uint8Array, size: number): Uint8Array {
  const bigger = new Uint8Array(size);
  bigger.set(array);
  return bigger;
}

function grow32(array: Int32Array, size: number): Int32Array {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}

/** The spec's tolerance: equal keys only below 5 characters, 1 edit up to 9, 2 edits from 10. */
export function allowedDistance(keyLength: number): 0 | 1 | 2 {
  if (keyLength >= 10) return 2;
  return keyLength >= 5 ? 1 : 0;
}
