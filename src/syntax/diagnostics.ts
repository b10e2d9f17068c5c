import { type Phrase, sayEnglish } from '../phrases/index.ts';
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
  | 'empty-program'
  | 'empty-output'
  | 'duplicate-output'
  | 'misplaced-outputs'
  | 'diff-not-defined'
  | 'diff-not-input'
  | 'diff-too-deep';

/** A secondary place a diagnostic refers to, e.g. the first definition of a redefined name. */
export interface RelatedSpan {
  readonly message: string;
  /** The message as a phrase, for the page to say in the reader's language. */
  readonly phrase: Phrase;
  readonly span: Span;
}

/** One problem in the program: a code, a sentence for the user, and where it is. */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  /** A sentence for the user; positions in it are `line:column`, 1-based. */
  readonly message: string;
  /** `message` as a phrase (its English text is `message`), for the page to translate. */
  readonly phrase: Phrase;
  readonly span: Span;
  readonly related?: readonly RelatedSpan[];
}

/** A diagnostic whose message is `phrase` said in English. */
export function diagnostic(
  code: DiagnosticCode,
  span: Span,
  phrase: Phrase,
  related?: readonly { readonly phrase: Phrase; readonly span: Span }[],
): Diagnostic {
  const message = sayEnglish(phrase);
  if (!related) return { code, message, phrase, span };
  return {
    code,
    message,
    phrase,
    span,
    related: related.map((r) => ({
      message: sayEnglish(r.phrase),
      phrase: r.phrase,
      span: r.span,
    })),
  };
}
