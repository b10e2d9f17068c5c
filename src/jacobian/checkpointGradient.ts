import { OPS_BY_CODE } from '../ops/index.ts';
import { LEAF, type Tape } from '../tape/index.ts';
import { chainProduct } from '../trace/index.ts';
import { segmentLengths } from './checkpoint.ts';

/** A checkpointed reverse pass's answer and what it held and redid. */
export interface CheckpointedGradient {
  /** ∂seed/∂slot for every slot, as the plain reverse pass gives them. */
  readonly adjoints: Float64Array;
  /** The most values held at once (checkpoint states plus the segment being swept). */
  readonly peakStored: number;
  /** Slot evaluations beyond the first forward pass. */
  readonly recomputed: number;
}

/**
 * Reverse mode with `checkpoints` checkpoints, computed for real: the slots are cut into
 * segments as `segmentLengths` cuts them; the forward pass keeps, at each segment's start, only
 * the values computed before it that a later slot still uses (the checkpoint's state), and the
 * last segment; the backward pass then sweeps the segments from the last, each one recomputed
 * from its checkpoint's state just before its backward steps. Exact for any graph, not only a
 * chain: what crosses a segment's start is in its checkpoint. The arithmetic is the plain
 * pass's (same partials, same order of additions), so the adjoints are equal to the bit.
 */
export function checkpointedGradient(
  tape: Tape,
  inputs: ArrayLike<number> | undefined,
  seed: number,
  checkpoints: number,
): CheckpointedGradient {
  const n = tape.size;
  const { codes, operands: o } = tape;
  const lengths = segmentLengths(n, Math.max(0, Math.min(checkpoints, n - 1)));
  const starts: number[] = [];
  let at = 0;
  for (const length of lengths) {
    starts.push(at);
    at += length;
  }
  // The last slot that uses each slot's value.
  const lastUse = new Int32Array(n).fill(-1);
  for (let s = 0; s < n; s++)
    for (const u of [o[2 * s]!, o[2 * s + 1]!]) if (u >= 0) lastUse[u] = Math.max(lastUse[u]!, s);
  const values = new Float64Array(n);
  const locals = new Float64Array(2 * n);
  const leaf = (s: number) => {
    values[s] = tape.initial[s]!;
  };
  const inputValue = new Map<number, number>();
  if (inputs)
    for (let j = 0; j < Math.min(inputs.length, tape.inputs.length); j++)
      inputValue.set(tape.inputs[j]!, inputs[j]!);
  /** Evaluates slot s from its operands' values (and records its local partials). */
  const evaluate = (s: number) => {
    const code = codes[s]!;
    if (code === LEAF) {
      leaf(s);
      const given = inputValue.get(s);
      if (given !== undefined) values[s] = given;
      return;
    }
    const spec = OPS_BY_CODE[code]!;
    const x = values[o[2 * s]!]!;
    const y = spec.arity === 2 ? values[o[2 * s + 1]!]! : 0;
    const q = spec.value(x, y);
    values[s] = q;
    locals[2 * s] = spec.partial(0, x, y, q);
    locals[2 * s + 1] = spec.arity === 2 ? spec.partial(1, x, y, q) : 0;
  };
  // 1. Forward, keeping each segment start's state: the earlier values still used from there on.
  const states: Map<number, number>[] = starts.map(() => new Map());
  let peakStored = 0;
  let evaluations = 0;
  for (let j = 0; j < starts.length; j++) {
    for (let u = 0; u < starts[j]!; u++)
      if (lastUse[u]! >= starts[j]!) states[j]!.set(u, values[u]!);
    for (let s = starts[j]!; s < starts[j]! + lengths[j]!; s++) {
      evaluate(s);
      evaluations++;
    }
  }
  const held = () => states.reduce((sum, state) => sum + state.size, 0);
  peakStored = held() + lengths.at(-1)!;
  const firstPass = evaluations;
  // 2. Backward, segment by segment from the last; each earlier one recomputed first.
  const adj = new Float64Array(n);
  const reaching = new Uint8Array(n);
  adj[seed] = 1;
  reaching[seed] = 1;
  for (let j = starts.length - 1; j >= 0; j--) {
    const start = starts[j]!;
    const end = start + lengths[j]!;
    if (j < starts.length - 1) {
      for (const [u, value] of states[j]!) values[u] = value;
      for (let s = start; s < end; s++) {
        evaluate(s);
        evaluations++;
      }
      peakStored = Math.max(peakStored, held() + lengths[j]!);
    }
    for (let s = Math.min(end - 1, seed); s >= start; s--) {
      if (reaching[s] === 0) continue;
      const a = o[2 * s]!;
      if (a < 0) continue;
      const incoming = adj[s]!;
      const b = o[2 * s + 1]!;
      reaching[a] = 1;
      adj[a]! += chainProduct(incoming, locals[2 * s]!);
      if (b < 0) continue;
      reaching[b] = 1;
      adj[b]! += chainProduct(incoming, locals[2 * s + 1]!);
    }
  }
  return { adjoints: adj, peakStored, recomputed: evaluations - firstPass };
}
