import { ancestorsOf, descendantsOf, type Graph } from '../graph/index.ts';
import { pathTotals } from './count.ts';

/** Arithmetic operations a method performs: multiplications and additions, exact. */
export interface OpCount {
  readonly multiplications: bigint;
  readonly additions: bigint;
}

/**
 * The naive sum over paths for ∂to/∂from: each path of L edges is a product of L local
 * partials (L − 1 multiplications), and P paths need P − 1 additions.
 */
export function naivePathSumCost(graph: Graph, from: number, to: number): OpCount {
  const { count, totalEdges } = pathTotals(graph, from, to);
  // No path, or the one empty path from a node to itself (∂x/∂x = 1): nothing to do.
  if (count === 0n || from === to) return { multiplications: 0n, additions: 0n };
  return { multiplications: totalEdges - count, additions: count - 1n };
}

/**
 * One forward-mode pass from `input`: one multiplication per edge leaving a node reached from
 * the input, and k − 1 additions at a node where k such edges arrive.
 */
export function forwardModeCost(graph: Graph, input: number): OpCount {
  const reached = descendantsOf(graph, input);
  let multiplications = 0;
  let additions = 0;
  for (let v = input + 1; v < graph.nodes.length; v++) {
    if (!reached[v]) continue;
    let arriving = 0;
    for (const u of graph.nodes[v]!.operands) if (reached[u]) arriving++;
    multiplications += arriving;
    additions += Math.max(0, arriving - 1);
  }
  return { multiplications: BigInt(multiplications), additions: BigInt(additions) };
}

/**
 * One reverse-mode pass from `output`: one multiplication per edge into a node that reaches the
 * output, and k − 1 additions at a node that receives k contributions.
 */
export function reverseModeCost(graph: Graph, output: number): OpCount {
  const reaching = ancestorsOf(graph, output);
  const received = new Uint32Array(graph.nodes.length);
  let multiplications = 0;
  for (let v = output; v >= 0; v--) {
    if (!reaching[v]) continue;
    for (const u of graph.nodes[v]!.operands) {
      multiplications++;
      received[u]!++;
    }
  }
  let additions = 0;
  for (const k of received) additions += Math.max(0, k - 1);
  return { multiplications: BigInt(multiplications), additions: BigInt(additions) };
}

/** The number of operation nodes: the cost, in node evaluations, of one forward evaluation. */
export function evaluationCost(graph: Graph): number {
  let ops = 0;
  for (const node of graph.nodes) if (node.kind === 'op') ops++;
  return ops;
}
