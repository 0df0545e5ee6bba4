/**
 * A 128-bit signature of a text: which characters it has (32 bits, exact for a-z) and which
 * pairs of adjacent characters (a 96-bit Bloom filter). If a term is a substring of the text,
 * every character and pair of the term is in the text, so the term's signature bits are a subset
 * of the text's ("no wanted bit missing": want & ~have === 0). Testing four words per row rules
 * out most rows before `includes` runs, which makes the email-substring rule cheap at 100,000 rows.
 */
export const SIGNATURE_WORDS = 4;

function charBit(c: number): number {
  if (c >= 97 && c <= 122) return c - 97; // a-z
  if (c >= 48 && c <= 57) return 26; // digits
  if (c === 46) return 27; // .
  if (c === 45) return 28; // -
  if (c === 64) return 29; // @
  if (c === 10) return 30; // line break between addresses
  return 31;
}

function pairBit(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 0;
}

/** Writes the text's signature into `out` at `offset` (four words). */
export function writeSignature(text: string, out: Uint32Array, offset: number): void {
  let chars = 0;
  let p1 = 0;
  let p2 = 0;
  let p3 = 0;
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    chars |= 1 << charBit(c);
    if (prev >= 0) {
      const bit = pairBit(prev, c) % 96;
      if (bit < 32) p1 |= 1 << bit;
      else if (bit < 64) p2 |= 1 << (bit - 32);
      else p3 |= 1 << (bit - 64);
    }
    prev = c;
  }
  out[offset] = chars;
  out[offset + 1] = p1;
  out[offset + 2] = p2;
  out[offset + 3] = p3;
}
