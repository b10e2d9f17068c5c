import type { Diagnostic } from './diagnostics.ts';
import { positionFormatter } from './positions.ts';
import type { Span } from './span.ts';

/**
 * What a token is. Operators are their own kinds (`**` is a `^` token two characters long);
 * `separator` is a newline or `;`; `invalid` is a run of characters that start no token
 * (already reported); `eof` ends every token stream.
 */
export type TokenKind =
  | 'number'
  | 'name'
  | '+'
  | '-'
  | '*'
  | '/'
  | '^'
  | '('
  | ')'
  | ','
  | '='
  | 'separator'
  | 'invalid'
  | 'eof';

/** One token: its kind, where it is, and for numbers the value (`NaN` if malformed and reported). */
export interface Token {
  readonly kind: TokenKind;
  readonly span: Span;
  readonly value?: number;
}

/** Names: a letter or `_`, then letters, combining marks, decimal digits or `_`. */
const NAME = /[\p{L}_][\p{L}\p{M}\p{Nd}_]*/uy;
const VALID_NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
const SINGLE: Readonly<Record<string, TokenKind>> = {
  '+': '+',
  '-': '-',
  '/': '/',
  '^': '^',
  '(': '(',
  ')': ')',
  ',': ',',
  '=': '=',
  ';': 'separator',
  '\n': 'separator',
};

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Whitespace other than newline; ASCII is decided without the regular expression. */
const isSpace = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13 && c !== 10);
  return /^\s$/.test(ch);
};
/** ASCII letters, digits and `_`: the common characters of names, checked without a regex. */
const isAsciiNamePart = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c === 95;

/**
 * A pull lexer: `next()` returns the following token, and `eof` forever after the end.
 * Whitespace and comments (`#` or `//` to the end of the line) are skipped.
 * Problems (unexpected characters, malformed numbers) are appended to `diagnostics`;
 * lexing always continues after them.
 */
export class Lexer {
  private offset = 0;

  constructor(
    private readonly text: string,
    private readonly diagnostics: Diagnostic[],
    private readonly position: (offset: number) => string = positionFormatter(text),
  ) {}

  /** The next token; never throws. */
  next(): Token {
    const text = this.text;
    this.skipSpaceAndComments();
    const start = this.offset;
    if (start >= text.length) return { kind: 'eof', span: { start, end: start } };
    const ch = text[start]!;
    const code = text.charCodeAt(start);
    if (isDigit(code) || (ch === '.' && isDigit(text.charCodeAt(start + 1)))) {
      return this.number(start);
    }
    if (ch === '*') {
      const end = text[start + 1] === '*' ? start + 2 : start + 1;
      return this.token(end === start + 2 ? '^' : '*', start, end);
    }
    const single = SINGLE[ch];
    if (single !== undefined) return this.token(single, start, start + 1);
    const nameEnd = this.nameEndAt(start);
    if (nameEnd > start) return this.token('name', start, nameEnd);
    return this.invalid(start);
  }

  private token(kind: TokenKind, start: number, end: number): Token {
    this.offset = end;
    return { kind, span: { start, end } };
  }

  private nameEndAt(start: number): number {
    const text = this.text;
    // Fast path: an ASCII name followed by an ASCII character (or the end) needs no regex.
    const first = text.charCodeAt(start);
    if (first < 128 && (isDigit(first) || !isAsciiNamePart(first))) return start;
    if (first < 128) {
      let end = start + 1;
      while (end < text.length && isAsciiNamePart(text.charCodeAt(end))) end++;
      if (end >= text.length || text.charCodeAt(end) < 128) return end;
    }
    NAME.lastIndex = start;
    return NAME.exec(text) === null ? start : NAME.lastIndex;
  }

  private skipSpaceAndComments(): void {
    const text = this.text;
    while (this.offset < text.length) {
      const ch = text[this.offset]!;
      if (ch === '#' || (ch === '/' && text[this.offset + 1] === '/')) {
        const newline = text.indexOf('\n', this.offset);
        this.offset = newline === -1 ? text.length : newline;
      } else if (isSpace(ch)) {
        this.offset++;
      } else {
        return;
      }
    }
  }

