import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LaneTree } from './laneTree.ts';

describe('LaneTree', () => {
  it('places each lane just past the outermost of its slots, as a naive scan does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: -80, max: 80 }))),
        (outermost, lanes) => {
          const tree = new LaneTree(outermost);
          const naive = [...outermost];
          for (const [a, b, atLeast] of lanes) {
            const [lo, hi] = [a % naive.length, b % naive.length].sort((p, q) => p - q) as [
              number,
              number,
            ];
            const expected = Math.max(Math.max(...naive.slice(lo, hi + 1)) + 8, atLeast);
            expect(tree.place(lo, hi, 8, atLeast)).toBe(expected);
            for (let slot = lo; slot <= hi; slot++) naive[slot] = expected;
            expect(tree.outermost(0, naive.length - 1)).toBe(Math.max(...naive));
          }
        },
      ),
    );
  });
});
