import { describe, expect, it } from 'vitest';
import { MAX_DIFF_ORDER, parseProgram } from './index.ts';

/** The one diagnostic of `source`: its code, its span's text, and its message. */
function only(source: string) {
  const { diagnostics } = parseProgram(source);
  expect(diagnostics, source).toHaveLength(1);
  const d = diagnostics[0]!;
  return { code: d.code, text: source.slice(d.span.start, d.span.end), message: d.message };
}

describe('parseProgram(diff)', () => {
  it('accepts diff of a defined name by an input, and of a diff, also by an implicit input', () => {
    for (const source of [
      'x = 1.5; y = x^3; dy = diff(y, x); d2y = diff(dy, x); d2y',
      'y = x^3; diff(diff(y, x), x)',
      'x = 2; y = x; diff(x, x)',
      'y = a * b; g = diff(y, a) + diff(y, b); diff(g, a)',
    ])
      expect(parseProgram(source).diagnostics, source).toEqual([]);
  });

  it.each([
    [
      'z2 = 3 * w; y = x^3; diff(y, z2)',
      'diff-not-input',
      'z2',
      'which is not an input: it is assigned an expression at 1:1',
    ],
    [
      'x = 1; y = x*2; diff(y, y)',
      'diff-not-input',
      'y',
      "diff at 1:17 differentiates with respect to 'y'",
    ],
    [
      'y = x*x; diff(y, 2)',
      'diff-not-input',
      '2',
      'The second argument of diff at 1:10 must be the name of an input',
    ],
    [
      'diff(y, x); y = 2',
      'diff-not-defined',
      'y',
      "differentiates 'y', which is not defined before this statement",
    ],
    ['y = diff(y, x)', 'diff-not-defined', 'y', "diff at 1:5 differentiates 'y'"],
    [
      'y = x; diff(x + 1, x)',
      'diff-not-defined',
      'x + 1',
      'must be a name defined before this statement',
    ],
    ['diff(y)', 'wrong-arity', 'diff(y)', 'diff takes 2 arguments, got 1'],
  ])('%s: %s at %s', (source, code, text, message) => {
    const d = only(source);
    expect(d.code).toBe(code);
    expect(d.text).toBe(text);
    expect(d.message).toContain(message);
  });

  it(`refuses a derivative of order ${MAX_DIFF_ORDER + 1}, at its first argument, by names or nested`, () => {
    const chain = ['y = sin(x)', 'd1 = diff(y, x)'];
    for (let k = 2; k <= MAX_DIFF_ORDER; k++) chain.push(`d${k} = 2 * diff(d${k - 1}, x)`);
    expect(parseProgram(chain.join('\n')).diagnostics).toEqual([]);
    chain.push(`too = diff(d${MAX_DIFF_ORDER}, x)`);
    const d = only(chain.join('\n'));
    expect(d.code).toBe('diff-too-deep');
    expect(d.text).toBe(`d${MAX_DIFF_ORDER}`);
    expect(d.message).toContain(`order ${MAX_DIFF_ORDER + 1}`);
    const nested = `y = x^2; ${'diff('.repeat(MAX_DIFF_ORDER + 1)}y${', x)'.repeat(MAX_DIFF_ORDER + 1)}`;
    expect(only(nested).code).toBe('diff-too-deep');
  });
});
