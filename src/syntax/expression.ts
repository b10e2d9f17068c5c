import { FUNCTIONS, OPS } from '../ops/index.ts';
import type { Expr } from './ast.ts';
import { STOP, TokenCursor } from './cursor.ts';
import { shorten, type Token } from './lexer.ts';
import { closestName } from './suggest.ts';

/**
 * Parentheses, calls, unary signs and `^` may nest this deep in one statement; one level more
 * gives a single `too-deep` diagnostic. Left-associative chains (`a+a+...+a`) are not nesting
 * and have no limit but the program length, so their trees can be as deep as they are long.
 */
export const MAX_NESTING_DEPTH = 200;

/** Shared by links without signs; never mutated. */
const NO_SIGNS: Token[] = [];

/** One `signs operand ^` link of a power chain, before folding. */
interface PowerLink {
  readonly signs: readonly Token[];
  readonly operand: Expr;
  readonly operandStart: number;
  readonly caret: Token | undefined;
}

/**
 * Expressions by recursive descent that recurses only into parentheses and call arguments.
 * Those, unary signs and `^` count in `depth`; `enter` stops the statement before the count
 * passes MAX_NESTING_DEPTH. The binary levels are loops.
 */
export class ExpressionParser extends TokenCursor {
  /** Nesting depth in the current statement; reset to 0 before each statement. */
  protected depth = 0;

  /** Level 1: `+` and `-`, left-associative, in a loop. */
  protected expression(): Expr {
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
      let signs: Token[] = NO_SIGNS;
      while (this.peek().kind === '-' || this.peek().kind === '+') {
        const sign = this.advance();
        this.enter(sign);
        if (signs === NO_SIGNS) signs = [];
        signs.push(sign);
      }
      const operandStart = this.peek().span.start;
      const operand = this.primary();
      const caret = this.peek().kind === '^' ? this.advance() : undefined;
      // The common case, a lone operand, needs no links.
      if (caret === undefined && links.length === 0 && signs === NO_SIGNS) return operand;
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
    const op = FUNCTIONS.get(callee);
    if (op === undefined) {
      const suggestion = closestName(callee, [...FUNCTIONS.keys()]);
      const hint = suggestion === undefined ? '' : `; did you mean '${suggestion}'?`;
      const message = `Unknown function '${shorten(callee)}' at ${this.position(nameToken.span.start)}${hint}`;
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
      const message = `Wrong number of arguments at ${this.position(nameToken.span.start)}: ${callee} takes ${expected}, got ${args.length}`;
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

  /** Reports that an expression should start at `token` (the end, or a wrong token) and stops. */
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
      const previous = this.previous();
      const after = previous === undefined ? '' : ` after '${this.textOf(previous)}'`;
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
}
