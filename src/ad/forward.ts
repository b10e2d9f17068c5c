import { descendantsOf, type Graph } from '../graph/index.ts';
import { chainProduct, type Trace, type TraceStep } from './trace.ts';

/** Derivatives of every node with respect to one node, and optionally the steps that made them. */
export interface ModeResult {
  /** By node id: ∂node/∂seed in forward mode, ∂seed/∂node in reverse mode. */
  readonly derivatives: Float64Array;
  readonly trace?: Trace;
}

/**
 * Forward mode from `seed`: one pass in topological order; each node reached from the seed sums
 * (∂operand/∂seed · ∂node/∂operand) over its incoming edges. Gives ∂v/∂seed for every v.
 * `locals` are the edges' local partials from `evaluate`. Records a trace when asked.
 */
export function forwardMode(
  graph: Graph,
  locals: Float64Array,
  seed: number,
  options: { readonly trace?: boolean } = {},
): ModeResult {
  const tangents = new Float64Array(graph.nodes.length);
  const reached = descendantsOf(graph, seed);
  const steps: TraceStep[] | undefined = options.trace ? [] : undefined;
  tangents[seed] = 1;
  steps?.push({ kind: 'seed', node: seed, value: 1 });
  for (let v = seed + 1; v < graph.nodes.length; v++) {
    if (!reached[v]) continue;
    let sum = 0;
    for (const e of graph.inEdges[v]!) {
      const edge = graph.edges[e]!;
      if (!reached[edge.from]) continue;
      const incoming = tangents[edge.from]!;
      const local = locals[e]!;
      const contribution = chainProduct(incoming, local);
      sum += contribution;
      steps?.push({
        kind: 'edge',
        edge: e,
        from: edge.from,
        to: v,
        receiver: v,
        local,
        incoming,
        contribution,
        accumulated: sum,
      });
    }
    tangents[v] = sum;
  }
  return { derivatives: tangents, trace: steps && { mode: 'forward', seed, steps } };
}
