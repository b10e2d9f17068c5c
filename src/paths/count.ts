import type { Graph } from '../graph/index.ts';

/**
 * The exact number of paths from `from` to `to` (parallel edges count separately), by dynamic
 * programming in topological order: paths(v) = Σ over incoming edges (u→v) of paths(u).
 * Linear in the graph's size whatever the count: a 100-stage ladder gives 2^100 at once.
 */
export function countPaths(graph: Graph, from: number, to: number): bigint {
  if (to < from) return 0n;
  const paths = new Array<bigint>(to + 1).fill(0n);
  paths[from] = 1n;
  for (let v = from + 1; v <= to; v++) {
    let sum = 0n;
    for (const u of graph.nodes[v]!.operands) if (u >= from) sum += paths[u]!;
    paths[v] = sum;
  }
  return paths[to]!;
}

/**
 * The number of paths from every node to `to`, by node id, in one reverse pass:
 * pathsTo(u) = Σ over outgoing edges (u→v) of pathsTo(v). Gives every input's count at once.
 */
export function countPathsTo(graph: Graph, to: number): bigint[] {
  const paths = new Array<bigint>(graph.nodes.length).fill(0n);
  paths[to] = 1n;
  for (let v = to; v >= 0; v--) {
    const p = paths[v]!;
    if (p === 0n) continue;
    for (const u of graph.nodes[v]!.operands) paths[u] = paths[u]! + p;
  }
  return paths;
}

/** Count of paths and the sum of their lengths (in edges), from `from` to `to`. */
export interface PathTotals {
  readonly count: bigint;
  readonly totalEdges: bigint;
}

/**
 * Paths from `from` to `to` and their total length, by one pass: for each edge u→v,
 * count(v) += count(u) and length(v) += length(u) + count(u).
 */
export function pathTotals(graph: Graph, from: number, to: number): PathTotals {
  if (to < from) return { count: 0n, totalEdges: 0n };
  const count = new Array<bigint>(to + 1).fill(0n);
  const length = new Array<bigint>(to + 1).fill(0n);
  count[from] = 1n;
  for (let v = from + 1; v <= to; v++) {
    let c = 0n;
    let l = 0n;
    for (const u of graph.nodes[v]!.operands) {
      if (u < from) continue;
      c += count[u]!;
      l += length[u]! + count[u]!;
    }
    count[v] = c;
    length[v] = l;
  }
  return { count: count[to]!, totalEdges: length[to]! };
}
