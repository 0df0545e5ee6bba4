// `hbs` is the global namespace of Handlebars' own type declarations.
/** Handlebars AST node types the letters code walks (re-exported to keep imports in one place). */
export type AstNode = hbs.AST.Node;
export type Program = hbs.AST.Program;
export type Statement = hbs.AST.Statement;
export type Expression = hbs.AST.Expression;
export type PathExpression = hbs.AST.PathExpression;
export type MustacheStatement = hbs.AST.MustacheStatement;
export type BlockStatement = hbs.AST.BlockStatement;
export type SubExpression = hbs.AST.SubExpression;
export type Hash = hbs.AST.Hash;

export const isPath = (e: AstNode | undefined): e is PathExpression => e?.type === 'PathExpression';

/** 1-based line and column of a node (Handlebars columns are 0-based). */
export function positionOf(node: AstNode): { line: number; column: number } {
  const start = node.loc?.start;
  return start ? { line: start.line, column: start.column + 1 } : { line: 0, column: 0 };
}

/** A helper's name when the head is a plain name (`money`), else null (`customer.company`, `@x`, `../y`). */
export function simpleName(path: Expression): string | null {
  if (!isPath(path)) return null;
  return !path.data && path.depth === 0 && path.parts.length === 1 && !path.original.startsWith('this') ? (path.parts[0] ?? null) : null;
}

/** Params and hash values of a call. */
export function argumentsOf(node: { params: Expression[]; hash?: Hash }): Expression[] {
  const args = [...node.params];
  for (const pair of node.hash?.pairs ?? []) args.push(pair.value);
  return args;
}
