import type { Graph } from '../graph/index.ts';
import type { Phrase } from '../phrases/index.ts';
import type { Tape } from '../tape/index.ts';
import { type JacobianCosts, jacobianCosts } from './cost.ts';
import { jacobianByColumns, jacobianByRows, jacobianSlots } from './fill.ts';
import { jacobianVerdict } from './verdict.ts';

/** The Jacobian is given when it has at most this many entries (m · n)… */
export const JACOBIAN_ENTRY_LIMIT = 10_000;
/** …and filling and counting it visits at most this many slots ((m + n) · tape size). */
export const JACOBIAN_WORK_LIMIT = 50_000_000;

/** The Jacobian of a program with several outputs, as the page and the CLI see it. */
export interface JacobianInfo {
  /** Output names, one per row, in the order listed. */
  readonly rows: readonly string[];
  /** Input names, one per column, in the graph's input order. */
  readonly columns: readonly string[];
  /** `values[i][j]` = ∂rows[i]/∂columns[j] at the current values. */
  readonly values: readonly (readonly number[])[];
  /** Which mode filled `values`: the one with fewer passes (reverse on a tie). */
  readonly filledBy: 'forward' | 'reverse';
  /** Exact passes and multiply-adds of both modes. */
  readonly costs: JacobianCosts;
  /** Which mode is cheaper and by how much. */
  readonly verdict: Phrase;
}

/**
 * The Jacobian of `graph`'s outputs with respect to its inputs, its costs and verdict; undefined
 * for a program with one output or one past the limits above. `values` and `locals` are those
 * of `tapeForwardWithLocals` on `tape`.
 */
export function jacobianInfo(
  graph: Graph,
  tape: Tape,
  values: Float64Array,
  locals: Float64Array,
): JacobianInfo | undefined {
  const m = graph.outputs.length;
  const n = graph.inputs.length;
  if (m < 2 || m * n > JACOBIAN_ENTRY_LIMIT || (m + n) * tape.size > JACOBIAN_WORK_LIMIT)
    return undefined;
  const slots = jacobianSlots(tape, graph.outputs, graph.inputs);
  const filledBy = n < m ? 'forward' : 'reverse';
  const matrix = (filledBy === 'forward' ? jacobianByColumns : jacobianByRows)(
    tape,
    values,
    locals,
    slots,
  );
  const costs = jacobianCosts(tape, slots);
  return {
    rows: graph.outputNames,
    columns: graph.inputs.map((id) => graph.nodes[id]!.label),
    values: Array.from({ length: m }, (_, i) =>
      Array.from(matrix.values.subarray(i * n, (i + 1) * n)),
    ),
    filledBy,
    costs,
    verdict: jacobianVerdict(costs),
  };
}
