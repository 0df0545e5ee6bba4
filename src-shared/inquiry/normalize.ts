import { htmlToText } from '../letters/htmlToText';

/**
 * Turns whatever was pasted or imported into the text the extractors read: HTML becomes text,
 * characters and whitespace are unified, the message's own header block is read off the top, and
 * what is not the buyer's message (quoted earlier mails, platform footers) is cut. The original is
 * never changed; the caller keeps it.
 */

/** The extractors read at most this much text: an inquiry is a page, not a book. */
export const ANALYSIS_LIMIT = 50_000;
/** HTML is cut to this much before it is turned into text (markup is most of its length). */
const HTML_SCAN_LIMIT = 400_000;

export interface NormalizedInquiry {
  /** The input exactly as given. */
  original: string;
  /** The buyer's message: normalised, headers read off, quotes and footers cut. */
  body: string;
  /** The whole normalised text before cutting, for channel detection. */
  full: string;
  /** Email headers from the top of the paste, by lower-case name (from, to, subject, date, sent…). */
  headers: Record<string, string>;
  isHtml: boolean;
  binary: boolean;
  truncated: boolean;
  cutQuote: boolean;
  cutFooter: boolean;
}

const SCRIPT_OR_STYLE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const HTML_HINT = /<(?:!doctype|html|head|body|div|p|br|table|td|span|font|meta)\b[^>]*>/gi;

/** HTML mail starts with a doctype or <html>, or has markup all through; a lone <script> in text is text. */
function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2_000).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  const sample = text.slice(0, 20_000);
  const hits = sample.match(HTML_HINT);
  return !!hits && hits.length >= 3;
}

/** Control characters (other than tab, newline, return) or replacement characters: read from a binary file. */
// eslint-disable-next-line no-control-regex
const BINARY_CHARS = /[\u0000-\u0008\u000e-\u001f\ufffd]/g;

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4_000);
  const bad = sample.match(BINARY_CHARS)?.length ?? 0;
  return bad > 8 && bad / sample.length > 0.02;
}

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g;
const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032]/g;
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

