import type { Graph } from '../graph/index.ts';
import type { Trace, TraceStep } from '../trace/index.ts';

/** The forward pass as a trace: one step per node in topological order, with its value. */
export function valuesTrace(graph: Graph, values: Float64Array): Trace {
  const steps: TraceStep[] = graph.nodes.map((node) => ({
    kind: 'value',
    node: node.id,
    value: values[node.id]!,
  }));
  return { mode: 'values', seed: -1, steps };
}
