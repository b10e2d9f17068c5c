import { type Phrase, phrase } from '../phrases/index.ts';
import { DiagnosticCollector } from './collector.ts';
import { type DiagnosticCode, diagnostic } from './diagnostics.ts';
import { Lexer, shorten, T_EOF, T_SEPARATOR } from './lexer.ts';
import { positionFormatter } from './positions.ts';
import type { Span } from './span.ts';

/**
 * A parser's view of the text: tokens with lookahead, the last token consumed, and the
 * diagnostics reported so far (the lexer's included). Peeking past the end gives `eof`.
 * Tokens are not objects: a token is its kind (a `T_` constant of lexer.ts), read with `peek`,
 * and its span, value or interned name id, read with `startAt`, `endAt`, `valueAt`, `nameIdAt`
 * before it is consumed and with `lastStart`, `lastEnd`, `lastValue`, `lastNameId` after.
 */
export class TokenCursor {
  /** Problems found so far, the lexer's included: the first ones in full, all counted. */
  readonly problems = new DiagnosticCollector();
  /** `line:column` of an offset, for messages. */
  readonly position: (offset: number) => string;
  /** Distinct names by interned id (see `Lexer.names`). */
  readonly names: string[];
  /** The last token consumed: its kind (-1 before the first), span, value and name id. */
  lastKind = -1;
  lastStart = 0;
  /** Where the last consumed token ends (0 before the first). */
  lastEnd = 0;
  lastValue = 0;
  lastNameId = -1;
  private readonly lexer: Lexer;
  /** Tokens read but not consumed: `count` of them in a ring of four, from `head`. */
  private readonly kinds = new Int32Array(4);
  private readonly starts = new Int32Array(4);
  private readonly ends = new Int32Array(4);
  private readonly ids = new Int32Array(4);
  private readonly values = new Float64Array(4);
  private head = 0;
  private count = 0;

  constructor(readonly text: string) {
    this.position = positionFormatter(text);
    this.lexer = new Lexer(text, this.problems, this.position);
    this.names = this.lexer.names;
  }

  /** The kind of the token `ahead` places after the current one, without consuming anything. */
  peek(ahead = 0): number {
    if (ahead >= this.count) this.fill(ahead);
    return this.kinds[(this.head + ahead) & 3]!;
  }

  /** Where the token `ahead` places after the current one starts. */
  startAt(ahead = 0): number {
    if (ahead >= this.count) this.fill(ahead);
    return this.starts[(this.head + ahead) & 3]!;
  }

  endAt(ahead = 0): number {
    if (ahead >= this.count) this.fill(ahead);
    return this.ends[(this.head + ahead) & 3]!;
  }

  /** The value of a number token `ahead` places after the current one. */
  valueAt(ahead = 0): number {
    if (ahead >= this.count) this.fill(ahead);
    return this.values[(this.head + ahead) & 3]!;
  }

  private fill(ahead: number): void {
    if (ahead > 3) throw new Error('TokenCursor: lookahead is at most 3 tokens');
    const lexer = this.lexer;
    while (this.count <= ahead) {
      const slot = (this.head + this.count) & 3;
      this.kinds[slot] = lexer.scan();
      this.starts[slot] = lexer.start;
      this.ends[slot] = lexer.end;
      this.values[slot] = lexer.value;
      this.ids[slot] = lexer.nameId;
      this.count++;
    }
  }

  /** Consumes the current token and returns its kind. */
  advance(): number {
    if (this.count === 0) this.fill(0);
    const head = this.head;
    this.head = (head + 1) & 3;
    this.count--;
    this.lastStart = this.starts[head]!;
    this.lastEnd = this.ends[head]!;
    this.lastValue = this.values[head]!;
    this.lastNameId = this.ids[head]!;
    this.lastKind = this.kinds[head]!;
    return this.lastKind;
  }

  /** True for the kinds of the tokens that end a statement. */
  isEnd(kind: number): boolean {
    return kind === T_SEPARATOR || kind === T_EOF;
  }

  /** The span of the last consumed token. */
  lastSpan(): Span {
    return { start: this.lastStart, end: this.lastEnd };
  }

  /** The span from `start` to the end of the last consumed token. */
  from(start: number): Span {
    return { start, end: this.lastEnd };
  }

  /** The span of the current token. */
  spanAt(ahead = 0): Span {
    return { start: this.startAt(ahead), end: this.endAt(ahead) };
  }

  /** The source text of the current token. */
  textAt(ahead = 0): string {
    return this.text.slice(this.startAt(ahead), this.endAt(ahead));
  }

  /** `Unexpected 'x' at 1:3` for the current token, the start of every unexpected-token message. */
  unexpected(): Phrase {
    return phrase('syntax.unexpected', {
      token: shorten(this.textAt()),
      at: this.position(this.startAt()),
    });
  }

  /**
   * Reports a problem at `span`. The message is made by `describe` only when the diagnostic is
   * kept (see DiagnosticCollector), so that a flood of errors costs no string building.
   */
  report(code: DiagnosticCode, span: Span, describe: () => Phrase): void {
    if (this.problems.admit(span.start)) this.problems.add(diagnostic(code, span, describe()));
  }
}
