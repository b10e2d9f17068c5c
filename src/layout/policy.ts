import { chooseChannels } from './channels.ts';
import { longestPathLayers } from './layering.ts';
import type { LayoutInput, LayoutOptions, LayoutQuality, Orientation } from './types.ts';

/*
 * Thresholds. Sugiyama's cost follows the size of the layered graph (nodes plus one dummy per
 * layer crossed by an edge) far more than the node count: with coordSimplex a 200-node ladder
 * (no long edges) takes 65 ms, a 200-node random expression DAG with every edge in the layers
 * (layered size 933) 17 s. So the thresholds are on `layeredSize`, which counts only the edges
 * that stay in the layered graph: long edges out of high fan-out nodes, and the longest edges
 * past a budget of one dummy per node, are routed in side channels (`channels.ts`), so the
 * layered size is at most about twice the node count (x*x*...*x with 1,000 factors: 1,001
 * instead of 500,501). Medians on 2 cores (bench/layout.ts, plus two seeds of random DAGs):
 *
 *   layered size   164     ~500     1,000 (ladder)  1,001 (x^1000)  ~2,000   ~3,000     ~4,000     ~5,800
 *   coordSimplex   47 ms   0.7 s    --              --              --       --         --         --
 *   coordGreedy    18 ms   80 ms    140 ms          130 ms          0.9 s    1.5-1.8 s  3.3-3.6 s  9 s
 *
 * The refined tiers also run simplex layering on the whole graph, which grows about
 * quadratically in nodes (0.1 s at 1,000, 0.6 s at 3,000, 3 s at 6,000); REFINED_MAX_SIZE
 * bounds the nodes too, since the layered size is at least the node count. The draft (longest
 * path + DFS + centre) takes 20-50 ms at 1,000 nodes and 0.1-0.2 s at 3,000; our own layered
 * layout (`fallback.ts`) is 3-4 times faster with about as many crossings, and past
 * DRAFT_MAX_SIZE it is the draft: 0.6-0.9 s for a 50,000-node ladder, 1.4 s for a
 * 50,000-node random DAG (80,000 edges, layered size 100,000), 1.5-2.3 s for 50,000 nodes with
 * 100,000 edges, hubs and far operands (x^50000 too).
 *
 * The bound: `auto` lays out any graph of up to 50,000 nodes and 100,000 edges in at most about
 * 2.5 s on 2 idle cores (its draft); a refined layout, when `needsRefinement` offers one, takes
 * at most about 3 s more. Past REFINED_MAX_SIZE the draft stays, and `Layout.algorithm` says
 * so.
 */

/** Largest layered size laid out with `coordSimplex` (straight, short edges): about 200 ms. */
export const SIMPLEX_COORD_MAX_SIZE = 250;

/** Largest layered size that `auto` lays out refined in one go: about 0.5 s with `coordGreedy`. */
export const AUTO_REFINED_MAX_SIZE = 1500;

/** Largest layered size worth a refined layout at all: about 3 s. Past it only the draft runs. */
export const REFINED_MAX_SIZE = 3500;

/**
 * Largest layered size drawn by d3-dag's draft operators (about 1 s); past it the draft is our
 * own layered layout (`fallback.ts`), about 3 times faster.
 */
export const DRAFT_MAX_SIZE = 20000;

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

/**
 * One set of d3-dag sugiyama operators (see `TIER_NAMES`): `simplex`, `greedy` and `draft`,
 * cheapest last; `kept` (an edit's interim layout: the previous drawing's places, refined
 * later) needs a previous layout.
 */
export type Tier = 'simplex' | 'greedy' | 'draft' | 'kept';

/** The quality a tier gives. */
export function tierQuality(tier: Tier): LayoutQuality {
  return tier === 'draft' || tier === 'kept' ? 'draft' : 'refined';
}

/**
 * Nodes plus dummy nodes of the layered graph that the draft works on: longest-path layers
 * (`longestPathLayers`, as d3-dag's `layeringLongestPath`), one dummy per layer crossed by each
 * edge that stays in the layered graph; edges routed in side channels (`chooseChannels`) add
 * none. The refined tiers' simplex layering usually gives fewer. O(edges log edges); ignores
 * edges that break the input's invariants.
 */
export function layeredSize(input: LayoutInput): number {
  return input.nodes.length + chooseChannels(input, longestPathLayers(input), LAYOUT_GAP).dummies;
}

/** Which layout to run: a d3-dag tier, or the layered layout of our own (`fallback.ts`). */
export type Method = Tier | 'fallback';

const count = (n: number) => n.toLocaleString('en-US');

/**
 * What `layoutGraph` runs for `input`: the methods to try, best first (each later one is
 * cheaper and is the fallback when the one before throws), and a note for `Layout.algorithm`
 * when `auto` chose a draft for the graph's size. `auto` is refined up to
 * AUTO_REFINED_MAX_SIZE; an explicit `refined` is honoured at any size; drafts past
 * DRAFT_MAX_SIZE are our own layered layout. `kept` tries the `kept` tier first where `auto`
 * would be refined (it falls back to `auto` without a previous layout).
 */
export function layoutPlan(
  input: LayoutInput,
  options: LayoutOptions = {},
): { readonly methods: Method[]; readonly note: string } {
  const quality = options.quality ?? 'auto';
  const size = layeredSize(input);
  if (quality === 'kept') {
    // An edit's interim layout where `auto` would refine at once; else what `auto` does.
    const auto = layoutPlan(input, { ...options, quality: 'auto' });
    return size <= AUTO_REFINED_MAX_SIZE ? { methods: ['kept', ...auto.methods], note: '' } : auto;
  }
  const refined = quality === 'refined' || (quality === 'auto' && size <= AUTO_REFINED_MAX_SIZE);
  if (refined) {
    const methods: Method[] =
      size <= SIMPLEX_COORD_MAX_SIZE ? ['simplex', 'greedy', 'draft'] : ['greedy', 'draft'];
    return { methods, note: '' };
  }
  const methods: Method[] = size > DRAFT_MAX_SIZE ? ['fallback'] : ['draft'];
  if (quality !== 'auto') return { methods, note: '' };
  const note =
    size > REFINED_MAX_SIZE
      ? ` (draft only: layered size ${count(size)} > ${count(REFINED_MAX_SIZE)})`
      : ` (draft: layered size ${count(size)} > ${count(AUTO_REFINED_MAX_SIZE)}; refined on request)`;
  return { methods, note };
}

/** The methods of `layoutPlan`. */
export function tiersFor(input: LayoutInput, options: LayoutOptions = {}): Method[] {
  return layoutPlan(input, options).methods;
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
