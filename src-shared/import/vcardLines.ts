/**
 * The line level of vCard 2.1, 3.0 and 4.0: unfolding, property/parameter syntax, quoted-printable
 * and escapes. Phones still export 2.1 (Android) with QUOTED-PRINTABLE UTF-8 names split by soft
 * line breaks, and 3.0 (iPhone) with folded lines and "item1." groups; both must read the same.
 */

export interface VcardProperty {
  /** Upper case, without the group prefix: "item1.EMAIL" is EMAIL. */
  name: string;
  /** Upper-case parameter names; 2.1's bare parameters ("TEL;CELL") are collected under TYPE. */
  params: Map<string, string[]>;
  /** The decoded value, escapes still in place (structured values are split by the caller). */
  value: string;
}

const utf8 = new TextEncoder();
const BARE_ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', '8BIT', '7BIT', 'B']);

/** Joins folded lines and quoted-printable soft line breaks into logical lines. */
export function unfoldVcardLines(text: string): string[] {
  const physical = text.split(/\r\n|\r|\n/);
  const logical: string[] = [];
  for (let i = 0; i < physical.length; i++) {
    let line = physical[i] ?? '';
    const first = line[0];
    if ((first === ' ' || first === '\t') && logical.length > 0) {
      logical[logical.length - 1] += line.slice(1);
      continue;
    }
    // A quoted-printable value continues after a trailing "=" (a soft line break).
    if (isQuotedPrintable(line)) {
      while (line.endsWith('=') && i + 1 < physical.length) {
        i++;
        line = line.slice(0, -1) + (physical[i] ?? '').replace(/^[ \t]+/, '');
      }
    }
    logical.push(line);
  }
  return logical;
}

function isQuotedPrintable(line: string): boolean {
  const colon = line.indexOf(':');
  return colon > 0 && /QUOTED-PRINTABLE/i.test(line.slice(0, colon));
}

/** Parses one logical line, or returns null for a line that is no property. */
export function parseVcardProperty(line: string): VcardProperty | null {
  const colon = findUnquoted(line, ':', 0);
  if (colon <= 0) return null;
  const head = splitUnquoted(line.slice(0, colon), ';');
  const nameWithGroup = head[0] ?? '';
  const name = nameWithGroup.slice(nameWithGroup.lastIndexOf('.') + 1).trim().toUpperCase();
  if (!name) return null;

  const params = new Map<string, string[]>();
  const addParam = (key: string, values: string[]) => params.set(key, [...(params.get(key) ?? []), ...values]);
  for (const raw of head.slice(1)) {
    const eq = raw.indexOf('=');
    if (eq < 0) {
      const bare = raw.trim().toUpperCase();
      addParam(BARE_ENCODINGS.has(bare) ? 'ENCODING' : 'TYPE', [bare]);
      continue;
    }
    const key = raw.slice(0, eq).trim().toUpperCase();
    const values = splitUnquoted(raw.slice(eq + 1), ',').map((v) => v.trim().replace(/^"|"$/g, ''));
    addParam(key, key === 'TYPE' || key === 'ENCODING' ? values.map((v) => v.toUpperCase()) : values);
  }

  let value = line.slice(colon + 1);
  const encoding = params.get('ENCODING')?.[0];
  if (encoding === 'QUOTED-PRINTABLE') value = decodeQuotedPrintable(value, params.get('CHARSET')?.[0] ?? 'utf-8');
  return { name, params, value };
}

/** Bytes written as =XX, decoded in the card's CHARSET (UTF-8 unless the phone said otherwise). */
export function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    if (ch === 0x3d /* = */ && /^[0-9A-Fa-f]{2}$/.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (ch < 0x80) {
      bytes.push(ch);
    } else {
      // Not quoted-printable after all (a phone that wrote raw UTF-8): keep the character.
      const char = String.fromCodePoint(value.codePointAt(i) ?? 0xfffd);
      for (const b of utf8.encode(char)) bytes.push(b);
      i += char.length - 1;
    }
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(new Uint8Array(bytes));
}

/** Splits a structured value (N, ADR, ORG) on unescaped ";" and undoes the escapes. */
export function splitStructuredValue(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '\\' && i + 1 < value.length) {
      current += ch + value[i + 1];
      i++;
    } else if (ch === ';') {
      parts.push(unescapeVcardText(current));
      current = '';
    } else current += ch;
  }
  parts.push(unescapeVcardText(current));
  return parts;
}

export function unescapeVcardText(value: string): string {
  return value.replace(/\\([nN,;:\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function findUnquoted(s: string, needle: string, from: number): number {
  let inQuotes = false;
  for (let i = from; i < s.length; i++) {
    const ch = s[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === needle && !inQuotes) return i;
  }
  return -1;
}

function splitUnquoted(s: string, separator: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let at = findUnquoted(s, separator, 0); at !== -1; at = findUnquoted(s, separator, start)) {
    parts.push(s.slice(start, at));
    start = at + 1;
  }
  parts.push(s.slice(start));
  return parts;
}
