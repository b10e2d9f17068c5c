import type { Decross, SugiNode } from 'd3-dag';
import type { LayoutInput, LayoutOptions } from './types.ts';

/** Sweeps (down then up) that spread the previous x from known items to new ones. */
const SWEEPS = 4;

/**
 * Where things were in the previous layout, in terms of the new input's ids. "x" is the
 * coordinate along the previous layout's layers (screen x for `up`, screen y for `right`),
 * whichever orientation the new layout has: only the order it gives matters.
 */
export interface PreviousPositions {
  /** Each node's previous x, by new id; `undefined` for new nodes. */
  readonly nodeX: readonly (number | undefined)[];
  /**
   * Each node's previous layer, by new id (0 for the sources' side, in the order of the
   * previous layout's layers; gaps allowed); `undefined` for new nodes.
   */
  readonly nodeLayer: readonly (number | undefined)[];
  /**
   * Each edge's previous x at a fraction `t` of the way from its `from` node to its `to` node
   * (across layers), by new edge index; `undefined` for edges the previous layout did not have.
   */
  readonly edgeX: readonly (((t: number) => number) | undefined)[];
}

type Point = readonly [number, number];

/**
 * The cross coordinate (along a layer) of a polyline where its layer coordinate is `level`
 * (first crossing), or undefined. Points are [cross, layer] pairs.
 */
function crossAt(points: readonly Point[], level: number): number | undefined {
  for (let i = 1; i < points.length; i++) {
    const [c0, l0] = points[i - 1]!;
    const [c1, l1] = points[i]!;
    if ((l0 - level) * (l1 - level) > 0) continue;
    return l1 === l0 ? c0 : c0 + ((c1 - c0) * (level - l0)) / (l1 - l0);
  }
  return undefined;
}

/**
 * The positions `options.previous` had for the nodes and edges of `input`, matched by
 * `options.keys`; `undefined` when there is no usable hint (no keys, keys of the wrong length,
 * or no node in common). A key that occurs more than once in either version only matches its
 * first occurrence, so that a poor key function cannot swap nodes around.
 */
export function previousPositions(
  input: LayoutInput,
  { keys, previous }: LayoutOptions,
): PreviousPositions | undefined {
  if (!keys || !previous || keys.length !== input.nodes.length) return undefined;
  const { layout } = previous;
  if (previous.keys.length !== layout.nodes.length) return undefined;
  // 1. Each previous point as [along its layers, across them].
  const right = layout.orientation === 'right';
  const frame = ({ x, y }: { x: number; y: number }): Point => (right ? [y, x] : [x, y]);
  const before = new Map<string, number>();
  previous.keys.forEach((key, id) => {
    const node = layout.nodes[id];
    const x = node && frame(node)[0];
    if (!before.has(key) && x !== undefined && Number.isFinite(x)) before.set(key, id);
  });
  const seen = new Set<string>();
  const oldIds = keys.map((key) => {
    if (seen.has(key)) return undefined;
    seen.add(key);
    return before.get(key);
  });
  if (oldIds.every((id) => id === undefined)) return undefined;
  const nodeX = oldIds.map((id) => (id === undefined ? undefined : frame(layout.nodes[id]!)[0]));
  // Layers from the coordinate across them: sources are at the bottom (`up`) or left (`right`).
  const depth = (id: number) => {
    const across = frame(layout.nodes[id]!)[1];
    return Math.round(right ? across : -across);
  };
  const levels = [...new Set(layout.nodes.map((_, id) => depth(id)))].sort((a, b) => a - b);
  const levelOf = new Map(levels.map((level, i) => [level, i]));
  const nodeLayer = oldIds.map((id) => (id === undefined ? undefined : levelOf.get(depth(id))));
  // 2. Edges by their ends' old ids and rank among parallel edges.
  const edgeKey = (from: number, to: number, rank: number) => `${from}>${to}#${rank}`;
  const routes = new Map<string, number>();
  const ranks = new Map<string, number>();
  const rankOf = (from: number, to: number) => {
    const pair = `${from}>${to}`;
    const rank = ranks.get(pair) ?? 0;
    ranks.set(pair, rank + 1);
    return rank;
  };
  previous.edges?.forEach(({ from, to }, index) => {
    if (layout.edges[index]?.points.length) routes.set(edgeKey(from, to, rankOf(from, to)), index);
  });
  ranks.clear();
  const edgeX = input.edges.map(({ from, to }) => {
    const [a, b] = [oldIds[from], oldIds[to]];
    if (a === undefined || b === undefined) return undefined;
    const index = routes.get(edgeKey(a, b, rankOf(a, b)));
    const [p, q] = [frame(layout.nodes[a]!), frame(layout.nodes[b]!)];
    const points =
      index === undefined
        ? undefined
        : layout.edges[index]!.points.map(([x, y]) => frame({ x, y }));
    return (t: number) => {
      const along = points && crossAt(points, p[1] + (q[1] - p[1]) * t);
      return along ?? p[0] + (q[0] - p[0]) * t;
    };
  });
  return { nodeX, nodeLayer, edgeX };
}

