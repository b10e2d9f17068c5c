import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis.ts';
import { nodeCaption } from '../narrate/index.ts';
import { layoutInputs } from './arbitraries.ts';
import { layoutGraph, layoutWith } from './layout.ts';
import { nodeBox } from './nodeBox.ts';
import { layoutProblems } from './problems.ts';
import { sortRanked } from './rank.ts';
import type { Layout, LayoutInput, Orientation } from './types.ts';

/** The layout input the app builds: boxes from labels, inputs ranked by declaration. */
function programInput(source: string): { input: LayoutInput; names: string[] } {
  const result = analyze(source);
  if (!result.ok) throw new Error(result.diagnostics[0]!.message);
  const { nodes, edges, inputs } = result.analysis;
  const rank = new Map(inputs.map(({ node }, k) => [node, k]));
  return {
    input: {
      nodes: nodes.map((n) => ({
        id: n.id,
        ...nodeBox(nodeCaption(n), n.name),
        rank: rank.get(n.id),
      })),
      edges: edges.map(({ from, to }) => ({ from, to })),
    },
    names: nodes.map((n) => n.name),
  };
}

/** [position along its layer, position of its layer] of a node. */
function place(layout: Layout, id: number): [number, number] {
  const { x, y } = layout.nodes[id]!;
  return layout.orientation === 'right' ? [y, x] : [x, y];
}

/** Pairs of ranked nodes that share a layer, and how many of them are out of rank order. */
function rankOrder(input: LayoutInput, layout: Layout): { pairs: number; wrong: number } {
  let [pairs, wrong] = [0, 0];
  const ranked = input.nodes.filter((node) => node.rank !== undefined);
  for (const p of ranked)
    for (const q of ranked) {
      const [[pAlong, pLayer], [qAlong, qLayer]] = [place(layout, p.id), place(layout, q.id)];
      if (p.id === q.id || Math.abs(pLayer - qLayer) > 1e-6 || p.rank! >= q.rank!) continue;
      pairs++;
      if (!(pAlong < qAlong)) wrong++;
    }
  return { pairs, wrong };
}

const orientations: Orientation[] = ['up', 'right'];

describe('sortRanked', () => {
  it('sorts ranked items into the slots ranked items had, leaving the others in place', () => {
    const layer = ['p', 'c', 'q', 'a', 'r', 'b'];
    const ranks: Record<string, number> = { a: 0, b: 1, c: 2 };
    sortRanked(layer, (item) => ranks[item]);
    expect(layer).toEqual(['p', 'a', 'q', 'b', 'r', 'c']);
  });
});

describe('layoutGraph with ranked nodes', () => {
  it('puts a left of b in (a + b) * (b + 1), and above b when laid out rightwards', () => {
    const { input } = programInput('a = 2\nb = 1\ne = (a + b) * (b + 1)');
    const up = layoutGraph(input);
    expect(up.nodes[0]!.y).toBe(up.nodes[1]!.y);
    expect(up.nodes[0]!.x).toBeLessThan(up.nodes[1]!.x);
    const right = layoutGraph(input, { orientation: 'right' });
    expect(right.nodes[0]!.x).toBe(right.nodes[1]!.x);
    expect(right.nodes[0]!.y).toBeLessThan(right.nodes[1]!.y);
  });

  it("keeps a neuron's inputs in the order declared: w1, x1, w2, x2", () => {
    const source = 'w1 = 0.5\nx1 = 1\nw2 = -0.3\nx2 = 2\nb = 0.1\nn = tanh(w1*x1 + w2*x2 + b)';
    const { input, names } = programInput(source);
    const ids = ['w1', 'x1', 'w2', 'x2'].map((name) => names.indexOf(name));
    for (const orientation of orientations)
      for (const quality of ['refined', 'draft'] as const) {
        const layout = layoutGraph(input, { orientation, quality });
        const along = ids.map((id) => place(layout, id));
        expect(new Set(along.map(([, layer]) => layer)).size).toBe(1);
        const positions = along.map(([x]) => x);
        expect(positions).toEqual([...positions].sort((p, q) => p - q));
      }
  });

  it('puts ranked nodes that share a layer in rank order, on random DAGs, every method', () => {
    const ranked = layoutInputs(6, 30).chain((input) =>
      fc
        .array(fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }), {
          minLength: input.nodes.length,
          maxLength: input.nodes.length,
        })
        .map((ranks) => ({
          ...input,
          nodes: input.nodes.map((node, id) => ({ ...node, rank: ranks[id] })),
        })),
    );
    let pairs = 0;
    fc.assert(
      fc.property(
        ranked,
        fc.constantFrom(...orientations),
        fc.constantFrom('draft', 'refined' as const),
        (input, orientation, quality) => {
          for (const layout of [
            layoutGraph(input, { orientation, quality }),
            layoutWith(input, 'fallback', { orientation }),
          ]) {
            expect(layoutProblems(input, layout)).toEqual([]);
            const order = rankOrder(input, layout);
            expect(order.wrong).toBe(0);
            pairs += order.pairs;
          }
        },
      ),
      { numRuns: 120 },
    );
    // The property compared many pairs, not none.
    expect(pairs).toBeGreaterThan(100);
  });
});
