import { type Bitset, andCount, newBitset, orInto, resized } from './bitset';

/**
 * The inverted index of one facet: each distinct value gets a small integer code and a bitset of
 * the slots that carry it. Selecting "DE or FR" is then one OR of two bitsets.
 */
export class ValueBitsets {
  private readonly codeByValue = new Map<string, number>();
  readonly values: string[] = [];
  private bitsets: Bitset[] = [];

  constructor(private words: number) {}

  get size(): number {
    return this.values.length;
  }

  codeOf(value: string): number | undefined {
    return this.codeByValue.get(value);
  }

  /** The value's code, creating it (and its empty bitset) on first sight. */
  intern(value: string): number {
    let code = this.codeByValue.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.codeByValue.set(value, code);
      this.values.push(value);
      this.bitsets.push(newBitset(this.words));
    }
    return code;
  }

  bitsetOf(code: number): Bitset {
    const bits = this.bitsets[code];
    if (!bits) throw new RangeError(`no value with code ${code}`);
    return bits;
  }

  /** The slots carrying any of the values; unknown values select nothing. */
  selection(values: readonly string[]): Bitset {
    const out = newBitset(this.words);
    for (const value of values) {
      const code = this.codeByValue.get(value);
      if (code !== undefined) orInto(out, this.bitsetOf(code));
    }
    return out;
  }

  /** Turns counts by code into counts by value, leaving out values nobody matches. */
  writeCounts(counts: Int32Array, out: Record<string, number>): void {
    for (let code = 0; code < counts.length; code++) {
      const n = counts[code]!;
      if (n > 0) out[this.values[code]!] = n;
    }
  }

  /** counts[code] = |base AND value's slots|: cheap when there are few values. */
  countByBitsets(base: Bitset, counts: Int32Array): void {
    for (let code = 0; code < this.bitsets.length; code++) counts[code] = andCount(base, this.bitsets[code]!);
  }

  /** Cost estimate, in word operations, of `countByBitsets`. */
  bitsetCountCost(): number {
    return this.values.length * this.words;
  }

  /** Rank of each code when values are sorted by their text; drives the list's country/level sort. */
  ranks(): Int32Array {
    const order = this.values.map((_, code) => code).sort((a, b) => compareText(this.values[a]!, this.values[b]!));
    const ranks = new Int32Array(this.values.length);
    order.forEach((code, rank) => (ranks[code] = rank));
    return ranks;
  }

  resize(words: number): void {
    this.words = words;
    this.bitsets = this.bitsets.map((b) => resized(b, words));
  }

  /** Empties every bitset but keeps the codes, so that slot columns stay valid during compaction. */
  clearAll(words: number): void {
    this.words = words;
    this.bitsets = this.bitsets.map(() => newBitset(words));
  }
}

/** Plain code-unit order: fast, stable across machines and locales. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
