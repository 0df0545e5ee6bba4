/**
 * The plain-text side of a letter: a writer that turns text runs and tag actions into lines, as
 * a browser would lay them out. It is fed either by `scanHtml` reading rendered HTML
 * (`htmlToText`) or by a compiled text program replaying a template (`textProgram.ts`); both
 * must give the same text, so every rule about spaces and breaks lives here, once.
 */

export type TagAction = 'paragraph' | 'line' | 'br' | 'li' | 'a' | 'cell' | 'skip';

const NAMED_ENTITIES: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', copy: '©', reg: '®', trade: '™', hellip: '…',
  mdash: '—', ndash: '–', laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', euro: '€',
  pound: '£', yen: '¥', middot: '·', bull: '•', times: '×', deg: '°',
});

const ENTITY = /&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g;
// Runs other than a lone space: a lone space is already what collapsing gives, and matching it would cost a replacement per word.
const WHITESPACE = /[\t\n\r\f][ \t\n\r\f]*| [ \t\n\r\f]+/g;

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

/** HTML whitespace runs (space, tab, CR, LF, FF) as single spaces. */
export function collapseWhitespace(s: string): string {
  return s.replace(WHITESPACE, ' ');
}

/** Receives what a scan of HTML finds: runs of text (whitespace already collapsed) and tags. */
export interface HtmlSink {
  /** `src[from, to)` is text between tags; its entities are still encoded. */
  text(src: string, from: number, to: number): void;
  /** `href` is the decoded address of an opening `<a>`, else null. */
  tag(action: TagAction, closing: boolean, href: string | null): void;
}

export class TextWriter implements HtmlSink {
  private out = '';
  /** Newlines at the end of `out`. */
  private newlines = 0;
  /** Newlines wanted before the next text (1: a line break, 2: a blank line). */
  private pendingBreak = 0;
  private pendingSpace = false;
  private href: string | null = null;
  private anchorStart = 0;

  /** Writes text, preceded by the break or space it is owed. */
  private write(text: string): void {
    if (this.out.length === 0) {
      // Nothing leads the text: no blank lines or spaces at the top.
    } else if (this.pendingBreak > this.newlines) {
      this.out += this.pendingBreak - this.newlines === 2 ? '\n\n' : '\n';
    } else if (this.pendingSpace && this.newlines === 0) {
      this.out += ' ';
    }
    this.out += text;
    this.pendingBreak = 0;
    this.pendingSpace = false;
    this.newlines = 0;
  }

  /**
   * A run of text already split around its collapsed whitespace: a leading space, the decoded
   * core (may be empty), a trailing space. Splitting a run anywhere and writing the parts gives
   * the same text as writing it whole, which is what lets a template's static text be prepared
   * at compile time and a field's value be written between its pieces.
   */
  run(leading: boolean, core: string, trailing: boolean): void {
    if (leading) this.pendingSpace = true;
    if (core.length > 0) this.write(core);
    if (trailing) this.pendingSpace = true;
  }

  text(src: string, from: number, to: number): void {
    if (from >= to) return;
    let start = from;
    let end = to;
    const leading = src.charCodeAt(start) === 32;
    if (leading) start++;
    const trailing = end > start && src.charCodeAt(end - 1) === 32;
    if (trailing) end--;
    this.run(leading, end > start ? decodeEntities(src.slice(start, end)) : '', trailing);
  }

  /** A value as a template inserts it, raw (not escaped): whitespace collapsed, no entities. */
  value(raw: string): void {
    if (raw.length === 0) return;
    const s = collapseWhitespace(raw);
    const leading = s.charCodeAt(0) === 32;
    const trailing = s.length > 1 && s.charCodeAt(s.length - 1) === 32;
    this.run(leading, leading || trailing ? s.slice(leading ? 1 : 0, trailing ? -1 : s.length) : s, trailing);
  }

  tag(action: TagAction, closing: boolean, href: string | null): void {
    switch (action) {
      case 'paragraph':
        this.pendingBreak = 2;
        break;
      case 'line':
        if (this.pendingBreak < 1) this.pendingBreak = 1;
        break;
      case 'br':
        if (this.out.length > 0 && this.newlines < 2) {
          this.out += '\n';
          this.newlines++;
        }
        this.pendingSpace = false;
        break;
      case 'li':
        if (this.pendingBreak < 1) this.pendingBreak = 1;
        if (!closing) {
          this.write('-');
          this.pendingSpace = true;
        }
        break;
      case 'cell':
        this.pendingSpace = true;
        break;
      case 'a':
        if (!closing) {
          this.href = href;
          this.anchorStart = this.out.length;
        } else if (this.href !== null) {
          this.closeAnchor(this.href);
          this.href = null;
        }
        break;
      case 'skip':
        // The scanner skips the element's content; the tag itself writes nothing.
        break;
    }
  }

  /** A link keeps its address after its text, unless the text already is the address. */
  private closeAnchor(href: string): void {
    const label = this.out.slice(this.anchorStart).trim();
    const bare = href.toLowerCase().startsWith('mailto:') ? href.slice(7) : href;
    if (href && !href.startsWith('#') && bare !== label && href !== label) {
      if (label) {
        this.out += ` (${href})`;
        this.newlines = 0;
      } else {
        this.write(href);
      }
    }
  }

  finish(): string {
    return this.out.trim();
  }
}
