import { nodeValue, sizeOf, valueNumber } from '../read.ts';
import type { Chapter } from '../types.ts';
import { COLAH } from './programs.ts';

// Chapter 1: colah's e = (a + b)·(b + 1) as a graph, its values flowing up from the inputs.
// The values trace: 1 a, 2 b, 3 c, 4 the constant 1, 5 d, 6 e.

export const graphChapter: Chapter = {
  id: 'graph',
  title: 'c1.title',
  summary: 'c1.summary',
  steps: [
    {
      source: COLAH,
      mode: 'values',
      step: 0,
      text: 'c1.s1',
      values: (a) => {
        const { nodes, edges } = sizeOf(a);
        return { nodes: String(nodes), edges: String(edges) };
      },
    },
    {
      mode: 'values',
      step: 2,
      highlight: ['a', 'b'],
      text: 'c1.s2',
      values: (a) => ({ a: nodeValue(a, 'a'), b: nodeValue(a, 'b') }),
    },
    {
      mode: 'values',
      step: 3,
      highlight: ['a', 'b', 'c'],
      text: 'c1.s3',
      values: (a) => ({ c: nodeValue(a, 'c') }),
    },
    {
      mode: 'values',
      step: 5,
      highlight: ['b', 'c', 'd'],
      text: 'c1.s4',
      values: (a) => ({ d: nodeValue(a, 'd') }),
    },
    {
      mode: 'values',
      step: 5,
      highlight: ['c', 'd', 'e'],
      text: 'c1.s5',
      predict: { question: 'c1.q5', answer: (a) => valueNumber(a, 'e'), revealStep: 'end' },
    },
    {
      mode: 'values',
      step: 'end',
      highlight: ['c', 'd', 'e'],
      text: 'c1.s6',
      values: (a) => ({ c: nodeValue(a, 'c'), d: nodeValue(a, 'd'), e: nodeValue(a, 'e') }),
    },
  ],
};