type Item = SugiNode<number, number>;

/**
 * A d3-dag decross operator that keeps the previous left-to-right order: it runs `base`
 * (so new nodes and the dummy nodes of long edges start from a crossing-reduced order), then
 * sorts every layer by a target x: the previous x for nodes that existed before, the previous
 * route's x (at the same fraction of its height) for a dummy on an edge that existed before, the
 * barycentre of its neighbours' targets (a few sweeps) for new items, and for items connected
 * to nothing known a value between their known neighbours in `base`'s order. Ties keep
 * `base`'s order, so the result is deterministic. Nodes present in both versions keep their
 * previous relative order within each layer. With `targets`, each item's target x is recorded
 * there (for `keptCoord`). Uses no recursion.
 */
export function stableDecross(
  base: Decross<number, number>,
  { nodeX, edgeX }: PreviousPositions,
  targets?: Map<Item, number>,
): Decross<number, number> {
  return (layers: Item[][]) => {
    base(layers);
    const layerOf = new Map<number, number>();
    layers.forEach((layer, l) => {
      for (const item of layer) if (item.data.role === 'node') layerOf.set(item.data.node.data, l);
    });
    // 1. Targets of known items: previous x, interpolated along edges between known nodes.
    const target = new Map<Item, number>();
    layers.forEach((layer, l) => {
      for (const item of layer) {
        const { data } = item;
        if (data.role === 'node') {
          const x = nodeX[data.node.data];
          if (x !== undefined) target.set(item, x);
          continue;
        }
        const { source, target: end } = data.link;
        const [la, lb] = [layerOf.get(source.data), layerOf.get(end.data)];
        const along = edgeX[data.link.data];
        if (along === undefined || la === undefined || lb === undefined) continue;
        // d3-dag may reverse a link; t runs from the input edge's `from` to its `to`.
        const [from, to] = source.data < end.data ? [la, lb] : [lb, la];
        target.set(item, along(to === from ? 0.5 : (l - from) / (to - from)));
      }
    });
    if (target.size === 0) return;
    const known = new Set(target.keys());
    // 2. New items: barycentre of their neighbours' targets, swept down and up.
    const settle = (layer: Item[]) => {
      for (const item of layer) {
        if (known.has(item)) continue;
        let sum = 0;
        let count = 0;
        for (const near of [...item.parents(), ...item.children()]) {
          const x = target.get(near);
          if (x === undefined) continue;
          sum += x;
          count++;
        }
        if (count > 0) target.set(item, sum / count);
      }
    };
    for (let sweep = 0; sweep < SWEEPS; sweep++) {
      for (const layer of layers) settle(layer);
      for (let l = layers.length - 1; l >= 0; l--) settle(layers[l]!);
    }
    // 3. Items still without a target sit between their neighbours in base's order; then sort.
    for (const layer of layers) {
      const xs = layer.map((item) => target.get(item));
      if (xs.every((x) => x === undefined)) continue;
      const filled = fillGaps(xs);
      const rank = layer.map((item, i) => ({ item, x: filled[i]!, i }));
      rank.sort((p, q) => p.x - q.x || p.i - q.i);
      rank.forEach(({ item, x }, i) => {
        layer[i] = item;
        targets?.set(item, x);
      });
    }
  };
}

/**
 * Replaces each `undefined` by a value between the nearest defined values on its left and
 * right (just beside the one that exists when only one does). Expects at least one defined.
 */
function fillGaps(xs: readonly (number | undefined)[]): number[] {
  const out: number[] = new Array(xs.length);
  let i = 0;
  while (i < xs.length) {
    if (xs[i] !== undefined) {
      out[i] = xs[i]!;
      i++;
      continue;
    }
    let j = i;
    while (j < xs.length && xs[j] === undefined) j++;
    const left = i > 0 ? out[i - 1] : undefined;
    const right = j < xs.length ? xs[j] : undefined;
    const value =
      left !== undefined && right !== undefined
        ? (left + right) / 2
        : left !== undefined
          ? left + 0.5
          : right! - 0.5;
    for (let k = i; k < j; k++) out[k] = value;
    i = j;
  }
  return out;
}
