import { OPS } from '../ops/index.ts';
import type { Tape } from './types.ts';

// The table's kernels, bound once so each `case` below calls one known function (V8 inlines it).
const { add, sub, mul, div, pow, neg, sin, cos, tan, exp, log, sqrt, abs, tanh, sigmoid, relu } =
  OPS;
const { max, min } = OPS;

/**
 * Forward evaluation: every slot's value, in slot order. Leaves take their starting value;
 * `inputs[j]`, when given, overrides the value of input j (in the graph's input order).
 * One loop over the runs of equal op codes; each op's value comes from the op table.
 * Writes into `into` when given (its old contents are ignored).
 */
export function tapeForward(
  tape: Tape,
  inputs?: ArrayLike<number>,
  into?: Float64Array,
): Float64Array {
  const v = into ?? new Float64Array(tape.size);
  start(tape, inputs, v);
  const { runs, operands: o } = tape;
  for (let r = 0; r < runs.length; r += 3) {
    const start = runs[r + 1]!;
    const end = runs[r + 2]!;
    // biome-ignore format: one line per op reads as a table
    switch (runs[r]) {
      case add.code: for (let s = start; s < end; s++) v[s] = add.value(v[o[2 * s]!]!, v[o[2 * s + 1]!]!); break;
      case sub.code: for (let s = start; s < end; s++) v[s] = sub.value(v[o[2 * s]!]!, v[o[2 * s + 1]!]!); break;
      case mul.code: for (let s = start; s < end; s++) v[s] = mul.value(v[o[2 * s]!]!, v[o[2 * s + 1]!]!); break;
      case div.code: for (let s = start; s < end; s++) v[s] = div.value(v[o[2 * s]!]!, v[o[2 * s + 1]!]!); break;
      case pow.code: for (let s = start; s < end; s++) v[s] = pow.value(v[o[2 * s]!]!, v[o[2 * s + 1]!]!); break;
      case max.code: for (let s = start; s < end; s++) v[s] = max.value(v[o[2 * s]!]!, v[o[2 * s + 1]!]!); break;
      case min.code: for (let s = start; s < end; s++) v[s] = min.value(v[o[2 * s]!]!, v[o[2 * s + 1]!]!); break;
      case neg.code: for (let s = start; s < end; s++) v[s] = neg.value(v[o[2 * s]!]!, 0); break;
      case sin.code: for (let s = start; s < end; s++) v[s] = sin.value(v[o[2 * s]!]!, 0); break;
      case cos.code: for (let s = start; s < end; s++) v[s] = cos.value(v[o[2 * s]!]!, 0); break;
      case tan.code: for (let s = start; s < end; s++) v[s] = tan.value(v[o[2 * s]!]!, 0); break;
      case exp.code: for (let s = start; s < end; s++) v[s] = exp.value(v[o[2 * s]!]!, 0); break;
      case log.code: for (let s = start; s < end; s++) v[s] = log.value(v[o[2 * s]!]!, 0); break;
      case sqrt.code: for (let s = start; s < end; s++) v[s] = sqrt.value(v[o[2 * s]!]!, 0); break;
      case abs.code: for (let s = start; s < end; s++) v[s] = abs.value(v[o[2 * s]!]!, 0); break;
      case tanh.code: for (let s = start; s < end; s++) v[s] = tanh.value(v[o[2 * s]!]!, 0); break;
      case sigmoid.code: for (let s = start; s < end; s++) v[s] = sigmoid.value(v[o[2 * s]!]!, 0); break;
      case relu.code: for (let s = start; s < end; s++) v[s] = relu.value(v[o[2 * s]!]!, 0); break;
      default: throw new Error(`tapeForward: no case for op code ${runs[r]}`);
    }
  }
  return v;
}

/**
 * Values and local partials in one pass, what the derivative sweeps need: like `tapeForward`
 * (into `values`), and on the way `locals[2s + i]` = ∂slot/∂(operand i) from the op table's
 * `partial`, its conventions included (0 where slot s has no operand i).
 * Recording the partials during the forward pass leaves the backward sweep a plain
 * multiply-add loop.
 */
