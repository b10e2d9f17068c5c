import { ancestorsOf, type Graph } from '../graph/index.ts';
import { chainProduct } from '../trace/index.ts';

/** What a (possibly partial) naive sum over paths did. */
export interface NaiveSum {
  /** The sum of the products of the paths visited. */
  readonly sum: number;
  readonly paths: number;
  /** Multiplications and additions done: (L − 1) per path of L edges, and one per path after the first. */
  readonly operations: number;
}

/**
 * The naive derivative ∂to/∂from: visits the paths one by one, in depth-first order, with an
 * explicit stack, and multiplies each path's local partials from scratch (no shared prefixes,
 * which would already be factoring). Stops after `maxOperations` operations or `maxPaths`
 * paths, whichever comes first. No allocation per path: this is what the lab times.
 */
export function naivePathSum(
  graph: Graph,
  from: number,
  to: number,
  locals: Float64Array,
  maxOperations = Number.POSITIVE_INFINITY,
  maxPaths = Number.POSITIVE_INFINITY,
): NaiveSum {
  if (from < 0 || to < from) return { sum: 0, paths: 0, operations: 0 };
  const reaching = ancestorsOf(graph, to);
  if (!reaching[from]) return { sum: 0, paths: 0, operations: 0 };
  const { outEdges, edges } = graph;
  const depth = to - from + 1;
  // 1. Frames: a node, and the index of its next outgoing edge to try; `path` holds the edges.
  const nodes = new Int32Array(depth);
  const next = new Int32Array(depth);
  const path = new Int32Array(depth);
  let top = 0;
  nodes[0] = from;
  let sum = 0;
  let paths = 0;
  let operations = 0;
  while (top >= 0) {
    const v = nodes[top]!;
    if (v === to) {
      // 2. A whole path: the product of its top edges' locals, computed afresh.
      let product = 1;
      if (top > 0) {
        // chainProduct: a local that is not finite makes the whole path NaN, as in both modes.
        product = chainProduct(1, locals[path[0]!]!);
        for (let i = 1; i < top; i++) product = chainProduct(product, locals[path[i]!]!);
        operations += top - 1;
      }
      if (paths > 0) operations++;
      sum += product;
      paths++;
      top--;
      if (operations >= maxOperations || paths >= maxPaths) break;
      continue;
    }
    // 3. The next outgoing edge whose head still reaches `to`, else back up.
    const out = outEdges[v]!;
    let i = next[top]!;
    while (i < out.length && !reaching[edges[out[i]!]!.to]) i++;
    if (i >= out.length) {
      top--;
      continue;
    }
    next[top] = i + 1;
    path[top] = out[i]!;
    top++;
    nodes[top] = edges[out[i]!]!.to;
    next[top] = 0;
  }
  return { sum, paths, operations };
}
