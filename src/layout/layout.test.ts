import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chainGraph,
  colahGraph,
  ladderGraph,
  randomExpressionGraph,
  squareGraph,
} from '../testing/sampleGraphs.ts';
import { layoutInputs } from './arbitraries.ts';
import { layoutGraph, layoutWith } from './layout.ts';
import { countEdgesThroughBoxes, layoutProblems } from './problems.ts';
import type { Layout, LayoutInput } from './types.ts';

function expectSound(input: LayoutInput, layout: Layout) {
  expect(layoutProblems(input, layout)).toEqual([]);
  expect(countEdgesThroughBoxes(input, layout)).toBe(0);
}

const withoutTime = ({ millis: _, ...rest }: Layout) => rest;

describe('layoutGraph', () => {
  it("lays out colah's graph refined, inputs at the bottom and the output at the top", () => {
    const input = colahGraph();
    const layout = layoutGraph(input);
    expectSound(input, layout);
    expect(layout.quality).toBe('refined');
    expect(layout.algorithm).toContain('coordSimplex');
    const y = layout.nodes.map((node) => node.y);
    const [a, b, c, one, d, e] = y as [number, number, number, number, number, number];
    expect([b, one]).toEqual([a, a]);
    expect(c).toBe(d);
    expect(a).toBeGreaterThan(c);
    expect(c).toBeGreaterThan(e);
  });

  it('gives the two parallel edges of x*x distinct routes, both from x to the product', () => {
    const input = squareGraph();
    const layout = layoutGraph(input);
    expectSound(input, layout);
    const [first, second] = layout.edges.map((edge) => edge.points);
    expect(first).not.toEqual(second);
  });

  it('places a single node with no edges at the centre of a drawing of its size', () => {
    const input = { nodes: [{ id: 0, width: 92, height: 58 }], edges: [] };
    const layout = layoutGraph(input);
    expect(layout).toMatchObject({
      width: 92,
      height: 58,
      nodes: [{ id: 0, x: 46, y: 29 }],
      edges: [],
    });
  });

  it('lays out an empty graph and isolated nodes without overlap', () => {
    expect(layoutGraph({ nodes: [], edges: [] })).toMatchObject({ width: 0, height: 0, nodes: [] });
    const isolated = chainGraph(5);
    const input = { ...isolated, edges: [] };
    expectSound(input, layoutGraph(input));
  });

  it('lays out a ladder of 20 sin*cos stages with no crossings through boxes', () => {
    const input = ladderGraph(20);
    const layout = layoutGraph(input);
    expectSound(input, layout);
    expect(layout.quality).toBe('refined');
  });

  it('lays out 200-node random expression graphs, auto and refined', () => {
    for (const seed of [1, 2]) {
      const input = randomExpressionGraph(200, seed);
      expectSound(input, layoutGraph(input));
      const refined = layoutGraph(input, { quality: 'refined' });
      expectSound(input, refined);
      expect(refined.quality).toBe('refined');
    }
  });

  it('keeps its promises on random DAGs, in every quality', () => {
    fc.assert(
      fc.property(
        layoutInputs(),
        fc.constantFrom('auto', 'draft', 'refined' as const),
        (input, quality) => {
          expectSound(input, layoutGraph(input, { quality }));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('is deterministic: equal structure and sizes give equal coordinates', () => {
    for (const make of [colahGraph, () => ladderGraph(20), () => randomExpressionGraph(150, 7)]) {
      const first = layoutGraph(make());
      const copy = JSON.parse(JSON.stringify(make())) as LayoutInput;
      expect(withoutTime(layoutGraph(copy))).toEqual(withoutTime(first));
      expect(withoutTime(layoutGraph(make(), { quality: 'draft' }))).toEqual(
        withoutTime(layoutGraph(make(), { quality: 'draft' })),
      );
    }
  });

  it('lays out a 2,000-node chain in draft without overflowing the stack', () => {
    const input = chainGraph(2000);
    const layout = layoutGraph(input, { quality: 'draft' });
    expect(layout.algorithm).not.toContain('threw');
    expectSound(input, layout);
    expect(new Set(layout.nodes.map((node) => node.x)).size).toBe(1);
  });

  it('lays out a 1,000-node random DAG in draft', () => {
    const input = randomExpressionGraph(1000, 3);
    const layout = layoutGraph(input, { quality: 'draft' });
    expect(layout.quality).toBe('draft');
    expect(layout.algorithm).not.toContain('threw');
    expectSound(input, layout);
  });

  it('does not throw on edges that break the invariants, and says it used the fallback', () => {
    const input = {
      nodes: chainGraph(3).nodes,
      edges: [
        { from: 2, to: 0 },
        { from: 0, to: 7 },
        { from: 0, to: 1 },
      ],
    };
    const layout = layoutGraph(input);
    expect(layout.algorithm).toContain('fallback');
    expect(layout.edges.map((edge) => edge.points.length)).toEqual([0, 0, expect.any(Number)]);
  });
});

describe('layoutWith(input, "fallback")', () => {
  it('keeps the same promises as d3-dag on random DAGs', () => {
    fc.assert(
      fc.property(layoutInputs(), (input) => expectSound(input, layoutWith(input, 'fallback'))),
      { numRuns: 100 },
    );
  });

  it('lays out a 10,000-node chain without recursion', () => {
    const input = chainGraph(10000);
    expect(layoutProblems(input, layoutWith(input, 'fallback'))).toEqual([]);
  });
});
