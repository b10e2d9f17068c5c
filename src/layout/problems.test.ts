import { describe, expect, it } from 'vitest';
import { colahGraph, squareGraph } from '../testing/sampleGraphs.ts';
import { layoutGraph } from './layout.ts';
import { countCrossings, countEdgesThroughBoxes, layoutProblems } from './problems.ts';
import type { Layout, PlacedNode as Node } from './types.ts';

describe('layoutProblems', () => {
  it('reports overlapping boxes, detached routes, downward edges and shared parallel routes', () => {
    const input = squareGraph();
    const good = layoutGraph(input);
    const shared: Layout = {
      ...good,
      edges: good.edges.map((edge) => ({ ...edge, points: good.edges[0]!.points })),
    };
    expect(layoutProblems(input, shared)).toEqual(['parallel edges 0 and 1 share a route']);
    const [x, product] = good.nodes as [Node, Node];
    const stacked: Layout = { ...good, nodes: [x, { ...product, y: x.y }] };
    expect(layoutProblems(input, stacked)).toEqual(
      expect.arrayContaining([
        'nodes 0 and 1 overlap',
        'edge 0 does not end at node 1',
        'edge 0 does not run upwards',
      ]),
    );
  });
});

describe('countCrossings and countEdgesThroughBoxes', () => {
  it('count an edge drawn across a box and crossing edges', () => {
    const input = colahGraph();
    const layout = layoutGraph(input);
    expect(countCrossings(input, layout)).toBe(0);
    expect(countEdgesThroughBoxes(input, layout)).toBe(0);
    const [a, b, c, e] = [0, 1, 2, 5].map((id) => layout.nodes[id]!) as [Node, Node, Node, Node];
    const throughE: Layout = {
      ...layout,
      edges: layout.edges.map((edge) =>
        edge.index === 0
          ? {
              ...edge,
              points: [
                [a.x, a.y - 29],
                [e.x, e.y],
                [c.x, c.y + 29],
              ],
            }
          : edge,
      ),
    };
    expect(countEdgesThroughBoxes(input, throughE)).toBe(1);
    const crossing: Layout = {
      ...layout,
      edges: layout.edges.map((edge) =>
        edge.index === 2
          ? {
              ...edge,
              points: [
                [b.x, b.y - 29],
                [layout.width, b.y - 50],
                [layout.width, 0],
              ],
            }
          : edge,
      ),
    };
    expect(countCrossings(input, crossing)).toBeGreaterThan(0);
  });
});
