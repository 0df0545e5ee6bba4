import Handlebars from 'handlebars';
import { VALUE_HELPERS } from './helpers';
import { scanHtml } from './htmlToText';
import { type BlockStatement, isPath, type MustacheStatement, type PathExpression, type Program, type Statement } from './templateAst';
import { type ChunkOutcome, collapseWhitespace, type TagAction, TextWriter, WRITER_STATES } from './textWriter';

/**
 * A letter's plain text without parsing its HTML. Deriving the text from the rendered body
 * (htmlToText) costs as much as rendering it; but the body's tags all sit in the template's
 * static text. So at compile time the static text is scanned once into "runs" and "tags", and
 * the mustaches and blocks become nodes; per letter, the program replays that into a TextWriter
 * with the letter's values, giving exactly htmlToText(renderedBody).
 *
 * Values: a field is looked up the way Handlebars does (own properties only) and written raw,
 * which is what decoding its escaped HTML would give (the body is always compiled with escaping,
 * so a value can never open a tag or finish an entity). A helper is not called again: while the
 * app renders the body, the helpers record their results in call order (recordHelperResults),
 * and the program takes them in the same order.
 *
 * Anything it cannot map exactly is left to htmlToText: at compile time (null program) a tag or
 * comment split by a mustache, an attribute holding one, a text piece ending in a partial
 * entity, block params, @data, ../, subexpressions, unknown statements; per letter (null text)
 * a function or object value, an #each over a non-array object, or a tape that does not match.
 */

/**
 * One step of a program. A single shape for every kind (unused fields empty): the loop reads
 * ops of all kinds at one place, and V8 keeps that fast only while they share a shape.
 */
class Op {
  constructor(
    readonly kind: OpKind,
    /** run: the text's parts (see TextWriter.run). */
    readonly leading = false,
    readonly core = '',
    readonly trailing = false,
    /** tag */
    readonly action: TagAction = 'skip',
    readonly closing = false,
    readonly href: string | null = null,
    /** field, if, each, with: the value's path from the current context. */
    readonly path: readonly string[] = [],
    /** if: the branch taken when the value is truthy; each, with: the body. */
    readonly body: readonly Op[] = [],
    readonly otherwise: readonly Op[] = [],
    /** chunk: its outcome for each writer state (see TextWriter.stateKey); null: replay `body`. */
    readonly outcomes: readonly ChunkOutcome[] | null = null,
  ) {}

  /**
   * field, helper: the last string value and what collapsing its whitespace gave. A batch's
   * letters mostly print the same sender, quote and formatted amounts at the same place: an equal
   * string (often the very same one) skips the whitespace test.
   */
  lastRaw: string | null = null;
  lastCollapsed = '';
}

const enum OpKind {
  Run,
  Tag,
  /** Runs and tags in a row (in `body`), with their outcomes worked out beforehand. */
  Chunk,
  Field,
  /** The next recorded helper result. */
  Helper,
  /** #if, and #unless with its branches swapped (that is how Handlebars defines it). */
  If,
  Each,
  With,
}

export type TextProgram = readonly Op[];

class Unmappable extends Error {}

