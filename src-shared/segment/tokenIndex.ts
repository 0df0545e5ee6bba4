import { type Bitset, clearBit, hasBit, newBitset, setBit } from './bitset';
import { hasWordPrefix } from './searchDoc';
import { compareText } from './valueBitsets';

/** Above this many edited rows, re-checking them on every lookup costs more than a rebuild. */
const DIRTY_LIMIT = 2_000;

/**
 * Word prefix lookups: a sorted array of distinct words, each with its posting list of slots, so
 * "gar" is a binary search plus a walk over the words that start with "gar".
 *
 * Postings only grow between rebuilds. A row whose words changed is remembered as dirty, with its
 * current words, and re-checked directly on each lookup, which keeps an edit O(words) instead of
 * O(book). New words are sorted into the array on the next lookup.
 */
export class TokenIndex {
  private postings = new Map<string, number[]>();
  private sorted: string[] = [];
  /** lists[i] is the posting list of sorted[i] (the same array as in `postings`). */
  private lists: number[][] = [];
  private unsorted: string[] = [];
  private dirty = new Map<number, string[]>();

  /** Adds the slot's words; `edited` when the slot had other words before. */
  add(slot: number, words: readonly string[], edited: boolean): void {
    if (edited) this.dirty.set(slot, [...words]);
    for (const w of words) {
      const list = this.postings.get(w);
      if (list) list.push(slot);
      else {
        this.postings.set(w, [slot]);
        this.unsorted.push(w);
      }
    }
  }

  forget(slot: number): void {
    this.dirty.delete(slot);
  }

  /** Past this many edited rows, re-checking them on every lookup costs more than a rebuild. */
  needsRebuild(): boolean {
    return this.dirty.size > DIRTY_LIMIT;
  }

  /** Renumbers slots (new slot i is old slot keep[i]) without looking at any text. */
  compact(keep: Int32Array, oldSlotCount: number): void {
    const renumber = new Int32Array(oldSlotCount).fill(-1);
    keep.forEach((from, to) => (renumber[from] = to));
    const postings = new Map<string, number[]>();
    for (const [word, slots] of this.postings) {
      const kept: number[] = [];
      for (const slot of slots) {
        const to = renumber[slot] ?? -1;
        if (to >= 0) kept.push(to);
      }
      if (kept.length > 0) postings.set(word, kept);
    }
    this.postings = postings;
    this.sorted = [...postings.keys()].sort();
    this.lists = this.sorted.map((w) => postings.get(w)!);
    this.unsorted = [];
    const dirty = new Map<number, string[]>();
    for (const [slot, words] of this.dirty) {
      const to = renumber[slot] ?? -1;
      if (to >= 0) dirty.set(to, words);
    }
    this.dirty = dirty;
  }

  /** Slots having a word that starts with `prefix` (removed slots too: callers mask them). */
  prefixSlots(prefix: string, words: number): Bitset {
    this.sortNewWords();
    const out = newBitset(words);
    const sorted = this.sorted;
    const lists = this.lists;
    for (let i = lowerBound(sorted, prefix); i < sorted.length; i++) {
      if (!sorted[i]!.startsWith(prefix)) break;
      const list = lists[i]!;
      for (let k = 0; k < list.length; k++) {
        const slot = list[k]!;
        out[slot >>> 5] = out[slot >>> 5]! | (1 << (slot & 31));
      }
    }
    for (const [slot, current] of this.dirty) {
      if (hasWordPrefix(current, prefix)) setBit(out, slot);
      else if (hasBit(out, slot)) clearBit(out, slot);
    }
    return out;
  }

  private sortNewWords(): void {
    if (this.unsorted.length === 0) return;
    // The default sort runs in native code, in code-unit order like compareText.
    const fresh = this.unsorted.sort();
    this.unsorted = [];
    this.sorted = this.sorted.length === 0 ? fresh : mergeSorted(this.sorted, fresh);
    this.lists = this.sorted.map((w) => this.postings.get(w)!);
  }
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = new Array<string>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = compareText(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}
