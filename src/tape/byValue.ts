import { chainProduct, poisons } from '../trace/index.ts';
import type { Tape } from './types.ts';

/*
 * The fast paths of the derivative sweeps: they decide by value what `sweeps.ts` decides by
 * structure, and give the same numbers. Only slots on a path to (reverse) or from (forward) the
 * seed ever hold a derivative that is not 0, so skipping zero derivatives skips every edge on
 * no path, plus edges on a path where a 0 meets a finite local partial, which would add 0. The
 * one case values cannot decide is a 0 meeting a local partial that is not finite: on a path it
 * poisons (NaN), off every path it must not. There a fast path stops (returns false) and the
 * caller sweeps again by structure. Sparing the structural sweep's reach array (writes scattered
 * over the graph) keeps the untraced sweeps about as fast as before the convention.
 */

/** Reverse mode by value into `adj` (all 0): true when done, false when structure must decide. */
export function gradientByValue(
  tape: Tape,
  L: Float64Array,
  seed: number,
  adj: Float64Array,
): boolean {
  const o = tape.operands;
  adj[seed] = 1;
  for (let s = seed; s >= 0; s--) {
    const incoming = adj[s]!;
    const a = o[2 * s]!;
    if (a < 0) continue;
    const b = o[2 * s + 1]!;
    const localA = L[2 * s]!;
    const localB = b >= 0 ? L[2 * s + 1]! : 0;
    if (incoming === 0) {
      if (poisons(localA) || poisons(localB)) return false;
      continue;
    }
    adj[a]! += chainProduct(incoming, localA);
    if (b >= 0) adj[b]! += chainProduct(incoming, localB);
  }
  return true;
}

/**
 * Forward mode by value into `t` (all 0): true when done, false when structure must decide.
 * 1. Until a reached slot's tangent comes out exactly 0, a zero tangent means "not reached":
 *    slots whose operands are both 0 are skipped without reading their partials, and a 0 that
 *    meets a non-finite partial is an unreached operand, which passes nothing.
 * 2. Each slot first takes the plain sum of products; only a sum that is not finite (a partial
 *    or a tangent that is not, or an overflow) is redone edge by edge with `chainProduct`.
 */
export function tangentsByValue(
  tape: Tape,
  L: Float64Array,
  seed: number,
  t: Float64Array,
): boolean {
  const o = tape.operands;
  let zeroReached = false;
  t[seed] = 1;
  for (let s = seed + 1; s < tape.size; s++) {
    const a = o[2 * s]!;
    if (a < 0) continue;
    const b = o[2 * s + 1]!;
    const ta = t[a]!;
    const tb = b >= 0 ? t[b]! : 0;
    if (ta === 0 && tb === 0 && !zeroReached) continue;
    const localA = L[2 * s]!;
    const localB = b >= 0 ? L[2 * s + 1]! : 0;
    // The plain chain rule; a zero tangent adds ±0 (unreached, or reached through finite
    // partials), and the sum starts from 0, as `tapeTangents` sums, so even a zero's sign agrees.
    const sum = 0 + ta * localA + tb * localB;
    if (sum - sum === 0) {
      if (sum === 0) zeroReached = true;
      t[s] = sum;
      continue;
    }
    // Not finite: apply the convention edge by edge (a zero tangent passes nothing here).
    if (zeroReached && ((ta === 0 && poisons(localA)) || (tb === 0 && poisons(localB))))
      return false;
    const careful =
      0 + (ta === 0 ? 0 : chainProduct(ta, localA)) + (tb === 0 ? 0 : chainProduct(tb, localB));
    if (careful === 0) zeroReached = true;
    t[s] = careful;
  }
  return true;
}