/** NFKC (full-width letters, digits and colons become ASCII), one kind of quote, one kind of space. */
export function unifyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(ZERO_WIDTH, '')
    .replace(CONTROL, ' ')
    .normalize('NFKC')
    .replace(EASTERN_DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10))
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(SPACES, ' ')
    .replace(/ +\n/g, '\n')
    .replace(/\n +/g, '\n')
    .replace(/ {2,}/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const HEADER_LINE = /^(from|to|cc|subject|date|sent|reply-to|de|para|asunto|assunto|enviado|fecha|objet|envoyé|von|an|betreff|gesendet|от|кому|тема|дата|发件人|收件人|主题|日期|发送时间):\s?(.*)$/i;
const HEADER_NAMES: Record<string, string> = {
  de: 'from', von: 'from', от: 'from', 发件人: 'from',
  para: 'to', an: 'to', кому: 'to', 收件人: 'to',
  asunto: 'subject', assunto: 'subject', objet: 'subject', betreff: 'subject', тема: 'subject', 主题: 'subject',
  fecha: 'date', дата: 'date', 日期: 'date', enviado: 'sent', envoyé: 'sent', gesendet: 'sent', 发送时间: 'sent',
};

/** The header block at the very top of a pasted mail: at least two header lines, "From:" or "Subject:" among them. */
function readHeaderBlock(lines: string[]): { headers: Record<string, string>; rest: number } {
  const headers: Record<string, string> = {};
  let i = 0;
  for (; i < lines.length && i < 20; i++) {
    const m = HEADER_LINE.exec(lines[i] ?? '');
    if (!m) break;
    const raw = (m[1] ?? '').toLowerCase();
    const name = HEADER_NAMES[raw] ?? raw;
    if (!(name in headers)) headers[name] = (m[2] ?? '').trim();
  }
  if (i < 2 || !('from' in headers || 'subject' in headers)) return { headers: {}, rest: 0 };
  while (i < lines.length && !lines[i]) i++;
  return { headers, rest: i };
}

/** Where an earlier message starts: everything from here on is not the buyer's new words. */
const QUOTE_START = [
  /^-{2,}\s*(original message|mensaje original|mensagem original|message d'origine|ursprüngliche nachricht|исходное сообщение|原始邮件)/i,
  /^(on|el|em|le|am) .{4,200}(wrote|escribió|escreveu|a écrit|schrieb)\s?:?$/i,
  /^.{4,200}(написал|написала)\(?а?\)?:$/i,
  /^在.{2,200}写道[:：]?$/,
  /^(from|de|von|от|发件人): .+/i,
  /^_{8,}$/,
];

/** Platform and mail-service boilerplate: from the first such line on, it is footer. */
const FOOTER_START = [
  /to protect your (trade|rights|interests?)/i,
  /this (e-?mail|message) (was|is) sent (by|from|to you by) (alibaba|made-in-china)/i,
  /please do not reply (directly )?to this (e-?mail|message)/i,
  /^made-in-china\.com$/i,
  /connecting buyers with chinese suppliers/i,
  /alibaba\.com (trade assurance|will never ask)/i,
  /^download the alibaba(\.com)? app/i,
  /^(sent from my (iphone|ipad|android|samsung|huawei|mobile)|enviado desde mi|envoyé de mon|von meinem .* gesendet|отправлено с)/i,
];
const PLATFORM_HEAD = /^(you have (received )?a new (inquiry|message|rfq|quotation request)|inquiry from made-in-china\.com|new inquiry from|你收到一条新的询盘|您收到了?一条新询盘)/i;

function cutQuotesAndFooters(lines: string[]): { lines: string[]; cutQuote: boolean; cutFooter: boolean } {
  let end = lines.length;
  let cutQuote = false;
  let cutFooter = false;
  let quotedRun = 0;
  for (let i = 1; i < end; i++) {
    const line = lines[i] ?? '';
    if (line.startsWith('>')) {
      quotedRun++;
      // Two quoted lines in a row, or one at the very end, start the quoted chain.
      if (quotedRun >= 2 || i === end - 1) {
        end = i - quotedRun + 1;
        cutQuote = true;
        break;
      }
      continue;
    }
    quotedRun = 0;
    if (QUOTE_START.some((re) => re.test(line))) {
      end = i;
      cutQuote = true;
      break;
    }
  }
  // Footers sit in the second half of the message; a first line that says "sent from my phone" does not count.
  const footerFrom = Math.floor(end / 2);
  for (let i = Math.max(1, footerFrom); i < end; i++) {
    if (FOOTER_START.some((re) => re.test(lines[i] ?? ''))) {
      end = i;
      cutFooter = true;
      break;
    }
  }
  let start = 0;
  while (start < end && PLATFORM_HEAD.test(lines[start] ?? '')) start++;
  const kept = lines.slice(start, end);
  while (kept.length > 0 && !kept[kept.length - 1]) kept.pop();
  return { lines: kept, cutQuote, cutFooter };
}

export function normalizeInquiryText(input: string): NormalizedInquiry {
  const original = input;
  let text = input;
  let truncated = false;
  const isHtml = looksLikeHtml(text);
  if (isHtml) {
    if (text.length > HTML_SCAN_LIMIT) {
      text = text.slice(0, HTML_SCAN_LIMIT);
      truncated = true;
    }
    // Scripts and styles go first, in one pass: never shown, and each costs htmlToText a scan of the rest.
    text = htmlToText(text.replace(SCRIPT_OR_STYLE, ' '));
  }
  const binary = looksBinary(text);
  if (text.length > ANALYSIS_LIMIT) {
    text = text.slice(0, ANALYSIS_LIMIT);
    truncated = true;
  }
  const full = unifyText(text);
  const lines = full.split('\n');
  const { headers, rest } = readHeaderBlock(lines);
  const cut = cutQuotesAndFooters(rest > 0 ? lines.slice(rest) : lines);
  return {
    original,
    body: cut.lines.join('\n').trim(),
    full,
    headers,
    isHtml,
    binary,
    truncated,
    cutQuote: cut.cutQuote,
    cutFooter: cut.cutFooter,
  };
}
