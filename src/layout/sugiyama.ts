import {
  coordCenter,
  coordGreedy,
  coordSimplex,
  type Decross,
  decrossDfs,
  decrossTwoLayer,
  type Graph,
  type GraphNode,
  graph,
  type Layering,
  type MutGraph,
  type SugiNode,
  sugiyama,
  tweakSugiyama,
} from 'd3-dag';
import { keptCoord } from './keptCoord.ts';
import type { Tier } from './policy.ts';
import { rankedDecross, ranksOf } from './rank.ts';
import { clipToBoxes, laneThroughLayers, type Rect } from './routes.ts';
import { type PreviousPositions, stableDecross } from './stable.ts';
import type { LayoutInput } from './types.ts';

/** Node data is the input node id, link data the input edge index. */
type DagNode = GraphNode<number, number>;

/** What `layoutGraph` turns into a `Layout`: top-to-bottom coordinates, before flipping. */
export interface RawLayout {
  readonly width: number;
  readonly height: number;
  readonly centres: readonly (readonly [number, number])[];
  readonly routes: readonly (readonly (readonly [number, number])[])[];
  /** Per edge, where the part of its route that is its own begins (see `RoutedEdge`). */
  readonly labelFrom?: readonly (number | undefined)[];
}

/**
 * What the layered graph is made of: a layer for every node (compact: 0..k-1, each holding a
 * node, every edge from a lower layer to a higher one), and the edges left out of it
 * (`channel[index]` = 1), which get an empty route here (`routeChannels` routes them).
 */
export interface Layered {
  readonly layers: ArrayLike<number>;
  readonly channel: Uint8Array;
}

/** Names of the operators of each tier, for `Layout.algorithm`. */
export const TIER_NAMES: Readonly<Record<Tier, string>> = {
  simplex: 'd3-dag sugiyama: layeringSimplex + decrossTwoLayer(4) + coordSimplex',
  greedy: 'd3-dag sugiyama: layeringSimplex + decrossTwoLayer(4) + coordGreedy',
  draft: 'd3-dag sugiyama: layeringLongestPath + decrossDfs + coordCenter',
  kept: 'd3-dag sugiyama: previous layers + decrossDfs + previous places',
};

/** Box sizes, with nonsense (NaN, zero, negative) replaced by 1 px so d3-dag accepts them. */
export function boxSizes(input: LayoutInput): [number, number][] {
  const sane = (v: number) => (Number.isFinite(v) && v > 0 ? v : 1);
  return input.nodes.map(({ width, height }) => [sane(width), sane(height)]);
}

function buildDag(input: LayoutInput, channel: Uint8Array): MutGraph<number, number> {
  const dag = graph<number, number>();
  const nodes = input.nodes.map((_, id) => dag.node(id));
  input.edges.forEach(({ from, to }, index) => {
    if (channel[index] !== 1) dag.link(nodes[from]!, nodes[to]!, index);
  });
  return dag;
}

/** A d3-dag layering operator that gives each node its layer from `layers`. */
function fixedLayering(layers: ArrayLike<number>): Layering<number, number> {
  return (dag: Graph<number, number>) => {
    let deepest = 0;
    for (const node of dag.nodes()) {
      node.y = layers[node.data]!;
      deepest = Math.max(deepest, node.y);
    }
    return deepest;
  };
}

function operator(
  tier: Tier,
  input: LayoutInput,
  previous: PreviousPositions | undefined,
  gap: readonly [number, number],
  layers: ArrayLike<number>,
) {
  const sizes = boxSizes(input);
  const ranks = ranksOf(input);
  const nodeSize = (node: DagNode) => sizes[node.data]!;
  const base = sugiyama()
    .nodeSize(nodeSize)
    .gap(gap)
    .tweaks([tweakSugiyama(nodeSize)]);
  // Previous order first, then declaration order of ranked nodes, which must hold at the end.
  const decross = (op: Decross<number, number>) => {
    const stable = previous ? stableDecross(op, previous) : op;
    return ranks ? rankedDecross(stable, ranks) : stable;
  };
  // Two-layer sweeps from initial orders that respect ranks: the sweeps then keep the other
  // layers in tune with the ranked order, which cut crossings by a third on random programs
  // (against sorting ranked nodes only at the end; constraining every sweep did worse).
  const twoLayer = () =>
    ranks
      ? decrossTwoLayer()
          .inits([
            rankedDecross(decrossDfs(), ranks),
            rankedDecross(decrossDfs().topDown(false), ranks),
          ])
          .passes(4)
      : decrossTwoLayer().passes(4);
  const layered = base.layering(fixedLayering(layers));
  switch (tier) {
    case 'simplex':
      return layered.decross(decross(twoLayer())).coord(coordSimplex());
    case 'greedy':
      return layered.decross(decross(twoLayer())).coord(coordGreedy());
    case 'draft':
      return layered.decross(decross(decrossDfs())).coord(coordCenter());
    case 'kept': {
      // The previous drawing's places: the decross records each item's target, the coord
      // operator keeps items there (see keptCoord). Without a previous drawing, nothing to keep.
      if (!previous) throw new Error('kept: no previous layout');
      const targets = new Map<SugiNode<number, number>, number>();
      const stable = stableDecross(decrossDfs(), previous, targets);
      return layered
        .decross(ranks ? rankedDecross(stable, ranks) : stable)
        .coord(keptCoord(targets));
    }
  }
}

/**
 * Lays out `input` with d3-dag's sugiyama and the operators of `tier` (`layered` gives the
 * layers, computed on the whole graph as the tier's layering operator would, see
 * `layersFor`, and the edges to leave out), sources at the top
 * (d3-dag's frame: layers along y, `gap` = [in a layer, between layers]). Edge routes are
 * clipped to the node boxes and cross layers vertically (`laneThroughLayers`). With `previous`
 * (where nodes and edges were in an earlier layout), layers keep that order (`stableDecross`);
 * ranked nodes sharing a layer are in increasing rank along x (`rankedDecross`).
 * Throws whatever d3-dag throws.
 */
export function sugiyamaLayout(
  input: LayoutInput,
  tier: Tier,
  previous: PreviousPositions | undefined,
  gap: readonly [number, number],
  layered: Layered,
): RawLayout {
  const sizes = boxSizes(input);
  const dag = buildDag(input, layered.channel);
  const { width, height } = operator(tier, input, previous, gap, layered.layers)(dag);
  const centres: [number, number][] = input.nodes.map(() => [0, 0]);
  for (const node of dag.nodes()) centres[node.data] = [node.x, node.y];
  const box = (id: number): Rect => ({
    x: centres[id]![0],
    y: centres[id]![1],
    halfWidth: sizes[id]![0] / 2,
    halfHeight: sizes[id]![1] / 2,
  });
  const routes: [number, number][][] = input.edges.map(() => []);
  for (const link of dag.links()) {
    routes[link.data] = clipToBoxes(link.points, box(link.source.data), box(link.target.data));
  }
  return { width, height, centres, routes: laneThroughLayers(input.edges, routes, centres, sizes) };
}
