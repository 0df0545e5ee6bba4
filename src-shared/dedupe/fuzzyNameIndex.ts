/**
 * Finds the keys within edit distance 1 or 2 (optimal string alignment: insert, delete, replace,
 * swap two neighbours) of a name key without comparing it to every key, and without missing one.
 *
 * Distance 1 (queries of 5-9 characters, so stored keys of 4-10): a deletion neighbourhood
 * (SymSpell). Each key is indexed as itself and with each one character deleted; the query looks
 * up the same. One edit leaves a common string: a replaced character deleted on both sides, an
 * inserted one deleted on one side, a swap "ab"/"ba" with the a deleted on both.
 *
 * Distance 2 (queries of 10+ characters, stored keys of 8+): every key k of length L is cut into
 * a prefix P of m = ⌊L/2⌋ characters and a suffix S. Count how many edits touch each half (a swap
 * across the cut touches both, changing one character of each); two edits leave one of:
 *   (0, any)  P intact: the query starts with P.
 *   (any, 0)  S intact: the query ends with S.
 *   (1, 1)    each half within one edit of the query's start / end (of length m±1, L-m±1).
 *   (1, 2)    a swap across the cut plus an edit in S: with the swap undone the query starts
 *             with P and the first character of S (k[0, m+1]).
 *   (2, 1)    the mirror: the query ends with the last character of P and S (k[m-1, L]).
 *   (2, 2) cannot happen: only a swap across the cut touches both halves, and there is one cut.
 * So a key is indexed under k[0, m+1] and k[m-1, L], the deletion neighbourhood of one half
 * (which holds that half intact too) and the other half exactly. The neighbourhood goes to the
 * half that adds less to buckets already crowded: company names share words ("shenzhen…",
 * "…lighting"), and deleting the one distinctive letter of a half ("shenzhens" → "shenzhen")
 * lands in a crowded bucket; the other half still carries its distinctive letters. The query
 * looks up all of these (it cannot know which half a key chose).
 *
 * A half that is all shared word ("lighting" as the suffix of "sunlighting") would still hand its
 * thousands of keys to every query ending that way. Past CROWDED keys, such an exact half is
 * replaced by entries that combine it with the other half, by the same case analysis one level
 * down (see addIntactSuffix); queries ending with a crowded half look those up as well.
 *
 * Entries are 30-bit hashes in a typed-array multimap (no string is built); a collision only adds
 * a candidate. Candidates pass cheap bounds (length, which letters occur, letter counts) before
 * the caller checks the real distance. Tests compare the result with checking every key.
 */

import { HashMultimap } from './hashMultimap';

// Seeds, one per kind of entry, so that entries of different kinds never meet.
const WHOLE = 0x2f1a3b5;
const PREFIX = 0x1c7e9d3;
const SUFFIX = 0x35a1f27;
const PREFIX_EXACT = 0x3e5b1c7;
const SUFFIX_EXACT = 0x19d2f43;
const PREFIX_SWAP = 0x0b3d6e1;
const SUFFIX_SWAP = 0x27c4a59;
// The entries of a crowded exact half: with the other half's first quarter, its deletion
// neighbourhood or that quarter and one more character; or three quarters of the key.
const WITH_QUARTER = 0x12f4a7d;
const WITH_QUARTER_VARIANT = 0x2d4b8c9;
const WITH_QUARTER_SWAP = 0x06b7d25;
const SUFFIX_THREE_QUARTERS = 0x2a9c3e1;
const SUFFIX_THREE_QUARTERS_SWAP = 0x3c18e6b;
const PREFIX_THREE_QUARTERS = 0x0e5f2a7;
const PREFIX_THREE_QUARTERS_SWAP = 0x1e6a0f3;
/** Keys shorter than this never come within reach of a query (queries have 5 or more characters). */
const MIN_INDEXED_LENGTH = 4;
/** Distance-1 queries have 5-9 characters, so they reach keys of up to 10. */
const MAX_DISTANCE_1_KEY = 10;
/** Distance-2 queries have 10+ characters, so they reach keys of 8 or more. */
const MIN_DISTANCE_2_KEY = 8;
/** An exact half shared by this many keys ("lighting") is indexed together with the other half. */
const CROWDED = 16;
/** Letters are counted in this many buckets for the count bound. */
const BUCKETS = 32;
/** The fields of a ref's record: 32 bytes, one cache line at most. */
const STAMP = 0;
const MASK = 1;
const LENGTH = 2;
/** Four words of eight 4-bit letter counts (saturating at 15). */
const COUNTS = 4;
const RECORD = 8;

