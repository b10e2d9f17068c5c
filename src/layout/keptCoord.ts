import type { Coord, SugiNode } from 'd3-dag';

type Item = SugiNode<number, number>;

/** How much an item without a target pulls toward the middle of the others: almost nothing. */
const UNTARGETED_WEIGHT = 1e-3;

/**
 * A d3-dag coord operator that puts every item of a layer as near as it can to its target
 * (where it was in the previous drawing, see `stableDecross`) while keeping the layer's order
 * and the separation d3-dag asks for: so an edit leaves the nodes it did not touch where they
 * were, and moves the others aside only as far as a new node needs. `targets` is filled by
 * the decross operator run just before; an item without one (rare: nothing near it was drawn
 * before) leans toward the middle of the others. O(items).
 */
export function keptCoord(targets: ReadonlyMap<Item, number>): Coord<number, number> {
  return ((layers: Item[][], sep: (left: Item | undefined, right: Item | undefined) => number) => {
    let sum = 0;
    for (const x of targets.values()) sum += x;
    const middle = targets.size > 0 ? sum / targets.size : 0;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const layer of layers) {
      placeInOrder(layer, targets, sep, middle);
      for (const item of layer) {
        min = Math.min(min, item.x - sep(undefined, item));
        max = Math.max(max, item.x + sep(item, undefined));
      }
    }
    if (!Number.isFinite(min)) return 0;
    for (const layer of layers) for (const item of layer) item.x -= min;
    return max - min;
  }) as Coord<number, number>;
}

/**
 * Sets `x` of each item of `layer` (in its order) to the least-squares fit to its target under
 * `x[i+1] - x[i] >= sep(i, i+1)`: with `y[i] = x[i] - (sum of the seps before i)` the
 * constraints say y is non-decreasing, and the weighted fit of a non-decreasing sequence is
 * pooling adjacent violators (merge neighbouring blocks while the left one's mean is larger).
 */
function placeInOrder(
  layer: readonly Item[],
  targets: ReadonlyMap<Item, number>,
  sep: (left: Item | undefined, right: Item | undefined) => number,
  middle: number,
): void {
  const n = layer.length;
  const offset = new Float64Array(n);
  for (let i = 1; i < n; i++) offset[i] = offset[i - 1]! + sep(layer[i - 1], layer[i]);
  // Blocks as a stack: weighted sum of shifted targets, total weight, index of first item.
  const sums: number[] = [];
  const weights: number[] = [];
  const starts: number[] = [];
  for (let i = 0; i < n; i++) {
    const target = targets.get(layer[i]!);
    const weight = target === undefined ? UNTARGETED_WEIGHT : 1;
    sums.push(weight * ((target ?? middle) - offset[i]!));
    weights.push(weight);
    starts.push(i);
    while (sums.length > 1) {
      const last = sums.length - 1;
      if (sums[last - 1]! / weights[last - 1]! <= sums[last]! / weights[last]!) break;
      sums[last - 1]! += sums[last]!;
      weights[last - 1]! += weights[last]!;
      sums.pop();
      weights.pop();
      starts.pop();
    }
  }
  for (let b = 0; b < starts.length; b++) {
    const y = sums[b]! / weights[b]!;
    const end = b + 1 < starts.length ? starts[b + 1]! : n;
    for (let i = starts[b]!; i < end; i++) layer[i]!.x = y + offset[i]!;
  }
}