export function tapeForwardWithLocals(
  tape: Tape,
  inputs: ArrayLike<number> | undefined,
  values: Float64Array,
  locals: Float64Array,
): void {
  const v = values;
  const L = locals;
  start(tape, inputs, v);
  const { runs, operands: o } = tape;
  for (let r = 0; r < runs.length; r += 3) {
    const start = runs[r + 1]!;
    const end = runs[r + 2]!;
    // biome-ignore format: one line per op reads as a table
    switch (runs[r]) {
      case add.code: for (let s = start; s < end; s++) { const x = v[o[2 * s]!]!, y = v[o[2 * s + 1]!]!, q = add.value(x, y); v[s] = q; L[2 * s] = add.partial(0, x, y, q); L[2 * s + 1] = add.partial(1, x, y, q); } break;
      case sub.code: for (let s = start; s < end; s++) { const x = v[o[2 * s]!]!, y = v[o[2 * s + 1]!]!, q = sub.value(x, y); v[s] = q; L[2 * s] = sub.partial(0, x, y, q); L[2 * s + 1] = sub.partial(1, x, y, q); } break;
      case mul.code: for (let s = start; s < end; s++) { const x = v[o[2 * s]!]!, y = v[o[2 * s + 1]!]!, q = mul.value(x, y); v[s] = q; L[2 * s] = mul.partial(0, x, y, q); L[2 * s + 1] = mul.partial(1, x, y, q); } break;
      case div.code: for (let s = start; s < end; s++) { const x = v[o[2 * s]!]!, y = v[o[2 * s + 1]!]!, q = div.value(x, y); v[s] = q; L[2 * s] = div.partial(0, x, y, q); L[2 * s + 1] = div.partial(1, x, y, q); } break;
      case pow.code: for (let s = start; s < end; s++) { const x = v[o[2 * s]!]!, y = v[o[2 * s + 1]!]!, q = pow.value(x, y); v[s] = q; L[2 * s] = pow.partial(0, x, y, q); L[2 * s + 1] = pow.partial(1, x, y, q); } break;
      case max.code: for (let s = start; s < end; s++) { const x = v[o[2 * s]!]!, y = v[o[2 * s + 1]!]!, q = max.value(x, y); v[s] = q; L[2 * s] = max.partial(0, x, y, q); L[2 * s + 1] = max.partial(1, x, y, q); } break;
      case min.code: for (let s = start; s < end; s++) { const x = v[o[2 * s]!]!, y = v[o[2 * s + 1]!]!, q = min.value(x, y); v[s] = q; L[2 * s] = min.partial(0, x, y, q); L[2 * s + 1] = min.partial(1, x, y, q); } break;
      case neg.code: for (let s = start; s < end; s++) { const x = v[o[2 * s]!]!, q = neg.value(x, 0); v[s] = q; L[2 * s] = neg.partial(0, x, 0, q); } break;
      case sin.code: for (let s = start; s < end; s++) { const x = v[o[2 * s]!]!, q = sin.value(x, 0); v[s] = q; L[2 * s] = sin.partial(0, x, 0, q); } break;
      case cos.code: for (let s = start; s < end; s++) { const x = v[o[2 * s]!]!, q = cos.value(x, 0); v[s] = q; L[2 * s] = cos.partial(0, x, 0, q); } break;
      case tan.code: for (let s = start; s < end; s++) { const x = v[o[2 * s]!]!, q = tan.value(x, 0); v[s] = q; L[2 * s] = tan.partial(0, x, 0, q); } break;
      case exp.code: for (let s = start; s < end; s++) { const x = v[o[2 * s]!]!, q = exp.value(x, 0); v[s] = q; L[2 * s] = exp.partial(0, x, 0, q); } break;
      case log.code: for (let s = start; s < end; s++) { const x = v[o[2 * s]!]!, q = log.value(x, 0); v[s] = q; L[2 * s] = log.partial(0, x, 0, q); } break;
      case sqrt.code: for (let s = start; s < end; s++) { const x = v[o[2 * s]!]!, q = sqrt.value(x, 0); v[s] = q; L[2 * s] = sqrt.partial(0, x, 0, q); } break;
      case abs.code: for (let s = start; s < end; s++) { const x = v[o[2 * s]!]!, q = abs.value(x, 0); v[s] = q; L[2 * s] = abs.partial(0, x, 0, q); } break;
      case tanh.code: for (let s = start; s < end; s++) { const x = v[o[2 * s]!]!, q = tanh.value(x, 0); v[s] = q; L[2 * s] = tanh.partial(0, x, 0, q); } break;
      case sigmoid.code: for (let s = start; s < end; s++) { const x = v[o[2 * s]!]!, q = sigmoid.value(x, 0); v[s] = q; L[2 * s] = sigmoid.partial(0, x, 0, q); } break;
      case relu.code: for (let s = start; s < end; s++) { const x = v[o[2 * s]!]!, q = relu.value(x, 0); v[s] = q; L[2 * s] = relu.partial(0, x, 0, q); } break;
      default: throw new Error(`tapeForwardWithLocals: no case for op code ${runs[r]}`);
    }
  }
}

/** Leaves take their starting values, then `inputs` override the inputs' values. */
function start(tape: Tape, inputs: ArrayLike<number> | undefined, values: Float64Array): void {
  values.set(tape.initial);
  if (inputs === undefined) return;
  const count = Math.min(inputs.length, tape.inputs.length);
  for (let j = 0; j < count; j++) values[tape.inputs[j]!] = inputs[j]!;
}

/** The input values an evaluation was made at, in the graph's input order. */
export function inputsOf(tape: Tape, values: Float64Array): Float64Array {
  return Float64Array.from(tape.inputs, (slot) => values[slot]!);
}

/** The local partials of a finished evaluation `values` (from `tapeForward`), by evaluating again. */
export function localsOf(tape: Tape, values: Float64Array): Float64Array {
  const locals = new Float64Array(2 * tape.size);
  tapeForwardWithLocals(tape, inputsOf(tape, values), new Float64Array(tape.size), locals);
  return locals;
}
