import { describe, expect, it } from 'vitest';
import {
  chainGraph,
  colahGraph,
  ladderGraph,
  randomExpressionGraph,
  squareGraph,
} from '../testing/sampleGraphs.ts';
import { labelProblems, labelsOverOtherRoutes } from './labelChecks.ts';
import { boundsWithLabels, EDGE_LABEL, LABEL_OFFSET, placeEdgeLabels } from './labels.ts';
import { layoutGraph } from './layout.ts';
import type { Layout, LayoutInput, Orientation } from './types.ts';

const orientations: Orientation[] = ['up', 'right'];
/** Beside its route: LABEL_OFFSET px away, and within about 4 px. */
const NEAR = LABEL_OFFSET + 2;

const samples: Record<string, () => LayoutInput> = {
  colah: colahGraph,
  square: squareGraph,
  chain: () => chainGraph(12),
  ladder: () => ladderGraph(20),
  random60: () => randomExpressionGraph(60, 1),
  random200: () => randomExpressionGraph(200, 2),
};

describe('placeEdgeLabels', () => {
  it('gives the two parallel edges of x*x a label each, beside its own route', () => {
    const input = squareGraph();
    for (const orientation of orientations) {
      const layout = layoutGraph(input, { orientation, labelRoom: EDGE_LABEL });
      const placed = placeEdgeLabels(layout, input.nodes, EDGE_LABEL);
      expect(placed.every((at) => at !== null)).toBe(true);
      expect(labelProblems(layout, input.nodes, EDGE_LABEL, placed, NEAR)).toEqual([]);
      expect(placed[0]).not.toEqual(placed[1]);
      expect(labelsOverOtherRoutes(layout, EDGE_LABEL, placed)).toBe(0);
    }
  });

  it('puts a label on the other side of its edge when a box takes the first side', () => {
    const route: [number, number][] = [
      [50, 200],
      [50, 100],
    ];
    const layout: Layout = {
      width: 300,
      height: 300,
      nodes: [
        { id: 0, x: 50, y: 225 },
        { id: 1, x: 50, y: 75 },
        { id: 2, x: 100, y: 150 },
      ],
      edges: [{ index: 0, points: route }],
      orientation: 'up',
      quality: 'refined',
      algorithm: 'by hand',
      millis: 0,
    };
    const boxes = [
      { width: 60, height: 50 },
      { width: 60, height: 50 },
      { width: 60, height: 100 },
    ];
    const label = { width: 40, height: 14 };
    const [at] = placeEdgeLabels(layout, boxes, label);
    // The right-hand side (seen along the edge, going up) is x > 50, blocked by node 2.
    expect(at).toEqual({ x: 50 - LABEL_OFFSET - 20, y: 150 });
    const blocked = { ...layout, nodes: [...layout.nodes, { id: 3, x: 0, y: 150 }] };
    expect(placeEdgeLabels(blocked, [...boxes, { width: 60, height: 110 }], label)).toEqual([null]);
  });

  for (const [name, make] of Object.entries(samples))
    it(`places labels on ${name} without overlaps, beside their routes, in both orientations`, () => {
      const input = make();
      for (const orientation of orientations)
        for (const labelRoom of [undefined, EDGE_LABEL]) {
          const layout = layoutGraph(input, { orientation, ...(labelRoom ? { labelRoom } : {}) });
          const placed = placeEdgeLabels(layout, input.nodes, EDGE_LABEL);
          expect(labelProblems(layout, input.nodes, EDGE_LABEL, placed, NEAR)).toEqual([]);
          // With room for labels, every label finds a place.
          if (labelRoom) expect(placed.filter((at) => at === null)).toEqual([]);
        }
    });

  it('is deterministic, and the view box holds the drawing and every label', () => {
    const input = randomExpressionGraph(60, 3);
    const layout = layoutGraph(input, { labelRoom: EDGE_LABEL });
    const placed = placeEdgeLabels(layout, input.nodes, EDGE_LABEL);
    expect(placeEdgeLabels(layout, input.nodes, EDGE_LABEL)).toEqual(placed);
    const view = boundsWithLabels(layout, placed, EDGE_LABEL);
    expect(view.left).toBeLessThanOrEqual(0);
    expect(view.right).toBeGreaterThanOrEqual(layout.width);
    for (const at of placed) {
      expect(at!.x - EDGE_LABEL.width / 2).toBeGreaterThanOrEqual(view.left);
      expect(at!.y + EDGE_LABEL.height / 2).toBeLessThanOrEqual(view.bottom);
    }
  });

  // How fast: `npx tsx bench/layout.ts` prints the time for this graph (not asserted here: the
  // machines are shared).
  it('places the labels of a 2,000-edge graph without overlaps', () => {
    const input = randomExpressionGraph(1280, 5);
    expect(input.edges.length).toBeGreaterThanOrEqual(2000);
    const layout = layoutGraph(input, { quality: 'draft', labelRoom: EDGE_LABEL });
    const placed = placeEdgeLabels(layout, input.nodes, EDGE_LABEL);
    expect(labelProblems(layout, input.nodes, EDGE_LABEL, placed, LABEL_OFFSET + 4)).toEqual([]);
    expect(placed.filter((at) => at !== null).length).toBeGreaterThan(0.95 * input.edges.length);
  });
});