/** Names Handlebars treats as helpers by default: as a bare mustache they are calls, not fields. */
const BUILT_IN_HELPERS: ReadonlySet<string> = new Set(['helperMissing', 'blockHelperMissing', 'each', 'if', 'unless', 'with', 'log', 'lookup']);
/** A static piece ending in what could be the start of an entity: the next value could complete it. */
const PARTIAL_ENTITY_AT_END = /&[#a-zA-Z0-9]*$/;

/** The body's text program, or null when the template must go through htmlToText. */
export function compileTextProgram(program: Program): TextProgram | null {
  try {
    return statements(program.body);
  } catch (err) {
    if (err instanceof Unmappable) return null;
    throw err;
  }
}

function statements(body: readonly Statement[]): Op[] {
  const ops: Op[] = [];
  for (const node of body) {
    if (node.type === 'ContentStatement') content((node as hbs.AST.ContentStatement).value, ops);
    else if (node.type === 'MustacheStatement') ops.push(mustache(node as MustacheStatement));
    else if (node.type === 'BlockStatement') ops.push(block(node as BlockStatement));
    else if (node.type !== 'CommentStatement') throw new Unmappable(node.type);
  }
  return chunked(ops);
}

const isStatic = (op: Op): boolean => op.kind === OpKind.Run || op.kind === OpKind.Tag;

/**
 * Runs and tags in a row (static text between two values, possibly across several content
 * statements and comments) become one chunk: per letter, one append instead of a writer call per
 * piece of text and per tag.
 */
function chunked(ops: readonly Op[]): Op[] {
  const out: Op[] = [];
  for (let i = 0; i < ops.length; ) {
    if (!isStatic(ops[i] as Op)) {
      out.push(ops[i++] as Op);
      continue;
    }
    const start = i;
    while (i < ops.length && isStatic(ops[i] as Op)) i++;
    const body = ops.slice(start, i);
    out.push(new Op(OpKind.Chunk, false, '', false, 'skip', false, null, [], body, [], chunkOutcomes(body)));
  }
  return out;
}

/**
 * The chunk's outcome in every writer state, or null when it has a link: closing one reads the
 * text written since it opened, which the state does not capture.
 */
function chunkOutcomes(body: readonly Op[]): ChunkOutcome[] | null {
  if (body.some((op) => op.kind === OpKind.Tag && op.action === 'a')) return null;
  const outcomes: ChunkOutcome[] = [];
  // Most states give the same outcome: share one object (and one string) per distinct outcome,
  // so that the few a batch uses sit close together in memory rather than among 36 copies.
  const distinct = new Map<string, ChunkOutcome>();
  for (let key = 0; key < WRITER_STATES; key++) {
    const { writer, start } = TextWriter.inState(key);
    for (const op of body) replayStatic(op, writer);
    const outcome = writer.outcomeSince(start);
    const id = `${outcome.newlines}${outcome.pendingBreak}${outcome.pendingSpace ? 1 : 0}${outcome.text}`;
    let shared = distinct.get(id);
    if (!shared) distinct.set(id, (shared = outcome));
    outcomes.push(shared);
  }
  return outcomes;
}

/** A run or a tag, told to the writer. */
function replayStatic(op: Op, writer: TextWriter): void {
  if (op.kind === OpKind.Run) writer.run(op.leading, op.core, op.trailing);
  else writer.tag(op.action, op.closing, op.href);
}

/** Records what the writer would be told, to replay it per letter. */
class OpRecorder extends TextWriter {
  constructor(private readonly ops: Op[]) {
    super();
  }
  override run(leading: boolean, core: string, trailing: boolean): void {
    this.ops.push(new Op(OpKind.Run, leading, core, trailing));
  }
  override tag(action: TagAction, closing: boolean, href: string | null): void {
    this.ops.push(new Op(OpKind.Tag, false, '', false, action, closing, href));
  }
}

function content(value: string, ops: Op[]): void {
  // Collapsing piece by piece equals collapsing the whole: a run split at a piece boundary ends
  // one piece with a space and starts the next with one, and the writer keeps a single space.
  const src = collapseWhitespace(value);
  if (PARTIAL_ENTITY_AT_END.test(src)) throw new Unmappable('entity split by a mustache');
  if (!scanHtml(src, new OpRecorder(ops), true)) throw new Unmappable('tag split by a mustache');
}

/** Handlebars' simpleId: one part, not `this`/`./`, no `../`. */
function simpleName(path: PathExpression): string | null {
  return path.parts.length === 1 && !path.depth && !/^\.|this\b/.test(path.original) ? (path.parts[0] ?? null) : null;
}

/** A field relative to the current context; @data, ../ and literals are not mapped. */
function fieldPath(expr: hbs.AST.Expression | undefined): readonly string[] {
  if (!isPath(expr) || expr.data || expr.depth > 0) throw new Unmappable('path');
  return expr.parts;
}

function mustache(m: MustacheStatement): Op {
  if (!m.escaped || !isPath(m.path)) throw new Unmappable('mustache');
  const name = simpleName(m.path);
  const call = m.params.length > 0 || m.hash !== undefined || (name !== null && (VALUE_HELPERS.has(name) || BUILT_IN_HELPERS.has(name)));
  if (!call) return new Op(OpKind.Field, false, '', false, 'skip', false, null, fieldPath(m.path));
  // Only our value helpers record their results; and a helper's arguments must not call helpers.
  if (name === null || !VALUE_HELPERS.has(name) || m.params.some((p) => p.type === 'SubExpression') || m.hash?.pairs.some((p) => p.value.type === 'SubExpression')) {
    throw new Unmappable('helper');
  }
  return new Op(OpKind.Helper);
}

function block(b: BlockStatement): Op {
  const name = isPath(b.path) ? simpleName(b.path) : null;
  if (b.params.length !== 1 || b.hash !== undefined || b.program?.blockParams?.length || b.inverse?.blockParams?.length) throw new Unmappable('block');
  const path = fieldPath(b.params[0]);
  const body = b.program ? statements(b.program.body) : [];
  const otherwise = b.inverse ? statements(b.inverse.body) : [];
  const op = (kind: OpKind, yes: readonly Op[], no: readonly Op[]) => new Op(kind, false, '', false, 'skip', false, null, path, yes, no);
  switch (name) {
    case 'if':
      return op(OpKind.If, body, otherwise);
    case 'unless':
      return op(OpKind.If, otherwise, body);
    case 'each':
      return op(OpKind.Each, body, otherwise);
    case 'with':
      return op(OpKind.With, body, otherwise);
    default:
      throw new Unmappable('block helper');
  }
}

const hasOwn = Object.prototype.hasOwnProperty;
/** A value the program cannot reproduce: the letter's text comes from its HTML instead. */
const UNMAPPED = Symbol('unmapped');

/** Handlebars' lookup with prototype access blocked: own properties only, null stops the path. */
function lookup(context: unknown, path: readonly string[]): unknown {
  let value = context;
  for (let i = 0; i < path.length; i++) {
    const part = path[i] as string;
    if (value === null || value === undefined) return value;
    const next = (value as Record<string, unknown>)[part];
    if (next === null || next === undefined) return next;
    // Handlebars calls a function it ends on (a "lambda") and vets functions on the way; letter
    // data never holds one.
    if (typeof next === 'function') return UNMAPPED;
    if (!hasOwn.call(value, part)) return undefined;
    value = next;
  }
  return typeof value === 'function' ? UNMAPPED : value;
}

class Runner {
  readonly writer = new TextWriter();
  busy = false;
  private tape: readonly unknown[] = [];
  private next = 0;

  /** Ready for another letter (one runner serves them all: rendering is synchronous). */
  start(tape: readonly unknown[]): void {
    this.writer.reset();
    this.tape = tape;
    this.next = 0;
  }

  get tapeUsed(): boolean {
    return this.next === this.tape.length;
  }

  /** False when the letter needs htmlToText after all. */
  ops(ops: readonly Op[], context: unknown): boolean {
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i] as Op;
      switch (op.kind) {
        case OpKind.Chunk: {
          const outcome = op.outcomes?.[this.writer.stateKey()];
          if (outcome) this.writer.apply(outcome);
          else for (let j = 0; j < op.body.length; j++) replayStatic(op.body[j] as Op, this.writer);
          break;
        }
        case OpKind.Run:
        case OpKind.Tag:
          // Only inside chunks (see chunked), which replay them themselves.
          replayStatic(op, this.writer);
          break;
        case OpKind.Field:
          if (!this.value(op, lookup(context, op.path))) return false;
          break;
        case OpKind.Helper:
          if (this.next >= this.tape.length || !this.value(op, this.tape[this.next++])) return false;
          break;
        case OpKind.If: {
          const v = lookup(context, op.path);
          if (v === UNMAPPED) return false;
          const falsy = !v || (Array.isArray(v) && v.length === 0);
          if (!this.ops(falsy ? op.otherwise : op.body, context)) return false;
          break;
        }
        case OpKind.With: {
          const v = lookup(context, op.path);
          if (v === UNMAPPED) return false;
          // #with's isEmpty: 0 is not empty (unlike #if).
          const empty = (!v && v !== 0) || (Array.isArray(v) && v.length === 0);
          if (!this.ops(empty ? op.otherwise : op.body, empty ? context : v)) return false;
          break;
        }
        case OpKind.Each: {
          const v = lookup(context, op.path);
          if (v === UNMAPPED) return false;
          if (typeof v === 'object' && v !== null) {
            // Objects and other iterables are walked by key or iterator: left to htmlToText.
            if (!Array.isArray(v)) return false;
            // Handlebars counts holes as iterations but renders nothing for them.
            for (let i = 0; i < v.length; i++) if (i in v && !this.ops(op.body, v[i])) return false;
            if (v.length > 0) break;
          }
          if (!this.ops(op.otherwise, context)) return false;
          break;
        }
      }
    }
    return true;
  }

  /** A mustache's value as Handlebars would print it, before escaping. */
  private value(op: Op, v: unknown): boolean {
    if (typeof v === 'string') {
      if (v !== op.lastRaw) {
        op.lastRaw = v;
        op.lastCollapsed = collapseWhitespace(v);
      }
      this.writer.collapsedValue(op.lastCollapsed);
      return true;
    }
    if (v === null || v === undefined) return true;
    if (typeof v === 'object' || typeof v === 'function' || typeof v === 'symbol') {
      // A SafeString (the products helper's list) is HTML: read it like the body would be.
      if (!(v instanceof Handlebars.SafeString)) return false;
      const html = collapseWhitespace(v.toHTML());
      return !PARTIAL_ENTITY_AT_END.test(html) && scanHtml(html, this.writer, true);
    }
    this.writer.value(String(v));
    return true;
  }
}

/**
 * The letter's text, or null when it must be derived from the HTML. `tape`: the helper results
 * recorded while this same data's body was rendered.
 */
export function runTextProgram(program: TextProgram, data: unknown, tape: readonly unknown[]): string | null {
  // One runner for every letter, rather than a runner and a writer allocated per letter. A getter
  // in the data could start another program while this one runs: that one gets its own runner.
  const runner = shared.busy ? new Runner() : shared;
  runner.busy = true;
  try {
    runner.start(tape);
    if (!runner.ops(program, data) || !runner.tapeUsed) return null;
    return runner.writer.finish();
  } finally {
    // Let go of this letter's text and tape: the runner lives on, and would keep them alive.
    runner.start(NO_TAPE);
    runner.busy = false;
  }
}

const NO_TAPE: readonly unknown[] = Object.freeze([]);

const shared = new Runner();
