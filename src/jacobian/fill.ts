import { type Tape, tapeGradient, tapeTangents } from '../tape/index.ts';

/**
 * An m×n Jacobian: `values[i * columns + j]` is ∂output_i/∂input_j (row-major), for the m
 * outputs and n inputs in the order they were given. Plain data, structured-clone safe.
 */
export interface JacobianMatrix {
  readonly rows: number;
  readonly columns: number;
  readonly values: Float64Array;
}

/** The slots a Jacobian is taken between: outputs (rows) and inputs (columns), on one tape. */
export interface JacobianSlots {
  readonly outputs: ArrayLike<number>;
  readonly inputs: ArrayLike<number>;
}

/**
 * Forward mode fills the Jacobian one column per pass: the tangent pass seeded at input j gives
 * ∂slot/∂input_j for every slot at once, so each output's entry of column j is read off it.
 * n passes in all, whatever m is. `locals` are those of `tapeForwardWithLocals` at `values`.
 */
export function jacobianByColumns(
  tape: Tape,
  values: Float64Array,
  locals: Float64Array,
  slots: JacobianSlots,
): JacobianMatrix {
  const m = slots.outputs.length;
  const n = slots.inputs.length;
  const jacobian = new Float64Array(m * n);
  const tangents = new Float64Array(tape.size);
  for (let j = 0; j < n; j++) {
    tapeTangents(tape, values, slots.inputs[j]!, { locals, into: tangents });
    for (let i = 0; i < m; i++) jacobian[i * n + j] = tangents[slots.outputs[i]!]!;
  }
  return { rows: m, columns: n, values: jacobian };
}

/**
 * Reverse mode fills the Jacobian one row per pass: the adjoint pass seeded at output i gives
 * ∂output_i/∂slot for every slot at once, so each input's entry of row i is read off it.
 * m passes in all, whatever n is.
 */
export function jacobianByRows(
  tape: Tape,
  values: Float64Array,
  locals: Float64Array,
  slots: JacobianSlots,
): JacobianMatrix {
  const m = slots.outputs.length;
  const n = slots.inputs.length;
  const jacobian = new Float64Array(m * n);
  const adjoints = new Float64Array(tape.size);
  for (let i = 0; i < m; i++) {
    tapeGradient(tape, values, slots.outputs[i]!, { locals, into: adjoints });
    for (let j = 0; j < n; j++) jacobian[i * n + j] = adjoints[slots.inputs[j]!]!;
  }
  return { rows: m, columns: n, values: jacobian };
}

/** The slots of a graph's outputs and inputs on its tape (`tape.slotOf` maps node ids). */
export function jacobianSlots(
  tape: Tape,
  outputs: readonly number[],
  inputs: readonly number[],
): JacobianSlots {
  return {
    outputs: Int32Array.from(outputs, (id) => tape.slotOf[id]!),
    inputs: Int32Array.from(inputs, (id) => tape.slotOf[id]!),
  };
}
