import type { Graph } from '../graph/index.ts';
import { formatNumber } from '../narrate/format.ts';
import { OPS_BY_CODE } from '../ops/index.ts';
import { type Phrase, phrase } from '../phrases/index.ts';
import { compileTape, LEAF, type Tape, tapeForwardWithLocals } from '../tape/index.ts';

/** A warning on a node: where a derivative convention was applied, or a value left the domain. */
export interface NodeWarning {
  readonly node: number;
  readonly kind: 'non-differentiable' | 'domain';
  /** What the page shows; `sayEnglish` gives the English. */
  readonly phrase: Phrase;
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

/** The value of each input in the graph's input order, for `tapeForward`. */
export function inputVector(graph: Graph, overrides: InputValues = {}): Float64Array {
  const values = inputValuesOf(graph, overrides);
  return Float64Array.from(graph.inputs, (id) => values.get(id)!);
}

const tapes = new WeakMap<Graph, Tape>();

/** The graph's tape in node id order (slot = node id), compiled once per graph. */
export function idsTapeOf(graph: Graph): Tape {
  let tape = tapes.get(graph);
  if (tape === undefined) {
    tape = compileTape(graph, { schedule: 'ids' });
    tapes.set(graph, tape);
  }
  return tape;
}

/**
 * Evaluates every node in topological order on the graph's tape, then every edge's local
 * partial from the op table. Never throws: values outside a function's domain become NaN or
 * ±Infinity as IEEE arithmetic gives them, and the node gets a 'domain' warning.
 */
export function evaluate(graph: Graph, overrides: InputValues = {}): Evaluation {
  const tape = idsTapeOf(graph);
  const values = new Float64Array(tape.size);
  const slotLocals = new Float64Array(2 * tape.size);
  tapeForwardWithLocals(tape, inputVector(graph, overrides), values, slotLocals);
  const locals = edgeLocals(tape, slotLocals);
  const warnings = tapeWarnings(tape, values).map((w) => ({ ...w, node: tape.nodeAt[w.node]! }));
  return { values, locals, warnings };
}

/** Local partials by edge id (edges are numbered by target node, then operand), from slot locals. */
export function edgeLocals(tape: Tape, slotLocals: Float64Array): Float64Array {
  const result = new Float64Array(countEdges(tape));
  let e = 0;
  for (let v = 0; v < tape.size; v++) {
    const s = tape.slotOf[v]!;
    if (tape.operands[2 * s]! >= 0) result[e++] = slotLocals[2 * s]!;
    if (tape.operands[2 * s + 1]! >= 0) result[e++] = slotLocals[2 * s + 1]!;
  }
  return result;
}

/** Slot locals (two per slot) from local partials by edge id: the inverse of `edgeLocals`. */
export function slotLocals(tape: Tape, edgeLocalsById: Float64Array): Float64Array {
  const result = new Float64Array(2 * tape.size);
  let e = 0;
  for (let v = 0; v < tape.size; v++) {
    const s = tape.slotOf[v]!;
    if (tape.operands[2 * s]! >= 0) result[2 * s] = edgeLocalsById[e++]!;
    if (tape.operands[2 * s + 1]! >= 0) result[2 * s + 1] = edgeLocalsById[e++]!;
  }
  return result;
}

function countEdges(tape: Tape): number {
  let edges = 0;
  for (const u of tape.operands) if (u >= 0) edges++;
  return edges;
}

/**
 * The warnings of every op slot at `values` (`node` is the slot): a 'non-differentiable' one
 * where the op table applied a convention, a 'domain' one where finite operands gave a
 * non-finite value. In slot order.
 */
export function tapeWarnings(tape: Tape, values: Float64Array): NodeWarning[] {
  const warnings: NodeWarning[] = [];
  const o = tape.operands;
  for (let s = 0; s < tape.size; s++) {
    const code = tape.codes[s]!;
    if (code === LEAF) continue;
    const spec = OPS_BY_CODE[code]!;
    const a = values[o[2 * s]!]!;
    const b = spec.arity === 2 ? values[o[2 * s + 1]!]! : 0;
    const value = values[s]!;
    if (spec.nonDifferentiableAt?.(a, b)) {
      warnings.push({
        node: s,
        kind: 'non-differentiable',
        phrase: phrase('warning.nonDifferentiable', {
          convention: spec.convention?.(a, b) ?? '',
        }),
      });
    }
    if (!Number.isFinite(value) && Number.isFinite(a) && Number.isFinite(b)) {
      const shown = spec.arity === 2 ? `${formatNumber(a)}, ${formatNumber(b)}` : formatNumber(a);
      warnings.push({
        node: s,
        kind: 'domain',
        phrase: phrase('warning.outsideDomain', {
          operation: spec.symbol,
          at: shown,
          value: formatNumber(value),
        }),
      });
    }
  }
  return warnings;
}
