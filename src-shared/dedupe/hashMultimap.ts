/**
 * A multimap from 30-bit hashes to small non-negative integers (record numbers), in typed arrays:
 * a million entries cost about 20 MB and no garbage, where a Map of arrays costs several times
 * that and slows every lookup down with cache misses. Open addressing with linear probing; a key
 * with one value keeps it in its slot, more values live in a list in a shared pool.
 *
 * Lookups are dominated by memory latency, not arithmetic: most are for hashes that are not there
 * (a query tries a hundred variants of itself), so a small presence bitset answers those from the
 * processor's cache; a slot keeps its key and value side by side, so a hit costs one cache line.
 */
export class HashMultimap {
  /** Per slot, [hash | OCCUPIED, value]; a 0 hash is an empty slot. The value is itself (≥ 0), or -(list + 1). */
  private slots: Int32Array;
  private mask: number;
  /** 32 - log2(slot count): slots come from the top bits of a multiplicative hash. */
  private shift: number;
  /** A bit per hash modulo its size (2 bits per slot, 1 MB for a million entries). */
  private present: Int32Array;
  private used = 0;
  private pool: Int32Array = new Int32Array(1024);
  private poolEnd = 0;
  /** Per list, [start in pool, length, capacity]. */
  private lists: Int32Array = new Int32Array(3 * 256);
  private listCount = 0;

  constructor(capacity = 1024) {
    let size = 1024;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    this.shift = 32 - Math.log2(size);
    this.present = new Int32Array(size / 16);
  }

  /** How many values `hash` has. */
  count(hash: number): number {
    const slot = this.find(hash);
    if (slot < 0) return 0;
    const value = this.slots[slot * 2 + 1] ?? 0;
    return value >= 0 ? 1 : (this.lists[(-value - 1) * 3 + 1] ?? 0);
  }

