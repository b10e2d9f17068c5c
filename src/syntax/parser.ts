import type { Program, Statement } from './ast.ts';
import { STOP } from './cursor.ts';
import type { Diagnostic } from './diagnostics.ts';
import { ExpressionParser } from './expression.ts';
import { checkNames } from './resolve.ts';

export { MAX_NESTING_DEPTH } from './expression.ts';

/** Programs longer than this many UTF-16 code units are refused with a `too-large` diagnostic. */
export const MAX_PROGRAM_LENGTH = 2_000_000;

/**
 * Parses a program and checks its names and calls. Never throws, whatever the text: every
 * problem is a diagnostic (sorted by position) whose span lies inside the text. When
 * `diagnostics` is empty, `program` is well formed: every call names a known function with
 * the right number of arguments, no name is assigned twice, and no name is used before its
 * assignment. Statements with syntax errors are left out of `program`.
 */
export function parseProgram(text: string): { program: Program; diagnostics: Diagnostic[] } {
  if (text.length > MAX_PROGRAM_LENGTH) {
    const message = `The program is ${grouped(text.length)} characters long; the limit is ${grouped(MAX_PROGRAM_LENGTH)} characters`;
    return {
      program: { statements: [] },
      diagnostics: [{ code: 'too-large', message, span: { start: 0, end: 0 } }],
    };
  }
  const parser = new Parser(text);
  const statements = parser.statements();
  const diagnostics = [...parser.diagnostics, ...checkNames(statements, parser.position)];
  if (statements.length === 0 && diagnostics.length === 0) {
    diagnostics.push({
      code: 'empty-program',
      message: 'The program is empty: type an expression such as (a+b)*(b+1)',
      span: { start: 0, end: text.length },
    });
  }
  diagnostics.sort((a, b) => a.span.start - b.span.start);
  return { program: { statements }, diagnostics };
}

/** Statements, separated by newlines or `;`, with recovery after errors. */
class Parser extends ExpressionParser {
  /** All statements; after an error, skips to the next separator and goes on. */
  statements(): Statement[] {
    const statements: Statement[] = [];
    for (;;) {
      while (this.peek().kind === 'separator') this.advance();
      if (this.peek().kind === 'eof') return statements;
      this.depth = 0;
      try {
        const statement = this.statement();
        if (statement !== undefined) statements.push(statement);
      } catch (error) {
        if (error !== STOP) throw error;
        while (!this.isEnd(this.peek())) this.advance();
      }
    }
  }

  private statement(): Statement | undefined {
    const start = this.peek().span.start;
    if (this.peek().kind !== 'name' || this.peek(1).kind !== '=') {
      const expr = this.expression();
      this.expectEndOfStatement();
      return { kind: 'expr', expr, span: { start, end: this.lastEnd() } };
    }
    const nameToken = this.advance();
    this.advance();
    const name = this.textOf(nameToken);
    if (name === 'pi') {
      const at = this.position(nameToken.span.start);
      this.report(
        'reserved-name',
        nameToken.span,
        `Cannot assign to 'pi' at ${at}; it is the constant π`,
      );
    }
    const value = this.inputLiteral();
    const expr = value === undefined ? this.expression() : undefined;
    this.expectEndOfStatement();
    if (name === 'pi') return undefined;
    const span = { start, end: this.lastEnd() };
    const nameSpan = nameToken.span;
    return expr === undefined
      ? { kind: 'input', name, nameSpan, value: value ?? Number.NaN, span }
      : { kind: 'assign', name, nameSpan, expr, span };
  }

  /** The value of an optionally signed number literal that is the whole right-hand side. */
  private inputLiteral(): number | undefined {
    const first = this.peek();
    const signed = first.kind === '-' || first.kind === '+';
    const literal = this.peek(signed ? 1 : 0);
    if (literal.kind !== 'number' || !this.isEnd(this.peek(signed ? 2 : 1))) return undefined;
    if (signed) this.advance();
    this.advance();
    const value = literal.value ?? Number.NaN;
    return first.kind === '-' ? -value : value;
  }

  /** After a statement: a separator or the end, or else an error that says what is wrong. */
  private expectEndOfStatement(): void {
    const token = this.peek();
    if (this.isEnd(token)) return;
    if (token.kind === 'invalid') throw STOP;
    const hint =
      token.kind === ')'
        ? "there is no '(' for it to close"
        : token.kind === '='
          ? "a statement assigns one name, as in 'c = a + b'"
          : "expected an operator such as '*' or the end of the statement";
    this.report('unexpected-token', token.span, `${this.unexpected(token)}; ${hint}`);
    throw STOP;
  }
}

/** 2000000 as `2,000,000`, independent of the locale. */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
