import { idsTapeOf, slotLocals } from '../eval/evaluate.ts';
import type { Graph } from '../graph/index.ts';
import { tapeGradient } from '../tape/index.ts';
import type { TraceStep } from '../trace/index.ts';
import type { ModeResult } from './forward.ts';

const NO_VALUES = new Float64Array(0);

/**
 * Reverse mode (backpropagation) from `seed`: ∂seed/∂seed = 1, then in reverse topological order
 * each node that reaches the seed sends (∂seed/∂node · ∂node/∂operand) back along each incoming
 * edge, and every operand sums (`+=`) what arrives. Gives ∂seed/∂v for every v in one pass.
 * Runs on the graph's tape (`tapeGradient`).
 */
export function reverseMode(
  graph: Graph,
  locals: Float64Array,
  seed: number,
  options: { readonly trace?: boolean } = {},
): ModeResult {
  const tape = idsTapeOf(graph);
  const steps: TraceStep[] | undefined = options.trace ? [] : undefined;
  const derivatives = tapeGradient(tape, NO_VALUES, seed, {
    locals: slotLocals(tape, locals),
    ...(steps ? { trace: steps } : {}),
  });
  return { derivatives, ...(steps ? { trace: { mode: 'reverse', seed, steps } } : {}) };
}
