import type { NodeMaker } from './types.ts';

/**
 * The step functions that the derivatives of relu, abs, max and min need, built from existing
 * ops so that every graph still runs on the tape's op codes: [t ≤ 0] is 0^relu(t), since
 * relu(t) > 0 gives 0^(positive) = 0 and relu(t) = 0 gives 0^0 = 1. Its own derivative is 0
 * (the symbolic pow rule treats a constant base 0 that way), as the numeric conventions say.
 * Compared by a difference (max's [a ≥ b] is [b − a ≤ 0]), they differ from the numeric rule
 * only where an operand is ±∞ or NaN: ∞ − ∞ is NaN where `partial` compares ∞ ≥ ∞, and a NaN
 * operand (of relu and abs too) gives NaN where `partial` says 0 or 1. A `step`
 * op of its own would be exact there too, at the cost of a new op code in the tape's loops.
 */
export function notPositive(make: NodeMaker, t: number): number {
  return make.apply('pow', make.constant(0), make.apply('relu', t));
}

/** [t > 0] = 1 − [t ≤ 0]: relu'(t), with relu'(0) = 0. */
export function positive(make: NodeMaker, t: number): number {
  return make.apply('sub', make.constant(1), notPositive(make, t));
}

/** sign(t) = [−t ≤ 0] − [t ≤ 0], with sign(0) = 0: abs'(t), with abs'(0) = 0. */
export function sign(make: NodeMaker, t: number): number {
  return make.apply('sub', notPositive(make, make.apply('neg', t)), notPositive(make, t));
}
