import { describe, expect, it } from 'vitest';
import { formatNumber } from './format.ts';

describe('formatNumber', () => {
  it.each([
    [6, '6'],
    [-12, '-12'],
    [0, '0'],
    [-0, '0'],
    [2 ** 53, '9007199254740992'],
    [2.2000000000000006, '2.2'],
    [0.1 + 0.2, '0.3'],
    [219.99999999999997, '220'],
    [Math.PI, '3.14159'],
    [-Math.E, '-2.71828'],
    [0.000123456789, '0.000123457'],
    [1.5e-9, '1.5e-9'],
    [1234567.5, '1.23457e+6'],
    [1500000.5, '1.5e+6'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [Number.NEGATIVE_INFINITY, '-Infinity'],
  ])('formatNumber(%s) is %s', (x, shown) => {
    expect(formatNumber(x)).toBe(shown);
  });
});
