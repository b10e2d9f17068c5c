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
 * The chain rule's product with a structural zero: a zero derivative contributes 0 whatever the
 * local partial (even NaN or ±Infinity), so a constant's edge such as the exponent of `x^2` at
 * x < 0 cannot poison the result.
 */
export function chainProduct(incoming: number, local: number): number {
  return incoming === 0 ? 0 : incoming * local;
}
