import { gradientNumber, gradientOf, nodeValue, valueNumber } from '../read.ts';
import { localOf } from '../readMore.ts';
import type { Chapter } from '../types.ts';
import { CIRCUIT, MAX_GATE } from './programs.ts';

// Chapter 2: the local partials on the edges, and the gates' intuition on the circuit
// g = (x + y)·z: add passes, multiply swaps, max routes.
// Reverse trace of CIRCUIT: 1 seed g, 2 p̄, 3 z̄, 4 x̄, 5 ȳ.
// Reverse trace of MAX_GATE: 1 seed g, 2 m̄, 3 z̄, 4 x̄ (through max), 5 ȳ.

export const edgesChapter: Chapter = {
  id: 'edges',
  title: 'c2.title',
  summary: 'c2.summary',
  steps: [
    {
      source: CIRCUIT,
      mode: 'values',
      step: 'end',
      text: 'c2.s1',
      values: (a) => ({
        x: nodeValue(a, 'x'),
        y: nodeValue(a, 'y'),
        z: nodeValue(a, 'z'),
        p: nodeValue(a, 'p'),
        g: nodeValue(a, 'g'),
      }),
    },
    {
      mode: 'values',
      step: 'end',
      highlight: ['p', 'z', 'g'],
      text: 'c2.s2',
      values: (a) => ({
        dpdx: localOf(a, 'x', 'p'),
        dgdp: localOf(a, 'p', 'g'),
        dgdz: localOf(a, 'z', 'g'),
      }),
    },
    {
      mode: 'reverse',
      step: 1,
      highlight: ['p', 'z', 'g'],
      text: 'c2.s3',
      predict: { question: 'c2.q3', answer: (a) => gradientNumber(a, 'z'), revealStep: 3 },
    },
    {
      mode: 'reverse',
      step: 3,
      highlight: ['x', 'y', 'p', 'z', 'g'],
      text: 'c2.s4',
      values: (a) => ({ pbar: gradientOf(a, 'p'), zbar: gradientOf(a, 'z') }),
      predict: { question: 'c2.q4', answer: (a) => gradientNumber(a, 'x'), revealStep: 'end' },
    },
    {
      mode: 'reverse',
      step: 'end',
      highlight: ['x', 'y', 'p'],
      text: 'c2.s5',
      values: (a) => ({ xbar: gradientOf(a, 'x'), dpdx: localOf(a, 'x', 'p') }),
    },
    {
      source: MAX_GATE,
      mode: 'reverse',
      step: 3,
      highlight: ['x', 'y', 'm'],
      text: 'c2.s6',
      values: (a) => ({ m: nodeValue(a, 'm'), mbar: gradientOf(a, 'm') }),
      predict: { question: 'c2.q6', answer: (a) => gradientNumber(a, 'x'), revealStep: 'end' },
    },
    {
      mode: 'reverse',
      step: 'end',
      highlight: ['x', 'y', 'm'],
      text: 'c2.s7',
      values: (a) => ({
        // max(x, y) with x = y sends the whole derivative to x (LANGUAGE.md).
        larger: valueNumber(a, 'x') >= valueNumber(a, 'y') ? 'x' : 'y',
        mbar: gradientOf(a, 'm'),
        xbar: gradientOf(a, 'x'),
        ybar: gradientOf(a, 'y'),
      }),
    },
  ],
};
