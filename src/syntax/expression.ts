import { FUNCTIONS, OPS } from '../ops/index.ts';
import { phrase } from '../phrases/index.ts';
import type { BinaryOperator, Expr } from './ast.ts';
import { TokenCursor } from './cursor.ts';
import {
  shorten,
  T_CARET,
  T_CLOSE,
  T_COMMA,
  T_EOF,
  T_INVALID,
  T_MINUS,
  T_NAME,
  T_NUMBER,
  T_OPEN,
  T_PLUS,
  T_SLASH,
  T_STAR,
} from './lexer.ts';
import type { Span } from './span.ts';
import { closestName } from './suggest.ts';

/**
 * Parentheses, calls, unary signs and `^` may nest this deep in one statement; one level more
 * gives a single `too-deep` diagnostic. Left-associative chains (`a+a+...+a`) are not nesting
 * and have no limit but the program length, so their trees can be as deep as they are long.
 */
export const MAX_NESTING_DEPTH = 200;

/** Known function names, for suggestions. */
const FUNCTION_NAMES = [...FUNCTIONS.keys(), 'diff'];

/** Shared by links without `-` signs; never mutated. */
const NO_SIGNS: number[] = [];

/** One `signs operand ^` link of a power chain, before folding. */
interface PowerLink {
  /** Where each `-` sign starts (`+` signs make no node). */
  readonly signs: readonly number[];
  readonly operand: Expr;
  readonly operandStart: number;
  readonly caret: Span | undefined;
}

const BINARY: readonly (BinaryOperator | undefined)[] = (() => {
  const operators: (BinaryOperator | undefined)[] = [];
  operators[T_PLUS] = '+';
  operators[T_MINUS] = '-';
  operators[T_STAR] = '*';
  operators[T_SLASH] = '/';
  return operators;
})();

/**
 * Expressions by recursive descent that recurses only into parentheses and call arguments.
 * Those, unary signs and `^` count in `depth`; `enter` stops the statement before the count
 * passes MAX_NESTING_DEPTH. The binary levels are loops.
 *
 * Failure is a return value, not an exception: a parse function that meets a problem reports it
 * (an `invalid` token was reported by the lexer) and returns `undefined`, and every caller
 * returns `undefined` at once, consuming nothing more, so that the statement parser can skip to
 * the next separator. A text of a million bad statements then costs no more than a valid one
 * (throwing and catching cost about 1 µs a statement).
 */
export class ExpressionParser extends TokenCursor {
  /** Nesting depth in the current statement; reset to 0 before each statement. */
  protected depth = 0;

  /** Called with every name node, in source order, as it is made. */
  protected recordName(_id: number, _expr: NameExpr): void {}

  /** Called with every well-formed `diff(y, x)`, once its arguments are parsed. */
  protected checkDiff(_expr: Expr & { kind: 'diff' }): void {}

  /** How many `diff` calls the parser is inside (their arguments' names are remembered). */
  protected diffDepth = 0;

  /** Level 1: `+` and `-`, left-associative, in a loop; `undefined` when the statement failed. */
  protected expression(): Expr | undefined {
    const start = this.startAt();
    let left = this.term();
    if (left === undefined) return undefined;
    for (let kind = this.peek(); kind === T_PLUS || kind === T_MINUS; kind = this.peek()) {
      this.advance();
      const operatorSpan = this.lastSpan();
      const right = this.term();
      if (right === undefined) return undefined;
      const operator = BINARY[kind]!;
      left = { kind: 'binary', operator, left, right, operatorSpan, span: this.from(start) };
    }
    return left;
  }

