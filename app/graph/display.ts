import type { Analysis, ReplayState, TraceMode } from '../../src/index.ts';

/** How a node looks at the current step. */
export type NodeStatus = 'pending' | 'partial' | 'active' | 'done';
/** How an edge looks at the current step. */
export type EdgeStatus = 'idle' | 'active' | 'done' | 'off';

export interface NodeDisplay {
  /** The value drawn, or undefined while the forward pass has not reached the node. */
  readonly value: number | undefined;
  /** The running derivative drawn in a derivative mode (0 until something arrives). */
  readonly derivative: number | undefined;
  /** Whether anything has arrived at the node yet in a derivative mode. */
  readonly touched: boolean;
  readonly status: NodeStatus;
}

export interface GraphDisplay {
  readonly nodes: readonly NodeDisplay[];
  readonly edges: readonly EdgeStatus[];
  /** Edges whose local partial is not finite (every path across them is NaN), by id. */
  readonly nonFinite: ReadonlySet<number>;
}

/**
 * What every node and edge shows after the replayed steps of the current trace.
 * Values mode reveals values node by node; derivative modes show every value (the forward pass
 * is done) and the running sums; without a trace (large graphs) everything is final.
 */
export function graphDisplay(
  analysis: Analysis,
  mode: TraceMode,
  state: ReplayState | undefined,
): GraphDisplay {
  const current = state?.current;
  const activeEdge = current?.kind === 'edge' ? current.edge : -1;
  const activeNode =
    current === undefined ? -1 : current.kind === 'edge' ? current.receiver : current.node;
  const doneEdges = new Set<number>();
  const touchedEdges = new Set<number>();
  if (state && mode !== 'values') {
    // Edges carried by the steps so far are done; edges of the trace not yet reached are idle.
    const trace = analysis.traces?.[mode];
    trace?.steps.forEach((s, i) => {
      if (s.kind !== 'edge') return;
      touchedEdges.add(s.edge);
      if (i < state.step) doneEdges.add(s.edge);
    });
  }
  const nodes = analysis.nodes.map((node): NodeDisplay => {
    if (!state)
      return {
        value: node.value,
        derivative: derivativeAtEnd(analysis, mode, node.id),
        touched: true,
        status: 'done',
      };
    const shown = state.shown[node.id];
    const status: NodeStatus =
      node.id === activeNode
        ? 'active'
        : state.finished[node.id]
          ? 'done'
          : state.received[node.id]! > 0
            ? 'partial'
            : 'pending';
    if (mode === 'values')
      return { value: shown, derivative: undefined, touched: shown !== undefined, status };
    return { value: node.value, derivative: shown ?? 0, touched: shown !== undefined, status };
  });
  const edges = analysis.edges.map((edge): EdgeStatus => {
    if (mode === 'values') {
      const target = state ? state.shown[edge.to] !== undefined : true;
      return target ? 'done' : 'idle';
    }
    if (!state) return 'done';
    if (edge.id === activeEdge) return 'active';
    if (doneEdges.has(edge.id)) return 'done';
    return touchedEdges.has(edge.id) ? 'idle' : 'off';
  });
  const nonFinite = new Set<number>();
  for (const edge of analysis.edges) if (!Number.isFinite(edge.local)) nonFinite.add(edge.id);
  return { nodes, edges, nonFinite };
}

/** Without a trace: the final derivative of a node in the mode (reverse mode from the output). */
function derivativeAtEnd(analysis: Analysis, mode: TraceMode, node: number): number | undefined {
  return mode === 'reverse' ? analysis.gradient[node] : undefined;
}
