/**
 * How a tape orders its slots. `ids`: slot = node id, so traces can follow node order.
 * `levels`: leaves first, then by depth and, within a depth, by op code, so equal ops run
 * back to back (long runs make the loops predictable for the CPU).
 */
export type TapeSchedule = 'ids' | 'levels';

/** The code of a leaf (input or constant) on a tape; op codes are below it. */
export const LEAF = 255;

/**
 * A computational graph as flat typed arrays, in a topological order of slots: every operand
 * slot is smaller than the slot that uses it. Values, adjoints and tangents are Float64Arrays
 * indexed by slot.
 */
export interface Tape {
  readonly schedule: TapeSchedule;
  /** Number of slots, one per graph node. */
  readonly size: number;
  /** By slot: the op's code from the op table, or LEAF. */
  readonly codes: Uint8Array;
  /** Two per slot: the operand slots `operands[2s]` and `operands[2s + 1]`, -1 when unused. */
  readonly operands: Int32Array;
  /** By slot: an input's starting value, a constant's value; 0 for ops. */
  readonly initial: Float64Array;
  /** The slots of the graph's inputs, in the graph's input order. */
  readonly inputs: Int32Array;
  /** The slot of the graph's output. */
  readonly output: number;
  /** Maximal runs of equal op codes over the op slots, as triples (code, start, end). */
  readonly runs: Int32Array;
  /** The slot of each node id, and the node id of each slot (identity for `ids`). */
  readonly slotOf: Int32Array;
  readonly nodeAt: Int32Array;
}
