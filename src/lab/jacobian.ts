import { compile } from '../compile.ts';
import { inputVector } from '../eval/index.ts';
import { jacobianByColumns, jacobianByRows, jacobianSlots } from '../jacobian/index.ts';
import { phrase } from '../phrases/index.ts';
import { compileTape, tapeForwardWithLocals } from '../tape/index.ts';
import type { JacobianTimesRequest, LabResponse } from './protocol.ts';
import { type Clock, DEFAULT_BUDGET, type TimingBudget, timeRuns } from './timing.ts';

/**
 * Times the whole Jacobian both ways on the program's tape at its input values: forward mode's
 * n tangent passes (a column each) against reverse mode's m adjoint passes (a row each). The
 * forward pass with its local partials is shared and done once, outside the timing, as both
 * modes need it. Medians of repeated runs (timeRuns); the two answers are checked equal.
 */
export function measureJacobian(
  request: JacobianTimesRequest,
  clock: Clock,
  budget: TimingBudget = DEFAULT_BUDGET,
): LabResponse {
  const { id } = request;
  const built = compile(request.source, { sharing: true });
  if (!built.ok) return { type: 'failed', id, phrase: phrase('engine.labNotCompiled') };
  const { graph } = built;
  const tape = compileTape(graph);
  const values = new Float64Array(tape.size);
  const locals = new Float64Array(2 * tape.size);
  tapeForwardWithLocals(tape, inputVector(graph, request.inputs ?? {}), values, locals);
  const slots = jacobianSlots(tape, graph.outputs, graph.inputs);
  // Each call returns a sum of the matrix, so its work is used and the two can be compared.
  const sum = (values: Float64Array) => values.reduce((a, b) => a + b, 0);
  const forward = timeRuns(
    () => sum(jacobianByColumns(tape, values, locals, slots).values),
    clock,
    budget,
  );
  const reverse = timeRuns(
    () => sum(jacobianByRows(tape, values, locals, slots).values),
    clock,
    budget,
  );
  return {
    type: 'jacobianTimes',
    id,
    forward: { medianMs: forward.medianMs, runs: forward.runs },
    reverse: { medianMs: reverse.medianMs, runs: reverse.runs },
    agree:
      Object.is(forward.result, reverse.result) ||
      Math.abs(forward.result - reverse.result) <= 1e-9 * Math.max(1, Math.abs(forward.result)),
  };
}
