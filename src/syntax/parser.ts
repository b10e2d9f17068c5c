import { FUNCTIONS, OPS } from '../ops/index.ts';
import type { Expr, Program, Statement } from './ast.ts';
import type { Diagnostic, DiagnosticCode } from './diagnostics.ts';
import { Lexer, shorten, type Token } from './lexer.ts';
import { positionFormatter } from './positions.ts';
import { checkNames } from './resolve.ts';
import type { Span } from './span.ts';
import { closestName } from './suggest.ts';

/** Programs longer than this many UTF-16 code units are refused with a `too-large` diagnostic. */
export const MAX_PROGRAM_LENGTH = 2_000_000;

/**
 * Parentheses, calls, unary signs and `^` may nest this deep in one statement; one level more
 * gives a single `too-deep` diagnostic. Left-associative chains (`a+a+...+a`) are not nesting
 * and have no limit but the program length, so their trees can be as deep as they are long.
 */
export const MAX_NESTING_DEPTH = 200;

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

/** Thrown, after the problem has been reported, to abandon the rest of a statement. */
class StopStatement {}
const STOP = new StopStatement();

/** One `signs operand ^` link of a power chain, before folding. */
interface PowerLink {
  readonly signs: readonly Token[];
  readonly operand: Expr;
  readonly operandStart: number;
  readonly caret: Token | undefined;
}

/**
 * Recursive descent that recurses only into parentheses and call arguments, and counts
 * those, unary signs and `^` in `depth`; `enter` stops the statement before the count
 * passes MAX_NESTING_DEPTH. Binary levels are loops.
 */
class Parser {
  readonly diagnostics: Diagnostic[] = [];
  private readonly lexer: Lexer;
  private readonly lookahead: Token[] = [];
  private last: Token | undefined;
  private depth = 0;
  /** `line:column` of an offset, for messages. */
  readonly position: (offset: number) => string;

  constructor(private readonly text: string) {
    this.position = positionFormatter(text);
    this.lexer = new Lexer(text, this.diagnostics, this.position);
  }

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

  /** Level 1: `+` and `-`, left-associative, in a loop. */
  private expression(): Expr {
    const start = this.peek().span.start;
    let left = this.term();
    for (let operator = this.peek().kind; operator === '+' || operator === '-'; ) {
      const operatorSpan = this.advance().span;
      const right = this.term();
      left = { kind: 'binary', operator, left, right, operatorSpan, span: this.from(start) };
      operator = this.peek().kind;
    }
    return left;
  }

  /** Level 2: `*` and `/`, left-associative, in a loop. */
  private term(): Expr {
    const start = this.peek().span.start;
    let left = this.power();
    for (let operator = this.peek().kind; operator === '*' || operator === '/'; ) {
      const operatorSpan = this.advance().span;
      const right = this.power();
      left = { kind: 'binary', operator, left, right, operatorSpan, span: this.from(start) };
      operator = this.peek().kind;
    }
    return left;
  }

  /**
   * Levels 3 and 4: unary signs and right-associative `^`.
   * 1. Read `signs operand (^ signs operand)*` into links, in a loop.
   * 2. Fold from the right: link i becomes `signs_i (operand_i ^ folded)`.
   * So `-x^2` is `-(x^2)`, `2^3^2` is `2^(3^2)` and `2^-3^2` is `2^(-(3^2))`.
   * Unary `+` makes no node.
   */
  private power(): Expr {
    const depthBefore = this.depth;
    const links: PowerLink[] = [];
    for (;;) {
      const signs: Token[] = [];
      while (this.peek().kind === '-' || this.peek().kind === '+') {
        const sign = this.advance();
        this.enter(sign);
        signs.push(sign);
      }
      const operandStart = this.peek().span.start;
      const operand = this.primary();
      const caret = this.peek().kind === '^' ? this.advance() : undefined;
      links.push({ signs, operand, operandStart, caret });
      if (caret === undefined) break;
      this.enter(caret);
    }
    this.depth = depthBefore;
    const end = this.lastEnd();
    let folded: Expr | undefined;
    for (let i = links.length - 1; i >= 0; i--) {
      const { signs, operand, operandStart, caret } = links[i]!;
      folded =
        folded === undefined || caret === undefined
          ? operand
          : {
              kind: 'binary',
              operator: '^',
              left: operand,
              right: folded,
              operatorSpan: caret.span,
              span: { start: operandStart, end },
            };
      for (let s = signs.length - 1; s >= 0; s--) {
        const sign = signs[s]!;
        if (sign.kind === '-') {
          folded = { kind: 'negate', operand: folded, span: { start: sign.span.start, end } };
        }
      }
    }
    return folded!;
  }

