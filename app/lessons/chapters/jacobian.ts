import type { Analysis } from '../../../src/index.ts';
import { nodeValue } from '../read.ts';
import { fmt } from '../readMore.ts';
import type { Chapter } from '../types.ts';
import { MANY_OUTPUTS, TWO_OUTPUTS } from './programs.ts';

// Chapter 8 (DOMAIN.md §8): two outputs u = x·y and v = x + sin(y) at x = 2, y = 0; forward mode
// fills the Jacobian a column per pass, reverse mode a row per pass; then which to use, on a
// program with 3 inputs and 6 outputs. The numbers are the analysis's Jacobian.
// Traces (sin(y) is t1): forward from x: 1 seed, 2 x → u, 3 x → v; from y: 1 seed, 2 y → u,
// 3 y → t1, 4 t1 → v. Reverse from u: 1 seed, 2 x, 3 y; from v: 1 seed, 2 x, 3 t1, 4 y.

/** ∂output/∂input from the analysis's Jacobian; NaN when there is none or no such entry. */
function entryNumber(analysis: Analysis, output: string, input: string): number {
  const j = analysis.jacobian;
  const row = j?.rows.indexOf(output) ?? -1;
  const column = j?.columns.indexOf(input) ?? -1;
  return (row >= 0 && column >= 0 ? j?.values[row]?.[column] : undefined) ?? Number.NaN;
}

/** The same, formatted; `?` when absent. */
const entryOf = (analysis: Analysis, output: string, input: string) => {
  const entry = entryNumber(analysis, output, input);
  return Number.isNaN(entry) ? '?' : fmt(entry);
};

export const jacobianChapter: Chapter = {
  id: 'jacobian',
  title: 'c8.title',
  summary: 'c8.summary',
  steps: [
    {
      source: TWO_OUTPUTS,
      mode: 'values',
      step: 'end',
      text: 'c8.s1',
      values: (a) => ({
        u: nodeValue(a, 'u'),
        v: nodeValue(a, 'v'),
        x: nodeValue(a, 'x'),
        y: nodeValue(a, 'y'),
        m: a.jacobian?.rows.length ?? '?',
        n: a.jacobian?.columns.length ?? '?',
      }),
    },
    {
      mode: 'forward',
      forwardFrom: 'x',
      step: 'end',
      highlight: ['x', 'u', 'v'],
      text: 'c8.s2',
      values: (a) => ({ dudx: entryOf(a, 'u', 'x'), dvdx: entryOf(a, 'v', 'x') }),
    },
    {
      mode: 'forward',
      forwardFrom: 'y',
      step: 1,
      highlight: ['y', 't1', 'u', 'v'],
      text: 'c8.s3',
      predict: { question: 'c8.q3', answer: (a) => entryNumber(a, 'u', 'y'), revealStep: 'end' },
    },
    {
      mode: 'reverse',
      reverseFrom: 'u',
      step: 'end',
      highlight: ['x', 'y', 'u'],
      text: 'c8.s4',
      values: (a) => ({ dudx: entryOf(a, 'u', 'x'), dudy: entryOf(a, 'u', 'y') }),
    },
    {
      mode: 'reverse',
      reverseFrom: 'v',
      step: 1,
      highlight: ['x', 'y', 't1', 'v'],
      text: 'c8.s5',
      predict: { question: 'c8.q5', answer: (a) => entryNumber(a, 'v', 'y'), revealStep: 'end' },
    },
    {
      source: MANY_OUTPUTS,
      mode: 'values',
      step: 'end',
      text: 'c8.s6',
      values: (a) => {
        const costs = a.jacobian?.costs;
        return {
          n: a.jacobian?.columns.length ?? '?',
          m: a.jacobian?.rows.length ?? '?',
          fpasses: costs?.forward.passes ?? '?',
          fmadds: costs?.forward.multiplyAdds ?? '?',
          rpasses: costs?.reverse.passes ?? '?',
          rmadds: costs?.reverse.multiplyAdds ?? '?',
        };
      },
    },
  ],
};
