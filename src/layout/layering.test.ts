import { graph, layeringLongestPath, layeringSimplex } from 'd3-dag';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ladderGraph, randomExpressionGraph } from '../testing/sampleGraphs.ts';
import { layoutInputs } from './arbitraries.ts';
import { compactLayers, keptLayers, longestPathLayers, simplexLayers } from './layering.ts';
import type { LayoutInput } from './types.ts';

/** The layer d3-dag's operator gives each node of `input`, by id. */
function d3dagLayers(input: LayoutInput, simplex: boolean): number[] {
  const dag = graph<number, number>();
  const nodes = input.nodes.map((_, id) => dag.node(id));
  input.edges.forEach(({ from, to }, index) => {
    dag.link(nodes[from]!, nodes[to]!, index);
  });
  const separation = (a: unknown, b: unknown) => (a && b ? 1 : 0);
  (simplex ? layeringSimplex() : layeringLongestPath())(dag, separation);
  return nodes.map((node) => node.y);
}

describe('longestPathLayers and simplexLayers', () => {
  it("give the layers of d3-dag's layeringLongestPath and layeringSimplex", () => {
    for (const input of [ladderGraph(10), randomExpressionGraph(300, 1)]) {
      expect([...longestPathLayers(input)]).toEqual(d3dagLayers(input, false));
      expect([...simplexLayers(input)]).toEqual(d3dagLayers(input, true));
    }
    fc.assert(
      fc.property(layoutInputs(), (input) => {
        expect([...longestPathLayers(input)]).toEqual([
          ...compactLayers(d3dagLayers(input, false)),
        ]);
        expect([...simplexLayers(input)]).toEqual([...compactLayers(d3dagLayers(input, true))]);
      }),
      { numRuns: 100 },
    );
  });

  it('put a constant just below its first use, and every edge upwards', () => {
    // a -> b -> c -> d, and a constant k used only by d.
    const input: LayoutInput = {
      nodes: [0, 1, 2, 3, 4].map((id) => ({ id, width: 10, height: 10 })),
      edges: [
        { from: 0, to: 1 },
        { from: 1, to: 2 },
        { from: 2, to: 4 },
        { from: 3, to: 4 },
      ],
    };
    expect([...longestPathLayers(input)]).toEqual([0, 1, 2, 2, 3]);
  });
});

describe('compactLayers', () => {
  it('renumbers values 0..k-1 in order', () => {
    expect([...compactLayers([4, 0, 9, 4])]).toEqual([1, 0, 2, 1]);
  });
});

describe('keptLayers', () => {
  it('gives back the previous layers when nothing changed', () => {
    const input = randomExpressionGraph(200, 3);
    const layers = [...simplexLayers(input)];
    expect([...keptLayers(input, layers)]).toEqual(layers);
  });

  it('puts every edge from a lower layer to a higher one, and keeps the order of old layers', () => {
    const arbitrary = layoutInputs().chain((input) =>
      fc.tuple(
        fc.constant(input),
        fc.array(fc.option(fc.nat(30), { nil: undefined }), {
          minLength: input.nodes.length,
          maxLength: input.nodes.length,
        }),
      ),
    );
    fc.assert(
      fc.property(arbitrary, ([input, previous]) => {
        const layers = keptLayers(input, previous);
        for (const { from, to } of input.edges) expect(layers[from]!).toBeLessThan(layers[to]!);
        // Two nodes of the previous drawing never swap layers' order unless an edge pushed one.
        const pushed = new Set(input.edges.map((e) => e.to));
        previous.forEach((a, i) => {
          previous.forEach((b, j) => {
            if (a === undefined || b === undefined || a >= b || pushed.has(i)) return;
            if (!pushed.has(j)) expect(layers[i]!).toBeLessThan(layers[j]!);
          });
        });
      }),
    );
  });
});
