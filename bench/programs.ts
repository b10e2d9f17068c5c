import type { OpName } from '../src/ops/index.ts';
import type { Expr, Program, Statement } from '../src/syntax/index.ts';
import { seededRandom } from '../src/testing/seededRandom.ts';

/** The ops of the benchmark programs: the ones every peer (mathjs, tfjs) also has. */
export const BENCH_OPS = [
  'add',
  'sub',
  'mul',
  'div',
  'sin',
  'cos',
  'tanh',
  'exp',
  'log',
  'sqrt',
] as const satisfies readonly OpName[];
export type BenchOp = (typeof BENCH_OPS)[number];

/**
 * A straight-line program as arrays: nodes 0..k-1 are the inputs, node k + j is op j, whose
 * operands are earlier nodes (`right` is -1 for unary ops). The last node is the output.
 */
export interface BenchProgram {
  readonly inputs: Float64Array;
  readonly ops: readonly BenchOp[];
  readonly left: Int32Array;
  readonly right: Int32Array;
}

const UNARY = new Set<BenchOp>(['sin', 'cos', 'tanh', 'exp', 'log', 'sqrt']);
const ARITHMETIC: readonly BenchOp[] = ['add', 'sub', 'mul', 'div'];
const TRANSCENDENTAL: readonly BenchOp[] = ['sin', 'cos', 'tanh', 'exp', 'log', 'sqrt'];

/** Plain `Math`, only to keep the generated values tame (the engine never sees this). */
function roughValue(op: BenchOp, x: number, y: number): number {
  switch (op) {
    case 'add':
      return x + y;
    case 'sub':
      return x - y;
    case 'mul':
      return x * y;
    case 'div':
      return Math.abs(y) < 0.05 ? Number.NaN : x / y;
    case 'sin':
      return Math.sin(x);
    case 'cos':
      return Math.cos(x);
    case 'tanh':
      return Math.tanh(x);
    case 'exp':
      return Math.exp(x);
    case 'log':
      return x < 0.01 ? Number.NaN : Math.log(x);
    case 'sqrt':
      return x < 0.01 ? Number.NaN : Math.sqrt(x);
  }
}

/**
 * A random program with about `n` op nodes over `k` inputs, half arithmetic and half
 * transcendental, in which every node reaches the output:
 * 1. each new op takes operand 0 from the pool of nodes nobody uses yet once that pool has
 *    W ≈ 4√n members (else any earlier node), and operand 1 from any earlier node;
 * 2. an op whose value would leave [-1000, 1000] or its domain becomes `tanh` of operand 0;
 * 3. the nodes left unused are summed pairwise into the output.
 */
export function benchProgram(n: number, k: number, seed = 1): BenchProgram {
  const rand = seededRandom(seed);
  const pick = (limit: number) => Math.floor(rand() * limit);
  const values: number[] = [];
  const inputs = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    inputs[i] = Number((rand() * 2 - 1).toFixed(6));
    values.push(inputs[i]!);
  }
  const ops: BenchOp[] = [];
  const left: number[] = [];
  const right: number[] = [];
  const pool: number[] = [];
  const where = new Int32Array(n + k + 2).fill(-1);
  const use = (node: number) => {
    const at = where[node]!;
    if (at < 0) return;
    const last = pool.pop()!;
    if (last !== node) {
      pool[at] = last;
      where[last] = at;
    }
    where[node] = -1;
  };
  const push = (op: BenchOp, a: number, b: number, value: number) => {
    use(a);
    if (b >= 0) use(b);
    const id = k + ops.length;
    ops.push(op);
    left.push(a);
    right.push(b);
    values.push(value);
    where[id] = pool.length;
    pool.push(id);
  };
  for (let i = 0; i < k; i++) {
    where[i] = pool.length;
    pool.push(i);
  }
  const target = Math.max(16, Math.round(4 * Math.sqrt(n)));
  while (ops.length + pool.length - 1 < n) {
    const count = k + ops.length;
    const a = pool.length >= target ? pool[pick(pool.length)]! : pick(count);
    const kinds = rand() < 0.5 ? ARITHMETIC : TRANSCENDENTAL;
    let op = kinds[pick(kinds.length)]!;
    let b = UNARY.has(op) ? -1 : pick(count);
    let value = roughValue(op, values[a]!, b >= 0 ? values[b]! : 0);
    if (!(Math.abs(value) <= 1000)) {
      op = 'tanh';
      b = -1;
      value = Math.tanh(values[a]!);
    }
    push(op, a, b, value);
  }
  for (let head = 0; pool.length - head > 1; head += 2) {
    const a = pool[head]!;
    const b = pool[head + 1]!;
    ops.push('add');
    left.push(a);
    right.push(b);
    values.push(values[a]! + values[b]!);
    pool.push(k + ops.length - 1);
  }
  return { inputs, ops, left: Int32Array.from(left), right: Int32Array.from(right) };
}

const name = (p: BenchProgram, node: number) =>
  node < p.inputs.length ? `x${node.toString(36)}` : `v${(node - p.inputs.length).toString(36)}`;

const SYMBOL: Partial<Record<BenchOp, string>> = { add: '+', sub: '-', mul: '*', div: '/' };

/** The program in the language, compactly: `x0=0.25` per input, then `v1a=sin(v3)` per op. */
export function programText(p: BenchProgram): string {
  const k = p.inputs.length;
  const lines: string[] = [];
  for (let i = 0; i < k; i++) lines.push(`${name(p, i)}=${p.inputs[i]}`);
  p.ops.forEach((op, j) => {
    const a = name(p, p.left[j]!);
    const symbol = SYMBOL[op];
    const rhs = symbol ? `${a}${symbol}${name(p, p.right[j]!)}` : `${op}(${a})`;
    lines.push(`${name(p, k + j)}=${rhs}`);
  });
  return lines.join('\n');
}

/** The program as a parsed AST (for sizes whose text exceeds the parser's length limit). */
export function programAst(p: BenchProgram): Program {
  const span = { start: 0, end: 0 };
  const k = p.inputs.length;
  const statements: Statement[] = [];
  for (let i = 0; i < k; i++)
    statements.push({ kind: 'input', name: name(p, i), nameSpan: span, value: p.inputs[i]!, span });
  const ref = (node: number): Expr => ({ kind: 'name', name: name(p, node), span });
  p.ops.forEach((op, j) => {
    const a = ref(p.left[j]!);
    const symbol = SYMBOL[op];
    const expr: Expr = symbol
      ? {
          kind: 'binary',
          operator: symbol as '+' | '-' | '*' | '/',
          left: a,
          right: ref(p.right[j]!),
          operatorSpan: span,
          span,
        }
      : { kind: 'call', callee: op, calleeSpan: span, args: [a], span };
    statements.push({ kind: 'assign', name: name(p, k + j), nameSpan: span, expr, span });
  });
  return { statements };
}