  /** Level 5: number, `pi`, name, call, or a parenthesized expression. */
  private primary(): Expr {
    const token = this.peek();
    if (token.kind === 'number') {
      this.advance();
      const value = token.value ?? Number.NaN;
      return { kind: 'number', value, text: this.textOf(token), span: token.span };
    }
    if (token.kind === 'name') {
      this.advance();
      const name = this.textOf(token);
      if (this.peek().kind === '(') return this.call(token, name);
      if (name === 'pi') return { kind: 'number', value: Math.PI, text: 'pi', span: token.span };
      return { kind: 'name', name, span: token.span };
    }
    if (token.kind === '(') {
      const open = this.advance();
      this.enter(open);
      const inner = this.expression();
      this.close(open, false);
      this.depth--;
      return inner;
    }
    return this.expectedExpression(token);
  }

  /** A call `name(args)`; unknown functions and wrong arities are reported, not fatal. */
  private call(nameToken: Token, callee: string): Expr {
    const open = this.advance();
    this.enter(open);
    const at = this.position(nameToken.span.start);
    const op = FUNCTIONS.get(callee);
    if (op === undefined) {
      const suggestion = closestName(callee, [...FUNCTIONS.keys()]);
      const hint = suggestion === undefined ? '' : `; did you mean '${suggestion}'?`;
      const message = `Unknown function '${shorten(callee)}' at ${at}${hint}`;
      this.report('unknown-function', nameToken.span, message);
    }
    const args: Expr[] = [];
    if (this.peek().kind !== ')') {
      args.push(this.expression());
      while (this.peek().kind === ',') {
        this.advance();
        args.push(this.expression());
      }
    }
    this.close(open, true);
    this.depth--;
    const span = this.from(nameToken.span.start);
    const arity = op === undefined ? args.length : OPS[op].arity;
    if (arity !== args.length) {
      const expected = `${arity} argument${arity === 1 ? '' : 's'}`;
      const message = `Wrong number of arguments at ${at}: ${callee} takes ${expected}, got ${args.length}`;
      this.report('wrong-arity', span, message);
    }
    return { kind: 'call', callee, calleeSpan: nameToken.span, args, span };
  }

  /** Consumes the `)` that closes `open`, or reports what is there instead and stops. */
  private close(open: Token, inCall: boolean): void {
    const token = this.peek();
    if (token.kind === ')') {
      this.advance();
      return;
    }
    if (token.kind === 'invalid') throw STOP;
    const opened = `'(' at ${this.position(open.span.start)}`;
    if (this.isEnd(token)) {
      const end = this.lastEnd();
      this.report('missing-close-paren', { start: end, end }, `Expected ')' to close ${opened}`);
    } else {
      const expected = inCall ? "',' or ')'" : "')'";
      this.report(
        'unexpected-token',
        token.span,
        `${this.unexpected(token)}; expected ${expected} to close ${opened}`,
      );
    }
    throw STOP;
  }

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

  private expectedExpression(token: Token): never {
    if (token.kind === 'invalid') throw STOP;
    if (this.isEnd(token)) {
      const end = this.lastEnd();
      const ending =
        token.kind === 'eof'
          ? 'the program'
          : this.textOf(token) === ';'
            ? 'the statement'
            : 'the line';
      const after = this.last === undefined ? '' : ` after '${this.textOf(this.last)}'`;
      const message = `Unexpected end of ${ending} at ${this.position(end)}; expected an expression${after}`;
      this.report('unexpected-end', { start: end, end }, message);
    } else {
      this.report('unexpected-token', token.span, this.unexpected(token));
    }
    throw STOP;
  }

  /** Counts one level of nesting at `token`; past the limit, reports and stops. */
  private enter(token: Token): void {
    this.depth++;
    if (this.depth <= MAX_NESTING_DEPTH) return;
    const message = `The expression is nested too deeply at ${this.position(token.span.start)}; the limit is ${MAX_NESTING_DEPTH} levels of parentheses, calls, signs and powers`;
    this.report('too-deep', token.span, message);
    throw STOP;
  }

  private unexpected(token: Token): string {
    return `Unexpected '${shorten(this.textOf(token))}' at ${this.position(token.span.start)}`;
  }

  private report(code: DiagnosticCode, span: Span, message: string): void {
    this.diagnostics.push({ code, message, span });
  }

  private peek(ahead = 0): Token {
    while (this.lookahead.length <= ahead) this.lookahead.push(this.lexer.next());
    return this.lookahead[ahead]!;
  }

  private advance(): Token {
    const token = this.peek();
    this.lookahead.shift();
    this.last = token;
    return token;
  }

  private isEnd(token: Token): boolean {
    return token.kind === 'separator' || token.kind === 'eof';
  }

  private lastEnd(): number {
    return this.last?.span.end ?? 0;
  }

  private from(start: number): Span {
    return { start, end: this.lastEnd() };
  }

  private textOf(token: Token): string {
    return this.text.slice(token.span.start, token.span.end);
  }
}

/** 2000000 as `2,000,000`, independent of the locale. */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
