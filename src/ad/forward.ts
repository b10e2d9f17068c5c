import { idsTapeOf, slotLocals } from '../eval/evaluate.ts';
import type { Graph } from '../graph/index.ts';
import { tapeTangents } from '../tape/index.ts';
import type { Trace, TraceStep } from '../trace/index.ts';

/** Derivatives of every node with respect to one node, and optionally the steps that made them. */
export interface ModeResult {
  /** By node id: ∂node/∂seed in forward mode, ∂seed/∂node in reverse mode. */
  readonly derivatives: Float64Array;
  readonly trace?: Trace;
}

const NO_VALUES = new Float64Array(0);

/**
 * Forward mode from `seed`: one pass in topological order; each node reached from the seed sums
 * (∂operand/∂seed · ∂node/∂operand) over its incoming edges. Gives ∂v/∂seed for every v.
 * `locals` are the edges' local partials from `evaluate`. Records a trace when asked.
 * Runs on the graph's tape (`tapeTangents`).
 */
export function forwardMode(
  graph: Graph,
  locals: Float64Array,
  seed: number,
  options: { readonly trace?: boolean } = {},
): ModeResult {
  const tape = idsTapeOf(graph);
  const steps: TraceStep[] | undefined = options.trace ? [] : undefined;
  const derivatives = tapeTangents(tape, NO_VALUES, seed, {
    locals: slotLocals(tape, locals),
    ...(steps ? { trace: steps } : {}),
  });
  return { derivatives, ...(steps ? { trace: { mode: 'forward', seed, steps } } : {}) };
}
