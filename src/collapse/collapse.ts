import type { Analysis, EdgeInfo, NodeInfo } from '../analysis.ts';
import type { Trace } from '../trace/index.ts';
import { FrontierFinder } from './frontier.ts';
import { visibilityOf } from './statements.ts';
import { forwardSweep, reverseSweep } from './sweep.ts';

/** The collapsed view of an analysis and how its nodes map to the full one. */
export interface CollapsedAnalysis {
  /** Same shape as the input, ids renumbered 0..m-1 in topological order. */
  readonly analysis: Analysis;
  /** Collapsed id -> id in the full analysis (ascending). */
  readonly fullId: readonly number[];
  /** Full id -> collapsed id, or -1 if hidden inside a statement. */
  readonly collapsedId: readonly number[];
  /**
   * Collapsed id -> the full ids it stands for (itself plus the hidden nodes it alone uses),
   * ascending. The lists are disjoint; a constant that several collapsed nodes use is in none.
   */
  readonly members: readonly (readonly number[])[];
}

/** The options of `collapseStatements`. */
export interface CollapseOptions {
  /** Full ids of statements drawn expanded (named nodes, or any node visible when collapsed). */
  readonly expanded?: ReadonlySet<number>;
  /** Full ids to seed the traces from; a hidden one falls back to the output (reverse) or
   * the first input (forward). Default: the output and the first input, as `analyze` does. */
  readonly seeds?: { readonly forward: number; readonly reverse: number };
}

/**
 * Collapses each statement of a program to one node. Visible: inputs, named nodes, the
 * output, the unnamed operations of expanded statements, and unnamed operations shared by
 * two or more visible nodes (or used by none); constants only as the output. Each visible
 * operation gets one edge from each visible node it reads through hidden nodes, in order of
 * first appearance, whose local is ∂node/∂operand holding the other visible nodes fixed, so
 * derivatives of visible nodes are those of the full graph. Traces (when the full analysis has
 * them) are recorded over the collapsed graph as the tape records them. An analysis without
 * per-node detail is returned as it is, with empty maps.
 */
export function collapseStatements(
  full: Analysis,
  options: CollapseOptions = {},
): CollapsedAnalysis {
  if (!full.detailed) return { analysis: full, fullId: [], collapsedId: [], members: [] };
  // 1. Visible nodes, numbered in id order (so topological).
  const outputs = new Set(full.outputs.map((o) => o.id));
  const { visible, owner } = visibilityOf(full.nodes, full.output, options.expanded, outputs);
  const fullId: number[] = [];
  const collapsedId = Array.from(visible, (shown, id) => (shown ? fullId.push(id) - 1 : -1));
  // 2. Edges from each visible node's frontier, by target then operand index.
  const finder = new FrontierFinder(full.nodes, full.edges, visible);
  const edges: EdgeInfo[] = [];
  const nodes: NodeInfo[] = fullId.map((v, to) => {
    const { from, local } = finder.frontierOf(v);
    const operands = from.map((u) => collapsedId[u]!);
    operands.forEach((u, operandIndex) => {
      edges.push({ id: edges.length, from: u, to, operandIndex, local: local[operandIndex]! });
    });
    return { ...full.nodes[v]!, id: to, operands };
  });
  // 3. Members: every node joins the collapsed node of its owner.
  const members: number[][] = fullId.map(() => []);
  owner.forEach((o, id) => {
    if (o >= 0) members[collapsedId[o]!]!.push(id);
  });
  // 4. The rest of the analysis, remapped.
  const { traces: fullTraces, ...rest } = full;
  const analysis: Analysis = {
    ...rest,
    nodeCount: nodes.length,
    edgeCount: edges.length,
    nodes,
    edges,
    output: collapsedId[full.output]!,
    outputs: full.outputs.map((o) => ({ ...o, id: collapsedId[o.id]! })),
    inputs: full.inputs.map((input) => ({ ...input, node: collapsedId[input.node]! })),
    gradient: fullId.map((v) => full.gradient[v]!),
  };
  const traces = fullTraces && tracesOf(fullTraces.values, analysis, collapsedId, options.seeds);
  return {
    analysis: traces ? { ...analysis, traces } : analysis,
    fullId,
    collapsedId,
    members,
  };
}

/**
 * The collapsed traces: the full values trace's steps at visible nodes, and both derivative
 * sweeps over the collapsed graph from the seeds mapped to collapsed ids.
 */
function tracesOf(
  values: Trace,
  collapsed: Analysis,
  collapsedId: readonly number[],
  seeds: CollapseOptions['seeds'],
): NonNullable<Analysis['traces']> {
  const mapped = (id: number | undefined) =>
    id === undefined || id < 0 || id >= collapsedId.length ? -1 : collapsedId[id]!;
  const reverseSeed = mapped(seeds?.reverse);
  const forwardSeed = mapped(seeds?.forward);
  const firstInput = collapsed.inputs[0]?.node;
  const forwardFrom = forwardSeed >= 0 ? forwardSeed : firstInput;
  const graph = { nodeCount: collapsed.nodes.length, edges: collapsed.edges };
  return {
    values: {
      ...values,
      steps: values.steps.flatMap((step) =>
        step.kind === 'value' && collapsedId[step.node]! >= 0
          ? [{ ...step, node: collapsedId[step.node]! }]
          : [],
      ),
    },
    reverse: reverseSweep(graph, reverseSeed >= 0 ? reverseSeed : collapsed.output).trace,
    ...(forwardFrom !== undefined ? { forward: forwardSweep(graph, forwardFrom).trace } : {}),
  };
}
