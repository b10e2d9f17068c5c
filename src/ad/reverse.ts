import { ancestorsOf, type Graph } from '../graph/index.ts';
import type { ModeResult } from './forward.ts';
import { chainProduct, type TraceStep } from './trace.ts';

/**
 * Reverse mode (backpropagation) from `seed`: ∂seed/∂seed = 1, then in reverse topological order
 * each node that reaches the seed sends (∂seed/∂node · ∂node/∂operand) back along each incoming
 * edge, and every operand sums (`+=`) what arrives. Gives ∂seed/∂v for every v in one pass.
 */
export function reverseMode(
  graph: Graph,
  locals: Float64Array,
  seed: number,
  options: { readonly trace?: boolean } = {},
): ModeResult {
  const adjoints = new Float64Array(graph.nodes.length);
  const reaching = ancestorsOf(graph, seed);
  const steps: TraceStep[] | undefined = options.trace ? [] : undefined;
  adjoints[seed] = 1;
  steps?.push({ kind: 'seed', node: seed, value: 1 });
  for (let v = seed; v >= 0; v--) {
    if (!reaching[v]) continue;
    const incoming = adjoints[v]!;
    for (const e of graph.inEdges[v]!) {
      const edge = graph.edges[e]!;
      const local = locals[e]!;
      const contribution = chainProduct(incoming, local);
      adjoints[edge.from]! += contribution;
      steps?.push({
        kind: 'edge',
        edge: e,
        from: edge.from,
        to: v,
        receiver: edge.from,
        local,
        incoming,
        contribution,
        accumulated: adjoints[edge.from]!,
      });
    }
  }
  return { derivatives: adjoints, trace: steps && { mode: 'reverse', seed, steps } };
}
