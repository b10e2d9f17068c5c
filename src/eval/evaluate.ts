import type { Graph } from '../graph/index.ts';
import { OPS } from '../ops/index.ts';

/** A warning on a node: where a derivative convention was applied, or a value left the domain. */
export interface NodeWarning {
  readonly node: number;
  readonly kind: 'non-differentiable' | 'domain';
  readonly message: string;
}

/** The result of a forward evaluation at given input values. */
export interface Evaluation {
  /** The value of every node, by node id. */
  readonly values: Float64Array;
  /** The local partial derivative carried by every edge, by edge id. */
  readonly locals: Float64Array;
  readonly warnings: readonly NodeWarning[];
}

/** Input values by name; inputs not listed keep their starting value. */
export type InputValues = Readonly<Record<string, number>>;

/** The value each input node starts from: its declared value, overridden by `overrides`. */
export function inputValuesOf(graph: Graph, overrides: InputValues = {}): Map<number, number> {
  const result = new Map<number, number>();
  for (const id of graph.inputs) {
    const node = graph.nodes[id]!;
    const override = Object.hasOwn(overrides, node.label) ? overrides[node.label] : undefined;
    result.set(id, override ?? node.initialValue);
  }
  return result;
}

/**
 * Evaluates every node in topological order, then every edge's local partial from the op table.
 * Never throws: values outside a function's domain become NaN or ±Infinity as IEEE arithmetic
 * gives them, and the node gets a 'domain' warning.
 */
export function evaluate(graph: Graph, overrides: InputValues = {}): Evaluation {
  const { nodes } = graph;
  const values = new Float64Array(nodes.length);
  const locals = new Float64Array(graph.edges.length);
  const warnings: NodeWarning[] = [];
  const inputs = inputValuesOf(graph, overrides);
  for (const node of nodes) {
    if (node.kind === 'input') {
      values[node.id] = inputs.get(node.id)!;
      continue;
    }
    if (node.kind === 'constant' || node.op === undefined) {
      values[node.id] = node.initialValue;
      continue;
    }
    const spec = OPS[node.op];
    const args = node.operands.map((u) => values[u]!);
    const value = spec.value(args);
    values[node.id] = value;
    const partials = spec.partials(args, value);
    const inEdges = graph.inEdges[node.id]!;
    for (let i = 0; i < inEdges.length; i++) locals[inEdges[i]!] = partials[i]!;
    if (spec.nonDifferentiableAt?.(args)) {
      warnings.push({
        node: node.id,
        kind: 'non-differentiable',
        message: `Not differentiable here; using ${spec.convention}.`,
      });
    }
    if (!Number.isFinite(value) && args.every(Number.isFinite)) {
      const shown = args.map((a) => String(a)).join(', ');
      warnings.push({
        node: node.id,
        kind: 'domain',
        message: `${spec.symbol} at ${shown} is ${value}: outside its domain.`,
      });
    }
  }
  return { values, locals, warnings };
}