/**
 * Hashes of the substrings of one string (the key being added or looked up): a polynomial hash
 * with prefix sums, so that a substring, the substring without one character or with two
 * neighbours swapped costs the same few multiplications, however long it is. Reduced to 30 bits.
 */
class SubstringHashes {
  private prefix = new Int32Array(64);
  private text = '';

  /** Makes `text` the string whose substrings are hashed. */
  set(text: string): void {
    this.text = text;
    const n = text.length;
    if (this.prefix.length <= n) this.prefix = new Int32Array(n * 2 + 1);
    ensurePowers(n + 1);
    const prefix = this.prefix;
    let h = 0;
    prefix[0] = 0;
    for (let i = 0; i < n; i++) {
      h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
      prefix[i + 1] = h;
    }
  }

  /**
   * text[from, to) without the character at `skip` (-1 for none), or with the characters at
   * `swap` and `swap + 1` exchanged (-1 for none), for the entry kind `seed`.
   */
  of(from: number, to: number, skip: number, swap: number, seed: number): number {
    let h: number;
    let length = to - from;
    if (skip >= 0) {
      h = (Math.imul(this.raw(from, skip), powers[to - skip - 1] ?? 0) + this.raw(skip + 1, to)) | 0;
      length--;
    } else {
      h = this.raw(from, to);
      if (swap >= 0) {
        const a = this.text.charCodeAt(swap);
        const b = this.text.charCodeAt(swap + 1);
        h = (h + Math.imul(b - a, ((powers[to - 1 - swap] ?? 0) - (powers[to - 2 - swap] ?? 0)) | 0)) | 0;
      }
    }
    h ^= seed ^ Math.imul(length + 1, 0x27d4eb2d);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) & 0x3fffffff;
  }

  private raw(from: number, to: number): number {
    return ((this.prefix[to] ?? 0) - Math.imul(this.prefix[from] ?? 0, powers[to - from] ?? 0)) | 0;
  }
}

const BASE = 0x9e3779b1;
let powers = new Int32Array([1]);

function ensurePowers(count: number): void {
  if (powers.length >= count) return;
  const bigger = new Int32Array(Math.max(count, powers.length * 2));
  bigger[0] = 1;
  for (let i = 1; i < bigger.length; i++) bigger[i] = Math.imul(bigger[i - 1] ?? 0, BASE);
  powers = bigger;
}

/** One entry for two hashes (an exact half and something of the other half). */
function combine(a: number, b: number): number {
  let h = Math.imul(a ^ 0x5bd1e995, 0x9e3779b1) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h ^= h >>> 13;
  return h & 0x3fffffff;
}

export class FuzzyNameIndex {
  /** Entry hash → the refs indexed under it. */
  private readonly entries: HashMultimap;
  /** Exact halves (their entry hashes) so shared that keys are indexed with the other half instead. */
  private readonly crowded = new Set<number>();
  /**
   * Per ref, side by side so that checking a candidate touches one cache line: the number of the
   * last query that saw it (cheaper than a Set for 100,000 queries), which letters its key has
   * (a bit per bucket), its length and its letter counts.
   */
  private records: Int32Array = new Int32Array(1024 * RECORD);
  private query = 0;
  private queryLength = 0;
  private queryMask = 0;
  private queryDistance = 0;
  private readonly queryCounts = new Int32Array(4);
  private readonly found: number[] = [];
  /** The hashes a query (or a load estimate) looks up, gathered to be looked up together. */
  private pending = new Int32Array(256);
  private pendingCount = 0;
  private readonly h = new SubstringHashes();

  /** `expectedKeys`: how many keys are about to be added, to size the tables once. */
  constructor(expectedKeys = 0) {
    // About a dozen entries a key (more for long keys and crowded halves).
    this.entries = new HashMultimap(Math.max(1 << 16, expectedKeys * 14));
    if (expectedKeys > 0) this.growTo(expectedKeys);
  }

