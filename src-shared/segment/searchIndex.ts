import { type Bitset, andInto, clearBit, hasBit, newBitset, resized, setBit } from './bitset';
import { hasUnspacedScript, searchTerms } from './fold';
import { type SearchDoc, type SearchTerm, docWords, parseTerm } from './searchDoc';
import { SIGNATURE_WORDS, writeSignature } from './textSignature';
import { TokenIndex } from './tokenIndex';

/**
 * Search as you type over the whole book (see searchDoc.ts for what matches).
 *
 * - Word prefixes: the token index (binary search over the sorted words, union of postings),
 *   built on the first search rather than on load.
 * - Substrings of emails: each row's addresses carry a 128-bit signature (textSignature.ts); only
 *   rows whose signature covers the term's are checked with `includes`.
 * - Substrings of names in unspaced scripts: only the rows that have such a script are looked at.
 * The last result is kept, so typing one more letter only looks again at the rows it matched.
 */
export class SearchIndex {
  private names: string[] = [];
  private mails: string[] = [];
  private signatures: Uint32Array;
  /** Built on the first search (or by `prepareStep`), not on load: most sessions search little. */
  private tokens: TokenIndex | null = null;
  /** A token index being built a slice at a time, and the next slot it will read. */
  private building: { tokens: TokenIndex; next: number } | null = null;
  /** Rows whose names contain Chinese, Japanese, Korean, Thai… */
  private unspaced: Bitset;
  private stamp = 0;
  private last: { key: string; terms: SearchTerm[]; stamp: number; bits: Bitset } | null = null;

  constructor(private words: number) {
    this.unspaced = newBitset(words);
    this.signatures = new Uint32Array(words * 32 * SIGNATURE_WORDS);
  }

  set(slot: number, doc: SearchDoc): void {
    const known = this.names[slot] !== undefined;
    if (known && this.names[slot] === doc.nameText && this.mails[slot] === doc.emailText) return;
    this.names[slot] = doc.nameText;
    this.mails[slot] = doc.emailText;
    writeSignature(doc.emailText, this.signatures, slot * SIGNATURE_WORDS);
    if (hasUnspacedScript(doc.nameText)) setBit(this.unspaced, slot);
    else clearBit(this.unspaced, slot);
    // A slot a running build has already passed must be brought up to date; later ones it reads.
    const building = this.building && slot < this.building.next ? this.building.tokens : null;
    if (this.tokens || building) {
      const words = docWords(doc);
      this.tokens?.add(slot, words, known);
      building?.add(slot, words, known);
    }
    this.stamp++;
  }

  /** A removed slot keeps its text and postings; results are always masked with the live rows. */
  clear(slot: number): void {
    this.tokens?.forget(slot);
    this.building?.tokens.forget(slot);
    this.stamp++;
  }

  /**
   * Builds the token index ahead of the first search, at most `maxRows` rows per call, so that an
   * idle-time caller can spread it out. Returns true once it is complete.
   */
  prepareStep(alive: Bitset, maxRows = Number.POSITIVE_INFINITY): boolean {
    if (this.tokens && !this.tokens.needsRebuild()) return true;
    this.building ??= { tokens: new TokenIndex(), next: 0 };
    const build = this.building;
    const end = Math.min(this.names.length, build.next + maxRows);
    for (let slot = build.next; slot < end; slot++) {
      if (hasBit(alive, slot)) build.tokens.add(slot, docWords({ nameText: this.names[slot] ?? '', emailText: this.mails[slot] ?? '' }), false);
    }
    build.next = end;
    if (end < this.names.length) return false;
    this.tokens = build.tokens;
    this.building = null;
    return true;
  }

  resize(words: number): void {
    this.words = words;
    this.unspaced = resized(this.unspaced, words);
    const signatures = new Uint32Array(words * 32 * SIGNATURE_WORDS);
    signatures.set(this.signatures.subarray(0, Math.min(signatures.length, this.signatures.length)));
    this.signatures = signatures;
    this.last = null;
  }

