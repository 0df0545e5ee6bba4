import { TableReadError } from './tableReadError';

/** Larger files are refused before decoding: a customer list this big is a mistake, not a list. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export interface DecodedText {
  text: string;
  /** What was used: utf-8, utf-8-bom, utf-16le, utf-16be or gb18030. */
  encoding: string;
}

const SAMPLE_CHARS = 64 * 1024;

/**
 * Turns the bytes of a text file into a string. Excel on a Chinese Windows saves CSV as GBK, Excel
 * elsewhere as UTF-8 with a BOM, "Unicode text" as UTF-16; phones write UTF-8. So: trust a BOM,
 * then try strict UTF-8, then fall back to GB18030, which is a superset of GBK and GB2312.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
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
    return checked(decode('gb18030', bytes), 'gb18030');
  }
}

function decode(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
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
