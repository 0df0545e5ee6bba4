import { NO_ARGUMENT_HELPERS, VALUE_HELPERS } from './helpers';
import { argumentsOf, type BlockStatement, type Expression, isPath, type MustacheStatement, type PathExpression, type Program, simpleName } from './templateAst';

/**
 * Which fields a template cannot do without, worked out once per compiled template from its AST,
 * so that checking each of ten thousand letters is a handful of property reads.
 *
 * - A field used bare (`{{customer.company}}`) or as a helper's argument (`{{money extra.quote.total}}`) is required.
 * - Anything inside `{{#if}}`/`{{#unless}}`, or used as their condition, is optional.
 * - `{{#each list}}`/`{{#with x}}`: the list (or x) is required unless the block has an `{{else}}`;
 *   the fields inside are checked against each item (reported as `list[2].name`).
 */
export interface RequirementScope {
  /** Paths relative to this scope's context; [] is the context itself (`{{this}}` in an #each). */
  fields: string[][];
  children: RequirementChild[];
}

interface RequirementChild {
  kind: 'each' | 'with';
  path: string[];
  required: boolean;
  scope: RequirementScope;
}

interface Frame {
  scope: RequirementScope;
  blockParams: string[];
  seen: Set<string>;
}

const newScope = (): RequirementScope => ({ fields: [], children: [] });

export function requiredFields(program: Program): RequirementScope {
  const root: Frame = { scope: newScope(), blockParams: [], seen: new Set() };
  walk(program, [root]);
  return root.scope;
}

function walk(program: Program | undefined, stack: Frame[]): void {
  for (const node of program?.body ?? []) {
    if (node.type === 'MustacheStatement') mustache(node as MustacheStatement, stack);
    else if (node.type === 'BlockStatement') block(node as BlockStatement, stack);
  }
}

function mustache(m: MustacheStatement, stack: Frame[]): void {
  const name = simpleName(m.path);
  const args = argumentsOf(m);
  if (args.length === 0) {
    // `{{greeting}}` is a helper call; `{{money}}` with nothing to format needs nothing either.
    if (name && (NO_ARGUMENT_HELPERS.has(name) || VALUE_HELPERS.has(name))) return;
    if (isPath(m.path)) requirePath(m.path, stack);
    return;
  }
  for (const arg of args) requireArgument(arg, stack);
}

function requireArgument(arg: Expression, stack: Frame[]): void {
  if (isPath(arg)) requirePath(arg, stack);
  else if (arg.type === 'SubExpression') for (const a of argumentsOf(arg as hbs.AST.SubExpression)) requireArgument(a, stack);
}

function block(b: BlockStatement, stack: Frame[]): void {
  const name = simpleName(b.path);
  // Conditions and everything under them are optional: that is what #if is for.
  if (name !== 'each' && name !== 'with') return;
  const target = b.params[0];
  if (!isPath(target)) return;
  const resolved = resolve(target, stack);
  if (!resolved) return;
  const child: RequirementChild = { kind: name, path: resolved.parts, required: !b.inverse, scope: newScope() };
  resolved.frame.scope.children.push(child);
  walk(b.program, [...stack, { scope: child.scope, blockParams: b.program?.blockParams ?? [], seen: new Set() }]);
  // The {{else}} of an #each renders only for an empty list: optional by nature.
}

function requirePath(path: PathExpression, stack: Frame[]): void {
  const resolved = resolve(path, stack);
  if (!resolved) return;
  // `{{this}}` at the top level is the whole data object: nothing to check.
  if (resolved.parts.length === 0 && resolved.frame === stack[0]) return;
  const key = resolved.parts.join('.');
  if (resolved.frame.seen.has(key)) return;
  resolved.frame.seen.add(key);
  resolved.frame.scope.fields.push(resolved.parts);
}

/** The frame whose context a path starts from, and the path's parts below it. */
function resolve(path: PathExpression, stack: Frame[]): { frame: Frame; parts: string[] } | null {
  const root = stack[0] as Frame;
  if (path.data) {
    // @root.x is the data object; @index, @key, @first… are Handlebars' loop variables.
    return path.parts[0] === 'root' ? { frame: root, parts: path.parts.slice(1) } : null;
  }
  const first = path.parts[0];
  if (path.depth === 0 && first !== undefined && !path.original.startsWith('this')) {
    // `as |item index|`: item.x refers to that block's context; the index is a loop variable.
    for (let i = stack.length - 1; i > 0; i--) {
      const params = (stack[i] as Frame).blockParams;
      const at = params.indexOf(first);
      if (at === 0) return { frame: stack[i] as Frame, parts: path.parts.slice(1) };
      if (at > 0) return null;
    }
  }
  const frame = stack[Math.max(0, stack.length - 1 - path.depth)] as Frame;
  return { frame, parts: path.parts };
}

/** Empty strings, null, undefined, NaN and empty lists count as missing. */
export function isMissingValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.length === 0 || (isSpaceOrUnusual(value.charCodeAt(0)) && value.trim() === '');
  if (typeof value === 'number') return Number.isNaN(value);
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/**
 * False for a character trim() surely keeps (printable ASCII but the space): a string starting with
 * one is not blank, which settles most values without trimming them.
 */
const isSpaceOrUnusual = (code: number): boolean => code <= 32 || code >= 127;

const hasOwn = Object.prototype.hasOwnProperty;

/** Own properties only, like Handlebars with prototype access blocked. */
export function readPath(context: unknown, parts: readonly string[]): unknown {
  let value = context;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (typeof value !== 'object' || value === null || !hasOwn.call(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

const join = (label: string, parts: readonly string[]): string => (parts.length === 0 ? label : label ? `${label}.${parts.join('.')}` : parts.join('.'));

/** A letter misses few fields: a list with includes beats allocating a Set per letter. */
function addOnce(out: string[], name: string): void {
  if (!out.includes(name)) out.push(name);
}

/** Adds the names of the missing required fields to `out`, e.g. "extra.quote.total", "products[1].name". */
export function collectMissing(scope: RequirementScope, context: unknown, label: string, out: string[]): void {
  const fields = scope.fields;
  for (let i = 0; i < fields.length; i++) {
    const parts = fields[i] as string[];
    if (isMissingValue(readPath(context, parts))) addOnce(out, join(label, parts));
  }
  for (const child of scope.children) {
    const value = readPath(context, child.path);
    if (isMissingValue(value)) {
      if (child.required) addOnce(out, join(label, child.path));
      continue;
    }
    // The label is built only for a child that is there: an #each over a list, a #with.
    const childLabel = join(label, child.path);
    if (child.kind === 'with') collectMissing(child.scope, value, childLabel, out);
    else if (Array.isArray(value)) value.forEach((item, i) => collectMissing(child.scope, item, `${childLabel}[${i}]`, out));
    else if (typeof value === 'object') for (const [k, item] of Object.entries(value as object)) collectMissing(child.scope, item, `${childLabel}.${k}`, out);
  }
}

/** True when the scope requires nothing at all (then checking a letter costs nothing). */
export function isEmptyScope(scope: RequirementScope): boolean {
  return scope.fields.length === 0 && scope.children.length === 0;
}