  /** Indexes `key` for the stored record number `ref` (0, 1, 2… as the caller numbers them). */
  add(key: string, ref: number): void {
    const n = key.length;
    if (n < MIN_INDEXED_LENGTH) return;
    if (this.records.length < (ref + 1) * RECORD) this.growTo(ref + 1);
    const at = ref * RECORD;
    this.records.fill(0, at + COUNTS, at + COUNTS + 4);
    this.records[at + MASK] = countLetters(key, this.records, at + COUNTS);
    this.records[at + LENGTH] = n;
    this.h.set(key);

    if (n <= MAX_DISTANCE_1_KEY) this.addNeighbourhood(key, 0, n, WHOLE, ref);
    if (n >= MIN_DISTANCE_2_KEY) {
      const m = n >> 1;
      // The neighbourhood of one half (its deletion-0 entry is the half intact), the other exactly.
      if (this.neighbourhoodLoad(key, 0, m, PREFIX) <= this.neighbourhoodLoad(key, m, n, SUFFIX)) {
        this.addNeighbourhood(key, 0, m, PREFIX, ref);
        this.addIntactSuffix(key, ref);
      } else {
        this.addNeighbourhood(key, m, n, SUFFIX, ref);
        this.addIntactPrefix(key, ref);
      }
      this.push(this.h.of(0, m + 1, -1, -1, PREFIX_SWAP), ref);
      this.push(this.h.of(m - 1, n, -1, -1, SUFFIX_SWAP), ref);
    }
  }

  /**
   * Calls `visit` once for every stored ref whose key may be within `maxDistance` (1 or 2) of
   * `key`; the caller verifies the real distance.
   */
  candidates(key: string, maxDistance: 1 | 2, visit: (ref: number) => void): void {
    const n = key.length;
    this.query++;
    this.h.set(key);
    this.queryCounts.fill(0);
    this.queryMask = countLetters(key, this.queryCounts, 0);
    this.queryLength = n;
    this.queryDistance = maxDistance;
    const found = this.found;
    found.length = 0;
    if (maxDistance === 1) {
      this.lookupNeighbourhood(key, 0, n, WHOLE, true, true);
    } else {
      const minLength = Math.max(MIN_DISTANCE_2_KEY, n - 2);
      const maxLength = n + 2;
      // The query's start of length j meets a prefix of m characters when j is m-1 (the prefix lost
      // a character: compare the start as it is), m (as it is, or each without one character) or
      // m+1 (each without one character). Likewise for the end and suffixes of L-m characters.
      const minPrefix = minLength >> 1;
      const maxPrefix = maxLength >> 1;
      for (let j = minPrefix - 1; j <= maxPrefix + 1 && j <= n; j++) {
        if (j >= 1) this.lookupNeighbourhood(key, 0, j, PREFIX, j <= maxPrefix, j >= minPrefix);
      }
      const minSuffix = minLength - (minLength >> 1);
      const maxSuffix = maxLength - (maxLength >> 1);
      for (let j = minSuffix - 1; j <= maxSuffix + 1 && j <= n; j++) {
        if (j >= 1) this.lookupNeighbourhood(key, n - j, n, SUFFIX, j <= maxSuffix, j >= minSuffix);
      }
      for (let length = minLength; length <= maxLength; length++) {
        this.lookupIntactPrefix(key, length);
        this.lookupIntactSuffix(key, length);
        const m = length >> 1;
        // A swap across the cut, undone: the prefix with the suffix's first character…
        if (m + 1 <= n) this.lookup(this.h.of(0, m + 1, -1, m - 1, PREFIX_SWAP));
        // …and the suffix with the prefix's last character.
        const start = n - (length - m) - 1;
        if (start >= 0) this.lookup(this.h.of(start, n, -1, start, SUFFIX_SWAP));
      }
    }
    this.lookUpPending();
    // Found refs passed the length and letter tests already (see note).
    for (const ref of found) if (this.countBound(ref) <= maxDistance) visit(ref);
  }

  /**
   * For "the suffix S intact, both edits in the prefix P". Usually S alone; but when S is a word
   * many keys end with, its bucket would hand every such key to every query ending that way, so
   * the key is indexed by S together with P, by the same case analysis one level down: P is cut
   * into P1 and P2 (at m1 = ⌊m/2⌋), and P1 intact (S + P1), P2 intact (k[m1, L]), both within one
   * edit (S + P1's deletion neighbourhood), or a swap across m1 with an edit in P2 (S + k[0, m1+1])
   * or in P1 (k[m1-1, L], swap undone).
   */
  private addIntactSuffix(key: string, ref: number): void {
    const n = key.length;
    const m = n >> 1;
    const whole = this.h.of(m, n, -1, -1, SUFFIX_EXACT);
    if (!this.crowded.has(whole)) {
      if (this.entries.count(whole) < CROWDED) {
        this.push(whole, ref);
        return;
      }
      this.crowded.add(whole);
    }
    const m1 = m >> 1;
    this.push(combine(whole, this.h.of(0, m1, -1, -1, WITH_QUARTER)), ref);
    this.push(this.h.of(m1, n, -1, -1, SUFFIX_THREE_QUARTERS), ref);
    this.push(combine(whole, this.h.of(0, m1, -1, -1, WITH_QUARTER_VARIANT)), ref);
    for (let i = 0; i < m1; i++) this.push(combine(whole, this.h.of(0, m1, i, -1, WITH_QUARTER_VARIANT)), ref);
    this.push(combine(whole, this.h.of(0, m1 + 1, -1, -1, WITH_QUARTER_SWAP)), ref);
    this.push(this.h.of(m1 - 1, n, -1, -1, SUFFIX_THREE_QUARTERS_SWAP), ref);
  }

