import { longestPathLayers, usableEdge } from './layering.ts';
import { LAYOUT_GAP } from './policy.ts';
import { ranksOf, sortRanked } from './rank.ts';
import { clipToBoxes, laneThroughLayers, type Rect, separateParallel } from './routes.ts';
import { boxSizes, type Layered, type RawLayout } from './sugiyama.ts';
import type { LayoutInput } from './types.ts';

/** Name of this layout, for `Layout.algorithm`. */
export const FALLBACK_NAME = 'layered fallback: longest path + barycenter sweeps + packing';

const SWEEPS = 4;
const PARALLEL_SPACING = 10;

/** Items are the real nodes (0..n-1) followed by one dummy per layer crossed by a long edge. */
interface Layering {
  readonly layerOf: number[];
  readonly layers: number[][];
  readonly preds: number[][];
  readonly succs: number[][];
  /** For each edge, the items it passes through, from source to target. */
  readonly chains: number[][];
}

/**
 * 1. The layers of `layered` (or longest-path layers), 2. a dummy item per crossed layer so
 * long edges get a lane; channel edges get no chain.
 */
function layer(input: LayoutInput, layered: Layered | undefined): Layering {
  const n = input.nodes.length;
  const layerOf = Array.from(layered?.layers ?? longestPathLayers(input));
  const usable = (index: number) =>
    usableEdge(n, input.edges[index]!) && layered?.channel[index] !== 1;
  const preds: number[][] = layerOf.map(() => []);
  const succs: number[][] = layerOf.map(() => []);
  const link = (a: number, b: number) => {
    succs[a]!.push(b);
    preds[b]!.push(a);
  };
  const chains = input.edges.map((edge, index) => {
    if (!usable(index)) return [];
    const chain = [edge.from];
    for (let l = layerOf[edge.from]! + 1; l < layerOf[edge.to]!; l++) {
      const dummy = layerOf.length;
      layerOf.push(l);
      preds.push([]);
      succs.push([]);
      link(chain[chain.length - 1]!, dummy);
      chain.push(dummy);
    }
    link(chain[chain.length - 1]!, edge.to);
    chain.push(edge.to);
    return chain;
  });
  const layers: number[][] = [];
  layerOf.forEach((l, item) => {
    while (layers.length <= l) layers.push([]);
    layers[l]!.push(item);
  });
  return { layerOf, layers, preds, succs, chains };
}

/**
 * 3. Barycenter sweeps, alternately by predecessors (downwards) and successors (upwards), each
 * layer's ranked nodes put back in rank order after it is sorted (`sortRanked`), so that the
 * other layers adapt to that order; 4. the same for every layer at the end (the first layer is
 * only sorted by the upward sweeps).
 */
function order(
  { layers, preds, succs }: Layering,
  itemCount: number,
  ranks: readonly (number | undefined)[] | undefined,
): void {
  const position = new Array<number>(itemCount).fill(0);
  const place = (items: number[]) => {
    items.forEach((item, i) => {
      position[item] = i;
    });
  };
  layers.forEach(place);
  const rankOf = (item: number) => ranks?.[item];
  const sortBy = (items: number[], neighbours: number[][]) => {
    const key = new Map<number, number>();
    for (const item of items) {
      const near = neighbours[item]!;
      let sum = 0;
      for (const other of near) sum += position[other]!;
      key.set(item, near.length > 0 ? sum / near.length : position[item]!);
    }
    items.sort((a, b) => key.get(a)! - key.get(b)!);
    if (ranks) sortRanked(items, rankOf);
    place(items);
  };
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    for (let l = 1; l < layers.length; l++) sortBy(layers[l]!, preds);
    for (let l = layers.length - 2; l >= 0; l--) sortBy(layers[l]!, succs);
  }
  if (ranks) for (const items of layers) sortRanked(items, rankOf);
}

/**
 * A simple layered layout that needs nothing from d3-dag and uses no recursion: the last resort
 * when every d3-dag tier throws, and the fastest layout of very large graphs. Layers and
 * channel edges as `layered` says (longest-path layers and no channel edges without it; channel
 * edges get an empty route here). Sources at the top (d3-dag's frame, `gap` as there), no boxes
 * overlap, long edges run through lanes between the boxes of the layers they cross, parallel
 * edges are spread apart, ranked nodes sharing a layer are in rank order along x. Edges that
 * break the input's invariants (`from >= to`, unknown ids) get an empty route.
 */
export function fallbackLayout(
  input: LayoutInput,
  gap: readonly [number, number] = LAYOUT_GAP,
  layered?: Layered,
): RawLayout {
  const sizes = boxSizes(input);
  const layering = layer(input, layered);
  const { layers, layerOf, chains } = layering;
  order(layering, layerOf.length, ranksOf(input));
  const size = (item: number): readonly [number, number] => sizes[item] ?? [0, 0];
  const [gapX, gapY] = gap;
  const centres: [number, number][] = layerOf.map(() => [0, 0]);
  const rowWidths = layers.map((items) => {
    let cursor = 0;
    for (const item of items) {
      centres[item]![0] = cursor + size(item)[0] / 2;
      cursor += size(item)[0] + gapX;
    }
    return Math.max(0, cursor - gapX);
  });
  const width = rowWidths.reduce((a, b) => Math.max(a, b), 0);
  let top = 0;
  const bands = layers.map((items, l) => {
    const rowHeight = items.reduce((h, item) => Math.max(h, size(item)[1]), 0);
    const shift = (width - rowWidths[l]!) / 2;
    for (const item of items) centres[item] = [centres[item]![0] + shift, top + rowHeight / 2];
    top += rowHeight + gapY;
    return [top - gapY - rowHeight, top - gapY] as const;
  });
  const height = Math.max(0, top - gapY);
  const box = (id: number): Rect => ({
    x: centres[id]![0],
    y: centres[id]![1],
    halfWidth: sizes[id]![0] / 2,
    halfHeight: sizes[id]![1] / 2,
  });
  const routes = chains.map((chain) =>
    chain.length < 2
      ? []
      : clipToBoxes(
          chain.map((item) => centres[item]!),
          box(chain[0]!),
          box(chain[chain.length - 1]!),
        ),
  );
  const real = centres.slice(0, input.nodes.length);
  const laned = laneThroughLayers(input.edges, routes, real, sizes);
  return {
    width,
    height,
    centres: real,
    // Edges through dummies are apart already (a dummy each): only edges between neighbouring
    // layers are spread, in the gap between those layers.
    routes: separateParallel(input.edges, laned, PARALLEL_SPACING, (index) => {
      const chain = chains[index]!;
      if (chain.length !== 2) return undefined;
      return [bands[layerOf[chain[0]!]!]![1], bands[layerOf[chain[1]!]!]![0]];
    }),
  };
}
