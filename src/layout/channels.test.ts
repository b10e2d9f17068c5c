import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainGraph, ladderGraph, randomExpressionGraph } from '../testing/sampleGraphs.ts';
import { layoutInputsWithFanOut, productGraph } from './arbitraries.ts';
import { CHANNEL_RULES, type ChannelRules, chooseChannels } from './channels.ts';
import { distanceToRoute } from './geometry.ts';
import { labelProblems } from './labelChecks.ts';
import { EDGE_LABEL, LABEL_REACH, placeEdgeLabels } from './labels.ts';
import { longestPathLayers } from './layering.ts';
import { layoutGraph, layoutWith, type Method } from './layout.ts';
import { LAYOUT_GAP } from './policy.ts';
import { countEdgesThroughBoxes, layoutProblems } from './problems.ts';
import type { Layout, LayoutInput, Orientation } from './types.ts';

const orientations: Orientation[] = ['up', 'right'];
const methods: Method[] = ['simplex', 'greedy', 'draft', 'fallback'];

/** Every edge with two layers or more between its ends takes a channel. */
const EVERY_LONG_EDGE: ChannelRules = { ...CHANNEL_RULES, minSpan: 2, span: 1, detour: 0 };

function expectSound(input: LayoutInput, layout: Layout) {
  expect(layoutProblems(input, layout)).toEqual([]);
  expect(countEdgesThroughBoxes(input, layout)).toBe(0);
}

const channelled = (layout: Layout) =>
  layout.edges.filter((edge) => edge.labelFrom !== undefined).length;

describe('chooseChannels', () => {
  it('sends every long edge out of x in x^1000 to a channel, leaving no dummy', () => {
    const input = productGraph(1000);
    const { channel, dummies } = chooseChannels(input, longestPathLayers(input), LAYOUT_GAP);
    input.edges.forEach(({ from, to }, index) => {
      expect(channel[index]).toBe(from === 0 && to >= CHANNEL_RULES.minSpan ? 1 : 0);
    });
    expect(dummies).toBe(1);
  });

  it('keeps the edges of ordinary graphs in the layers', () => {
    for (const input of [ladderGraph(50), chainGraph(30), randomExpressionGraph(60, 1)]) {
      const { channel } = chooseChannels(input, longestPathLayers(input), LAYOUT_GAP);
      expect(channel.every((flag) => flag === 0)).toBe(true);
    }
  });

  it('keeps the dummies within the budget, parallel edges together, short edges never', () => {
    const input = randomExpressionGraph(3000, 5);
    const layers = longestPathLayers(input);
    const { channel, dummies } = chooseChannels(input, layers, LAYOUT_GAP);
    expect(dummies).toBeLessThanOrEqual(CHANNEL_RULES.dummiesPerNode * 3000);
    let counted = 0;
    input.edges.forEach(({ from, to }, index) => {
      const span = layers[to]! - layers[from]!;
      if (span < CHANNEL_RULES.minSpan) expect(channel[index]).toBe(0);
      if (!channel[index]) counted += span - 1;
      input.edges.forEach((other, j) => {
        if (other.from === from && other.to === to) expect(channel[j]).toBe(channel[index]);
      });
    });
    expect(counted).toBe(dummies);
  });
});

describe('layoutGraph with side channels', () => {
  it.each([1000, 1500])(
    'lays out x^%i as a chain with x on a lane beside it, in both orientations',
    (factors) => {
      const input = productGraph(factors);
      for (const orientation of orientations) {
        const layout = layoutGraph(input, { orientation });
        expectSound(input, layout);
        expect(channelled(layout)).toBe(factors - CHANNEL_RULES.minSpan);
        expect(layout.algorithm).toContain(`${factors - 3} edges in side channels`);
        // The chain is straight: one column (up) or one row (right) of multiplications.
        const across = layout.nodes
          .slice(2)
          .map((node) => (orientation === 'up' ? node.x : node.y));
        expect(new Set(across).size).toBe(1);
      }
    },
  );

  it('keeps its promises on random DAGs with high fan-out, every method and orientation', () => {
    fc.assert(
      fc.property(
        layoutInputsWithFanOut(),
        fc.constantFrom(...methods),
        fc.constantFrom(...orientations),
        fc.boolean(),
        (input, method, orientation, forced) => {
          const channelRules = forced ? EVERY_LONG_EDGE : undefined;
          const layout = layoutWith(input, method, { orientation, channelRules });
          expectSound(input, layout);
          expect(layout.edges.every((edge) => edge.points.length >= 2)).toBe(true);
          for (const { labelFrom, points } of layout.edges) {
            if (labelFrom === undefined) continue;
            expect(labelFrom).toBeGreaterThan(0);
            expect(labelFrom).toBeLessThan(points.length - 1);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('routes channel edges of random DAGs with high fan-out when auto chooses them', () => {
    let seen = 0;
    fc.assert(
      fc.property(
        layoutInputsWithFanOut(),
        fc.constantFrom(...orientations),
        (input, orientation) => {
          const layout = layoutGraph(input, { orientation });
          expectSound(input, layout);
          seen += channelled(layout);
        },
      ),
      { numRuns: 100 },
    );
    expect(seen).toBeGreaterThan(0);
  });
});

describe('placeEdgeLabels with side channels', () => {
  /** Checks the promises, and that a channel edge's label sits beside its own branch. */
  function expectLabelled(input: LayoutInput, layout: Layout) {
    const placed = placeEdgeLabels(layout, input.nodes, EDGE_LABEL);
    expect(labelProblems(layout, input.nodes, EDGE_LABEL, placed, LABEL_REACH)).toEqual([]);
    layout.edges.forEach(({ labelFrom, points }, k) => {
      const at = placed[k];
      if (labelFrom === undefined || !at) return;
      const box = {
        left: at.x - EDGE_LABEL.width / 2,
        right: at.x + EDGE_LABEL.width / 2,
        top: at.y - EDGE_LABEL.height / 2,
        bottom: at.y + EDGE_LABEL.height / 2,
      };
      expect(distanceToRoute(box, points.slice(labelFrom))).toBeLessThanOrEqual(LABEL_REACH);
    });
    return placed;
  }

  it('labels every edge of x^200 beside its own branch, in both orientations', () => {
    const input = productGraph(200);
    for (const orientation of orientations) {
      const layout = layoutGraph(input, { orientation, labelRoom: EDGE_LABEL });
      expectSound(input, layout);
      expect(channelled(layout)).toBe(197);
      const placed = expectLabelled(input, layout);
      expect(placed.every((at) => at !== null)).toBe(true);
    }
  });

  it('places labels of channel edges on random DAGs without overlaps, or leaves them out', () => {
    fc.assert(
      fc.property(
        layoutInputsWithFanOut(),
        fc.constantFrom(...orientations),
        fc.constantFrom<Method>('greedy', 'fallback'),
        (input, orientation, method) => {
          const layout = layoutWith(input, method, {
            orientation,
            labelRoom: EDGE_LABEL,
            channelRules: EVERY_LONG_EDGE,
          });
          expectLabelled(input, layout);
        },
      ),
      { numRuns: 80 },
    );
  });
});