  compact(keep: Int32Array, words: number): void {
    const names = this.names;
    const mails = this.mails;
    const unspaced = this.unspaced;
    this.tokens?.compact(keep, names.length);
    this.building = null;
    this.names = Array.from(keep, (from) => names[from] ?? '');
    this.mails = Array.from(keep, (from) => mails[from] ?? '');
    this.unspaced = newBitset(words);
    keep.forEach((from, to) => hasBit(unspaced, from) && setBit(this.unspaced, to));
    const signatures = this.signatures;
    this.signatures = new Uint32Array(words * 32 * SIGNATURE_WORDS);
    keep.forEach((from, to) =>
      this.signatures.set(signatures.subarray(from * SIGNATURE_WORDS, (from + 1) * SIGNATURE_WORDS), to * SIGNATURE_WORDS),
    );
    this.words = words;
    this.stamp++;
    this.last = null;
  }

  /** The rows (within `alive`) matching every term of the query; null for a blank query. */
  match(query: string, alive: Bitset): Bitset | null {
    const texts = searchTerms(query);
    if (texts.length === 0) return null;
    const key = texts.join(' ');
    const last = this.last;
    if (last && last.stamp === this.stamp && last.key === key) return last.bits;
    this.prepareStep(alive);
    const terms = texts.map(parseTerm);
    let result = last && last.stamp === this.stamp && narrows(last.terms, terms) ? last.bits.slice() : alive.slice();
    for (const term of terms) result = this.termWithin(term, result);
    this.last = { key, terms, stamp: this.stamp, bits: result };
    return result;
  }

  /** Rows of `within` that match the term. */
  private termWithin(term: SearchTerm, within: Bitset): Bitset {
    let out: Bitset;
    const tokens = this.tokens!;
    if (term.words.length > 0) {
      out = tokens.prefixSlots(term.words[0]!, this.words);
      for (const w of term.words.slice(1)) andInto(out, tokens.prefixSlots(w, this.words));
      andInto(out, within);
    } else {
      out = newBitset(this.words);
    }
    if (term.inMail) this.scanMails(term.text, within, out);
    if (term.unspaced) {
      const names = this.names;
      for (let w = 0; w < within.length; w++) {
        let word = within[w]! & this.unspaced[w]! & ~out[w]!;
        while (word !== 0) {
          const low = word & -word;
          const slot = (w << 5) + 31 - Math.clz32(low);
          if ((names[slot] ?? '').includes(term.text)) setBit(out, slot);
          word ^= low;
        }
      }
    }
    return out;
  }

  /** Adds to `out` the rows of `within` with `needle` somewhere in their addresses. */
  private scanMails(needle: string, within: Bitset, out: Bitset): void {
    const wanted = new Uint32Array(SIGNATURE_WORDS);
    writeSignature(needle, wanted, 0);
    const [t0, t1, t2, t3] = wanted as unknown as [number, number, number, number];
    const sig = this.signatures;
    const mails = this.mails;
    // The hot loop of a search: the signature test is spelled out so that it stays a handful of
    // integer operations per row; `includes` only runs for rows that may contain the needle.
    for (let w = 0; w < within.length; w++) {
      let word = within[w]! & ~out[w]!;
      while (word !== 0) {
        const low = word & -word;
        word ^= low;
        const slot = (w << 5) + 31 - Math.clz32(low);
        const o = slot * SIGNATURE_WORDS;
        if ((t0 & ~sig[o]!) !== 0 || (t1 & ~sig[o + 1]!) !== 0 || (t2 & ~sig[o + 2]!) !== 0 || (t3 & ~sig[o + 3]!) !== 0) continue;
        if ((mails[slot] ?? '').includes(needle)) setBit(out, slot);
      }
    }
  }
}

/** A longer query (same terms, the last ones extended) can only match a subset. */
function narrows(before: SearchTerm[], after: SearchTerm[]): boolean {
  if (after.length < before.length) return false;
  for (let i = 0; i < before.length; i++) {
    const a = before[i]!;
    const b = after[i]!;
    if (!b.text.startsWith(a.text)) return false;
    if (i < before.length - 1 && a.text !== b.text) return false;
    // Switching a substring rule on (unspaced script, third character) widens the match.
    if (a.unspaced !== b.unspaced || a.inMail !== b.inMail) return false;
    // A term of punctuation only ("@") has no prefix rule; gaining a word ("@g") would add one.
    if (a.words.length === 0 && b.words.length > 0) return false;
  }
  return true;
}
