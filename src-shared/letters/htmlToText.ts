/**
 * The plain-text alternative of a rendered letter: paragraphs and lists become lines, links keep
 * their address, entities are decoded, whitespace is collapsed as a browser would. It runs once
 * per letter in batches of thousands (it sits on the letters-render benchmark's path), so the
 * per-character work is left to the regex engine and indexOf (native code): whitespace is
 * collapsed in one replace, and the loop below only visits tags and the text between them.
 */

type TagAction = 'paragraph' | 'line' | 'br' | 'li' | 'a' | 'cell' | 'skip';

const TAG_ACTIONS: Record<string, TagAction> = Object.assign(Object.create(null) as Record<string, TagAction>, {
  ...Object.fromEntries(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'blockquote', 'table', 'pre', 'section', 'article', 'header', 'footer', 'address'].map((t) => [t, 'paragraph'])),
  ...Object.fromEntries(['div', 'tr', 'hr', 'dl', 'dt', 'dd', 'nav', 'figure', 'form', 'fieldset', 'main', 'aside', 'caption'].map((t) => [t, 'line'])),
  br: 'br',
  li: 'li',
  a: 'a',
  td: 'cell',
  th: 'cell',
  script: 'skip',
  style: 'skip',
  head: 'skip',
  title: 'skip',
});

const NAMED_ENTITIES: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', copy: '©', reg: '®', trade: '™', hellip: '…',
  mdash: '—', ndash: '–', laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', euro: '€',
  pound: '£', yen: '¥', middot: '·', bull: '•', times: '×', deg: '°',
});

const ENTITY = /&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g;
// Runs other than a lone space: a lone space is already what collapsing gives, and matching it would cost a replacement per word.
const WHITESPACE = /[\t\n\r\f][ \t\n\r\f]*| [ \t\n\r\f]+/g;
const HREF = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

function entityText(whole: string, name: string): string {
  if (name.charCodeAt(0) === 35 /* # */) {
    const hex = name.charCodeAt(1) === 120 || name.charCodeAt(1) === 88;
    const code = hex ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return whole;
    return code === 0xa0 ? ' ' : String.fromCodePoint(code);
  }
  return NAMED_ENTITIES[name] ?? NAMED_ENTITIES[name.toLowerCase()] ?? whole;
}

/** Decodes HTML entities (named ones in common use, and every numeric one). */
export function decodeEntities(s: string): string {
  return s.indexOf('&') < 0 ? s : s.replace(ENTITY, entityText);
}

/**
 * What a tag does, read from its name in place: the tags letters are made of (p, br, li, ul, a,
 * strong…) are told apart by one or two characters without slicing the name out.
 */
function tagAction(src: string, start: number, end: number): TagAction | undefined {
  const length = end - start;
  const c0 = src.charCodeAt(start) | 32; // lower case
  if (length === 1) return c0 === 112 /* p */ ? 'paragraph' : c0 === 97 /* a */ ? 'a' : undefined;
  if (length === 2) {
    const c1 = src.charCodeAt(start + 1) | 32;
    if (c0 === 98 && c1 === 114) return 'br';
    if (c0 === 108 && c1 === 105) return 'li';
    if (c1 === 108 && (c0 === 117 || c0 === 111)) return 'paragraph'; // ul, ol
    if (c0 === 101 && c1 === 109) return undefined; // em
  }
  if (length === 6 && c0 === 115 && (src.charCodeAt(start + 1) | 32) === 116) return undefined; // strong
  const name = src.slice(start, end);
  return TAG_ACTIONS[name] ?? TAG_ACTIONS[name.toLowerCase()];
}

const isTagStart = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

