import type { Graph } from '../graph/index.ts';
import { OPS } from '../ops/index.ts';
import { LEAF, type Tape, type TapeSchedule } from './types.ts';

/** The options of `compileTape`. */
export interface CompileTapeOptions {
  /** Slot order; `levels` (the default) is fastest, `ids` is needed to record traces. */
  readonly schedule?: TapeSchedule;
}

/**
 * Flattens a graph into a tape. O(nodes), no recursion:
 * 1. read codes, operands and starting values by node id;
 * 2. choose the slot order (identity, or a stable counting sort by (depth, op code));
 * 3. write the arrays in slot order and find the runs of equal op codes.
 */
export function compileTape(graph: Graph, options: CompileTapeOptions = {}): Tape {
  const schedule = options.schedule ?? 'levels';
  const n = graph.nodes.length;
  const codes = new Uint8Array(n);
  const operands = new Int32Array(2 * n).fill(-1);
  const initial = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const node = graph.nodes[v]!;
    if (node.kind !== 'op' || node.op === undefined) {
      codes[v] = LEAF;
      initial[v] = node.initialValue;
      continue;
    }
    const spec = OPS[node.op];
    if (node.operands.length !== spec.arity) throw new Error(`compileTape: arity of node ${v}`);
    codes[v] = spec.code;
    operands[2 * v] = node.operands[0]!;
    if (spec.arity === 2) operands[2 * v + 1] = node.operands[1]!;
  }
  const nodeAt = schedule === 'ids' ? identity(n) : levelOrder(codes, operands);
  return permuted(graph, nodeAt, schedule, codes, operands, initial);
}

function identity(n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order;
}

/**
 * Node ids sorted by (depth, op code, id), leaves (depth 0) first: two stable counting sorts,
 * by code then by depth. Depth = 1 + the largest operand depth, so the order is topological.
 */
function levelOrder(codes: Uint8Array, operands: Int32Array): Int32Array {
  const n = codes.length;
  const depth = new Int32Array(n);
  let maxDepth = 0;
  for (let v = 0; v < n; v++) {
    if (codes[v] === LEAF) continue;
    const a = operands[2 * v]!;
    const b = operands[2 * v + 1]!;
    const d = 1 + (b >= 0 ? Math.max(depth[a]!, depth[b]!) : depth[a]!);
    depth[v] = d;
    if (d > maxDepth) maxDepth = d;
  }
  const byCode = countingSort(identity(n), (v) => (codes[v] === LEAF ? 0 : codes[v]! + 1), 257);
  return countingSort(byCode, (v) => depth[v]!, maxDepth + 1);
}

/** A stable counting sort of `items` by an integer key in [0, keys). */
function countingSort(items: Int32Array, key: (item: number) => number, keys: number): Int32Array {
  const start = new Int32Array(keys + 1);
  for (const item of items) start[key(item) + 1]!++;
  for (let k = 0; k < keys; k++) start[k + 1]! += start[k]!;
  const sorted = new Int32Array(items.length);
  for (const item of items) sorted[start[key(item)]!++] = item;
  return sorted;
}

/** Writes the tape's arrays in slot order `nodeAt`, and its runs of equal op codes. */
function permuted(
  graph: Graph,
  nodeAt: Int32Array,
  schedule: TapeSchedule,
  codes: Uint8Array,
  operands: Int32Array,
  initial: Float64Array,
): Tape {
  const n = nodeAt.length;
  const slotOf = new Int32Array(n);
  for (let s = 0; s < n; s++) slotOf[nodeAt[s]!] = s;
  const tape = {
    schedule,
    size: n,
    codes: new Uint8Array(n),
    operands: new Int32Array(2 * n),
    initial: new Float64Array(n),
    inputs: Int32Array.from(graph.inputs, (id) => slotOf[id]!),
    output: slotOf[graph.output]!,
    runs: new Int32Array(0),
    slotOf,
    nodeAt,
  };
  const runs: number[] = [];
  for (let s = 0; s < n; s++) {
    const v = nodeAt[s]!;
    const code = codes[v]!;
    tape.codes[s] = code;
    tape.initial[s] = initial[v]!;
    const a = operands[2 * v]!;
    const b = operands[2 * v + 1]!;
    tape.operands[2 * s] = a >= 0 ? slotOf[a]! : -1;
    tape.operands[2 * s + 1] = b >= 0 ? slotOf[b]! : -1;
    if (code === LEAF) continue;
    if (runs.length > 0 && runs[runs.length - 3] === code && runs[runs.length - 1] === s)
      runs[runs.length - 1] = s + 1;
    else runs.push(code, s, s + 1);
  }
  tape.runs = Int32Array.from(runs);
  return tape;
}

/** Bytes held by a tape, by array: what one more node costs before any values are computed. */
export function tapeBytes(tape: Tape): Record<string, number> {
  return {
    codes: tape.codes.byteLength,
    operands: tape.operands.byteLength,
    initial: tape.initial.byteLength,
    slotOf: tape.slotOf.byteLength,
    nodeAt: tape.nodeAt.byteLength,
    runs: tape.runs.byteLength,
    inputs: tape.inputs.byteLength,
  };
}
