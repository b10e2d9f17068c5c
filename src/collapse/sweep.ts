import type { EdgeInfo } from '../analysis.ts';
import { chainProduct, type Trace, type TraceStep } from '../trace/index.ts';

/**
 * A DAG to sweep: nodes 0..nodeCount-1 in topological order (every edge has from < to), and its
 * edges ordered by target node, then operand index, each edge's id being its position.
 */
export interface SweepGraph {
  readonly nodeCount: number;
  readonly edges: readonly EdgeInfo[];
}

/** A sweep's derivatives by node id, and the steps that made them. */
export interface Sweep {
  readonly derivatives: Float64Array;
  readonly trace: Trace;
}

/**
 * Reverse mode from `seed`, recorded as the tape records it (`tapeGradient`): the seed step,
 * then the nodes in descending id; each node that reaches the seed sends its adjoint along
 * each of its incoming edges in operand order (a step even when the adjoint is 0), and the
 * operand sums (`+=`) what arrives. Gives ∂seed/∂node, 0 for nodes that do not reach it.
 */
export function reverseSweep(graph: SweepGraph, seed: number): Sweep {
  const start = edgeStarts(graph);
  const adjoint = new Float64Array(graph.nodeCount);
  const reaching = new Uint8Array(graph.nodeCount);
  const steps: TraceStep[] = [{ kind: 'seed', node: seed, value: 1 }];
  adjoint[seed] = 1;
  reaching[seed] = 1;
  for (let v = seed; v >= 0; v--) {
    if (reaching[v] === 0) continue;
    const incoming = adjoint[v]!;
    for (let e = start[v]!; e < start[v + 1]!; e++) {
      const { id, from, local } = graph.edges[e]!;
      const contribution = chainProduct(incoming, local);
      adjoint[from]! += contribution;
      reaching[from] = 1;
      steps.push({
        kind: 'edge',
        edge: id,
        from,
        to: v,
        receiver: from,
        local,
        incoming,
        contribution,
        accumulated: adjoint[from]!,
      });
    }
  }
  return { derivatives: adjoint, trace: { mode: 'reverse', seed, steps } };
}

/**
 * Forward mode from `seed`, recorded as the tape records it (`tapeTangents`): the seed step,
 * then the later nodes in ascending id; a node with an operand reached from the seed sums
 * (tangent · local) over its incoming edges from reached operands, one step per edge in
 * operand order. Gives ∂node/∂seed, 0 for nodes the seed does not reach.
 */
export function forwardSweep(graph: SweepGraph, seed: number): Sweep {
  const start = edgeStarts(graph);
  const tangent = new Float64Array(graph.nodeCount);
  const reached = new Uint8Array(graph.nodeCount);
  const steps: TraceStep[] = [{ kind: 'seed', node: seed, value: 1 }];
  tangent[seed] = 1;
  reached[seed] = 1;
  for (let v = seed + 1; v < graph.nodeCount; v++) {
    let sum = 0;
    for (let e = start[v]!; e < start[v + 1]!; e++) {
      const { id, from, local } = graph.edges[e]!;
      if (reached[from] === 0) continue;
      const incoming = tangent[from]!;
      const contribution = chainProduct(incoming, local);
      sum += contribution;
      reached[v] = 1;
      steps.push({
        kind: 'edge',
        edge: id,
        from,
        to: v,
        receiver: v,
        local,
        incoming,
        contribution,
        accumulated: sum,
      });
    }
    tangent[v] = sum;
  }
  return { derivatives: tangent, trace: { mode: 'forward', seed, steps } };
}

/** The edges entering node v are `edges[start[v]]` up to `edges[start[v + 1]]`. */
function edgeStarts(graph: SweepGraph): Int32Array {
  const start = new Int32Array(graph.nodeCount + 1);
  for (const edge of graph.edges) start[edge.to + 1]!++;
  for (let v = 0; v < graph.nodeCount; v++) start[v + 1]! += start[v]!;
  return start;
}
