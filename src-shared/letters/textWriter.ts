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
/** Whether there is such a run: ~35 ns a value against ~55 for a replace that finds none. */
const HAS_WHITESPACE_RUN = /[\t\n\r\f]| [ \t\n\r\f]/;
/** What String.prototype.trim removes (\s is the same set: WhiteSpace and LineTerminator). */
const TRIMMED = /\s/;

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
  // Most strings have no run to collapse: a test is cheaper than a replace that changes nothing.
  return HAS_WHITESPACE_RUN.test(s) ? s.replace(WHITESPACE, ' ') : s;
}

/** True when String.prototype.trim would remove this character. */
function isTrimmed(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  return code >= 160 && TRIMMED.test(String.fromCharCode(code));
}

/**
 * What a stretch of static text and tags does to a writer in one given state (see
 * TextWriter.stateKey): the text it appends and the state it leaves. A template's static pieces
 * are replayed into each of the few states once, at compile time; per letter, applying the
 * outcome for the writer's current state is one append.
 */
export interface ChunkOutcome {
  readonly text: string;
  readonly firstCode: number;
  readonly lastCode: number;
  readonly newlines: number;
  readonly pendingBreak: number;
  readonly pendingSpace: boolean;
}

/** The number of writer states a chunk's outcome can depend on (see TextWriter.stateKey). */
export const WRITER_STATES = 36;

/** Receives what a scan of HTML finds: runs of text (whitespace already collapsed) and tags. */
export interface HtmlSink {
  /** `src[from, to)` is text between tags; its entities are still encoded. */
  text(src: string, from: number, to: number): void;
  /** `href` is the decoded address of an opening `<a>`, else null. */
  tag(action: TagAction, closing: boolean, href: string | null): void;
}

export class TextWriter implements HtmlSink {
  private out = '';
  /** Newlines at the end of `out` (0 to 2: a "br" adds one only below 2, text resets it). */
  private newlines = 0;
  /** Newlines wanted before the next text (1: a line break, 2: a blank line). */
  private pendingBreak = 0;
  private pendingSpace = false;
  private href: string | null = null;
  private anchorStart = 0;
  /**
   * The first and last characters of `out`, kept as it grows, so that finish() knows whether
   * trimming can change anything without reading `out` (which would flatten the string).
   */
  private firstCode = 0;
  private lastCode = 0;

  /** Back to an empty text, to write another letter with the same writer. */
  reset(): void {
    this.out = '';
    this.newlines = 0;
    this.pendingBreak = 0;
    this.pendingSpace = false;
    this.href = null;
    this.anchorStart = 0;
    this.firstCode = 0;
    this.lastCode = 0;
  }

  /** Appends to `out`, keeping its first and last characters. `s` is never empty. */
  private append(s: string): void {
    if (this.out.length === 0) this.firstCode = s.charCodeAt(0);
    this.out += s;
    this.lastCode = s.charCodeAt(s.length - 1);
  }

  /** Writes text, preceded by the break or space it is owed. */
  private write(text: string): void {
    if (this.out.length === 0) {
      // Nothing leads the text: no blank lines or spaces at the top.
    } else if (this.pendingBreak > this.newlines) {
      this.out += this.pendingBreak - this.newlines === 2 ? '\n\n' : '\n';
    } else if (this.pendingSpace && this.newlines === 0) {
      this.out += ' ';
    }
    this.append(text);
    this.pendingBreak = 0;
    this.pendingSpace = false;
    this.newlines = 0;
  }

  /**
   * Everything the effect of static text and tags (not links: see closeAnchor) depends on, as a
   * number below WRITER_STATES: whether anything is written yet, the newlines ending it, the
   * pending break and the pending space. The text written before matters only through these.
   */
  stateKey(): number {
    return (this.out.length === 0 ? 1 : 0) + this.newlines * 2 + this.pendingBreak * 6 + (this.pendingSpace ? 18 : 0);
  }

  /** A writer in state `key` (see stateKey), for working out a chunk's outcome at compile time. */
  static inState(key: number): { writer: TextWriter; start: number } {
    const writer = new TextWriter();
    writer.newlines = Math.floor(key / 2) % 3;
    writer.pendingBreak = Math.floor(key / 6) % 3;
    writer.pendingSpace = key >= 18;
    // Stands in for the text written before; only its being there and its newlines count.
    if (key % 2 === 0) writer.append(`x${'\n'.repeat(writer.newlines)}`);
    return { writer, start: writer.out.length };
  }

  /** What was written since `start` (see inState), and the state the writer is in now. */
  outcomeSince(start: number): ChunkOutcome {
    const text = this.out.slice(start);
    return {
      text,
      firstCode: text.charCodeAt(0),
      lastCode: text.charCodeAt(text.length - 1),
      newlines: this.newlines,
      pendingBreak: this.pendingBreak,
      pendingSpace: this.pendingSpace,
    };
  }

  /** Applies an outcome worked out for the state the writer is in (the caller checks stateKey). */
  apply(outcome: ChunkOutcome): void {
    if (outcome.text.length > 0) {
      if (this.out.length === 0) this.firstCode = outcome.firstCode;
      this.out += outcome.text;
      this.lastCode = outcome.lastCode;
    }
    this.newlines = outcome.newlines;
    this.pendingBreak = outcome.pendingBreak;
    this.pendingSpace = outcome.pendingSpace;
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
    this.collapsedValue(collapseWhitespace(raw));
  }

  /** A value whose whitespace is already collapsed (collapseWhitespace). */
  collapsedValue(s: string): void {
    if (s.length === 0) return;
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
          this.append('\n');
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
        this.append(` (${href})`);
        this.newlines = 0;
      } else {
        this.write(href);
      }
    }
  }

  /** The text, trimmed. Trimming reads (and so flattens) the whole text: only done when it can change it. */
  finish(): string {
    if (this.out.length === 0) return '';
    return isTrimmed(this.firstCode) || isTrimmed(this.lastCode) ? this.out.trim() : this.out;
  }
}
