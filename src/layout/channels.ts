import { LaneTree } from './laneTree.ts';
import { usableEdge } from './layering.ts';
import type { LayoutInput } from './types.ts';

/*
 * Sugiyama gives an edge that spans k layers k - 1 dummy nodes, and every later stage (crossing
 * reduction, coordinates, the fallback's sweeps) works on nodes + dummies. A node that feeds
 * many later layers makes that quadratic: in x*x*...*x with 1,000 factors, x feeds all 999
 * multiplications of a 1,000-layer chain, 500,501 items. Channel edges avoid that: they are left
 * out of the layered graph and routed afterwards beside it (see `channelRoutes.ts`), all the
 * channel edges of one node along one shared lane, like a bus.
 */

/** When edges take side channels (see `chooseChannels`); CHANNEL_RULES are the defaults. */
export interface ChannelRules {
  /**
   * Edges spanning fewer layers never take a channel: their dummies cost less than a detour
   * to the side of the drawing.
   */
  readonly minSpan: number;
  /**
   * A node with at least this many out-edges spanning `minSpan` layers or more sends all of
   * them through a channel: one lane with a branch per use reads better than that many edges
   * weaving through the layers (a weight used by many statements, x in x*x*...*x).
   */
  readonly fanOut: number;
  /** An edge spanning more layers than this takes a channel whatever its source. */
  readonly span: number;
  /**
   * The first two rules only take edges that are at least this many times as long (layers
   * spanned times the mean layer pitch) as the widest layer they pass: the detour to a lane
   * beside the layers is then short next to the edge. In a wide, shallow graph the lane is far
   * from everything and its branches cross the whole drawing.
   */
  readonly detour: number;
  /**
   * At most this many dummies per node stay in the layered graph (and at least `minBudget`):
   * past it, the longest remaining edges take channels, so the layered graph has at most
   * about (1 + dummiesPerNode) x nodes items.
   */
  readonly dummiesPerNode: number;
  /** Dummies always allowed, so that small graphs keep every edge they can in the layers. */
  readonly minBudget: number;
}

export const CHANNEL_RULES: ChannelRules = {
  minSpan: 3,
  fanOut: 4,
  span: 24,
  detour: 1,
  dummiesPerNode: 1,
  minBudget: 400,
};

/** Which edges take channels, and the dummies the others need. */
export interface ChannelChoice {
  /** One per input edge: 1 when the edge is routed in a channel, 0 when it is laid out. */
  readonly channel: Uint8Array;
  /** Dummy nodes of the edges that stay in the layered graph. */
  readonly dummies: number;
}

/**
 * Chooses the channel edges of `input` under `layers` (one per node, every edge from a lower
 * layer to a higher one), `gap` (as `layoutGap`) and `rules`; of the edges long next to the
 * layers they pass (see `ChannelRules.detour`): 1. those spanning more than `span` layers,
 * 2. those out of a node that has `fanOut` of them; then 3. while
 * the remaining dummies exceed the budget (`dummiesPerNode` per node, at least `minBudget`),
 * the longest remaining edges, parallel edges together. Never an edge spanning fewer than
 * `minSpan` layers. Deterministic; O(edges log edges).
 */
export function chooseChannels(
  input: LayoutInput,
  layers: ArrayLike<number>,
  gap: readonly [number, number],
  rules: ChannelRules = CHANNEL_RULES,
): ChannelChoice {
  const n = input.nodes.length;
  const { edges } = input;
  const channel = new Uint8Array(edges.length);
  const span = (index: number) => {
    const edge = edges[index]!;
    return usableEdge(n, edge) ? layers[edge.to]! - layers[edge.from]! : 0;
  };
  // 1. Long edges, and 2. the long out-edges of nodes with a high fan-out, where lanes are near.
  const worthy = worthyOfChannel(input, layers, gap, rules, span);
  const fanOut = new Int32Array(n);
  edges.forEach((edge, index) => {
    if (worthy(index)) fanOut[edge.from] = fanOut[edge.from]! + 1;
  });
  let dummies = 0;
  const candidates: number[] = [];
  edges.forEach((edge, index) => {
    const s = span(index);
    if (s < rules.minSpan) {
      dummies += Math.max(0, s - 1);
      return;
    }
    if (worthy(index) && (s > rules.span || fanOut[edge.from]! >= rules.fanOut)) channel[index] = 1;
    else {
      dummies += s - 1;
      candidates.push(index);
    }
  });
  // 3. The budget: longest first, parallel edges (equal ends) side by side and together.
  const budget = Math.max(rules.minBudget, rules.dummiesPerNode * n);
  candidates.sort(
    (a, b) =>
      span(b) - span(a) || edges[a]!.from - edges[b]!.from || edges[a]!.to - edges[b]!.to || a - b,
  );
  for (let k = 0; k < candidates.length && dummies > budget; ) {
    const { from, to } = edges[candidates[k]!]!;
    for (; k < candidates.length; k++) {
      const index = candidates[k]!;
      if (edges[index]!.from !== from || edges[index]!.to !== to) break;
      channel[index] = 1;
      dummies -= span(index) - 1;
    }
  }
  return { channel, dummies };
}

/**
 * Whether an edge spans `minSpan` layers or more and is `detour` times as long as the widest
 * layer it passes (its boxes side by side with gaps): a range-max query per edge.
 */
function worthyOfChannel(
  input: LayoutInput,
  layers: ArrayLike<number>,
  [gapIn, gapBetween]: readonly [number, number],
  rules: ChannelRules,
  span: (index: number) => number,
): (index: number) => boolean {
  let count = 0;
  for (let id = 0; id < layers.length; id++) count = Math.max(count, layers[id]! + 1);
  const widths = new Float64Array(count).fill(-gapIn);
  const depths = new Float64Array(count);
  input.nodes.forEach(({ width, height }, id) => {
    const l = layers[id]!;
    widths[l] = widths[l]! + sane(width) + gapIn;
    depths[l] = Math.max(depths[l]!, sane(height));
  });
  const pitch = depths.reduce((sum, d) => sum + d, 0) / Math.max(1, count) + gapBetween;
  const widest = new LaneTree(widths);
  return (index) => {
    const s = span(index);
    if (s < rules.minSpan) return false;
    const { from, to } = input.edges[index]!;
    return s * pitch >= rules.detour * widest.outermost(layers[from]!, layers[to]!);
  };
}

const sane = (v: number) => (Number.isFinite(v) && v > 0 ? v : 1);
