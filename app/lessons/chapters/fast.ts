import type { Analysis } from '../../../src/index.ts';
import { gradientOf, nodeValue, sizeOf } from '../read.ts';
import { inputCount, operationCount, tangentOf } from '../readMore.ts';
import type { Chapter } from '../types.ts';
import { WIDE, wideSum } from './programs.ts';

// Chapter 6 (Nielsen): in what sense backprop is fast. A wide sum of WIDE inputs: finite
// differences need n + 1 evaluations, forward mode n passes, reverse mode one pass back after
// the forward pass, about two evaluations' worth of work.

const counts = (a: Analysis) => {
  const n = inputCount(a);
  const ops = operationCount(a);
  return { n, ops, evals: n + 1 };
};

export const fastChapter: Chapter = {
  id: 'fast',
  title: 'c6.title',
  summary: 'c6.summary',
  steps: [
    {
      source: wideSum(WIDE),
      mode: 'values',
      step: 'end',
      collapse: false,
      highlight: ['s'],
      text: 'c6.s1',
      values: (a) => {
        const { n, ops } = counts(a);
        return {
          n: String(n),
          last: a.inputs.at(-1)?.name ?? '?',
          s: nodeValue(a, 's'),
          ops: String(ops),
        };
      },
    },
    {
      mode: 'values',
      step: 'end',
      collapse: false,
      highlight: ['x1', 's'],
      text: 'c6.s2',
      predict: { question: 'c6.q2', answer: (a) => counts(a).evals },
    },
    {
      mode: 'values',
      step: 'end',
      collapse: false,
      text: 'c6.s3',
      values: (a) => {
        const { ops, evals } = counts(a);
        return { evals: String(evals), ops: String(ops), work: String(evals * ops) };
      },
    },
    {
      mode: 'forward',
      forwardFrom: 'x1',
      step: 'end',
      collapse: false,
      highlight: ['x1', 's'],
      text: 'c6.s4',
      values: (a) => ({ dx1: tangentOf(a, 'x1', 's'), passes: String(counts(a).n) }),
    },
    {
      mode: 'reverse',
      step: 0,
      collapse: false,
      highlight: ['s'],
      text: 'c6.s5',
      values: (a) => ({ n: String(counts(a).n) }),
      predict: { question: 'c6.q5', answer: (a) => a.outputs.length, revealStep: 'end' },
    },
    {
      mode: 'reverse',
      step: 'end',
      collapse: false,
      text: 'c6.s6',
      values: (a) => ({
        edges: String(sizeOf(a).edges),
        n: String(counts(a).n),
        dx1: gradientOf(a, 'x1'),
        evals: String(counts(a).evals),
      }),
    },
  ],
};
