import { gradientNumber, gradientOf, sizeOf } from '../read.ts';
import { fmt, localNumber, localOf, tangentNumber, tangentOf } from '../readMore.ts';
import type { Chapter } from '../types.ts';
import { COLAH } from './programs.ts';

// Chapter 4: both modes compute the sum over paths without listing them, merging paths at every
// node. Forward trace from b: 1 seed ḃ, 2 ċ, 3 ḋ, 4 and 5 the two contributions to ė.
// Reverse trace from e: 1 seed ē, 2 c̄, 3 d̄, 4 b̄ (through d), 5 the constant, 6 ā, 7 b̄ (through c).

export const factoringChapter: Chapter = {
  id: 'factoring',
  title: 'c4.title',
  summary: 'c4.summary',
  steps: [
    {
      source: COLAH,
      mode: 'forward',
      forwardFrom: 'b',
      step: 1,
      highlight: ['a', 'b'],
      text: 'c4.s1',
      values: (a) => ({ adot: tangentOf(a, 'b', 'a') }),
    },
    {
      mode: 'forward',
      forwardFrom: 'b',
      step: 3,
      highlight: ['b', 'c', 'd'],
      text: 'c4.s2',
      values: (a) => ({ cdot: tangentOf(a, 'b', 'c'), ddot: tangentOf(a, 'b', 'd') }),
      predict: {
        question: 'c4.q2',
        answer: (a) => tangentNumber(a, 'b', 'e'),
        revealStep: 'end',
      },
    },
    {
      mode: 'forward',
      forwardFrom: 'b',
      step: 'end',
      highlight: ['c', 'd', 'e'],
      text: 'c4.s3',
      values: (a) => ({
        dedc: localOf(a, 'c', 'e'),
        cdot: tangentOf(a, 'b', 'c'),
        dedd: localOf(a, 'd', 'e'),
        ddot: tangentOf(a, 'b', 'd'),
        edot: tangentOf(a, 'b', 'e'),
      }),
    },
    {
      mode: 'reverse',
      reverseFrom: 'e',
      step: 1,
      highlight: ['e'],
      text: 'c4.s4',
    },
    {
      mode: 'reverse',
      reverseFrom: 'e',
      step: 3,
      highlight: ['c', 'd', 'e'],
      text: 'c4.s5',
      values: (a) => ({ cbar: gradientOf(a, 'c'), dbar: gradientOf(a, 'd') }),
      predict: { question: 'c4.q5', answer: (a) => gradientNumber(a, 'a'), revealStep: 6 },
    },
    {
      mode: 'reverse',
      reverseFrom: 'e',
      step: 6,
      highlight: ['a', 'b', 'c', 'd'],
      text: 'c4.s6',
      values: (a) => ({
        abar: gradientOf(a, 'a'),
        first: fmt(gradientNumber(a, 'd') * localNumber(a, 'b', 'd')),
      }),
      predict: { question: 'c4.q6', answer: (a) => gradientNumber(a, 'b'), revealStep: 'end' },
    },
    {
      mode: 'reverse',
      reverseFrom: 'e',
      step: 'end',
      highlight: ['a', 'b', 'c', 'd', 'e'],
      text: 'c4.s7',
      values: (a) => ({
        abar: gradientOf(a, 'a'),
        bbar: gradientOf(a, 'b'),
        cbar: gradientOf(a, 'c'),
        dbar: gradientOf(a, 'd'),
        edges: String(sizeOf(a).edges),
      }),
    },
  ],
};
