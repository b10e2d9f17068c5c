import { DEFAULT_MAX_NODES } from '../graph/build.ts';
import { GraphBuilder } from '../graph/builder.ts';
import type { Graph } from '../graph/types.ts';
import { differentiateInto } from './backward.ts';

/** A graph with its derivative nodes, and where the gradient is in it. */
export interface DerivativeGraph {
  /** The original nodes (same ids), then the added ones (`derivative: true`); same outputs. */
  readonly graph: Graph;
  /** ∂output/∂input as a node, per input in `graph.inputs` order (a constant 0 node if none). */
  readonly gradient: readonly number[];
  /** How many nodes were added. */
  readonly added: number;
}

class TooLarge extends Error {}

/**
 * The derivative graph of `graph` for `output` (default: its first output): the same nodes,
 * then nodes computing ∂output/∂v for every node v between the inputs and the output, built
 * symbol-to-symbol by `differentiateInto` and shared with the original by hash-consing.
 * Undefined when it would pass `maxNodes` nodes in all.
 */
export function withDerivativeGraph(
  graph: Graph,
  output: number = graph.output,
  maxNodes: number = DEFAULT_MAX_NODES,
): DerivativeGraph | undefined {
  const sharing = true;
  const builder = new GraphBuilder(
    sharing,
    () => {
      throw new TooLarge();
    },
    Math.max(maxNodes, graph.nodes.length),
  );
  for (const node of graph.nodes) builder.adopt(node);
  const position = graph.outputs.indexOf(output);
  const outputName = position >= 0 ? graph.outputNames[position]! : graph.nodes[output]!.label;
  try {
    const adjoint = differentiateInto(builder, output, graph.inputs, {
      span: { start: 0, end: 0 },
      outputName,
    });
    const gradient = graph.inputs.map((input) =>
      input <= output && adjoint[input]! >= 0 ? adjoint[input]! : zero(builder),
    );
    const extended = builder.finish(graph.outputs, graph.outputNames);
    return { graph: extended, gradient, added: extended.nodes.length - graph.nodes.length };
  } catch (error) {
    if (error instanceof TooLarge) return undefined;
    throw error;
  }
}

/** The constant 0, flagged as a derivative node when it is new. */
function zero(builder: GraphBuilder): number {
  builder.markingDerivatives = true;
  const id = builder.constant(0, '0', { start: 0, end: 0 });
  builder.markingDerivatives = false;
  return id;
}
