import type { NodeInfo } from '../../src/index.ts';

/** Graphs with at most this many nodes list every node in the seed menus. */
export const ALL_NODES_LISTED = 300;

/**
 * The nodes a menu offers as a derivative's seed: never constants; in a large graph only inputs,
 * named nodes and the current choice (the rest are chosen by clicking them on the graph), so a
 * 10,000-node program does not put 10,000 options in each menu.
 */
export function seedCandidates(nodes: readonly NodeInfo[], current: number): NodeInfo[] {
  const all = nodes.length <= ALL_NODES_LISTED;
  return nodes.filter(
    (n) =>
      n.kind !== 'constant' &&
      (all || n.kind === 'input' || n.names.length > 0 || n.id === current),
  );
}
