import type { Span } from './span.ts';

/** Every kind of problem a program can have; tests and the UI match on these codes. */
export type DiagnosticCode =
  | 'unexpected-character'
  | 'unexpected-token'
  | 'unexpected-end'
  | 'missing-close-paren'
  | 'unknown-function'
  | 'wrong-arity'
  | 'redefined-name'
  | 'used-before-assigned'
  | 'invalid-number'
  | 'too-deep'
  | 'too-large'
  | 'reserved-name'
  | 'empty-program';

/** A secondary place a diagnostic refers to, e.g. the first definition of a redefined name. */
export interface RelatedSpan {
  readonly message: string;
  readonly span: Span;
}

/** One problem in the program: a code, a sentence for the user, and where it is. */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  /** A sentence for the user; positions in it are `line:column`, 1-based. */
  readonly message: string;
  readonly span: Span;
  readonly related?: readonly RelatedSpan[];
}
