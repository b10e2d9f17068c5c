import type { Decross, SugiNode } from 'd3-dag';
import type { LayoutInput } from './types.ts';

/** Each node's rank by id (`undefined` for unranked nodes), or `undefined` when none has one. */
export function ranksOf(input: LayoutInput): (number | undefined)[] | undefined {
  const ranks = input.nodes.map(({ rank }) =>
    rank !== undefined && Number.isFinite(rank) ? rank : undefined,
  );
  return ranks.some((rank) => rank !== undefined) ? ranks : undefined;
}

/**
 * Re-sorts, in place, the ranked items of one layer by rank into the slots the ranked items
 * occupy; unranked items keep their slots. Equal ranks keep their current order, so the result
 * is deterministic.
 */
export function sortRanked<T>(layer: T[], rankOf: (item: T) => number | undefined): void {
  // 1. The slots of the ranked items, and those items with their rank and current position.
  const slots: number[] = [];
  const ranked: { item: T; rank: number }[] = [];
  layer.forEach((item, slot) => {
    const rank = rankOf(item);
    if (rank === undefined) return;
    slots.push(slot);
    ranked.push({ item, rank });
  });
  if (ranked.length < 2) return;
  // 2. A stable sort by rank (Array.prototype.sort is stable), then back into the same slots.
  ranked.sort((a, b) => a.rank - b.rank);
  slots.forEach((slot, k) => {
    layer[slot] = ranked[k]!.item;
  });
}

type Item = SugiNode<number, number>;

const rankOfItem =
  (ranks: readonly (number | undefined)[]) =>
  (item: Item): number | undefined =>
    item.data.role === 'node' ? ranks[item.data.node.data] : undefined;

/**
 * A d3-dag decross operator that runs `base`, then puts the ranked nodes of every layer in
 * increasing rank (see `sortRanked`): nodes with `ranks[id]` defined that share a layer come
 * out in rank order along it; dummy nodes and unranked nodes keep the slots `base` gave them.
 */
export function rankedDecross(
  base: Decross<number, number>,
  ranks: readonly (number | undefined)[],
): Decross<number, number> {
  const rankOf = rankOfItem(ranks);
  return (layers: Item[][]) => {
    base(layers);
    for (const layer of layers) sortRanked(layer, rankOf);
  };
}
