/**
 * One step of a recorded computation. Showing step k means showing the state after the first k
 * steps, so the UI never recomputes anything.
 */
export type TraceStep =
  /** Values mode: `node` got its value (leaves first, then each operation in order). */
  | { readonly kind: 'value'; readonly node: number; readonly value: number }
  /** Derivative modes: the derivative of the seed node with respect to itself, 1. */
  | { readonly kind: 'seed'; readonly node: number; readonly value: number }
  /**
   * Derivative modes: one edge's contribution. Forward mode sends `incoming` = ∂from/∂seed along
   * the edge to `to`; reverse mode sends `incoming` = ∂output/∂to back to `from`.
   * `contribution` = incoming · local; `accumulated` is the receiving node's sum after it.
   */
  | {
      readonly kind: 'edge';
      readonly edge: number;
      readonly from: number;
      readonly to: number;
      /** The node whose sum grows: `to` in forward mode, `from` in reverse mode. */
      readonly receiver: number;
      readonly local: number;
      readonly incoming: number;
      readonly contribution: number;
      readonly accumulated: number;
    };

/** Which computation a trace records. */
export type TraceMode = 'values' | 'forward' | 'reverse';

/** The recorded steps of one computation, with the node it started from (derivative modes). */
export interface Trace {
  readonly mode: TraceMode;
  /** The seed: the input of forward mode, the output of reverse mode; -1 for values. */
  readonly seed: number;
  readonly steps: readonly TraceStep[];
}

/**
 * The chain rule's product along one edge of a path to or from the seed: `incoming · local`,
 * except that a local partial that is not finite (`log'(0) = ∞`, a NaN exponent partial)
 * poisons: NaN whatever `incoming` is, even 0, so a derivative that is 0 only because terms
 * cancelled (`log(a - a)`) still shows the poison. NaN then propagates through every later sum
 * and product. Whether an edge is on such a path is decided by the graph's structure: callers
 * call this only for those edges, so a constant's edge (the exponent of `x^2` at x < 0) never
 * comes here. A zero local partial passes 0 even when what arrives overflowed to ±∞ (a
 * product of finite partials past 1.8e308): in exact arithmetic it is finite, and IEEE's
 * ∞ · 0 = NaN would make the modes disagree, since forward mode meets the 0 first where
 * reverse mode meets the overflow first (found by the fuzz test). NaN that arrives stays NaN.
 */
export function chainProduct(incoming: number, local: number): number {
  if (poisons(local)) return Number.NaN;
  if (local === 0 && !Number.isNaN(incoming)) return 0;
  return incoming * local;
}

/** True when a local partial is not finite (±Infinity or NaN): every path across it is NaN. */
export function poisons(local: number): boolean {
  return !Number.isFinite(local);
}
