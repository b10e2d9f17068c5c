/**
 * Regression tests for texts with very many problems (issue 10's reproducers), which once took
 * quadratic time: each diagnostic's position was found by scanning from the start of the text.
 * Time must grow about linearly: eight times the lines may take at most LINEAR_ENOUGH times as
 * long (linear work gives eight alone; quadratic 64; the small text's runs fit in caches and
 * the young generation where the large one's collect an old one, which pushed the ratio of
 * linear code to 20-30 in a full test run on a loaded machine), and a bad statement may cost no
 * more than a good one. The best of five runs is compared, so a
 * pause of the machine does not count, and a failed comparison is tried again twice.
 */
import { describe, expect, it } from 'vitest';
import { handle } from './protocol.ts';
import { MAX_DIAGNOSTICS, parseProgram } from './syntax/index.ts';

/** Eight times the lines may take at most this many times as long (quadratic: 64). */
const LINEAR_ENOUGH = 40;

/** `n` used-before-assigned pairs with distinct names. */
const usedBeforeAssigned = (n: number) =>
  Array.from({ length: n }, (_, i) => `x${i} = y${i} + 1\ny${i} = 2`).join('\n');

const REPRODUCERS = [
  { name: 'lines of $', text: (n: number) => '$\n'.repeat(n), lines: 25_000 },
  { name: 'lines of a+*b', text: (n: number) => 'a+*b\n'.repeat(n), lines: 10_000 },
  { name: 'lines of foo(x)', text: (n: number) => 'foo(x)\n'.repeat(n), lines: 10_000 },
  { name: 'used-before-assigned pairs', text: usedBeforeAssigned, lines: 5_000 },
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
    // Up to three tries: quadratic work fails every one, a busy machine (the other test files
    // run alongside) hardly ever three times running.
    const ratios: number[] = [];
    for (let attempt = 0; attempt < 3 && !(ratios.at(-1)! < LINEAR_ENOUGH); attempt++) {
      const small = bestTime(text(lines));
      const large = bestTime(text(8 * lines));
      expect(large.response).toMatchObject({ type: 'invalid', diagnosticCount: 8 * lines });
      if (large.response.type !== 'invalid') return;
      expect(large.response.diagnostics).toHaveLength(MAX_DIAGNOSTICS);
      ratios.push(large.best / small.best);
    }
    expect(
      Math.min(...ratios),
      `ratios ${ratios.map((r) => r.toFixed(1)).join(', ')}`,
    ).toBeLessThan(LINEAR_ENOUGH);
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