  /** Level 2: `*` and `/`, left-associative, in a loop. */
  private term(): Expr | undefined {
    const start = this.startAt();
    let left = this.power();
    if (left === undefined) return undefined;
    for (let kind = this.peek(); kind === T_STAR || kind === T_SLASH; kind = this.peek()) {
      this.advance();
      const operatorSpan = this.lastSpan();
      const right = this.power();
      if (right === undefined) return undefined;
      const operator = BINARY[kind]!;
      left = { kind: 'binary', operator, left, right, operatorSpan, span: this.from(start) };
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
  private power(): Expr | undefined {
    const depthBefore = this.depth;
    let links: PowerLink[] | undefined;
    for (;;) {
      let signs = NO_SIGNS;
      for (let kind = this.peek(); kind === T_MINUS || kind === T_PLUS; kind = this.peek()) {
        this.advance();
        if (!this.enter()) return undefined;
        if (kind === T_MINUS) {
          if (signs === NO_SIGNS) signs = [];
          signs.push(this.lastStart);
        }
      }
      const operandStart = this.startAt();
      const operand = this.primary();
      if (operand === undefined) return undefined;
      if (this.peek() !== T_CARET) {
        // The common case, a lone operand, needs no links.
        if (links === undefined) {
          this.depth = depthBefore;
          return signs === NO_SIGNS ? operand : negated(operand, signs, this.lastEnd);
        }
        links.push({ signs, operand, operandStart, caret: undefined });
        break;
      }
      this.advance();
      links ??= [];
      links.push({ signs, operand, operandStart, caret: this.lastSpan() });
      if (!this.enter()) return undefined;
    }
    this.depth = depthBefore;
    const end = this.lastEnd;
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
              operatorSpan: caret,
              span: { start: operandStart, end },
            };
      folded = negated(folded, signs, end);
    }
    return folded!;
  }

  /** Level 5: number, `pi`, name, call, or a parenthesized expression. */
  private primary(): Expr | undefined {
    const kind = this.peek();
    if (kind === T_NAME) {
      this.advance();
      const id = this.lastNameId;
      const name = this.names[id]!;
      const span = this.lastSpan();
      if (this.peek() === T_OPEN) return this.call(name, span);
      if (name === 'pi') return { kind: 'number', value: Math.PI, text: 'pi', span };
      const expr: NameExpr = { kind: 'name', name, span };
      this.recordName(id, expr);
      return expr;
    }
    if (kind === T_NUMBER) {
      this.advance();
      const span = this.lastSpan();
      const text = this.text.slice(span.start, span.end);
      return { kind: 'number', value: this.lastValue, text, span };
    }
    if (kind === T_OPEN) {
      this.advance();
      const openStart = this.lastStart;
      if (!this.enter()) return undefined;
      const inner = this.expression();
      if (inner === undefined || !this.close(openStart, false)) return undefined;
      this.depth--;
      return inner;
    }
    this.reportMissingExpression(kind);
    return undefined;
  }

  /** A call `name(args)`; unknown functions and wrong arities are reported, not fatal. */
  private call(callee: string, calleeSpan: Span): Expr | undefined {
    this.advance();
    const openStart = this.lastStart;
    if (!this.enter()) return undefined;
    if (callee === 'diff') return this.diff(calleeSpan, openStart);
    const op = FUNCTIONS.get(callee);
    if (op === undefined) {
      this.report('unknown-function', calleeSpan, () => {
        const suggestion = closestName(callee, FUNCTION_NAMES);
        const at = this.position(calleeSpan.start);
        const name = shorten(callee);
        return suggestion === undefined
          ? phrase('syntax.unknownFunction', { name, at })
          : phrase('syntax.unknownFunctionSuggest', { name, at, suggestion });
      });
    }
    const args = this.peek() === T_CLOSE ? [] : this.arguments();
    if (args === undefined || !this.close(openStart, true)) return undefined;
    this.depth--;
    const span = this.from(calleeSpan.start);
    const arity = op === undefined ? args.length : OPS[op].arity;
    if (arity !== args.length) {
      const given = args.length;
      this.report('wrong-arity', span, () =>
        phrase('syntax.wrongArity', {
          at: this.position(calleeSpan.start),
          name: callee,
          count: arity,
          given: String(given),
        }),
      );
    }
    return { kind: 'call', callee, calleeSpan, args, span };
  }

