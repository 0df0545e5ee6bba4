import { type Bitset, clearBit, setBit } from './bitset';
import type { Facet } from './facetColumn';
import { ValueBitsets } from './valueBitsets';

const NO_TAGS: readonly number[] = Object.freeze([]);

/**
 * The tag facet: a customer carries any number of tags. Each slot keeps its short list of tag
 * codes (for counting a few matching rows) and each tag its bitset (for selection and for
 * counting many rows).
 */
export class TagColumn implements Facet {
  readonly dictionary: ValueBitsets;
  private lists: (readonly number[])[] = [];

  constructor(words: number) {
    this.dictionary = new ValueBitsets(words);
  }

  /** Returns whether the slot's set of tags changed. */
  set(slot: number, tags: readonly string[]): boolean {
    const codes = tags.length === 0 ? NO_TAGS : this.codesOf(tags);
    const old = this.lists[slot] ?? NO_TAGS;
    if (sameCodes(old, codes)) return false;
    for (const code of old) clearBit(this.dictionary.bitsetOf(code), slot);
    for (const code of codes) setBit(this.dictionary.bitsetOf(code), slot);
    this.lists[slot] = codes;
    return true;
  }

  /** Distinct codes in ascending order (insertion sort: a customer has a handful of tags). */
  private codesOf(tags: readonly string[]): number[] {
    const codes: number[] = [];
    for (const tag of tags) {
      const code = this.dictionary.intern(tag);
      let at = codes.length;
      while (at > 0 && codes[at - 1]! > code) at--;
      if (codes[at - 1] !== code) codes.splice(at, 0, code);
    }
    return codes;
  }

  clear(slot: number): void {
    for (const code of this.lists[slot] ?? NO_TAGS) clearBit(this.dictionary.bitsetOf(code), slot);
    this.lists[slot] = NO_TAGS;
  }

  selection(values: readonly string[]): Bitset {
    return this.dictionary.selection(values);
  }

  countInto(base: Bitset, baseCount: number, out: Record<string, number>): void {
    const counts = new Int32Array(this.dictionary.size);
    if (baseCount * 2 + base.length < this.dictionary.bitsetCountCost()) {
      for (let w = 0; w < base.length; w++) {
        let word = base[w]!;
        while (word !== 0) {
          const low = word & -word;
          for (const code of this.lists[(w << 5) + 31 - Math.clz32(low)] ?? NO_TAGS) counts[code] = counts[code]! + 1;
          word ^= low;
        }
      }
    } else {
      this.dictionary.countByBitsets(base, counts);
    }
    this.dictionary.writeCounts(counts, out);
  }

  resize(_capacity: number, words: number): void {
    this.dictionary.resize(words);
  }

  compact(keep: Int32Array, _capacity: number, words: number): void {
    const old = this.lists;
    this.lists = [];
    this.dictionary.clearAll(words);
    for (let slot = 0; slot < keep.length; slot++) {
      const codes = old[keep[slot]!] ?? NO_TAGS;
      this.lists[slot] = codes;
      for (const code of codes) setBit(this.dictionary.bitsetOf(code), slot);
    }
  }
}

function sameCodes(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
