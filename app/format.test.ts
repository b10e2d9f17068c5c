import { describe, expect, it } from 'vitest';
import { formatNumber } from './format.ts';

// What the page relies on; the engine's own tests cover the rest of the rule.
describe('formatNumber', () => {
  it.each([
    [6, '6'],
    [-12, '-12'],
    [0, '0'],
    [-0, '0'],
    [2.2000000000000006, '2.2'],
    [110.00000000000001, '110'],
    [220.00000000000003, '220'],
    [0.1 + 0.2, '0.3'],
    [Math.PI, '3.14159'],
    [-Math.E, '-2.71828'],
    [3.75, '3.75'],
    [Number.NaN, 'NaN'],
  ])('formatNumber(%s) is %s', (x, shown) => {
    expect(formatNumber(x)).toBe(shown);
  });
});
