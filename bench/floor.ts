import { OPS } from '../src/ops/index.ts';
import { LEAF, type Tape } from '../src/tape/index.ts';
import { BENCH_OPS, type BenchOp } from './programs.ts';

const { add, sub, mul, div, sin, cos, tanh, exp, log, sqrt } = OPS;

/** The op slots of a tape grouped by op: operand slots and a contiguous output per op. */
export interface OpGroups {
  readonly left: Readonly<Record<BenchOp, Int32Array>>;
  readonly right: Readonly<Record<BenchOp, Int32Array>>;
  readonly out: Readonly<Record<BenchOp, Float64Array>>;
}

export function opGroups(tape: Tape): OpGroups {
  const slots = Object.fromEntries(BENCH_OPS.map((op) => [op, [] as number[]])) as Record<
    BenchOp,
    number[]
  >;
  for (let s = 0; s < tape.size; s++) {
    const code = tape.codes[s]!;
    if (code === LEAF) continue;
    const op = BENCH_OPS.find((name) => OPS[name].code === code);
    if (op === undefined) throw new Error('floor: op outside the benchmark set');
    slots[op].push(s);
  }
  const pick = (i: 0 | 1) =>
    Object.fromEntries(
      BENCH_OPS.map((op) => [op, Int32Array.from(slots[op], (s) => tape.operands[2 * s + i]!)]),
    ) as Record<BenchOp, Int32Array>;
  const out = Object.fromEntries(
    BENCH_OPS.map((op) => [op, new Float64Array(slots[op].length)]),
  ) as Record<BenchOp, Float64Array>;
  return { left: pick(0), right: pick(1), out };
}

/**
 * The floor: the same operations on the same operand values, one tight monomorphic loop per
 * op (no dispatch, no dependencies between iterations), each op's kernel from the op table.
 * `values` must hold a finished evaluation, so every call sees the real arguments.
 */
export function floorLoops(g: OpGroups, v: Float64Array): void {
  {
    const A = g.left.add,
      B = g.right.add,
      R = g.out.add;
    for (let k = 0; k < R.length; k++) R[k] = add.value(v[A[k]!]!, v[B[k]!]!);
  }
  {
    const A = g.left.sub,
      B = g.right.sub,
      R = g.out.sub;
    for (let k = 0; k < R.length; k++) R[k] = sub.value(v[A[k]!]!, v[B[k]!]!);
  }
  {
    const A = g.left.mul,
      B = g.right.mul,
      R = g.out.mul;
    for (let k = 0; k < R.length; k++) R[k] = mul.value(v[A[k]!]!, v[B[k]!]!);
  }
  {
    const A = g.left.div,
      B = g.right.div,
      R = g.out.div;
    for (let k = 0; k < R.length; k++) R[k] = div.value(v[A[k]!]!, v[B[k]!]!);
  }
  {
    const A = g.left.sin,
      R = g.out.sin;
    for (let k = 0; k < R.length; k++) R[k] = sin.value(v[A[k]!]!, 0);
  }
  {
    const A = g.left.cos,
      R = g.out.cos;
    for (let k = 0; k < R.length; k++) R[k] = cos.value(v[A[k]!]!, 0);
  }
  {
    const A = g.left.tanh,
      R = g.out.tanh;
    for (let k = 0; k < R.length; k++) R[k] = tanh.value(v[A[k]!]!, 0);
  }
  {
    const A = g.left.exp,
      R = g.out.exp;
    for (let k = 0; k < R.length; k++) R[k] = exp.value(v[A[k]!]!, 0);
  }
  {
    const A = g.left.log,
      R = g.out.log;
    for (let k = 0; k < R.length; k++) R[k] = log.value(v[A[k]!]!, 0);
  }
  {
    const A = g.left.sqrt,
      R = g.out.sqrt;
    for (let k = 0; k < R.length; k++) R[k] = sqrt.value(v[A[k]!]!, 0);
  }
}
