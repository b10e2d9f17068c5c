import type { Analysis } from '../../../src/index.ts';
import { gradientNumber, gradientOf, nodeValue, valueNumber } from '../read.ts';
import { fmt } from '../readMore.ts';
import { type OverRows, overRows, type RowResult, rowList } from '../readTraining.ts';
import type { Chapter, LessonValues } from '../types.ts';
import { LINE_DATA, LINE_LOSS, LINE_RATE } from './programs.ts';

// Chapter 7 (DOMAIN.md §7): the program's output is one row's loss; the training cost is the
// mean over the rows, and its gradient the mean of the rows' gradients; one step of gradient
// descent, then Train on the Training panel. The graph shows one row at a time (statements as
// single nodes); the means come from the program analyzed at every row (readTraining.ts).
// Reverse trace from loss: 1 seed, 2 w̄, 3 x̄, 4 b̄, 5 t̄; with data, the stepper then adds one
// update step per parameter (w, then b), which `step: 'end'` includes.

/** Steps one press of Train runs. */
const TRAIN_STEPS = 100;

/** The rows' results at the live parameters, or with some of them at `at`. */
const over = (analysis: Analysis, at?: Readonly<Record<string, number>>) =>
  overRows(LINE_LOSS, LINE_DATA, analysis, at);

/** One number of each row, named `${prefix}1`, `${prefix}2`, … (`?` without rows). */
function perRow(
  rows: OverRows | undefined,
  prefix: string,
  of: (row: RowResult) => number | undefined,
): LessonValues {
  const values: Record<string, string> = {};
  for (const [i, row] of (rows?.rows ?? []).entries()) values[`${prefix}${i + 1}`] = fmt(of(row));
  return values;
}

/** ∂C/∂name, the mean over the rows; NaN without rows. */
const meanGradient = (analysis: Analysis, name: string) =>
  over(analysis)?.gradient[name] ?? Number.NaN;

/** w and b after one full-batch step of gradient descent from their live values. */
const stepped = (analysis: Analysis) => ({
  w: valueNumber(analysis, 'w') - LINE_RATE * meanGradient(analysis, 'w'),
  b: valueNumber(analysis, 'b') - LINE_RATE * meanGradient(analysis, 'b'),
});

/** This row's update alone, w − η·w̄ (what the stepper writes after the reverse pass). */
const rowUpdate = (analysis: Analysis, name: string) =>
  fmt(valueNumber(analysis, name) - LINE_RATE * gradientNumber(analysis, name));

export const trainingChapter: Chapter = {
  id: 'training',
  title: 'c7.title',
  summary: 'c7.summary',
  steps: [
    {
      source: LINE_LOSS,
      training: { data: LINE_DATA, learningRate: LINE_RATE, steps: TRAIN_STEPS },
      inputs: { x: 1, t: 3 },
      mode: 'values',
      step: 'end',
      collapse: true,
      text: 'c7.s1',
      values: (a) => {
        const rows = over(a);
        return {
          rows: rows ? rowList(rows) : '?',
          w: nodeValue(a, 'w'),
          b: nodeValue(a, 'b'),
          x: nodeValue(a, 'x'),
          t: nodeValue(a, 't'),
          loss: nodeValue(a, 'loss'),
        };
      },
    },
    {
      mode: 'reverse',
      reverseFrom: 'loss',
      step: 1,
      collapse: true,
      highlight: ['w', 'b', 'loss'],
      text: 'c7.s2',
      predict: { question: 'c7.q2', answer: (a) => gradientNumber(a, 'w'), revealStep: 4 },
    },
    {
      mode: 'reverse',
      reverseFrom: 'loss',
      step: 'end',
      collapse: true,
      highlight: ['w', 'b'],
      text: 'c7.s3',
      values: (a) => ({
        wbar: gradientOf(a, 'w'),
        bbar: gradientOf(a, 'b'),
        rate: fmt(LINE_RATE),
        wrow: rowUpdate(a, 'w'),
        brow: rowUpdate(a, 'b'),
      }),
    },
    {
      inputs: { x: 2, t: 5 },
      mode: 'values',
      step: 'end',
      collapse: true,
      highlight: ['x', 't', 'loss'],
      text: 'c7.s4',
      values: (a) => {
        const rows = over(a);
        return {
          ...perRow(rows, 'l', (row) => row.loss),
          x: nodeValue(a, 'x'),
          t: nodeValue(a, 't'),
          mean: fmt(rows?.loss),
        };
      },
    },
    {
      inputs: { x: 3, t: 7 },
      mode: 'reverse',
      reverseFrom: 'loss',
      step: 'end',
      collapse: true,
      highlight: ['w', 'b'],
      text: 'c7.s5',
      values: (a) => {
        const rows = over(a);
        return {
          ...perRow(rows, 'w', (row) => row.gradient.w),
          ...perRow(rows, 'b', (row) => row.gradient.b),
        };
      },
      predict: { question: 'c7.q5', answer: (a) => meanGradient(a, 'w'), revealStep: 'end' },
    },
    {
      mode: 'values',
      step: 'end',
      collapse: true,
      highlight: ['w', 'b'],
      text: 'c7.s6',
      values: (a) => {
        const next = stepped(a);
        return {
          dw: fmt(meanGradient(a, 'w')),
          db: fmt(meanGradient(a, 'b')),
          w: nodeValue(a, 'w'),
          b: nodeValue(a, 'b'),
          rate: fmt(LINE_RATE),
          wnext: fmt(next.w),
          bnext: fmt(next.b),
          mean: fmt(over(a)?.loss),
          meannext: fmt(over(a, next)?.loss),
        };
      },
    },
    {
      mode: 'values',
      step: 'end',
      collapse: true,
      highlight: ['w', 'b', 'loss'],
      text: 'c7.s7',
      values: (a) => ({
        steps: TRAIN_STEPS,
        w: nodeValue(a, 'w'),
        b: nodeValue(a, 'b'),
        mean: fmt(over(a)?.loss),
      }),
    },
  ],
};
