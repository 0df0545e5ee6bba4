import { CLOSING, JOB_TITLE, LEGAL_FORM_LINE, compileTable } from './lexicon';
import type { SignatureParts } from './types';

/**
 * The signature block at the end of the buyer's message: after a closing ("Best regards,",
 * "С уважением,", "此致") or, without one, the last short paragraph. Each line is sorted into
 * name, title, company, phone, address and website.
 */

const CLOSING_LINE = new RegExp(`^(?:${compileTable(CLOSING).source})\\s*(.*)$`);
const TITLE = compileTable(JOB_TITLE);
const PHONE_LIKE = /(?:\+|\b00)\d[\d ().-]{6,}\d|(?:tel|phone|mobile|whatsapp|fone|teléfono|téléphone|telefon|телефон|тел|هاتف|电话|手机)\.?\s*:?\s*\+?\d[\d ().-]{6,}/i;
const WEB = /\b(?:https?:\/\/|www\.)\S+/i;
const EMAIL = /\S+@\S+\.\S+/;
const ADDRESS = /\d.*\b(?:street|st\.|road|rd\.?|avenue|ave\.?|unit|suite|floor)\b|(?:straße|strasse|str\.|calle|rua|rue|avenida|av\.|улица|ул\.|路|街|号)|\b[a-z]{1,2}\d{1,2}[a-z]? \d[a-z]{2}\b|\b\d{4,5}\b [\p{L}]|^[\p{Lu}][\p{L} .'-]+, [\p{Lu}][\p{L} .'-]+$/iu;
const NAME = /^[\p{L}][\p{L}.'-]*(?: [\p{L}][\p{L}.'-]*){0,3}$/u;

const MAX_LINES = 9;

export function readSignature(lines: readonly string[]): SignatureParts {
  const block = signatureBlock(lines);
  const parts: SignatureParts = { lines: block, full: false };
  for (const raw of block) {
    for (const line of raw.split(/\s+\|\s+/)) {
      const t = line.trim();
      if (!t) continue;
      if (PHONE_LIKE.test(t)) {
        parts.phone ??= t;
      } else if (WEB.test(t)) {
        parts.website ??= t;
      } else if (EMAIL.test(t)) {
        continue;
      } else if (t.length <= 80 && LEGAL_FORM_LINE.test(t) && !parts.company) {
        parts.company = t;
      } else if (t.length <= 60 && TITLE.test(t.toLowerCase()) && !parts.title) {
        parts.title = t;
      } else if (!parts.name && t.length <= 40 && NAME.test(t) && !parts.company) {
        parts.name = t;
      } else if (t.length <= 80 && ADDRESS.test(t)) {
        parts.address ??= t;
      }
    }
  }
  const extras = [parts.title, parts.phone, parts.address, parts.website].filter(Boolean).length;
  parts.full = !!parts.name && !!parts.company && extras >= 2;
  return parts;
}

function signatureBlock(lines: readonly string[]): string[] {
  const n = lines.length;
  const from = Math.max(1, n - 16);
  for (let i = n - 1; i >= from; i--) {
    const line = (lines[i] ?? '').trim();
    if (line.length > 60) continue;
    const m = CLOSING_LINE.exec(line.toLowerCase());
    if (!m) continue;
    const rest = m[1] ?? '';
    // "Thanks for your reply" is no closing; "Regards, Ahmed" is one with the name after it.
    if (rest && !/[,،]\s*$/.test(line.slice(0, line.length - rest.length))) continue;
    const block = lines.slice(i + 1, i + 1 + MAX_LINES).filter((l) => l.trim());
    // "Regards, Ahmed": the name is on the closing line.
    const sameLine = line.slice(line.length - rest.length).trim();
    if (sameLine) block.unshift(sameLine);
    return block;
  }
  // No closing: the last paragraph, when it is a few short lines (and not the whole message).
  let start = n;
  while (start > 0 && (lines[start - 1] ?? '').trim()) start--;
  const last = lines.slice(start).filter((l) => l.trim());
  if (start > 0 && last.length >= 2 && last.length <= MAX_LINES && last.every((l) => l.length <= 70)) return last;
  return [];
}
