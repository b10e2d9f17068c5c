import fc from 'fast-check';
import type { LayoutInput } from './types.ts';

/**
 * Random expression-like layout inputs for property tests: `1..maxInputs` leaves, then up to
 * `maxOps` nodes with fan-in 1 or 2 over any earlier node (so long edges, parallel edges and
 * isolated leaves all occur), each with a box 20–160 px wide and 20–70 px high.
 */
export function layoutInputs(maxInputs = 4, maxOps = 40): fc.Arbitrary<LayoutInput> {
  return fc
    .tuple(fc.integer({ min: 1, max: maxInputs }), fc.integer({ min: 0, max: maxOps }))
    .chain(([leaves, ops]) =>
      fc.record({
        sizes: fc.array(
          fc.tuple(fc.integer({ min: 20, max: 160 }), fc.integer({ min: 20, max: 70 })),
          {
            minLength: leaves + ops,
            maxLength: leaves + ops,
          },
        ),
        operands: fc.tuple(
          ...Array.from({ length: ops }, (_, k) =>
            fc.array(fc.nat(leaves + k - 1), { minLength: 1, maxLength: 2 }),
          ),
        ),
      }),
    )
    .map(({ sizes, operands }) => {
      const leaves = sizes.length - operands.length;
      return {
        nodes: sizes.map(([width, height], id) => ({ id, width, height })),
        edges: operands.flatMap((froms, k) => froms.map((from) => ({ from, to: leaves + k }))),
      };
    });
}
