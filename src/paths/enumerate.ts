import { ancestorsOf, type Graph } from '../graph/index.ts';
import { chainProduct } from '../trace/index.ts';

/**
 * One path: its edges in order from source to target, and the product of their local partials
 * (NaN when one of them is not finite: such an edge poisons every path across it).
 */
export interface PathTerm {
  readonly edges: readonly number[];
  readonly product: number;
}

/**
 * Lists the paths from `from` to `to` lazily, in depth-first order, with an explicit stack
 * (no recursion): only nodes that reach `to` are entered, so every branch yields a path.
 * Take as many as wanted; the count itself comes from `countPaths`.
 */
export function* enumeratePaths(
  graph: Graph,
  from: number,
  to: number,
  locals: Float64Array,
): Generator<PathTerm> {
  if (to < from) return;
  const reaching = ancestorsOf(graph, to);
  if (!reaching[from]) return;
  // Each frame: the node, and the index of its next outgoing edge to try.
  const nodes: number[] = [from];
  const next: number[] = [0];
  const path: number[] = [];
  while (nodes.length > 0) {
    const top = nodes.length - 1;
    const v = nodes[top]!;
    if (v === to) {
      yield { edges: [...path], product: path.reduce((p, e) => chainProduct(p, locals[e]!), 1) };
      nodes.pop();
      next.pop();
      path.pop();
      continue;
    }
    const out = graph.outEdges[v]!;
    let i = next[top]!;
    while (i < out.length && !reaching[graph.edges[out[i]!]!.to]) i++;
    if (i >= out.length) {
      nodes.pop();
      next.pop();
      path.pop();
      continue;
    }
    next[top] = i + 1;
    const e = out[i]!;
    path.push(e);
    nodes.push(graph.edges[e]!.to);
    next.push(0);
  }
}
