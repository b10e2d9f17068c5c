import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from './lexer.ts';
import { lineColumnFinder, positionFormatter } from './positions.ts';
import { formatPosition, lineColumnAt } from './span.ts';

/** Tokens of `text` as `kind:source`, without the final eof. */
function lex(text: string): string[] {
  const { tokens } = tokenize(text);
  expect(tokens.at(-1)?.kind).toBe('eof');
  return tokens.slice(0, -1).map((t) => `${t.kind}:${text.slice(t.span.start, t.span.end)}`);
}

describe('tokenize', () => {
  it('reads numbers in every documented form, with their values', () => {
    const { tokens, diagnostics } = tokenize('12 1.5 .5 1e-3 2.5E+4 7.');
    expect(diagnostics).toEqual([]);
    expect(tokens.map((t) => t.value)).toEqual([12, 1.5, 0.5, 0.001, 25000, 7, undefined]);
  });

  it('reads names with letters of any script, digits and underscores', () => {
    expect(lex('α θ1 _x x_2 𝑥 café')).toEqual([
      'name:α',
      'name:θ1',
      'name:_x',
      'name:x_2',
      'name:𝑥',
      'name:café',
    ]);
  });

  it('reads operators, with ** as one ^ token', () => {
    expect(lex('a**b^c*d/e+f-g(,)=')).toEqual([
      'name:a',
      '^:**',
      'name:b',
      '^:^',
      'name:c',
      '*:*',
      'name:d',
      '/:/',
      'name:e',
      '+:+',
      'name:f',
      '-:-',
      'name:g',
      '(:(',
      ',:,',
      '):)',
      '=:=',
    ]);
  });

  it('makes newlines and ; separators and skips comments and other white space', () => {
    expect(lex('a # c1\r\n\tb // c2 ; not a separator\n;c\u00a0/ d')).toEqual([
      'name:a',
      'separator:\n',
      'name:b',
      'separator:\n',
      'separator:;',
      'name:c',
      '/:/',
      'name:d',
    ]);
  });

  it('stops a number before a name that follows it directly', () => {
    expect(lex('2x 2ex 3e2e')).toEqual([
      'number:2',
      'name:x',
      'number:2',
      'name:ex',
      'number:3e2',
      'name:e',
    ]);
  });

  it('reports malformed numbers and still returns a NaN number token', () => {
    const { tokens, diagnostics } = tokenize('1..2 + 3e');
    expect(tokens.map((t) => t.kind)).toEqual(['number', '+', 'number', 'eof']);
    expect(tokens[0]?.value).toBeNaN();
    expect(diagnostics.map((d) => [d.code, d.span.start, d.span.end])).toEqual([
      ['invalid-number', 0, 4],
      ['invalid-number', 7, 9],
    ]);
  });

  it('reports each run of unexpected characters once and goes on', () => {
    const { tokens, diagnostics } = tokenize('a $$ b @\n😀 c');
    expect(tokens.map((t) => t.kind)).toEqual([
      'name',
      'invalid',
      'name',
      'invalid',
      'separator',
      'invalid',
      'name',
      'eof',
    ]);
    expect(diagnostics.map((d) => d.message)).toEqual([
      "Unexpected characters '$$' at 1:3",
      "Unexpected character '@' at 1:8",
      "Unexpected character '😀' at 2:1",
    ]);
  });

  it('names invisible characters by code point', () => {
    expect(tokenize('\u0007').diagnostics[0]?.message).toBe('Unexpected character U+0007 at 1:1');
    expect(tokenize('\ud800').diagnostics[0]?.message).toBe('Unexpected character U+D800 at 1:1');
  });

  it('shortens long runs in messages', () => {
    const { diagnostics } = tokenize('$'.repeat(1000));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.message).toBe(`Unexpected characters '${'$'.repeat(20)}…' at 1:1`);
  });

  it('covers the text with tokens that never overlap, on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        let previousEnd = 0;
        for (const { span } of tokenize(text).tokens) {
          expect(span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(span.end).toBeGreaterThanOrEqual(span.start);
          previousEnd = span.end;
        }
        expect(previousEnd).toBe(text.length);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('positionFormatter', () => {
  it('agrees with formatPosition at every offset', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '\n', '\r', 'θ', '😀'), maxLength: 50 });
    fc.assert(
      fc.property(text, fc.integer({ min: -2, max: 55 }), (t, offset) => {
        expect(positionFormatter(t)(offset)).toBe(formatPosition(t, offset));
      }),
      { numRuns: 1000 },
    );
  });

  it('lineColumnFinder agrees with lineColumnAt for many offsets asked in any order', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '\n', '\n\n', 'θ'), maxLength: 50 });
    const offsets = fc.array(fc.integer({ min: -2, max: 80 }), { maxLength: 20 });
    fc.assert(
      fc.property(text, offsets, (t, asked) => {
        const find = lineColumnFinder(t);
        for (const offset of asked) expect(find(offset)).toEqual(lineColumnAt(t, offset));
      }),
      { numRuns: 1000 },
    );
  });
});
