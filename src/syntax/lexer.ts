import { phrase } from '../phrases/index.ts';
import { DiagnosticCollector } from './collector.ts';
import { type Diagnostic, diagnostic } from './diagnostics.ts';
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

/**
 * Token kinds as small integers, for the parser's cursor: `TOKEN_KINDS[kind]` is the `TokenKind`.
 * The order is that of `TokenKind`.
 */
export const T_NUMBER = 0;
export const T_NAME = 1;
export const T_PLUS = 2;
export const T_MINUS = 3;
export const T_STAR = 4;
export const T_SLASH = 5;
export const T_CARET = 6;
export const T_OPEN = 7;
export const T_CLOSE = 8;
export const T_COMMA = 9;
export const T_EQUALS = 10;
export const T_SEPARATOR = 11;
export const T_INVALID = 12;
export const T_EOF = 13;
export const TOKEN_KINDS: readonly TokenKind[] = [
  'number',
  'name',
  '+',
  '-',
  '*',
  '/',
  '^',
  '(',
  ')',
  ',',
  '=',
  'separator',
  'invalid',
  'eof',
];

/** The kind of each ASCII character in SINGLE, -1 for the others. */
const SINGLE_CODES = (() => {
  const codes = new Int8Array(128).fill(-1);
  for (const [ch, kind] of Object.entries(SINGLE)) {
    codes[ch.charCodeAt(0)] = TOKEN_KINDS.indexOf(kind);
  }
  return codes;
})();

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
/** One step of the FNV-1a hash of a name's UTF-16 code units. */
const mix = (hash: number, c: number): number => Math.imul(hash ^ c, 0x01000193);
const FNV_OFFSET = 0x811c9dc5 | 0;

/**
 * A pull lexer: `scan()` reads the following token into `kind`-returning form (`start`, `end`,
 * and `value` for numbers, `nameId` for names), `next()` returns it as a `Token`; both give
 * `eof` forever after the end. Whitespace and comments (`#` or `//` to the end of the line) are
 * skipped. Problems (unexpected characters, malformed numbers) are reported to `problems`;
 * lexing always continues after them. Names are interned: every occurrence of the same name
 * gets the same `nameId`, and `names[nameId]` is its text (one string per distinct name).
 */
export class Lexer {
  /** The last token scanned: its span, its value if a number, its interned id if a name. */
  start = 0;
  end = 0;
  value = 0;
  nameId = -1;
  /** Distinct names in order of first appearance; a name's id is its index. */
  readonly names: string[] = [];
  private offset = 0;
  private nameHashes = new Int32Array(256);
  /** Open addressing: name id + 1 per cell, 0 when empty; the length is a power of two. */
  private nameTable = new Int32Array(512);

  constructor(
    private readonly text: string,
    private readonly problems: DiagnosticCollector,
    private readonly position: (offset: number) => string = positionFormatter(text),
  ) {}

  /** The next token; never throws. */
  next(): Token {
    const kind = this.scan();
    const span = { start: this.start, end: this.end };
    if (kind === T_NUMBER) return { kind: 'number', span, value: this.value };
    return { kind: TOKEN_KINDS[kind]!, span };
  }

  /** Reads the next token and returns its kind (one of the `T_` constants); never throws. */
  scan(): number {
    const text = this.text;
    const length = text.length;
    let offset = this.offset;
    // Skip whitespace and comments.
    for (;;) {
      if (offset >= length) {
        this.offset = offset;
        this.start = offset;
        this.end = offset;
        return T_EOF;
      }
      const c = text.charCodeAt(offset);
      if (c === 32 || (c >= 9 && c <= 13 && c !== 10)) offset++;
      else if (c === 35 || (c === 47 && text.charCodeAt(offset + 1) === 47)) {
        const newline = text.indexOf('\n', offset);
        offset = newline === -1 ? length : newline;
      } else if (c >= 128 && isSpace(text[offset]!)) offset++;
      else break;
    }
    const start = offset;
    this.start = start;
    const first = text.charCodeAt(start);
    if (first < 128) {
      const single = SINGLE_CODES[first]!;
      if (single >= 0) return this.token(single, start + 1);
      if (first === 42) {
        return text.charCodeAt(start + 1) === 42
          ? this.token(T_CARET, start + 2)
          : this.token(T_STAR, start + 1);
      }
      if (isDigit(first) || (first === 46 && isDigit(text.charCodeAt(start + 1)))) {
        return this.number(start);
      }
      if (isAsciiNamePart(first)) {
        // Fast path: an ASCII name followed by an ASCII character (or the end) needs no regex.
        let hash = mix(FNV_OFFSET, first);
        let end = start + 1;
        let c = text.charCodeAt(end);
        while (end < length && isAsciiNamePart(c)) {
          hash = mix(hash, c);
          c = text.charCodeAt(++end);
        }
        if (end >= length || c < 128) return this.name(start, end, hash);
      }
    }
    const nameEnd = this.nameEndAt(start);
    if (nameEnd > start) {
      let hash = FNV_OFFSET;
      for (let i = start; i < nameEnd; i++) hash = mix(hash, text.charCodeAt(i));
      return this.name(start, nameEnd, hash);
    }
    return this.invalid(start);
  }

