/**
 * The expression language of LANGUAGE.md: text in, a checked `Program` and diagnostics out.
 * `parseProgram` never throws; positions are 0-based spans, shown to users as 1-based
 * `line:column`.
 */

/** AST types; every node carries its span. */
export type { BinaryOperator, Expr, OutputItem, Program, Statement } from './ast.ts';
/** The parser and its documented limits. */
export { MAX_DIAGNOSTICS } from './collector.ts';
/** Diagnostics: a code, a message for users, a span inside the text. */
export {
  type Diagnostic,
  type DiagnosticCode,
  diagnostic,
  type RelatedSpan,
} from './diagnostics.ts';
/** Tokens, for syntax highlighting: `tokenize` never throws and ends with an `eof` token. */
export { type Token, type TokenKind, tokenize } from './lexer.ts';
export {
  MAX_DIFF_ORDER,
  MAX_NESTING_DEPTH,
  MAX_PROGRAM_LENGTH,
  type ParseResult,
  parseProgram,
} from './parser.ts';
/** Line and column of many offsets of one text, O(log lines) each. */
export { lineColumnFinder } from './positions.ts';
/** An expression as an S-expression such as `(* (+ a b) c)`, for tests, debugging and the CLI. */
export { toSExpression } from './sexpr.ts';
/** Spans and their display as `line:column`. */
export { formatPosition, type LineColumn, lineColumnAt, type Span } from './span.ts';
