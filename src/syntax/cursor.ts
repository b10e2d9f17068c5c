import type { Diagnostic, DiagnosticCode } from './diagnostics.ts';
import { Lexer, shorten, type Token } from './lexer.ts';
import { positionFormatter } from './positions.ts';
import type { Span } from './span.ts';

/** Thrown, after the problem has been reported, to abandon the rest of a statement. */
export class StopStatement {}
/** The one StopStatement that parsers throw and catch. */
export const STOP = new StopStatement();

/**
 * A parser's view of the text: tokens with lookahead, the last token consumed, and the
 * diagnostics reported so far (the lexer's included). Peeking past the end gives `eof`.
 */
export class TokenCursor {
  readonly diagnostics: Diagnostic[] = [];
  /** `line:column` of an offset, for messages. */
  readonly position: (offset: number) => string;
  private readonly lexer: Lexer;
  /** Tokens read but not consumed: `count` of them in a ring of four, from `head`. */
  private readonly lookahead: (Token | undefined)[] = [undefined, undefined, undefined, undefined];
  private head = 0;
  private count = 0;
  private last: Token | undefined;

  constructor(readonly text: string) {
    this.position = positionFormatter(text);
    this.lexer = new Lexer(text, this.diagnostics, this.position);
  }

  /** The token `ahead` places after the current one, without consuming anything. */
  peek(ahead = 0): Token {
    if (ahead > 3) throw new Error('TokenCursor: lookahead is at most 3 tokens');
    while (this.count <= ahead) {
      this.lookahead[(this.head + this.count) & 3] = this.lexer.next();
      this.count++;
    }
    return this.lookahead[(this.head + ahead) & 3]!;
  }

  /** Consumes and returns the current token. */
  advance(): Token {
    const token = this.peek();
    this.lookahead[this.head] = undefined;
    this.head = (this.head + 1) & 3;
    this.count--;
    this.last = token;
    return token;
  }

  /** The last token consumed, if any. */
  previous(): Token | undefined {
    return this.last;
  }

  /** True for the tokens that end a statement. */
  isEnd(token: Token): boolean {
    return token.kind === 'separator' || token.kind === 'eof';
  }

  /** Where the last consumed token ends (0 before the first). */
  lastEnd(): number {
    return this.last?.span.end ?? 0;
  }

  /** The span from `start` to the end of the last consumed token. */
  from(start: number): Span {
    return { start, end: this.lastEnd() };
  }

  textOf(token: Token): string {
    return this.text.slice(token.span.start, token.span.end);
  }

  /** `Unexpected 'x' at 1:3`, the start of every unexpected-token message. */
  unexpected(token: Token): string {
    return `Unexpected '${shorten(this.textOf(token))}' at ${this.position(token.span.start)}`;
  }

  report(code: DiagnosticCode, span: Span, message: string): void {
    this.diagnostics.push({ code, message, span });
  }
}