  private token(kind: number, end: number): number {
    this.offset = end;
    this.end = end;
    return kind;
  }

  /** A name token: finds or adds its interned id. */
  private name(start: number, end: number, hash: number): number {
    this.offset = end;
    this.end = end;
    const text = this.text;
    const table = this.nameTable;
    const mask = table.length - 1;
    const length = end - start;
    let cell = hash & mask;
    for (let found = table[cell]!; found !== 0; found = table[cell]!) {
      const id = found - 1;
      if (this.nameHashes[id] === hash) {
        const candidate = this.names[id]!;
        let same = candidate.length === length;
        for (let i = 0; same && i < length; i++) {
          same = candidate.charCodeAt(i) === text.charCodeAt(start + i);
        }
        if (same) {
          this.nameId = id;
          return T_NAME;
        }
      }
      cell = (cell + 1) & mask;
    }
    const id = this.names.length;
    this.names.push(text.slice(start, end));
    if (id >= this.nameHashes.length) {
      const hashes = new Int32Array(2 * id);
      hashes.set(this.nameHashes);
      this.nameHashes = hashes;
    }
    this.nameHashes[id] = hash;
    table[cell] = id + 1;
    if (2 * this.names.length > table.length) this.growNameTable();
    this.nameId = id;
    return T_NAME;
  }

  private growNameTable(): void {
    const table = new Int32Array(2 * this.nameTable.length);
    const mask = table.length - 1;
    for (let id = 0; id < this.names.length; id++) {
      let cell = this.nameHashes[id]! & mask;
      while (table[cell] !== 0) cell = (cell + 1) & mask;
      table[cell] = id + 1;
    }
    this.nameTable = table;
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

  /**
   * A number: 1. digits and dots; 2. an exponent `e`, `e+` or `e-` with its digits, or a bare
   * `e` when no name follows it directly (so `1e` and `1e+b` report the malformed `1e`, while
   * `2ex` is `2` then the name `ex`); 3. validate, reporting malformed numbers like `1.2.3`.
   */
  private number(start: number): number {
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
    this.end = end;
    const raw = text.slice(start, end);
    if (VALID_NUMBER.test(raw)) {
      this.value = Number(raw);
      return T_NUMBER;
    }
    this.value = Number.NaN;
    if (!this.problems.admit(start)) return T_NUMBER;
    const number = shorten(raw);
    const at = this.position(start);
    const dots = raw.split('.').length - 1;
    const reason =
      dots > 1
        ? phrase('syntax.invalidNumberDots', { number, at })
        : phrase('syntax.invalidNumberDigits', { number, at, after: raw.replace(/^[\d.]*/, '') });
    this.problems.add(diagnostic('invalid-number', { start, end }, reason));
    return T_NUMBER;
  }

  /** A run of characters that start no token, reported once as a whole. */
  private invalid(start: number): number {
    const text = this.text;
    let end = start;
    let count = 0;
    do {
      end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
      count++;
    } while (end < text.length && this.startsNothing(end));
    this.offset = end;
    this.end = end;
    if (!this.problems.admit(start)) return T_INVALID;
    const shown = showCharacters(text.slice(start, end));
    const unexpected = phrase('syntax.unexpectedCharacter', {
      count,
      shown,
      at: this.position(start),
    });
    this.problems.add(diagnostic('unexpected-character', { start, end }, unexpected));
    return T_INVALID;
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
  const problems = new DiagnosticCollector(Number.POSITIVE_INFINITY);
  const lexer = new Lexer(text, problems);
  const tokens: Token[] = [];
  for (;;) {
    const token = lexer.next();
    tokens.push(token);
    if (token.kind === 'eof') return { tokens, diagnostics: problems.sorted() };
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
