import type { Tape } from '../tape/index.ts';
import type { JacobianSlots } from './fill.ts';

/** The work of filling a Jacobian in one mode: passes, and multiply-adds along edges. */
export interface ModeCost {
  readonly passes: number;
  /** One per edge a pass crosses (local partial times what arrives, added in), summed. */
  readonly multiplyAdds: number;
}

/** Both modes' work for the same Jacobian, counted exactly. */
export interface JacobianCosts {
  /** One pass per input (a column each). */
  readonly forward: ModeCost;
  /** One pass per output (a row each). */
  readonly reverse: ModeCost;
}

/**
 * Exact costs of `jacobianByColumns` and `jacobianByRows`, by the same structural rule as their
 * sweeps: a forward pass from input j crosses every edge leaving a slot reached from j; a
 * reverse pass from output i crosses every edge into a slot that reaches i. O((m + n) · size).
 */
export function jacobianCosts(tape: Tape, slots: JacobianSlots): JacobianCosts {
  const marks = new Uint8Array(tape.size);
  let forward = 0;
  for (let j = 0; j < slots.inputs.length; j++)
    forward += forwardCrossings(tape, slots.inputs[j]!, marks);
  let reverse = 0;
  for (let i = 0; i < slots.outputs.length; i++)
    reverse += reverseCrossings(tape, slots.outputs[i]!, marks);
  return {
    forward: { passes: slots.inputs.length, multiplyAdds: forward },
    reverse: { passes: slots.outputs.length, multiplyAdds: reverse },
  };
}

/** Edges crossed by the tangent pass from `seed`: those leaving a reached slot. */
function forwardCrossings(tape: Tape, seed: number, reached: Uint8Array): number {
  const o = tape.operands;
  reached.fill(0);
  reached[seed] = 1;
  let crossed = 0;
  for (let s = seed + 1; s < tape.size; s++) {
    const a = o[2 * s]!;
    if (a < 0) continue;
    const b = o[2 * s + 1]!;
    const fromA = reached[a]!;
    const fromB = b >= 0 ? reached[b]! : 0;
    if (fromA + fromB === 0) continue;
    reached[s] = 1;
    crossed += fromA + fromB;
  }
  return crossed;
}

/** Edges crossed by the adjoint pass from `seed`: those entering a slot that reaches it. */
function reverseCrossings(tape: Tape, seed: number, reaching: Uint8Array): number {
  const o = tape.operands;
  reaching.fill(0);
  reaching[seed] = 1;
  let crossed = 0;
  for (let s = seed; s >= 0; s--) {
    if (reaching[s] === 0) continue;
    const a = o[2 * s]!;
    if (a < 0) continue;
    reaching[a] = 1;
    crossed++;
    const b = o[2 * s + 1]!;
    if (b < 0) continue;
    reaching[b] = 1;
    crossed++;
  }
  return crossed;
}
