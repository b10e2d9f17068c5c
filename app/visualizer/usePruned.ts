import { useMemo } from 'react';
import { type Analysis, type Graph, nodesBetween } from '../../src/index.ts';

/** The nodes off every path between the chosen input and output, and how many are on one. */
export interface Pruned {
  readonly dimmed: ReadonlySet<number>;
  readonly count: number;
}

/**
 * Pruning (the Deep Learning book's pruned graph): with `on`, the nodes that matter for
 * ∂output/∂input are those on some path from the input to the output; the rest are dimmed.
 * Undefined when off or when either end is not chosen.
 */
export function usePruned(
  analysis: Analysis | null,
  on: boolean,
  input: number,
  output: number,
): Pruned | undefined {
  return useMemo(() => {
    if (!on || !analysis || input < 0 || output < 0) return undefined;
    // nodesBetween reads only the nodes' operands, which the analysis's nodes carry too.
    const graph = { nodes: analysis.nodes } as unknown as Graph;
    const { nodes, count } = nodesBetween(graph, input, output);
    const matter = new Set(nodes);
    const dimmed = new Set(analysis.nodes.map((n) => n.id).filter((id) => !matter.has(id)));
    return { dimmed, count };
  }, [analysis, on, input, output]);
}
