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

/**
 * `layoutInputs` with high fan-out injected, as a weight used by many statements: 1-3 hub nodes
 * each feed 4-16 later nodes (repeats give parallel edges); with `deep`, a chain through every
 * node makes the graph one node per layer, so the hubs' edges span many layers.
 */
export function layoutInputsWithFanOut(): fc.Arbitrary<LayoutInput> {
  return fc
    .tuple(
      layoutInputs(4, 40),
      fc.array(fc.tuple(fc.nat(), fc.array(fc.nat(), { minLength: 4, maxLength: 16 })), {
        minLength: 1,
        maxLength: 3,
      }),
      fc.boolean(),
    )
    .map(([input, hubs, deep]) => {
      const n = input.nodes.length;
      const edges = [...input.edges];
      if (deep) for (let id = 1; id < n; id++) edges.push({ from: id - 1, to: id });
      for (const [hub, uses] of hubs) {
        const from = hub % n;
        const later = n - from - 1;
        if (later > 0) for (const use of uses) edges.push({ from, to: from + 1 + (use % later) });
      }
      return { nodes: input.nodes, edges };
    });
}

/** x*x*...*x with `factors` factors: node 0 is x, node k multiplies node k - 1 by x. */
export function productGraph(factors: number): LayoutInput {
  const edges: { from: number; to: number }[] = [];
  for (let k = 1; k < factors; k++) edges.push({ from: k - 1, to: k }, { from: 0, to: k });
  const nodes = Array.from({ length: factors }, (_, id) => ({ id, width: 92, height: 58 }));
  return { nodes, edges };
}
