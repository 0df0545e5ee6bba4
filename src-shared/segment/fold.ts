/**
 * Text folding for search: "García", "GARCIA" and "garcia" must meet, and so must full-width and
 * half-width forms. The same folding runs over the book and over what the salesperson types.
 */

// Printable ASCII plus tab and newline (the separators of a search document).
const ASCII = /^[\t\n -~]*$/;
const MARKS = /\p{M}/gu;
// Letters that Unicode does not decompose into a base letter plus an accent.
const UNDECOMPOSED: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const UNDECOMPOSED_RE = /[ßæøœłđðþı]/g;
const NON_WORD = /[^\p{L}\p{N}]+/u;

/** Lower case, without accents; NFC again at the end so that Hangul stays in syllables. */
export function foldForSearch(text: string): string {
  // Most of a book is ASCII; skipping normalisation there halves the index build time.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(UNDECOMPOSED_RE, (ch) => UNDECOMPOSED[ch] ?? ch)
    .normalize('NFC');
}

/** The words of an already folded text: runs of letters and digits. */
export function wordsOf(folded: string): string[] {
  if (!ASCII.test(folded)) return folded.split(NON_WORD).filter((w) => w !== '');
  // The ASCII path is a plain scan: the Unicode regex split costs several times more, and the
  // index runs this over every customer on load.
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(folded.slice(start, i));
      start = -1;
    }
  }
  return out;
}

// Scripts written without spaces between words: a "word" there is the whole run, so a search
// must also look inside it ("照明" in "深圳光明照明有限公司").
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

export function hasUnspacedScript(text: string): boolean {
  return UNSPACED.test(text);
}

/** The terms of a search query, folded; every term must match. */
export function searchTerms(query: string): string[] {
  return foldForSearch(query)
    .split(/\s+/)
    .filter((t) => t !== '');
}
