import { MAX_TEMPLATE_CHARS } from '../ipc/contract';
import { letterEnvironment } from './environment';
import { BLOCK_HELPERS, VALUE_HELPERS } from './helpers';
import {
  type AstNode,
  argumentsOf,
  type BlockStatement,
  type Expression,
  isPath,
  type MustacheStatement,
  positionOf,
  type Program,
  simpleName,
  type SubExpression,
} from './templateAst';
import type { TemplateProblem, TemplateVariant } from './types';

type Part = TemplateProblem['part'];

/** Property names that reach into the prototype chain: blocked at run time, refused here. */
const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set([
  'constructor', '__proto__', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__',
]);

/**
 * Everything wrong with a variant, with places: syntax errors (line and column), unknown or
 * misused helpers, unescaped output, partials, decorators, prototype probing, and size. Empty
 * means the variant compiles in the letter environment and escapes every value.
 */
export function checkTemplate(variant: TemplateVariant): TemplateProblem[] {
  return [...checkPart('subject', variant.subject), ...checkPart('html', variant.html)];
}

function checkPart(part: Part, source: string): TemplateProblem[] {
  // Size first: a 5 MB body is refused without being parsed.
  if (source.length > MAX_TEMPLATE_CHARS) {
    return [{
      part, code: 'tooLarge', line: 0, column: 0,
      message: `The ${part} has ${source.length} characters; the limit is ${MAX_TEMPLATE_CHARS}.`,
    }];
  }
  let ast: Program;
  try {
    ast = letterEnvironment.parse(source);
  } catch (err) {
    return [syntaxProblem(part, err)];
  }
  const problems: TemplateProblem[] = [];
  walkProgram(ast, part, problems);
  return problems;
}

/** Reads the place of a parse error from Handlebars' message, its lexer and its Exception fields. */
export function syntaxProblem(part: Part, err: unknown): TemplateProblem {
  const e = err as { message?: unknown; lineNumber?: unknown; column?: unknown };
  const raw = typeof e?.message === 'string' ? e.message : String(err);
  let line = 0;
  let column = 0;
  const m = /(?:Parse|Lexical) error on line (\d+)/.exec(raw);
  if (m) {
    line = Number(m[1]);
    // The parser keeps the offending token's place on its lexer; the thrown Error drops it.
    const loc = ((letterEnvironment as unknown as { Parser?: unknown }).Parser as { lexer?: { yylloc?: { first_line?: number; first_column?: number } } }).lexer?.yylloc;
    if (loc && loc.first_line === line && typeof loc.first_column === 'number') column = loc.first_column + 1;
  } else if (typeof e?.lineNumber === 'number') {
    // Handlebars' Exception (e.g. "if doesn't match each"): 1-based line, 0-based column.
    line = e.lineNumber;
    column = typeof e.column === 'number' ? e.column + 1 : 0;
  }
  // The first line says it all; the rest is Handlebars' caret drawing and token list.
  const first = raw.split('\n')[0] ?? raw;
  const expecting = /Expecting (.*), got '([^']+)'/.exec(raw);
  const message = expecting ? `${first}: unexpected ${tokenName(expecting[2] ?? '')}` : first;
  return { part, code: 'syntax', line, column, message };
}

function tokenName(token: string): string {
  const names: Record<string, string> = {
    EOF: 'end of template (a block is not closed)', CLOSE: '"}}"', INVALID: 'character', OPEN_ENDBLOCK: '"{{/"',
    INVERSE: '"{{else}}"', OPEN: '"{{"', CLOSE_UNESCAPED: '"}}}"',
  };
  return names[token] ?? token;
}

function walkProgram(program: Program | undefined, part: Part, problems: TemplateProblem[]): void {
  for (const statement of program?.body ?? []) walkNode(statement, part, problems);
}

function walkNode(node: AstNode, part: Part, problems: TemplateProblem[]): void {
  const at = positionOf(node);
  switch (node.type) {
    case 'MustacheStatement': {
      const m = node as MustacheStatement;
      if (!m.escaped) {
        problems.push({ part, code: 'unescapedOutput', ...at, name: pathText(m.path), message: `{{{${pathText(m.path)}}}} writes HTML unescaped; use {{${pathText(m.path)}}}.` });
      }
      checkCall(m, part, problems, false);
      return;
    }
    case 'BlockStatement': {
      const b = node as BlockStatement;
      checkCall(b, part, problems, true);
      walkProgram(b.program, part, problems);
      walkProgram(b.inverse, part, problems);
      return;
    }
    case 'PartialStatement':
    case 'PartialBlockStatement':
      problems.push({ part, code: 'partial', ...at, message: 'Partials ({{> …}}) are not available in letters.' });
      return;
    case 'DecoratorBlock':
    case 'Decorator':
      problems.push({ part, code: 'forbidden', ...at, message: 'Decorators ({{* …}}) are not available in letters.' });
      return;
    default:
      return;
  }
}

function pathText(e: Expression): string {
  return isPath(e) ? e.original : e.type === 'SubExpression' ? '(…)' : String((e as { original?: unknown }).original ?? '');
}

function checkCall(node: MustacheStatement | BlockStatement | SubExpression, part: Part, problems: TemplateProblem[], block: boolean): void {
  const at = positionOf(node);
  const args = argumentsOf(node);
  const name = simpleName(node.path);
  const head = pathText(node.path);
  if (block) {
    if (!name || !BLOCK_HELPERS.has(name)) {
      problems.push({ part, code: 'unknownHelper', ...at, name: head, message: `Unknown block helper "#${head}": use #if, #unless, #each or #with.` });
    } else if (node.params.length !== 1 || (node.hash?.pairs.length ?? 0) > 0) {
      problems.push({ part, code: 'syntax', ...at, name, message: `#${name} takes exactly one value, e.g. {{#${name} customer.city}}.` });
    }
  } else if (args.length > 0 || node.type === 'SubExpression') {
    if (!name || !VALUE_HELPERS.has(name)) {
      const hint = name && BLOCK_HELPERS.has(name) ? ` (${name} is a block helper: {{#${name} …}})` : '';
      problems.push({ part, code: 'unknownHelper', ...at, name: head, message: `Unknown helper "${head}"${hint}.` });
    }
  }
  checkPathSegments(node.path, part, problems);
  for (const arg of args) {
    if (arg.type === 'SubExpression') checkCall(arg as SubExpression, part, problems, false);
    else checkPathSegments(arg, part, problems);
  }
}

function checkPathSegments(e: Expression, part: Part, problems: TemplateProblem[]): void {
  if (!isPath(e)) return;
  const bad = e.parts.find((p: string) => FORBIDDEN_SEGMENTS.has(p));
  if (bad) problems.push({ part, code: 'forbidden', ...positionOf(e), name: e.original, message: `"${e.original}" reaches into JavaScript internals and is not allowed.` });
}
