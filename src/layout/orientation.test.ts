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
import { chooseOrientation, estimateSize } from './orientation.ts';
import { countEdgesThroughBoxes, layoutProblems } from './problems.ts';
import type { Layout, LayoutInput } from './types.ts';

function expectSound(input: LayoutInput, layout: Layout) {
  expect(layoutProblems(input, layout)).toEqual([]);
  expect(countEdgesThroughBoxes(input, layout)).toBe(0);
}

/** `x0 + x1 + ... + x(n-1)` summed pairwise: n inputs in one wide layer, log2(n) adds above. */
function pairwiseSum(n: number): LayoutInput {
  const nodes = Array.from({ length: n }, (_, id) => ({ id, width: 92, height: 58 }));
  const edges: { from: number; to: number }[] = [];
  let level = nodes.map(({ id }) => id);
  while (level.length > 1) {
    const next: number[] = [];
    for (let i = 0; i < level.length; i += 2) {
      if (i + 1 === level.length) {
        next.push(level[i]!);
        continue;
      }
      const id = nodes.length;
      nodes.push({ id, width: 92, height: 58 });
      edges.push({ from: level[i]!, to: id }, { from: level[i + 1]!, to: id });
      next.push(id);
    }
    level = next;
  }
  return { nodes, edges };
}

const fitScale = (layout: Layout, width: number, height: number) =>
  Math.min(width / layout.width, height / layout.height);

describe('layoutGraph with orientation "right"', () => {
  it("lays out colah's graph left to right: inputs on the left, the output on the right", () => {
    const input = colahGraph();
    const layout = layoutGraph(input, { orientation: 'right' });
    expectSound(input, layout);
    expect(layout.orientation).toBe('right');
    expect(layoutGraph(input).orientation).toBe('up');
    const x = layout.nodes.map((node) => node.x);
    const [a, b, c, one, d, e] = x as [number, number, number, number, number, number];
    expect([b, one]).toEqual([a, a]);
    expect(c).toBe(d);
    expect(a).toBeLessThan(c);
    expect(c).toBeLessThan(e);
  });

  it('keeps box sizes: a chain is as tall as one box and as wide as the boxes and gaps', () => {
    const input = chainGraph(5);
    const layout = layoutGraph(input, { orientation: 'right' });
    expectSound(input, layout);
    expect(layout.height).toBe(58);
    const widths = input.nodes.reduce((sum, node) => sum + node.width, 0);
    expect(layout.width).toBe(widths + 4 * 40);
    expect(new Set(layout.nodes.map((node) => node.y)).size).toBe(1);
  });

  it('keeps its promises on sample graphs and random DAGs, in every quality and the fallback', () => {
    for (const input of [squareGraph(), ladderGraph(20), randomExpressionGraph(200, 1)]) {
      expectSound(input, layoutGraph(input, { orientation: 'right' }));
      expectSound(input, layoutWith(input, 'fallback', { orientation: 'right' }));
    }
    fc.assert(
      fc.property(
        layoutInputs(),
        fc.constantFrom('auto', 'draft', 'refined' as const),
        (input, quality) => {
          expectSound(input, layoutGraph(input, { quality, orientation: 'right' }));
          expectSound(input, layoutWith(input, 'fallback', { orientation: 'right' }));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('is the transpose of the up layout in structure: same layers, same order in them', () => {
    const input = randomExpressionGraph(60, 4);
    const [up, right] = [layoutGraph(input), layoutGraph(input, { orientation: 'right' })];
    // Layer order: up's y decreasing matches right's x increasing for every edge.
    for (const { from, to } of input.edges) {
      expect(up.nodes[from]!.y).toBeGreaterThan(up.nodes[to]!.y);
      expect(right.nodes[from]!.x).toBeLessThan(right.nodes[to]!.x);
    }
  });
});

describe('chooseOrientation', () => {
  const wide = { width: 1600, height: 800 };

  it('picks right for a long ladder in a wide viewport, and that layout does fit better', () => {
    const input = ladderGraph(30);
    expect(chooseOrientation(input, wide)).toBe('right');
    const [up, right] = [layoutGraph(input), layoutGraph(input, { orientation: 'right' })];
    expect(fitScale(right, wide.width, wide.height)).toBeGreaterThan(
      fitScale(up, wide.width, wide.height),
    );
  });

  it('picks up for a wide sum of 20 inputs in a wide viewport, and that layout does fit better', () => {
    const input = pairwiseSum(20);
    expect(chooseOrientation(input, wide)).toBe('up');
    const [up, right] = [layoutGraph(input), layoutGraph(input, { orientation: 'right' })];
    expect(fitScale(up, wide.width, wide.height)).toBeGreaterThan(
      fitScale(right, wide.width, wide.height),
    );
  });

  it('picks up for an empty graph or a viewport of no size', () => {
    expect(chooseOrientation({ nodes: [], edges: [] }, wide)).toBe('up');
    expect(chooseOrientation(ladderGraph(30), { width: 0, height: 800 })).toBe('up');
  });

  it('estimates the size of layouts without long edges exactly', () => {
    for (const input of [chainGraph(7), ladderGraph(10)])
      for (const orientation of ['up', 'right'] as const) {
        const layout = layoutGraph(input, { orientation });
        const estimate = estimateSize(input, orientation);
        expect(estimate.height).toBeCloseTo(layout.height, 6);
        if (orientation === 'right') expect(estimate.width).toBeCloseTo(layout.width, 6);
      }
  });
});
