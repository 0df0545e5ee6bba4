import { TableReadError } from './tableReadError';

/** Larger files are refused before decoding: a customer list this big is a mistake, not a list. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export interface DecodedText {
  text: string;
  /** What was used: utf-8, utf-8-bom, utf-16le, utf-16be, gb18030 or windows-1252. */
  encoding: string;
}

/** The encodings the salesperson can pick when the guess was wrong. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'windows-1252';

const SAMPLE_CHARS = 64 * 1024;
/** Enough text to tell Chinese from Western European, and cheap to scan. */
const SAMPLE_BYTES = 1024 * 1024;

/**
 * Turns the bytes of a text file into a string. Excel on a Chinese Windows saves CSV as GBK, on a
 * Western European Windows as Windows-1252, elsewhere as UTF-8 with a BOM; "Unicode text" is
 * UTF-16; phones write UTF-8. So: trust a BOM, then try strict UTF-8, then tell GBK (read as
 * GB18030, a superset of GBK and GB2312) from Windows-1252 by how the non-ASCII bytes sit (see
 * looksLikeWindows1252). `forced` skips the guessing: the salesperson saw garbled text and chose.
 */
export function decodeText(bytes: Uint8Array, forced?: TextEncodingName): DecodedText {
  if (forced) return decodeAs(forced, bytes);
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return checked(decode('utf-8', bytes.subarray(3)), 'utf-8-bom');
  if (b0 === 0xff && b1 === 0xfe) return checked(decode('utf-16le', bytes.subarray(2)), 'utf-16le');
  if (b0 === 0xfe && b1 === 0xff) return checked(decode('utf-16be', bytes.subarray(2)), 'utf-16be');

  const bomlessUtf16 = guessBomlessUtf16(bytes);
  if (bomlessUtf16) return checked(decode(bomlessUtf16, bytes), bomlessUtf16);
  // No 8-bit text encoding uses NUL: a NUL byte means a picture, a PDF, an old .xls…
  if (bytes.indexOf(0) !== -1) throw new TableReadError('fileBinary');

  try {
    return checked(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    const legacy = looksLikeWindows1252(bytes) ? 'windows-1252' : 'gb18030';
    return checked(decode(legacy, bytes), legacy);
  }
}

/**
 * The encoding the salesperson chose, without guessing. TextDecoder drops a matching BOM. Only
 * NUL bytes in an 8-bit encoding are refused (the file is binary, or UTF-16); garbled text is not,
 * since the salesperson is looking at it to pick the encoding that reads right.
 */
function decodeAs(encoding: TextEncodingName, bytes: Uint8Array): DecodedText {
  if (encoding !== 'utf-16le' && encoding !== 'utf-16be' && bytes.indexOf(0) !== -1) throw new TableReadError('fileBinary');
  return { text: decode(encoding, bytes), encoding };
}

/**
 * Windows-1252 or GBK? Both use the bytes 0x80-0xFF, and GBK decodes almost any byte sequence, so
 * this looks at how the high bytes sit among the ASCII ones (separators, Latin letters):
 *
 * - A Western European word has one accented letter at a time ("Müller", "São", "Café"), two at
 *   most ("Exportações"), with Latin letters around it. A lone high byte counts for 1252, and so
 *   does a pair with ASCII letters on both sides.
 * - Chinese text has runs of two-byte characters, the common ones (GB2312) with both bytes in
 *   0xA1-0xFE: each such pair counts for GBK, and so does any run of three or more high bytes.
 * - Counting lone high bytes alone would misread traditional characters: GBK's extension area
 *   has ASCII second bytes (恆 is 0x90 "a", 達 0xDF "_"). So a byte sequence impossible in one
 *   encoding counts twice for the other: a GBK lead byte followed by a space, comma or line end;
 *   the five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D), which GBK uses
 *   for traditional characters (恆, 廣, 張…).
 *
 * A tie stays GBK, the common case for our users until now.
 */
function looksLikeWindows1252(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SAMPLE_BYTES);
  let latin = 0;
  let chinese = 0;
  let i = 0;
  while (i < end) {
    if ((bytes[i] ?? 0) < 0x80) {
      i++;
      continue;
    }
    const start = i;
    while (i < end && (bytes[i] ?? 0) >= 0x80) i++;
    const length = i - start;
    const before = start > 0 ? (bytes[start - 1] ?? 0) : 0;
    const after = i < bytes.length ? (bytes[i] ?? 0) : 0;
    for (let k = start; k < i; k++) if (isUndefinedIn1252(bytes[k] ?? 0)) chinese += 2;
    if (length === 1) {
      latin++;
      // GBK needs a second byte 0x40-0x7E (or 0x30-0x39, for GB18030's four-byte forms) here.
      if (after < 0x30 || (after > 0x39 && after < 0x40) || after === 0x7f) latin++;
    } else if (length === 2 && isAsciiLetter(before) && isAsciiLetter(after)) {
      latin++;
    } else {
      if (length >= 3) chinese++;
      for (let k = start; k + 1 < i; k += 2) if ((bytes[k] ?? 0) >= 0xa1 && (bytes[k + 1] ?? 0) >= 0xa1) chinese++;
    }
  }
  return latin > chinese;
}

function isAsciiLetter(b: number): boolean {
  return (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
}

function isUndefinedIn1252(b: number): boolean {
  return b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d;
}

function decode(encoding: string, bytes: Uint8Array): string {
  const text = new TextDecoder(encoding).decode(bytes);
  return encoding === 'windows-1252' ? fixWindows1252(text) : text;
}

// What Windows-1252 puts at 0x80-0x9F (€, curly quotes, dashes…); the five unused bytes stay as they are.
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const C1 = /[\u0080-\u009f]/;
const ALL_C1 = /[\u0080-\u009f]/g;

/**
 * Browsers decode windows-1252 as the standard says; Node (up to v22 at least) decodes it as
 * ISO-8859-1, which leaves 0x80-0x9F as control characters. Map them, so both read the same.
 */
function fixWindows1252(text: string): string {
  return C1.test(text) ? text.replace(ALL_C1, (c) => WINDOWS_1252_C1.charAt(c.charCodeAt(0) - 0x80)) : text;
}

/**
 * Notepad's "Unicode" without a BOM: ASCII text in UTF-16 has a zero in every other byte. Only the
 * start is sampled; a real binary file has zeros scattered on both sides.
 */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd > pairs * 0.4 && zeroEven === 0) return 'utf-16le';
  if (zeroEven > pairs * 0.4 && zeroOdd === 0) return 'utf-16be';
  return null;
}

/**
 * Binary data that slipped through (no NUL, or decoded as UTF-16) shows up as control characters
 * and U+FFFD replacement characters. Text has almost none; allow a few for stray bytes.
 */
function checked(text: string, encoding: string): DecodedText {
  const end = Math.min(text.length, SAMPLE_CHARS);
  let suspicious = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd || c === 0x7f) suspicious++;
  }
  if (suspicious > Math.max(8, end * 0.02)) throw new TableReadError('fileBinary');
  return { text, encoding };
}