  /**
   * A number: 1. digits and dots; 2. an exponent `e`, `e+` or `e-` with its digits, or a bare
   * `e` when no name follows it directly (so `1e` and `1e+b` report the malformed `1e`, while
   * `2ex` is `2` then the name `ex`); 3. validate, reporting malformed numbers like `1.2.3`.
   */
  private number(start: number): Token {
    const text = this.text;
    let end = start;
    while (end < text.length && (isDigit(text.charCodeAt(end)) || text[end] === '.')) end++;
    if (text[end] === 'e' || text[end] === 'E') {
      const sign = text[end + 1] === '+' || text[end + 1] === '-' ? 1 : 0;
      if (isDigit(text.charCodeAt(end + 1 + sign))) {
        end += 1 + sign;
        while (isDigit(text.charCodeAt(end))) end++;
      } else if (this.nameEndAt(end + 1) === end + 1) {
        end += 1;
      }
    }
    this.offset = end;
    const raw = text.slice(start, end);
    if (VALID_NUMBER.test(raw)) return { kind: 'number', span: { start, end }, value: Number(raw) };
    const where = `Invalid number '${shorten(raw)}' at ${this.position(start)}`;
    const dots = raw.split('.').length - 1;
    const reason =
      dots > 1
        ? 'a number has at most one decimal point'
        : `expected digits after '${raw.replace(/^[\d.]*/, '')}'`;
    this.diagnostics.push({
      code: 'invalid-number',
      message: `${where}; ${reason}`,
      span: { start, end },
    });
    return { kind: 'number', span: { start, end }, value: Number.NaN };
  }

  /** A run of characters that start no token, reported once as a whole. */
  private invalid(start: number): Token {
    const text = this.text;
    let end = start;
    let count = 0;
    do {
      end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
      count++;
    } while (end < text.length && this.startsNothing(end));
    this.offset = end;
    const shown = showCharacters(text.slice(start, end));
    const noun = count === 1 ? 'character' : 'characters';
    this.diagnostics.push({
      code: 'unexpected-character',
      message: `Unexpected ${noun} ${shown} at ${this.position(start)}`,
      span: { start, end },
    });
    return { kind: 'invalid', span: { start, end } };
  }

  private startsNothing(offset: number): boolean {
    const text = this.text;
    const ch = text[offset]!;
    if (isSpace(ch) || ch === '*' || ch === '#' || SINGLE[ch] !== undefined) return false;
    if (isDigit(text.charCodeAt(offset))) return false;
    if (ch === '.' && isDigit(text.charCodeAt(offset + 1))) return false;
    return this.nameEndAt(offset) === offset;
  }
}

/** Every token of `text` up to and including `eof`, and the problems found on the way. */
export function tokenize(text: string): { tokens: Token[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const lexer = new Lexer(text, diagnostics);
  const tokens: Token[] = [];
  for (;;) {
    const token = lexer.next();
    tokens.push(token);
    if (token.kind === 'eof') return { tokens, diagnostics };
  }
}

/** At most `limit` code points of `s`, with `…` when cut. */
export function shorten(s: string, limit = 20): string {
  const points = Array.from(s.slice(0, limit * 2 + 2));
  return points.length > limit ? `${points.slice(0, limit).join('')}…` : s;
}

/** Characters quoted for a message; invisible or control characters become `U+XXXX`. */
function showCharacters(s: string): string {
  const points = Array.from(shorten(s));
  if (points.length === 1 && !PRINTABLE.test(points[0]!)) return codePointName(points[0]!);
  const shown = points.map((p) => (PRINTABLE.test(p) ? p : codePointName(p)));
  return `'${shown.join('')}'`;
}

function codePointName(ch: string): string {
  const hex = (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return `U+${hex}`;
}
