import { describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../ops/index.ts';
import { closestName, editDistance } from './suggest.ts';

const names = [...FUNCTIONS.keys()];

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['sin', 'sin', 0],
    ['sinn', 'sin', 1],
    ['sni', 'sin', 1],
    ['tnah', 'tanh', 1],
    ['kitten', 'sitting', 3],
    ['', 'exp', 3],
  ])('editDistance(%s, %s) is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('closestName', () => {
  it.each([
    ['sinn', 'sin'],
    ['Sin', 'sin'],
    ['sigmod', 'sigmoid'],
    ['expp', 'exp'],
    ['rleu', 'relu'],
    ['foo', 'cos'],
    ['frobnicate', undefined],
    ['f', undefined],
  ])('closestName(%s) is %s', (name, expected) => {
    expect(closestName(name, names)).toBe(expected);
  });

  it('prefers the nearer name over an earlier one', () => {
    expect(closestName('tanhh', names)).toBe('tanh');
  });
});