  /**
   * `diff(y, x)` after its `(`: two arguments, then `checkDiff`. Another count is reported as
   * `wrong-arity` and gives a placeholder (the program has a diagnostic and is not built).
   */
  private diff(calleeSpan: Span, openStart: number): Expr | undefined {
    this.diffDepth++;
    const args = this.peek() === T_CLOSE ? [] : this.arguments();
    this.diffDepth--;
    if (args === undefined || !this.close(openStart, true)) return undefined;
    this.depth--;
    const span = this.from(calleeSpan.start);
    if (args.length !== 2) {
      const given = String(args.length);
      const at = this.position(calleeSpan.start);
      this.report('wrong-arity', span, () =>
        phrase('syntax.wrongArity', { at, name: 'diff', count: 2, given }),
      );
      return { kind: 'number', value: Number.NaN, text: 'diff', span };
    }
    const expr = { kind: 'diff', of: args[0]!, wrt: args[1]!, calleeSpan, span } as const;
    this.checkDiff(expr);
    return expr;
  }

  /** A call's arguments, at least one, separated by commas; `undefined` when one failed. */
  private arguments(): Expr[] | undefined {
    // Arrays made by a literal are allocated at their size; `push` on `[]` reserves more.
    const first = this.expression();
    if (first === undefined) return undefined;
    if (this.peek() !== T_COMMA) return [first];
    this.advance();
    const second = this.expression();
    if (second === undefined) return undefined;
    const args = [first, second];
    while (this.peek() === T_COMMA) {
      this.advance();
      const next = this.expression();
      if (next === undefined) return undefined;
      args.push(next);
    }
    return args;
  }

  /**
   * Consumes the `)` that closes the `(` at `openStart` and returns true, or reports what is
   * there instead and returns false.
   */
  private close(openStart: number, inCall: boolean): boolean {
    const kind = this.peek();
    if (kind === T_CLOSE) {
      this.advance();
      return true;
    }
    if (kind === T_INVALID) return false;
    const open = () => this.position(openStart);
    if (this.isEnd(kind)) {
      const end = this.lastEnd;
      this.report('missing-close-paren', { start: end, end }, () =>
        phrase('syntax.missingClose', { open: open() }),
      );
    } else {
      const key = inCall ? 'syntax.expectedCommaOrClose' : 'syntax.expectedClose';
      this.report('unexpected-token', this.spanAt(), () =>
        phrase(key, { unexpected: this.unexpected(), open: open() }),
      );
    }
    return false;
  }

  /**
   * Reports that an expression should start at the current token (the end, or a wrong token);
   * an `invalid` token is already reported.
   */
  private reportMissingExpression(kind: number): void {
    if (kind === T_INVALID) return;
    if (this.isEnd(kind)) {
      const end = this.lastEnd;
      this.report('unexpected-end', { start: end, end }, () => {
        const ending = kind === T_EOF ? 'Program' : this.textAt() === ';' ? 'Statement' : 'Line';
        const at = this.position(end);
        if (this.lastKind < 0) return phrase(`syntax.endOf${ending}`, { at });
        const after = this.text.slice(this.lastStart, this.lastEnd);
        return phrase(`syntax.endOf${ending}After`, { at, after });
      });
    } else {
      this.report('unexpected-token', this.spanAt(), () => this.unexpected());
    }
  }

  /**
   * Counts one level of nesting at the last consumed token and returns true; past the limit,
   * reports and returns false.
   */
  private enter(): boolean {
    this.depth++;
    if (this.depth <= MAX_NESTING_DEPTH) return true;
    const at = this.lastStart;
    this.report('too-deep', this.lastSpan(), () =>
      phrase('syntax.tooDeep', { at: this.position(at), limit: MAX_NESTING_DEPTH }),
    );
    return false;
  }
}

/** A name node. */
export type NameExpr = Expr & { kind: 'name' };

/** `operand` under a negation for each `-` sign starting at `signs` (the last innermost). */
function negated(operand: Expr, signs: readonly number[], end: number): Expr {
  let folded = operand;
  for (let s = signs.length - 1; s >= 0; s--) {
    folded = { kind: 'negate', operand: folded, span: { start: signs[s]!, end } };
  }
  return folded;
}
