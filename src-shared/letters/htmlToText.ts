/**
 * The plain-text alternative of rendered HTML: paragraphs and lists become lines, links keep
 * their address, entities are decoded, whitespace is collapsed as a browser would. The layout
 * rules live in TextWriter; this file only finds the tags. Letters rendered from a mappable
 * template do not come through here (see textProgram.ts): this is the general path, and the
 * fallback. The per-character work is left to the regex engine and indexOf (native code):
 * whitespace is collapsed in one replace, and the loop below only visits tags and the text
 * between them.
 */
import { collapseWhitespace, decodeEntities, type HtmlSink, type TagAction, TextWriter } from './textWriter';

export { decodeEntities } from './textWriter';

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

const HREF = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

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

/**
 * Reads HTML whose whitespace is already collapsed, telling `sink` its text runs and tags.
 * `fragment`: `src` is a piece of a template with more to follow, so a construct whose meaning
 * depends on what follows (a tag or comment left open, a trailing "<", a script or style element)
 * makes it stop and return false; a whole document always returns true.
 */
export function scanHtml(src: string, sink: HtmlSink, fragment = false): boolean {
  const n = src.length;
  let i = 0;
  while (i < n) {
    let lt = src.indexOf('<', i);
    // A "<" that opens no tag (as in "MOQ < 500") is text: look for the next one.
    while (lt >= 0 && lt + 1 < n && !isTagStart(src.charCodeAt(lt + 1)) && src.charCodeAt(lt + 1) !== 47 && src.charCodeAt(lt + 1) !== 33) {
      lt = src.indexOf('<', lt + 1);
    }
    const gt = lt < 0 ? -1 : src.indexOf('>', lt + 1);
    if (lt < 0 || gt < 0) {
      if (fragment && lt >= 0) return false;
      sink.text(src, i, n);
      break;
    }
    sink.text(src, i, lt);
    i = gt + 1;
    const second = src.charCodeAt(lt + 1);
    if (second === 33 /* ! */) {
      if (src.startsWith('<!--', lt)) {
        const close = src.indexOf('-->', lt + 4);
        if (fragment && close < 0) return false;
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
    if (action === 'skip') {
      // Its end is searched in the lower-cased document, whose length can differ: never in a fragment.
      if (fragment) return false;
      if (!closing) {
        const close = src.toLowerCase().indexOf(`</${src.slice(nameStart, nameEnd).toLowerCase()}`, i);
        i = close < 0 ? n : close;
      }
      continue;
    }
    let href: string | null = null;
    if (action === 'a' && !closing) {
      const m = HREF.exec(src.slice(nameEnd, gt));
      href = m ? decodeEntities((m[1] ?? m[2] ?? m[3] ?? '').trim()) : null;
    }
    sink.tag(action, closing, href);
  }
  return true;
}

export function htmlToText(html: string): string {
  const writer = new TextWriter();
  scanHtml(collapseWhitespace(html), writer);
  return writer.finish();
}