export function htmlToText(html: string): string {
  const src = html.replace(WHITESPACE, ' ');
  const n = src.length;
  let out = '';
  /** Newlines at the end of `out`. */
  let newlines = 0;
  /** Newlines wanted before the next text (1: a line break, 2: a blank line). */
  let pendingBreak = 0;
  let pendingSpace = false;
  let href: string | null = null;
  let anchorStart = 0;

  /** Writes text, preceded by the break or space it is owed. */
  const write = (text: string): void => {
    if (out.length === 0) {
      // Nothing leads the text: no blank lines or spaces at the top.
    } else if (pendingBreak > newlines) {
      out += pendingBreak - newlines === 2 ? '\n\n' : '\n';
    } else if (pendingSpace && newlines === 0) {
      out += ' ';
    }
    out += text;
    pendingBreak = 0;
    pendingSpace = false;
    newlines = 0;
  };

  /** Text between tags: whitespace already collapsed to single spaces. */
  const text = (from: number, to: number): void => {
    if (from >= to) return;
    let start = from;
    let end = to;
    if (src.charCodeAt(start) === 32) {
      pendingSpace = true;
      start++;
    }
    const trailing = end > start && src.charCodeAt(end - 1) === 32;
    if (trailing) end--;
    if (end > start) {
      const chunk = src.slice(start, end);
      write(chunk.indexOf('&') < 0 ? chunk : chunk.replace(ENTITY, entityText));
    }
    if (trailing) pendingSpace = true;
  };

  let i = 0;
  while (i < n) {
    let lt = src.indexOf('<', i);
    // A "<" that opens no tag (as in "MOQ < 500") is text: look for the next one.
    while (lt >= 0 && lt + 1 < n && !isTagStart(src.charCodeAt(lt + 1)) && src.charCodeAt(lt + 1) !== 47 && src.charCodeAt(lt + 1) !== 33) {
      lt = src.indexOf('<', lt + 1);
    }
    const gt = lt < 0 ? -1 : src.indexOf('>', lt + 1);
    if (lt < 0 || gt < 0) {
      text(i, n);
      break;
    }
    text(i, lt);
    i = gt + 1;
    const second = src.charCodeAt(lt + 1);
    if (second === 33 /* ! */) {
      if (src.startsWith('<!--', lt)) {
        const close = src.indexOf('-->', lt + 4);
        i = close < 0 ? n : close + 3;
      }
      continue;
    }
    const closing = second === 47;
    const nameStart = closing ? lt + 2 : lt + 1;
    let nameEnd = nameStart;
    for (let c = src.charCodeAt(nameEnd); isTagStart(c) || (c >= 48 && c <= 57); c = src.charCodeAt(++nameEnd));
    const action = tagAction(src, nameStart, nameEnd);
    if (action === undefined) continue;
    switch (action) {
      case 'paragraph':
        pendingBreak = 2;
        break;
      case 'line':
        if (pendingBreak < 1) pendingBreak = 1;
        break;
      case 'br':
        if (out.length > 0 && newlines < 2) {
          out += '\n';
          newlines++;
        }
        pendingSpace = false;
        break;
      case 'li':
        if (pendingBreak < 1) pendingBreak = 1;
        if (!closing) {
          write('-');
          pendingSpace = true;
        }
        break;
      case 'cell':
        pendingSpace = true;
        break;
      case 'a':
        if (!closing) {
          const m = HREF.exec(src.slice(nameEnd, gt));
          href = m ? decodeEntities((m[1] ?? m[2] ?? m[3] ?? '').trim()) : null;
          anchorStart = out.length;
        } else if (href !== null) {
          const label = out.slice(anchorStart).trim();
          const bare = href.toLowerCase().startsWith('mailto:') ? href.slice(7) : href;
          if (href && !href.startsWith('#') && bare !== label && href !== label) {
            if (label) {
              out += ` (${href})`;
              newlines = 0;
            } else {
              write(href);
            }
          }
          href = null;
        }
        break;
      case 'skip':
        if (!closing) {
          const close = src.toLowerCase().indexOf(`</${src.slice(nameStart, nameEnd).toLowerCase()}`, i);
          i = close < 0 ? n : close;
        }
        break;
    }
  }
  return out.trim();
}
