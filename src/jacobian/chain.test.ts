import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainProductCosts } from './chain.ts';

/** Multiply-adds of multiplying matrices of these shapes in the given order, by doing it. */
function countedProduct(shapes: readonly [number, number][], fromRight: boolean): number {
  const random = (r: number, c: number) =>
    Array.from({ length: r }, () => Array.from({ length: c }, Math.random));
  const matrices = shapes.map(([r, c]) => random(r, c));
  let count = 0;
  const times = (a: number[][], b: number[][]) =>
    a.map((row) =>
      b[0]!.map((_, j) =>
        row.reduce((sum, x, k) => {
          count++;
          return sum + x * b[k]![j]!;
        }, 0),
      ),
    );
  // shapes are [J_k, …, J_1] as written; fromRight starts at J_1 (the input side).
  if (fromRight) matrices.reduceRight((acc, m) => times(m, acc));
  else matrices.reduce((acc, m) => times(acc, m));
  return count;
}

describe('chainProductCosts', () => {
  it('3 → 4 → 2 → 5 by hand: forward 2·4·3 + 5·2·3 = 54, reverse 5·2·4 + 5·4·3 = 100', () => {
    expect(chainProductCosts([3, 4, 2, 5])).toEqual({ forward: 54, reverse: 100 });
  });

  it('one output: reverse mode is vector times matrix (n → h → h → 1)', () => {
    // forward: h·h·n + 1·h·n; reverse: 1·h·h + 1·h·n.
    expect(chainProductCosts([100, 10, 10, 1])).toEqual({ forward: 11_000, reverse: 1_100 });
  });

  it('a single function or none needs no product', () => {
    expect(chainProductCosts([3, 4])).toEqual({ forward: 0, reverse: 0 });
    expect(chainProductCosts([3])).toEqual({ forward: 0, reverse: 0 });
  });

  it('equals the multiply-adds of actually multiplying random matrices in each order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 3, maxLength: 6 }), (d) => {
        const shapes = d
          .slice(1)
          .map((rows, t) => [rows, d[t]!] as [number, number])
          .reverse();
        const costs = chainProductCosts(d);
        expect(costs.forward).toBe(countedProduct(shapes, true));
        expect(costs.reverse).toBe(countedProduct(shapes, false));
      }),
      { numRuns: 100 },
    );
  });

  it('refuses sizes that are not whole and positive', () => {
    expect(() => chainProductCosts([2, 0, 3])).toThrow();
    expect(() => chainProductCosts([2, 1.5])).toThrow();
  });
});