  private lookupIntactSuffix(key: string, length: number): void {
    const n = key.length;
    const m = length >> 1;
    const s = length - m;
    const whole = this.h.of(n - s, n, -1, -1, SUFFIX_EXACT);
    this.lookup(whole);
    if (!this.crowded.has(whole)) return;
    const m1 = m >> 1;
    this.lookup(combine(whole, this.h.of(0, m1, -1, -1, WITH_QUARTER)));
    this.lookup(this.h.of(n - (length - m1), n, -1, -1, SUFFIX_THREE_QUARTERS));
    for (let j = m1 - 1; j <= m1 + 1 && j <= n; j++) {
      if (j <= m1) this.lookup(combine(whole, this.h.of(0, j, -1, -1, WITH_QUARTER_VARIANT)));
      if (j >= m1) for (let i = 0; i < j; i++) this.lookup(combine(whole, this.h.of(0, j, i, -1, WITH_QUARTER_VARIANT)));
    }
    if (m1 + 1 <= n) this.lookup(combine(whole, this.h.of(0, m1 + 1, -1, m1 - 1, WITH_QUARTER_SWAP)));
    const start = n - (length - m1) - 1;
    if (start >= 0) this.lookup(this.h.of(start, n, -1, start, SUFFIX_THREE_QUARTERS_SWAP));
  }

  /** The mirror of addIntactSuffix: P intact, S cut into S1 and S2 (s2 = ⌈s/2⌉ from the end). */
  private addIntactPrefix(key: string, ref: number): void {
    const n = key.length;
    const m = n >> 1;
    const whole = this.h.of(0, m, -1, -1, PREFIX_EXACT);
    if (!this.crowded.has(whole)) {
      if (this.entries.count(whole) < CROWDED) {
        this.push(whole, ref);
        return;
      }
      this.crowded.add(whole);
    }
    const s2 = (n - m) - ((n - m) >> 1);
    this.push(combine(whole, this.h.of(n - s2, n, -1, -1, WITH_QUARTER)), ref);
    this.push(this.h.of(0, n - s2, -1, -1, PREFIX_THREE_QUARTERS), ref);
    this.push(combine(whole, this.h.of(n - s2, n, -1, -1, WITH_QUARTER_VARIANT)), ref);
    for (let i = n - s2; i < n; i++) this.push(combine(whole, this.h.of(n - s2, n, i, -1, WITH_QUARTER_VARIANT)), ref);
    this.push(combine(whole, this.h.of(n - s2 - 1, n, -1, -1, WITH_QUARTER_SWAP)), ref);
    this.push(this.h.of(0, n - s2 + 1, -1, -1, PREFIX_THREE_QUARTERS_SWAP), ref);
  }

  private lookupIntactPrefix(key: string, length: number): void {
    const n = key.length;
    const m = length >> 1;
    const whole = this.h.of(0, m, -1, -1, PREFIX_EXACT);
    this.lookup(whole);
    if (!this.crowded.has(whole)) return;
    const s2 = (length - m) - ((length - m) >> 1);
    this.lookup(combine(whole, this.h.of(n - s2, n, -1, -1, WITH_QUARTER)));
    const s1End = length - s2; // m + s1: P and S1, from the start
    if (s1End <= n) this.lookup(this.h.of(0, s1End, -1, -1, PREFIX_THREE_QUARTERS));
    for (let j = s2 - 1; j <= s2 + 1 && j <= n; j++) {
      if (j <= s2) this.lookup(combine(whole, this.h.of(n - j, n, -1, -1, WITH_QUARTER_VARIANT)));
      if (j >= s2) for (let i = n - j; i < n; i++) this.lookup(combine(whole, this.h.of(n - j, n, i, -1, WITH_QUARTER_VARIANT)));
    }
    const start = n - s2 - 1;
    if (start >= 0) this.lookup(combine(whole, this.h.of(start, n, -1, start, WITH_QUARTER_SWAP)));
    if (s1End + 1 <= n) this.lookup(this.h.of(0, s1End + 1, -1, s1End - 1, PREFIX_THREE_QUARTERS_SWAP));
  }

