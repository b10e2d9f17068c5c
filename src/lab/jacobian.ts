import { compile } from '../compile.ts';
import { inputVector } from '../eval/index.ts';
import {
  checkpointedGradient,
  jacobianByColumns,
  jacobianByRows,
  jacobianSlots,
} from '../jacobian/index.ts';
import { phrase } from '../phrases/index.ts';
import { compileTape, tapeForwardWithLocals, tapeGradient } from '../tape/index.ts';
import type { CheckpointTimesRequest, JacobianTimesRequest, LabResponse } from './protocol.ts';
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

/**
 * Times reverse mode both ways on the program's tape: the plain pass (its forward pass with
 * local partials, then the backward sweep, every value stored) against the checkpointed pass
 * (the forward pass keeping only the checkpoints' states, each segment recomputed before its
 * backward steps). Both include their forward pass, as a training step would.
 */
export function measureCheckpoints(
  request: CheckpointTimesRequest,
  clock: Clock,
  budget: TimingBudget = DEFAULT_BUDGET,
): LabResponse {
  const { id, checkpoints } = request;
  const built = compile(request.source, { sharing: true });
  if (!built.ok) return { type: 'failed', id, phrase: phrase('engine.labNotCompiled') };
  const { graph } = built;
  const tape = compileTape(graph);
  const inputs = inputVector(graph, request.inputs ?? {});
  const values = new Float64Array(tape.size);
  const locals = new Float64Array(2 * tape.size);
  const into = new Float64Array(tape.size);
  const first = graph.inputs.length > 0 ? tape.inputs[0]! : tape.output;
  const plain = timeRuns(
    () => {
      tapeForwardWithLocals(tape, inputs, values, locals);
      return tapeGradient(tape, values, tape.output, { locals, into })[first]!;
    },
    clock,
    budget,
  );
  const stored = timeRuns(
    () => checkpointedGradient(tape, inputs, tape.output, checkpoints).adjoints[first]!,
    clock,
    budget,
  );
  return {
    type: 'checkpointTimes',
    id,
    checkpoints,
    plain: { medianMs: plain.medianMs, runs: plain.runs },
    checkpointed: { medianMs: stored.medianMs, runs: stored.runs },
    agree:
      Object.is(plain.result, stored.result) || Math.abs(plain.result - stored.result) <= 1e-12,
  };
}
