import type { Span } from './span.ts';

/** Binary operators as written; `**` is parsed as `^`. */
export type BinaryOperator = '+' | '-' | '*' | '/' | '^';

/** An expression; every node carries the span of the text it was parsed from. */
export type Expr =
  | { readonly kind: 'number'; readonly value: number; readonly text: string; readonly span: Span }
  | { readonly kind: 'name'; readonly name: string; readonly span: Span }
  | { readonly kind: 'negate'; readonly operand: Expr; readonly span: Span }
  | {
      readonly kind: 'binary';
      readonly operator: BinaryOperator;
      readonly left: Expr;
      readonly right: Expr;
      /** Span of the operator token, for messages that point at it. */
      readonly operatorSpan: Span;
      readonly span: Span;
    }
  | {
      readonly kind: 'call';
      /** A function name from the op table (already checked by the parser). */
      readonly callee: string;
      readonly calleeSpan: Span;
      readonly args: readonly Expr[];
      readonly span: Span;
    }
  | {
      /**
       * `diff(of, wrt)`: ∂of/∂wrt, built symbol-to-symbol. The parser has checked that `of` is a
       * name assigned before its statement or a `diff`, and that `wrt` is an input's name.
       */
      readonly kind: 'diff';
      readonly of: Expr;
      readonly wrt: Expr;
      readonly calleeSpan: Span;
      readonly span: Span;
    };

/**
 * A statement. `name = 3.5` (an optionally signed number literal) declares an input;
 * `name = expr` names a node; a bare `expr` is unnamed.
 */
export type Statement =
  | {
      readonly kind: 'input';
      readonly name: string;
      readonly nameSpan: Span;
      readonly value: number;
      readonly span: Span;
    }
  | {
      readonly kind: 'assign';
      readonly name: string;
      readonly nameSpan: Span;
      readonly expr: Expr;
      readonly span: Span;
    }
  | { readonly kind: 'expr'; readonly expr: Expr; readonly span: Span }
  | {
      readonly kind: 'outputs';
      /** The items of a last line that lists several outputs (`u, v`), in order; two or more. */
      readonly items: readonly OutputItem[];
      readonly span: Span;
    };

/** One item of a list of outputs: its expression and its text as written (shortened). */
export interface OutputItem {
  readonly expr: Expr;
  readonly text: string;
}

/**
 * A parsed program: its statements in source order. Only the last may be `outputs` (the
 * parser reports a list of outputs anywhere else).
 */
export interface Program {
  readonly statements: readonly Statement[];
}