  private addNeighbourhood(key: string, from: number, to: number, seed: number, ref: number): void {
    this.push(this.h.of(from, to, -1, -1, seed), ref);
    for (let i = from; i < to; i++) this.push(this.h.of(from, to, i, -1, seed), ref);
  }

  /** How many refs the deletion neighbourhood of key[from, to) would join. */
  private neighbourhoodLoad(key: string, from: number, to: number, seed: number): number {
    this.pendingCount = 0;
    this.lookupNeighbourhood(key, from, to, seed, true, true);
    const load = this.entries.countOf(this.pending, this.pendingCount);
    this.pendingCount = 0;
    return load;
  }

  /** key[from, to) as it is (`whole`) and/or each with one character deleted (`deleted`). */
  private lookupNeighbourhood(key: string, from: number, to: number, seed: number, whole: boolean, deleted: boolean): void {
    if (whole) this.lookup(this.h.of(from, to, -1, -1, seed));
    if (deleted) for (let i = from; i < to; i++) this.lookup(this.h.of(from, to, i, -1, seed));
  }

  private push(hash: number, ref: number): void {
    this.entries.add(hash, ref);
  }

  private lookup(hash: number): void {
    if (this.pendingCount === this.pending.length) {
      const bigger = new Int32Array(this.pending.length * 2);
      bigger.set(this.pending);
      this.pending = bigger;
    }
    this.pending[this.pendingCount++] = hash;
  }

  /** Looks up the gathered hashes, all at once. */
  private lookUpPending(): void {
    this.entries.forEachOf(this.pending, this.pendingCount, this.note);
    this.pendingCount = 0;
  }

  /** Keeps a ref once per query, if its length and letters allow the distance. */
  private readonly note = (ref: number): void => {
    const records = this.records;
    const at = ref * RECORD;
    if (records[at + STAMP] === this.query) return;
    records[at + STAMP] = this.query;
    const d = this.queryDistance;
    if (Math.abs((records[at + LENGTH] ?? 0) - this.queryLength) > d) return;
    // Which letters occur: an edit adds or removes at most two of them.
    if (popCount(this.queryMask ^ (records[at + MASK] ?? 0)) > 2 * d) return;
    this.found.push(ref);
  };

  private growTo(size: number): void {
    const bigger = new Int32Array(Math.max(size, (this.records.length / RECORD) * 2) * RECORD);
    bigger.set(this.records);
    this.records = bigger;
  }

  /**
   * A lower bound of the edit distance: each edit moves at most one letter count up and one down.
   * (Counts saturate at 15 on both sides, which only lowers the bound.)
   */
  private countBound(ref: number): number {
    let more = 0;
    let fewer = 0;
    const at = ref * RECORD + COUNTS;
    for (let w = 0; w < 4; w++) {
      let mine = this.queryCounts[w] ?? 0;
      let theirs = this.records[at + w] ?? 0;
      for (let k = 0; k < 8; k++) {
        const d = (mine & 15) - (theirs & 15);
        if (d > 0) more += d;
        else fewer -= d;
        mine >>>= 4;
        theirs >>>= 4;
      }
    }
    return Math.max(more, fewer);
  }
}

/**
 * Counts the letters of `key` in 32 buckets (char code mod 32) as 4-bit counts, eight to a word,
 * into words[at, at + 4); returns which buckets occur, a bit each.
 */
function countLetters(key: string, words: Int32Array, at: number): number {
  let mask = 0;
  for (let i = 0; i < key.length; i++) {
    const bucket = key.charCodeAt(i) & (BUCKETS - 1);
    mask |= 1 << bucket;
    const word = at + (bucket >>> 3);
    const shift = (bucket & 7) * 4;
    const current = ((words[word] ?? 0) >>> shift) & 15;
    if (current < 15) words[word] = (words[word] ?? 0) + (1 << shift);
  }
  return mask;
}

function popCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** The spec's tolerance: equal keys only below 5 characters, 1 edit up to 9, 2 edits from 10. */
export function allowedDistance(keyLength: number): 0 | 1 | 2 {
  if (keyLength >= 10) return 2;
  return keyLength >= 5 ? 1 : 0;
}
