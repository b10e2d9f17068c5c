import { gradientNumber, gradientOf, nodeValue } from '../read.ts';
import type { Chapter } from '../types.ts';
import { APPLES } from './programs.ts';

// Chapter 5: Saito's shopping bill, price = apple · count · tax, drawn as its two multiplies
// (the subtotal apple · count is the unnamed node t1).
// Reverse trace: 1 seed, 2 the subtotal's adjoint, 3 ∂price/∂tax, 4 ∂price/∂apple, 5 ∂price/∂count.

export const applesChapter: Chapter = {
  id: 'apples',
  title: 'c5.title',
  summary: 'c5.summary',
  steps: [
    {
      source: APPLES,
      mode: 'values',
      step: 'end',
      collapse: false,
      text: 'c5.s1',
      values: (a) => ({
        count: nodeValue(a, 'count'),
        apple: nodeValue(a, 'apple'),
        tax: nodeValue(a, 'tax'),
        subtotal: nodeValue(a, 't1'),
        price: nodeValue(a, 'price'),
      }),
    },
    {
      mode: 'reverse',
      step: 1,
      collapse: false,
      highlight: ['t1', 'tax', 'price'],
      text: 'c5.s2',
      predict: { question: 'c5.q2', answer: (a) => gradientNumber(a, 'tax'), revealStep: 3 },
    },
    {
      mode: 'reverse',
      step: 3,
      collapse: false,
      highlight: ['apple', 'count', 't1', 'tax', 'price'],
      text: 'c5.s3',
      values: (a) => ({ taxbar: gradientOf(a, 'tax'), subbar: gradientOf(a, 't1') }),
      predict: { question: 'c5.q3', answer: (a) => gradientNumber(a, 'apple'), revealStep: 4 },
    },
    {
      mode: 'reverse',
      step: 4,
      collapse: false,
      highlight: ['apple', 'count', 't1'],
      text: 'c5.s4',
      values: (a) => ({ applebar: gradientOf(a, 'apple') }),
      predict: { question: 'c5.q4', answer: (a) => gradientNumber(a, 'count'), revealStep: 'end' },
    },
    {
      mode: 'reverse',
      step: 'end',
      collapse: false,
      highlight: ['apple', 'count', 't1'],
      text: 'c5.s5',
      values: (a) => ({ countbar: gradientOf(a, 'count') }),
    },
    {
      inputs: { count: 3 },
      mode: 'reverse',
      step: 'end',
      collapse: false,
      highlight: ['apple', 'count', 'tax', 'price'],
      text: 'c5.s6',
      values: (a) => ({
        count: nodeValue(a, 'count'),
        price: nodeValue(a, 'price'),
        applebar: gradientOf(a, 'apple'),
        taxbar: gradientOf(a, 'tax'),
      }),
    },
  ],
};
