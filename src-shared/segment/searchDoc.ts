import { foldForSearch, hasUnspacedScript, wordsOf } from './fold';
import type { SegmentRow } from './row';

/**
 * What search sees of one customer: two folded texts, made once when the row enters the index.
 *
 * A search term matches a customer when:
 * - each word of the term is the start of one of the customer's words (company, contact names,
 *   email addresses and domain), so "gar" finds "Garcia Import SL" and "maria@garcia.es";
 * - or, for terms of three characters or more, the whole term occurs anywhere in an email address
 *   or the domain ("cia@gar"). Shorter terms only match word starts: nearly every address holds
 *   an "a" or a "ma" (gmail, hotmail), so a shorter substring would find the whole book;
 * - or, for terms in scripts written without spaces (Chinese, Japanese, Korean, Thai…), the term
 *   occurs anywhere in the company or a contact name ("照明" in "深圳光明照明有限公司").
 * Every term of a query must match. Every rule is monotone (a longer term matches a subset), which
 * lets search as you type narrow the previous result instead of starting again.
 */
export interface SearchDoc {
  /** Company (first line) and contact names, folded, one per line. */
  nameText: string;
  /** Emails and domain, folded, one per line (a term has no whitespace, so never spans two). */
  emailText: string;
}

export function searchDocOf(row: Pick<SegmentRow, 'contactNames' | 'emails' | 'domain'>, foldedCompany: string): SearchDoc {
  const nameText = row.contactNames.length > 0 ? `${foldedCompany}\n${foldForSearch(row.contactNames.join('\n'))}` : foldedCompany;
  const emails = row.emails.length === 1 ? row.emails[0]! : row.emails.join('\n');
  const mail = row.domain ? (emails ? `${emails}\n${row.domain}` : row.domain) : emails;
  return { nameText, emailText: foldForSearch(mail) };
}

/** A parsed search term: the folded text, its words, and whether it needs the substring rule. */
export interface SearchTerm {
  text: string;
  words: string[];
  unspaced: boolean;
  /** Whether the email-substring rule applies (three characters or more). */
  inMail: boolean;
}

export const MAIL_SUBSTRING_MIN = 3;

export function parseTerm(text: string): SearchTerm {
  return { text, words: wordsOf(text), unspaced: hasUnspacedScript(text), inMail: text.length >= MAIL_SUBSTRING_MIN };
}

/** The distinct words of a document. */
export function docWords(doc: SearchDoc): string[] {
  const out: string[] = [];
  collectWords(doc.nameText, out);
  collectWords(doc.emailText, out);
  return out;
}

const ASCII_TEXT = /^[\t\n -~]*$/;

/** Adds the text's words not yet in `out`: one scan, no intermediate arrays (the index load and
 * the first search run this over every customer). Rows have a handful of words, so a linear
 * `includes` beats a Set. */
function collectWords(text: string, out: string[]): void {
  if (!ASCII_TEXT.test(text)) {
    for (const w of wordsOf(text)) if (!out.includes(w)) out.push(w);
    return;
  }
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const w = text.slice(start, i);
      if (!out.includes(w)) out.push(w);
      start = -1;
    }
  }
}

export function hasWordPrefix(words: readonly string[], prefix: string): boolean {
  for (const w of words) if (w.startsWith(prefix)) return true;
  return false;
}
