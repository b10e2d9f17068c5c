import { ancestorsOf, descendantsOf } from './reach.ts';
import type { Graph } from './types.ts';

/** The nodes that matter for ∂to/∂from, and how many there are. */
export interface PrunedNodes {
  /** Node ids on some path from `from` to `to` (both ends included), ascending; empty if none. */
  readonly nodes: readonly number[];
  readonly count: number;
}

/**
 * The pruned graph for one derivative: a node matters for ∂to/∂from exactly when it lies on
 * some path from `from` to `to`, that is when it is both a descendant of `from` and an ancestor
 * of `to`. Every other node can be dimmed: no chain-rule term passes through it. Two passes
 * over the ids between the ends, no recursion. `from === to` gives that one node.
 */
export function nodesBetween(graph: Graph, from: number, to: number): PrunedNodes {
  if (to < from) return { nodes: [], count: 0 };
  const below = descendantsOf(graph, from);
  const above = ancestorsOf(graph, to);
  const nodes: number[] = [];
  for (let v = from; v <= to; v++) if (below[v] && above[v]) nodes.push(v);
  return { nodes, count: nodes.length };
}
