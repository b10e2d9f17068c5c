import { describe, expect, it } from 'vitest';
import { randomExpressionGraph } from '../testing/sampleGraphs.ts';
import { layoutGraph } from './layout.ts';
import { countEdgesThroughBoxes, layoutProblems } from './problems.ts';
import type { Layout, LayoutInput } from './types.ts';

const keysOf = (n: number) => Array.from({ length: n }, (_, id) => `n${id}`);

/** `before` with one new node fed by two earlier ones, and a new output of it and the old one. */
function withNewNode(before: LayoutInput): LayoutInput {
  const n = before.nodes.length;
  return {
    nodes: [
      ...before.nodes,
      { id: n, width: 100, height: 58 },
      { id: n + 1, width: 92, height: 58 },
    ],
    edges: [
      ...before.edges,
      { from: Math.floor(n / 3), to: n },
      { from: Math.floor((2 * n) / 3), to: n },
      { from: n - 1, to: n + 1 },
      { from: n, to: n + 1 },
    ],
  };
}

/** How far each surviving node moved, after taking out the mean shift of all of them. */
function moves(before: Layout, after: Layout, survivors: number): number[] {
  const dx: number[] = [];
  const dy: number[] = [];
  for (let id = 0; id < survivors; id++) {
    dx.push(after.nodes[id]!.x - before.nodes[id]!.x);
    dy.push(after.nodes[id]!.y - before.nodes[id]!.y);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const [sx, sy] = [median(dx), median(dy)];
  return dx.map((x, i) => Math.hypot(x - sx, dy[i]! - sy));
}

describe("layoutGraph(input, { quality: 'kept' })", () => {
  it('leaves surviving nodes where they were, or a step aside, with no overlaps', () => {
    for (const seed of [1, 2, 3, 4]) {
      const before = randomExpressionGraph(80, seed);
      const layout = layoutGraph(before);
      const after = withNewNode(before);
      const previous = { keys: keysOf(80), layout, edges: before.edges };
      const keys = [...keysOf(80), 'new', 'out'];
      const kept = layoutGraph(after, { quality: 'kept', keys, previous });
      expect(kept.algorithm).toContain('previous places');
      expect(kept.quality).toBe('draft');
      expect(layoutProblems(after, kept)).toEqual([]);
      expect(countEdgesThroughBoxes(after, kept)).toBe(0);
      const refined = layoutGraph(after, { quality: 'refined', keys, previous });
      const [stayed, moved] = [moves(layout, kept, 80), moves(layout, refined, 80)];
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      // Most stay put; nodes beside the new node and its edges step aside by less than a box.
      expect(stayed.filter((d) => d < 0.5).length).toBeGreaterThanOrEqual(0.5 * 80);
      expect(stayed.filter((d) => d < 24).length).toBeGreaterThanOrEqual(0.9 * 80);
      expect(Math.max(...stayed)).toBeLessThan(100);
      expect(mean(stayed)).toBeLessThan(mean(moved));
    }
  });

  it('is as fast as a draft: far cheaper than the refined layout it stands in for', () => {
    const before = randomExpressionGraph(300, 7);
    const layout = layoutGraph(before);
    const after = withNewNode(before);
    const previous = { keys: keysOf(300), layout, edges: before.edges };
    const keys = [...keysOf(300), 'new', 'out'];
    // Operation counts would be better than times; the ratio of medians is robust enough here.
    const time = (quality: 'kept' | 'refined') => {
      const runs: number[] = [];
      for (let i = 0; i < 3; i++) runs.push(layoutGraph(after, { quality, keys, previous }).millis);
      return runs.sort((a, b) => a - b)[1]!;
    };
    expect(time('kept')).toBeLessThan(time('refined'));
  });

  it('lays out afresh without a previous layout', () => {
    const input = randomExpressionGraph(40, 5);
    const layout = layoutGraph(input, { quality: 'kept' });
    expect(layout.algorithm).not.toContain('previous places');
    expect(layoutProblems(input, layout)).toEqual([]);
  });
});
