import type { Analysis } from '../../../src/index.ts';
import { gradientOf, nodeValue, valueNumber } from '../read.ts';
import { fmt } from '../readMore.ts';
import type { Chapter } from '../types.ts';
import { COLAH, SECOND_DERIVATIVE } from './programs.ts';

// Chapter 9 (DOMAIN.md §9): the derivative is a graph too. Reverse mode on colah's e gives
// numbers (symbol-to-number); `diff` builds nodes that compute a derivative (symbol-to-symbol),
// so y = x³ at 1.5 can be differentiated twice: dy = 3x² = 6.75, d2y = 6x = 9. Then the
// checkbox Show the derivative graph (∂e/∂b = c + d, the only node added), and the Hessian panel:
// colah's Hessian, a Newton step beside a gradient step, and a Hessian-vector product's cost.
// The values trace of the diff program: steps 1–9 evaluate x, 3, y, 1, 2, t1, dy, t2, d2y, so
// at step 7 dy is shown and d2y is not.

/** ∂²output/∂row∂column from the analysis's Hessian; NaN when there is none or no such entry. */
function hessianNumber(analysis: Analysis, row: string, column: string): number {
  const h = analysis.hessian;
  const i = h?.names.indexOf(row) ?? -1;
  const j = h?.names.indexOf(column) ?? -1;
  return (i >= 0 && j >= 0 ? h?.values[i]?.[j] : undefined) ?? Number.NaN;
}

/** The same, formatted; `?` when absent. */
const hessianOf = (analysis: Analysis, row: string, column: string) => {
  const entry = hessianNumber(analysis, row, column);
  return Number.isNaN(entry) ? '?' : fmt(entry);
};

/** A point as the page writes it, `(1.8, 0.5)`; `?` when absent. */
const pointOf = (point: readonly number[] | null | undefined) =>
  point ? `(${point.map(fmt).join(', ')})` : '?';

export const derivativeGraphChapter: Chapter = {
  id: 'derivativeGraph',
  title: 'c9.title',
  summary: 'c9.summary',
  steps: [
    {
      source: COLAH,
      mode: 'reverse',
      reverseFrom: 'e',
      step: 'end',
      highlight: ['a', 'b', 'c', 'd', 'e'],
      text: 'c9.s1',
      values: (a) => ({
        e: nodeValue(a, 'e'),
        cbar: gradientOf(a, 'c'),
        dbar: gradientOf(a, 'd'),
        abar: gradientOf(a, 'a'),
        bbar: gradientOf(a, 'b'),
      }),
    },
    {
      source: SECOND_DERIVATIVE,
      mode: 'values',
      step: 7,
      highlight: ['x', 'y', 'dy'],
      text: 'c9.s2',
      values: (a) => ({ x: nodeValue(a, 'x'), y: nodeValue(a, 'y'), dy: nodeValue(a, 'dy') }),
      predict: { question: 'c9.q2', answer: (a) => valueNumber(a, 'd2y'), revealStep: 'end' },
    },
    {
      mode: 'values',
      step: 'end',
      highlight: ['x', 't1', 'dy', 't2', 'd2y'],
      text: 'c9.s3',
      values: (a) => ({
        x: nodeValue(a, 'x'),
        t1: nodeValue(a, 't1'),
        dy: nodeValue(a, 'dy'),
        t2: nodeValue(a, 't2'),
        d2y: nodeValue(a, 'd2y'),
      }),
    },
    {
      source: COLAH,
      mode: 'reverse',
      reverseFrom: 'e',
      step: 'end',
      highlight: ['b', 'c', 'd'],
      text: 'c9.s4',
      values: (a) => ({
        c: nodeValue(a, 'c'),
        d: nodeValue(a, 'd'),
        cd: fmt(valueNumber(a, 'c') + valueNumber(a, 'd')),
        bbar: gradientOf(a, 'b'),
      }),
    },
    {
      mode: 'reverse',
      reverseFrom: 'e',
      step: 'end',
      highlight: ['a', 'b', 'c', 'd', 'e'],
      text: 'c9.s5',
      values: (a) => ({ aa: hessianOf(a, 'a', 'a'), ab: hessianOf(a, 'a', 'b') }),
      predict: { question: 'c9.q5', answer: (a) => hessianNumber(a, 'b', 'b') },
    },
    {
      mode: 'reverse',
      reverseFrom: 'e',
      step: 'end',
      text: 'c9.s6',
      values: (a) => {
        const newton = a.newton;
        const det =
          hessianNumber(a, 'a', 'a') * hessianNumber(a, 'b', 'b') -
          hessianNumber(a, 'a', 'b') * hessianNumber(a, 'b', 'a');
        return {
          bb: hessianOf(a, 'b', 'b'),
          point: pointOf(newton?.point),
          rate: fmt(newton?.learningRate),
          gradient: pointOf(newton?.gradientStep),
          newton: pointOf(newton?.newtonStep),
          det: Number.isNaN(det) ? '?' : fmt(det),
          hv: a.hessianVector?.operations ?? '?',
          full: a.hessianVector?.fullHessianOperations ?? '?',
          n: a.hessian?.names.length ?? '?',
        };
      },
    },
  ],
};
