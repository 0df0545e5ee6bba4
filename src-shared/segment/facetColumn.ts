import { type Bitset, clearBit, setBit } from './bitset';
import { ValueBitsets } from './valueBitsets';

/** What the index needs from a facet, whether a customer has one value (country) or many (tags). */
export interface Facet {
  selection(values: readonly string[]): Bitset;
  /** Adds, for each value, how many slots of `base` carry it; only values with a count appear. */
  countInto(base: Bitset, baseCount: number, out: Record<string, number>): void;
  clear(slot: number): void;
  resize(capacity: number, words: number): void;
  /** Renumbers slots: new slot i is old slot keep[i]. */
  compact(keep: Int32Array, capacity: number, words: number): void;
}

const NONE = -1;

/** A facet with exactly one value per customer, stored as a column of value codes. */
export class FacetColumn implements Facet {
  readonly dictionary: ValueBitsets;
  private codes: Int32Array;

  constructor(capacity: number, words: number) {
    this.dictionary = new ValueBitsets(words);
    this.codes = new Int32Array(capacity).fill(NONE);
  }

  /** Returns whether the slot's value changed. */
  set(slot: number, value: string): boolean {
    const code = this.dictionary.intern(value);
    const old = this.codes[slot]!;
    if (old === code) return false;
    if (old !== NONE) clearBit(this.dictionary.bitsetOf(old), slot);
    setBit(this.dictionary.bitsetOf(code), slot);
    this.codes[slot] = code;
    return true;
  }

  /**
   * Takes the slot out of the value's bitset but remembers its code: a removed row stays in the
   * sort orders until compaction, and its place there must not change.
   */
  clear(slot: number): void {
    const old = this.codes[slot]!;
    if (old !== NONE) clearBit(this.dictionary.bitsetOf(old), slot);
  }

  codeAt(slot: number): number {
    return this.codes[slot]!;
  }

  selection(values: readonly string[]): Bitset {
    return this.dictionary.selection(values);
  }

  countInto(base: Bitset, baseCount: number, out: Record<string, number>): void {
    const counts = new Int32Array(this.dictionary.size);
    // Few matching rows: visit them. Many rows but few values (levels): popcount per value.
    if (baseCount + base.length < this.dictionary.bitsetCountCost()) {
      const codes = this.codes;
      for (let w = 0; w < base.length; w++) {
        let word = base[w]!;
        while (word !== 0) {
          const low = word & -word;
          const code = codes[(w << 5) + 31 - Math.clz32(low)]!;
          counts[code] = counts[code]! + 1;
          word ^= low;
        }
      }
    } else {
      this.dictionary.countByBitsets(base, counts);
    }
    this.dictionary.writeCounts(counts, out);
  }

  resize(capacity: number, words: number): void {
    const codes = new Int32Array(capacity).fill(NONE);
    codes.set(this.codes.subarray(0, Math.min(capacity, this.codes.length)));
    this.codes = codes;
    this.dictionary.resize(words);
  }

  compact(keep: Int32Array, capacity: number, words: number): void {
    const old = this.codes;
    this.codes = new Int32Array(capacity).fill(NONE);
    this.dictionary.clearAll(words);
    for (let slot = 0; slot < keep.length; slot++) {
      const code = old[keep[slot]!]!;
      if (code === NONE) continue;
      this.codes[slot] = code;
      setBit(this.dictionary.bitsetOf(code), slot);
    }
  }
}
