import type { LayoutInput, LayoutOptions, LayoutQuality, Orientation } from './types.ts';

/*
 * Thresholds. Sugiyama's cost follows the size of the layered graph (nodes plus one dummy per
 * layer crossed by a long edge) far more than the node count: with coordSimplex a 200-node
 * ladder (no long edges) takes 65 ms, a 200-node random expression DAG (layered size 933) 17 s.
 * So the thresholds are on `layeredSize`. Medians on 2 cores (bench/layout.ts, plus three seeds
 * of random DAGs per size):
 *
 *   layered size   139     ~270     ~650   933      1,000 (ladder)  ~1,600   3,000 (ladder)  ~4,500  ~9,000  ~15,000
 *   coordSimplex   40 ms   ~200 ms  2 s    17 s     1.4 s           --       24 s            --      --      --
 *   coordGreedy    20 ms   --       --     110 ms   130 ms          350 ms   0.6-0.9 s       1.1 s   2.7 s   6-10 s
 *
 * The draft (longest path + DFS + centre) takes under 0.25 s up to 1,000 nodes, 70 ms for a
 * 3,000-node ladder and 1.2-1.5 s for a 3,000-node random DAG (layered size 106,223).
 */

/** Largest layered size laid out with `coordSimplex` (straight, short edges): about 200 ms. */
export const SIMPLEX_COORD_MAX_SIZE = 250;

/** Largest layered size that `auto` lays out refined in one go: about 350 ms with `coordGreedy`. */
export const AUTO_REFINED_MAX_SIZE = 1500;

/** Largest layered size worth a refined layout at all: about 3 s. Past it only the draft runs. */
export const REFINED_MAX_SIZE = 10000;

/**
 * Gap between boxes without labels: [between boxes in a layer, between layers] in px, so
 * [horizontal, vertical] when the orientation is `up` and [vertical, horizontal] for `right`.
 */
export const LAYOUT_GAP: readonly [number, number] = [20, 40];

/** Free space kept on each side of a row of edge labels between two layers, in px. */
export const LABEL_MARGIN = 8;

/**
 * The gap `layoutGraph` uses, as LAYOUT_GAP: with `labelRoom`, the gap between layers holds
 * one label (its extent along the edges' direction) plus LABEL_MARGIN on each side on top of
 * LAYOUT_GAP, and the gap in a layer grows by half the label's extent across the edges plus
 * one label height (so labels beside neighbouring edges fit: measured to place every label of
 * random programs up to 40 nodes, where half the extent alone missed 1 in 2,000).
 */
export function layoutGap(
  orientation: Orientation = 'up',
  labelRoom?: { readonly width: number; readonly height: number },
): readonly [number, number] {
  if (!labelRoom) return LAYOUT_GAP;
  const sane = (v: number) => (Number.isFinite(v) && v > 0 ? v : 0);
  const [along, across] =
    orientation === 'up'
      ? [sane(labelRoom.height), sane(labelRoom.width)]
      : [sane(labelRoom.width), sane(labelRoom.height)];
  const height = sane(labelRoom.height);
  return [LAYOUT_GAP[0] + across / 2 + height, LAYOUT_GAP[1] + along + 2 * LABEL_MARGIN];
}

/** One set of d3-dag sugiyama operators (see `TIER_NAMES`), cheapest last. */
export type Tier = 'simplex' | 'greedy' | 'draft';

/** The quality a tier gives. */
export function tierQuality(tier: Tier): LayoutQuality {
  return tier === 'draft' ? 'draft' : 'refined';
}

/**
 * Nodes plus dummy nodes of the layered graph under longest-path layering: an upper bound on the
 * size of the graph that the refined layout (simplex layering, which minimises total edge span)
 * works on, and exactly the size the draft works on. O(nodes + edges); expects ids in topological
 * order, and ignores edges that are not.
 */
export function layeredSize(input: LayoutInput): number {
  const n = input.nodes.length;
  const into: number[][] = input.nodes.map(() => []);
  for (const { from, to } of input.edges)
    if (from >= 0 && from < to && to < n) into[to]!.push(from);
  const layer = new Array<number>(n).fill(0);
  let size = n;
  for (let to = 0; to < n; to++)
    for (const from of into[to]!) layer[to] = Math.max(layer[to]!, layer[from]! + 1);
  for (let to = 0; to < n; to++)
    for (const from of into[to]!) size += layer[to]! - layer[from]! - 1;
  return size;
}

/**
 * The tiers to try, best first; each later one is cheaper and is the fallback when the one
 * before throws. `auto` is refined up to AUTO_REFINED_MAX_SIZE; an explicit `refined` is
 * honoured at any size.
 */
export function tiersFor(input: LayoutInput, options: LayoutOptions = {}): Tier[] {
  const quality = options.quality ?? 'auto';
  const size = layeredSize(input);
  const refined = quality === 'refined' || (quality === 'auto' && size <= AUTO_REFINED_MAX_SIZE);
  if (!refined) return ['draft'];
  return size <= SIMPLEX_COORD_MAX_SIZE ? ['simplex', 'greedy', 'draft'] : ['greedy', 'draft'];
}

/**
 * True when `auto` gives only a draft for `input` but a refined layout is still affordable
 * (a few seconds at most): the worker should send the `auto` layout first, then
 * `layoutGraph(input, { quality: 'refined' })` when that is done.
 */
export function needsRefinement(input: LayoutInput): boolean {
  const size = layeredSize(input);
  return size > AUTO_REFINED_MAX_SIZE && size <= REFINED_MAX_SIZE;
}
