import Handlebars from 'handlebars';
import { VALUE_HELPERS } from './helpers';
import { scanHtml } from './htmlToText';
import { type BlockStatement, isPath, type MustacheStatement, type PathExpression, type Program, type Statement } from './templateAst';
import { collapseWhitespace, type TagAction, TextWriter } from './textWriter';

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
  ) {}
}

const enum OpKind {
  Run,
  Tag,
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
  return ops;
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
  for (const part of path) {
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
  private next = 0;

  constructor(private readonly tape: readonly unknown[]) {}

  get tapeUsed(): boolean {
    return this.next === this.tape.length;
  }

  /** False when the letter needs htmlToText after all. */
  ops(ops: readonly Op[], context: unknown): boolean {
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i] as Op;
      switch (op.kind) {
        case OpKind.Run:
          this.writer.run(op.leading, op.core, op.trailing);
          break;
        case OpKind.Tag:
          this.writer.tag(op.action, op.closing, op.href);
          break;
        case OpKind.Field:
          if (!this.value(lookup(context, op.path))) return false;
          break;
        case OpKind.Helper:
          if (this.next >= this.tape.length || !this.value(this.tape[this.next++])) return false;
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
  private value(v: unknown): boolean {
    if (typeof v === 'string') {
      this.writer.value(v);
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
  const runner = new Runner(tape);
  if (!runner.ops(program, data) || !runner.tapeUsed) return null;
  return runner.writer.finish();
}
