/**
 * Regression tests for texts with very many problems (issue 10's reproducers), which once took
 * quadratic time: each diagnostic's position was found by scanning from the start of the text.
 * Time must grow about linearly: four times the lines may take at most ten times as long
 * (linear work gives four, quadratic sixteen), and a bad statement may cost no more than a
 * good one. The best of five runs is compared, so a pause of the machine does not count.
 */
import { describe, expect, it } from 'vitest';
import { handle } from './protocol.ts';
import { MAX_DIAGNOSTICS, parseProgram } from './syntax/index.ts';

/** `n` used-before-assigned pairs with distinct names. */
const usedBeforeAssigned = (n: number) =>
  Array.from({ length: n }, (_, i) => `x${i} = y${i} + 1\ny${i} = 2`).join('\n');

const REPRODUCERS = [
  { name: 'lines of $', text: (n: number) => '$\n'.repeat(n), lines: 25_000 },
  { name: 'lines of a+*b', text: (n: number) => 'a+*b\n'.repeat(n), lines: 10_000 },
  { name: 'lines of foo(x)', text: (n: number) => 'foo(x)\n'.repeat(n), lines: 10_000 },
  { name: 'used-before-assigned pairs', text: usedBeforeAssigned, lines: 10_000 },
] as const;

/** The best of five times of `handle` on `source`, and its last answer. */
function bestTime(source: string) {
  let best = Number.POSITIVE_INFINITY;
  let response = handle({ type: 'analyze', id: 0, source });
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    response = handle({ type: 'analyze', id: run, source });
    best = Math.min(best, performance.now() - start);
  }
  return { best, response };
}

/** The best of five times of `parseProgram` on `text`. */
function bestParseTime(text: string): number {
  parseProgram(text);
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    parseProgram(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** `line` repeated to 200,000 characters or just under. */
const repeatedTo200k = (line: string) => line.repeat(Math.floor(200_000 / line.length));

describe('texts with very many problems', () => {
  it.each(REPRODUCERS)('$name: time grows linearly with their number', ({ text, lines }) => {
    const small = bestTime(text(lines));
    const large = bestTime(text(4 * lines));
    expect(large.response).toMatchObject({ type: 'invalid', diagnosticCount: 4 * lines });
    if (large.response.type !== 'invalid') return;
    expect(large.response.diagnostics).toHaveLength(MAX_DIAGNOSTICS);
    expect(large.best / small.best).toBeLessThan(10);
  });

  // Recovery once threw and caught an exception per bad statement: these texts took 2.5 to 9
  // times as long to parse as a valid program of the same length; now about half as long.
  it('lines of one bad statement parse in at most 1.5 times a valid program of the same length', () => {
    const reference = bestParseTime(repeatedTo200k('a+b*c\n'));
    for (const line of ['$\n', 'a+*b\n', '(\n', 'a=\n', ')\n']) {
      expect(bestParseTime(repeatedTo200k(line)) / reference, line).toBeLessThan(1.5);
    }
  });

  it('the first problems are sent in full, in order, with their positions', () => {
    const response = handle({ type: 'analyze', id: 1, source: usedBeforeAssigned(20_000) });
    if (response.type !== 'invalid') throw new Error(response.type);
    expect(response.diagnosticCount).toBe(20_000);
    expect(response.diagnostics[99]).toMatchObject({
      code: 'used-before-assigned',
      message: "'y99' is used at 199:7 before it is assigned at 200:1",
      line: 199,
      column: 7,
    });
  });
});