  /** Adds `value` under `hash`, unless it is already the last value added there. */
  add(hash: number, value: number): void {
    if ((this.used + 1) * 10 > (this.mask + 1) * 7) this.resize();
    // One probe finds the hash's slot or the empty slot where it goes.
    const key = hash | OCCUPIED;
    let slot = Math.imul(hash, GOLDEN) >>> this.shift;
    for (;;) {
      const k = this.slots[slot * 2] ?? 0;
      if (k === key) break;
      if (k === 0) {
        this.slots[slot * 2] = key;
        this.slots[slot * 2 + 1] = value;
        this.used++;
        this.mark(hash);
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    const current = this.slots[slot * 2 + 1] ?? 0;
    if (current >= 0) {
      if (current === value) return;
      const list = this.newList(current);
      this.slots[slot * 2 + 1] = -list - 1;
      this.append(list, value);
    } else {
      const list = -current - 1;
      const last = (this.lists[list * 3] ?? 0) + (this.lists[list * 3 + 1] ?? 0) - 1;
      if (this.pool[last] !== value) this.append(list, value);
    }
  }

  /**
   * Calls `visit` with every value of each of hashes[0, count), which it overwrites. Many
   * lookups at once run faster than one by one: the loops below issue their memory reads
   * independently of each other, so the processor overlaps their cache misses.
   */
  forEachOf(hashes: Int32Array, count: number, visit: (value: number) => void): void {
    const hits = this.slotsOf(hashes, count);
    for (let i = 0; i < hits; i++) {
      const value = this.slots[(hashes[i] ?? 0) * 2 + 1] ?? 0;
      if (value >= 0) {
        visit(value);
        continue;
      }
      const list = -value - 1;
      const start = this.lists[list * 3] ?? 0;
      const end = start + (this.lists[list * 3 + 1] ?? 0);
      for (let v = start; v < end; v++) visit(this.pool[v] ?? 0);
    }
  }

  /** The number of values of all of hashes[0, count) together (overwrites hashes). */
  countOf(hashes: Int32Array, count: number): number {
    const hits = this.slotsOf(hashes, count);
    let total = 0;
    for (let i = 0; i < hits; i++) {
      const value = this.slots[(hashes[i] ?? 0) * 2 + 1] ?? 0;
      total += value >= 0 ? 1 : (this.lists[(-value - 1) * 3 + 1] ?? 0);
    }
    return total;
  }

  /** Replaces hashes[0, count) by the slots of those present; returns how many. */
  private slotsOf(hashes: Int32Array, count: number): number {
    const present = this.present;
    const bits = (present.length << 5) - 1;
    let kept = 0;
    for (let i = 0; i < count; i++) {
      const hash = hashes[i] ?? 0;
      const bit = hash & bits;
      if (((present[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0) hashes[kept++] = hash;
    }
    let hits = 0;
    for (let i = 0; i < kept; i++) {
      const hash = hashes[i] ?? 0;
      const key = hash | OCCUPIED;
      let slot = Math.imul(hash, GOLDEN) >>> this.shift;
      for (;;) {
        const k = this.slots[slot * 2] ?? 0;
        if (k === key) {
          hashes[hits++] = slot;
          break;
        }
        if (k === 0) break;
        slot = (slot + 1) & this.mask;
      }
    }
    return hits;
  }

  private mark(hash: number): void {
    const bit = hash & ((this.present.length << 5) - 1);
    this.present[bit >>> 5] = (this.present[bit >>> 5] ?? 0) | (1 << (bit & 31));
  }

  private find(hash: number): number {
    const bit = hash & ((this.present.length << 5) - 1);
    if (((this.present[bit >>> 5] ?? 0) & (1 << (bit & 31))) === 0) return -1;
    const key = hash | OCCUPIED;
    let slot = Math.imul(hash, GOLDEN) >>> this.shift;
    for (;;) {
      const k = this.slots[slot * 2] ?? 0;
      if (k === key) return slot;
      if (k === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  private emptySlot(hash: number): number {
    let slot = Math.imul(hash, GOLDEN) >>> this.shift;
    while (this.slots[slot * 2] !== 0) slot = (slot + 1) & this.mask;
    return slot;
  }

  private resize(): void {
    const old = this.slots;
    const size = (this.mask + 1) * 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    this.shift--;
    this.present = new Int32Array(size / 16);
    for (let i = 0; i < old.length; i += 2) {
      const k = old[i] ?? 0;
      if (k === 0) continue;
      const hash = k & HASH_BITS;
      const slot = this.emptySlot(hash);
      this.slots[slot * 2] = k;
      this.slots[slot * 2 + 1] = old[i + 1] ?? 0;
      this.mark(hash);
    }
  }

  private newList(first: number): number {
    if ((this.listCount + 1) * 3 > this.lists.length) {
      const bigger = new Int32Array(this.lists.length * 2);
      bigger.set(this.lists);
      this.lists = bigger;
    }
    const list = this.listCount++;
    const start = this.reserve(4);
    this.lists[list * 3] = start;
    this.lists[list * 3 + 1] = 1;
    this.lists[list * 3 + 2] = 4;
    this.pool[start] = first;
    return list;
  }

  private append(list: number, value: number): void {
    let start = this.lists[list * 3] ?? 0;
    const length = this.lists[list * 3 + 1] ?? 0;
    const capacity = this.lists[list * 3 + 2] ?? 0;
    if (length === capacity) {
      // Move the list to the end of the pool with twice the room; its old place is left unused.
      const moved = this.reserve(capacity * 2);
      this.pool.copyWithin(moved, start, start + length);
      start = moved;
      this.lists[list * 3] = moved;
      this.lists[list * 3 + 2] = capacity * 2;
    }
    this.pool[start + length] = value;
    this.lists[list * 3 + 1] = length + 1;
  }

  private reserve(size: number): number {
    if (this.poolEnd + size > this.pool.length) {
      const bigger = new Int32Array(Math.max(this.pool.length * 2, this.poolEnd + size));
      bigger.set(this.pool);
      this.pool = bigger;
    }
    const start = this.poolEnd;
    this.poolEnd += size;
    return start;
  }
}

const OCCUPIED = 0x40000000;
const HASH_BITS = 0x3fffffff;
/** Fibonacci hashing: the top bits of hash × 2^32/φ, well spread even for similar hashes. */
const GOLDEN = 0x9e3779b1;
