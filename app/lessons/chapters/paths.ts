import type { Analysis } from '../../../src/index.ts';
import { gradientNumber, gradientOf, pathsOf, sizeOf, valueNumber } from '../read.ts';
import { fmt, localNumber } from '../readMore.ts';
import type { Chapter } from '../types.ts';
import { COLAH, FAN, ladder } from './programs.ts';

// Chapter 3: a derivative is the sum over paths of the products of the edges' partials; the
// 3×3 paths of colah's figure, and a ladder whose paths double with every rung.

const RUNGS = 10;

/** The product of the local partials along a path of names. */
const along = (a: Analysis, ...names: string[]) =>
  names.slice(1).reduce((product, to, i) => product * localNumber(a, names[i]!, to), 1);

const sumOf = (a: Analysis, ...names: string[]) =>
  names.reduce((sum, name) => sum + valueNumber(a, name), 0);

export const pathsChapter: Chapter = {
  id: 'paths',
  title: 'c3.title',
  summary: 'c3.summary',
  steps: [
    {
      source: COLAH,
      mode: 'reverse',
      step: 0,
      highlight: ['b', 'c', 'd', 'e'],
      text: 'c3.s1',
      predict: { question: 'c3.q1', answer: (a) => gradientNumber(a, 'b'), revealStep: 'end' },
    },
    {
      mode: 'reverse',
      step: 'end',
      highlight: ['a', 'b', 'c', 'd', 'e'],
      text: 'c3.s2',
      values: (a) => ({
        p1: fmt(along(a, 'b', 'c', 'e')),
        p2: fmt(along(a, 'b', 'd', 'e')),
        sum: gradientOf(a, 'b'),
        dea: gradientOf(a, 'a'),
      }),
    },
    {
      source: FAN,
      mode: 'values',
      step: 'end',
      collapse: false,
      highlight: ['X', 'Y', 'Z'],
      text: 'c3.s3',
      predict: { question: 'c3.q3', answer: (a) => Number(pathsOf(a, 'X')) },
    },
    {
      mode: 'reverse',
      step: 'end',
      collapse: false,
      highlight: ['X', 'Y', 'Z'],
      text: 'c3.s4',
      values: (a) => {
        const [left, right] = [sumOf(a, 'α', 'β', 'γ'), sumOf(a, 'δ', 'ε', 'ζ')];
        return {
          paths: pathsOf(a, 'X'),
          left: fmt(left),
          right: fmt(right),
          product: fmt(left * right),
          dzdx: gradientOf(a, 'X'),
        };
      },
    },
    {
      source: ladder(3),
      mode: 'values',
      step: 'end',
      collapse: false,
      highlight: ['x0', 'x1', 'x2', 'x3'],
      text: 'c3.s5',
      values: (a) => ({ paths: pathsOf(a, 'x0') }),
    },
    {
      source: ladder(RUNGS),
      mode: 'reverse',
      step: 0,
      collapse: false,
      highlight: ['x0', `x${RUNGS}`],
      text: 'c3.s6',
      values: (a) => ({ rungs: String(RUNGS), edges: String(sizeOf(a).edges) }),
      predict: { question: 'c3.q6', answer: (a) => Number(pathsOf(a, 'x0')), revealStep: 'end' },
    },
    {
      mode: 'reverse',
      step: 'end',
      collapse: false,
      highlight: ['x0', `x${RUNGS}`],
      text: 'c3.s7',
      values: (a) => ({
        paths: pathsOf(a, 'x0'),
        edges: String(sizeOf(a).edges),
        gradient: gradientOf(a, 'x0'),
      }),
    },
  ],
};
