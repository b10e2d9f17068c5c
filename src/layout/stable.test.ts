import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomExpressionGraph } from '../testing/sampleGraphs.ts';
import { layoutInputs } from './arbitraries.ts';
import { layoutGraph } from './layout.ts';
import { countEdgesThroughBoxes, layoutProblems } from './problems.ts';
import type { Layout, LayoutInput } from './types.ts';

const keysOf = (n: number) => Array.from({ length: n }, (_, id) => `n${id}`);

function movement(before: Layout, beforeKeys: string[], after: Layout, afterKeys: string[]) {
  const old = new Map(beforeKeys.map((key, id) => [key, before.nodes[id]!]));
  const pairs = afterKeys.flatMap((key, id) => {
    const was = old.get(key);
    return was ? [{ was, now: after.nodes[id]! }] : [];
  });
  const mean = pairs.reduce((s, { was, now }) => s + Math.abs(now.x - was.x), 0) / pairs.length;
  let swapped = 0;
  for (const p of pairs)
    for (const q of pairs)
      if (p.was.y === q.was.y && p.now.y === q.now.y && p.was.x < q.was.x && p.now.x > q.now.x)
        swapped++;
  return { mean, swapped };
}

describe('layoutGraph with a previous layout', () => {
  it('keeps the order of surviving nodes after adding one, and moves them far less', () => {
    for (const seed of [1, 2, 3]) {
      const before = randomExpressionGraph(60, seed);
      const beforeKeys = keysOf(60);
      const layout = layoutGraph(before);
      // One new node fed by two earlier nodes, and a new output of it and the old one.
      const after: LayoutInput = {
        nodes: [
          ...before.nodes,
          { id: 60, width: 100, height: 58 },
          { id: 61, width: 92, height: 58 },
        ],
        edges: [
          ...before.edges,
          { from: 20, to: 60 },
          { from: 40, to: 60 },
          { from: 59, to: 61 },
          { from: 60, to: 61 },
        ],
      };
      const afterKeys = [...beforeKeys, 'new', 'out'];
      const previous = { keys: beforeKeys, layout, edges: before.edges };
      const stable = layoutGraph(after, { keys: afterKeys, previous });
      const fresh = layoutGraph(after);
      expect(layoutProblems(after, stable)).toEqual([]);
      expect(countEdgesThroughBoxes(after, stable)).toBe(0);
      expect(stable.algorithm).toContain('previous order');
      const [withHint, without] = [
        movement(layout, beforeKeys, stable, afterKeys),
        movement(layout, beforeKeys, fresh, afterKeys),
      ];
      console.log(
        `seed ${seed}: mean movement ${withHint.mean.toFixed(1)} px with the hint, ${without.mean.toFixed(1)} px without`,
      );
      expect(withHint.swapped).toBe(0);
      expect(withHint.mean).toBeLessThanOrEqual(without.mean / 2 + 1);
    }
  });

  it('keeps the order of surviving nodes with a previous layout of either orientation', () => {
    const cross = (layout: Layout, id: number) => {
      const node = layout.nodes[id]!;
      return layout.orientation === 'right' ? [node.y, node.x] : [node.x, node.y];
    };
    for (const [from, to] of [
      ['up', 'right'],
      ['right', 'up'],
      ['right', 'right'],
    ] as const) {
      const before = randomExpressionGraph(60, 9);
      const layout = layoutGraph(before, { orientation: from });
      const after: LayoutInput = {
        nodes: [...before.nodes, { id: 60, width: 100, height: 58 }],
        edges: [...before.edges, { from: 30, to: 60 }, { from: 59, to: 60 }],
      };
      const previous = { keys: keysOf(60), layout, edges: before.edges };
      const stable = layoutGraph(after, { orientation: to, keys: keysOf(61), previous });
      expect(stable.orientation).toBe(to);
      expect(layoutProblems(after, stable)).toEqual([]);
      let swapped = 0;
      for (let p = 0; p < 60; p++)
        for (let q = 0; q < 60; q++) {
          const [[pWas, pLayer], [qWas, qLayer]] = [cross(layout, p), cross(layout, q)];
          const [[pNow, pNewLayer], [qNow, qNewLayer]] = [cross(stable, p), cross(stable, q)];
          if (pLayer === qLayer && pNewLayer === qNewLayer && pWas! < qWas! && pNow! > qNow!)
            swapped++;
        }
      expect(swapped).toBe(0);
    }
  });

  it('is deterministic, and unchanged without keys or with no key in common', () => {
    const input = randomExpressionGraph(60, 5);
    const layout = layoutGraph(input);
    const { millis: _, ...plain } = layout;
    const strip = ({ millis: _m, ...rest }: Layout) => rest;
    const previous = { keys: keysOf(60), layout, edges: input.edges };
    expect(strip(layoutGraph(input, { previous }))).toEqual(plain);
    const strangers = keysOf(60).map((key) => `other ${key}`);
    expect(strip(layoutGraph(input, { keys: strangers, previous }))).toEqual(plain);
    const hinted = () => strip(layoutGraph(input, { keys: keysOf(60), previous }));
    expect(hinted()).toEqual(hinted());
    // The same graph with itself as the hint keeps its coordinates.
    expect(hinted().nodes).toEqual(plain.nodes);
  });

  it('keeps its promises on random DAGs with a random previous layout, in every quality', () => {
    fc.assert(
      fc.property(
        layoutInputs(),
        layoutInputs(),
        fc.constantFrom('auto', 'draft', 'refined' as const),
        (old, input, quality) => {
          const previous = {
            keys: keysOf(old.nodes.length),
            layout: layoutGraph(old),
            edges: old.edges,
          };
          const layout = layoutGraph(input, {
            quality,
            keys: keysOf(input.nodes.length),
            previous,
          });
          expect(layoutProblems(input, layout)).toEqual([]);
          expect(countEdgesThroughBoxes(input, layout)).toBe(0);
        },
      ),
      { numRuns: 60 },
    );
  });
});
