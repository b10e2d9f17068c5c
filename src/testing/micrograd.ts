import type { Graph } from '../graph/index.ts';
import type { OpName } from '../ops/index.ts';

/**
 * A micrograd-style scalar: one object per node, its operands, and a closure that sends its
 * gradient back (Karpathy's `engine.py`). An independent reference for the tape: it writes
 * every op's value and derivative out again, on purpose, from the definitions in DOMAIN.md and
 * the README's conventions (relu'(0) = abs'(0) = 0, ties of max and min go to the first
 * operand) and LANGUAGE.md's "Derivatives that are not finite": every value `backward` visits
 * reaches the output, so a local partial that is not finite makes what it sends NaN, even
 * when the gradient arriving is 0.
 */
export class Value {
  grad = 0;
  backwardStep: () => void = () => {};

  constructor(
    public data: number,
    readonly operands: readonly Value[] = [],
    readonly op = '',
  ) {}

  add(o: Value): Value {
    const out = new Value(this.data + o.data, [this, o], '+');
    out.backwardStep = () => {
      send(this, out.grad, 1);
      send(o, out.grad, 1);
    };
    return out;
  }

  sub(o: Value): Value {
    const out = new Value(this.data - o.data, [this, o], '-');
    out.backwardStep = () => {
      send(this, out.grad, 1);
      send(o, out.grad, -1);
    };
    return out;
  }

  mul(o: Value): Value {
    const out = new Value(this.data * o.data, [this, o], '*');
    out.backwardStep = () => {
      send(this, out.grad, o.data);
      send(o, out.grad, this.data);
    };
    return out;
  }

  div(o: Value): Value {
    const out = new Value(this.data / o.data, [this, o], '/');
    out.backwardStep = () => {
      send(this, out.grad, 1 / o.data);
      send(o, out.grad, -this.data / (o.data * o.data));
    };
    return out;
  }

  pow(o: Value): Value {
    const x = this.data;
    const y = o.data;
    const out = new Value(x ** y, [this, o], '^');
    out.backwardStep = () => {
      send(this, out.grad, y === 0 ? 0 : y * x ** (y - 1));
      send(o, out.grad, x === 0 ? 0 : out.data * Math.log(x));
    };
    return out;
  }

  max(o: Value): Value {
    const first = this.data >= o.data;
    const data = first ? this.data : o.data > this.data ? o.data : Number.NaN;
    const out = new Value(data, [this, o], 'max');
    out.backwardStep = () => {
      send(this, out.grad, first ? 1 : 0);
      send(o, out.grad, first ? 0 : 1);
    };
    return out;
  }

  min(o: Value): Value {
    const first = this.data <= o.data;
    const data = first ? this.data : o.data < this.data ? o.data : Number.NaN;
    const out = new Value(data, [this, o], 'min');
    out.backwardStep = () => {
      send(this, out.grad, first ? 1 : 0);
      send(o, out.grad, first ? 0 : 1);
    };
    return out;
  }

  /** A unary op from its value and its derivative at the operand's value. */
  unary(op: string, f: (x: number) => number, df: (x: number, fx: number) => number): Value {
    const out = new Value(f(this.data), [this], op);
    out.backwardStep = () => send(this, out.grad, df(this.data, out.data));
    return out;
  }

  /**
   * Backpropagation from this value: a topological order by depth-first search (with an
   * explicit stack, so deep graphs cannot overflow), then every closure in reverse order.
   */
  backward(): void {
    const order: Value[] = [];
    const visited = new Set<Value>();
    const stack: [Value, number][] = [[this, 0]];
    visited.add(this);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const [v, i] = top;
      if (i < v.operands.length) {
        top[1] = i + 1;
        const child = v.operands[i]!;
        if (!visited.has(child)) {
          visited.add(child);
          stack.push([child, 0]);
        }
        continue;
      }
      stack.pop();
      order.push(v);
    }
    for (const v of order) v.grad = 0;
    this.grad = 1;
    for (let i = order.length - 1; i >= 0; i--) order[i]!.backwardStep();
  }
}

/** `to.grad += grad · local`, where a local that is not finite sends NaN whatever the grad. */
function send(to: Value, grad: number, local: number): void {
  to.grad += Number.isFinite(local) ? grad * local : Number.NaN;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Applies op `op` to micrograd values, written independently of the op table. */
export function applyValue(op: OpName, a: Value, b: Value | undefined): Value {
  switch (op) {
    case 'add':
      return a.add(b!);
    case 'sub':
      return a.sub(b!);
    case 'mul':
      return a.mul(b!);
    case 'div':
      return a.div(b!);
    case 'pow':
      return a.pow(b!);
    case 'max':
      return a.max(b!);
    case 'min':
      return a.min(b!);
    case 'neg':
      return a.unary(
        'neg',
        (x) => -x,
        () => -1,
      );
    case 'sin':
      return a.unary('sin', Math.sin, Math.cos);
    case 'cos':
      return a.unary('cos', Math.cos, (x) => -Math.sin(x));
    case 'tan':
      return a.unary('tan', Math.tan, (_, t) => 1 + t * t);
    case 'exp':
      return a.unary('exp', Math.exp, (_, e) => e);
    case 'log':
      return a.unary('log', Math.log, (x) => 1 / x);
    case 'sqrt':
      return a.unary('sqrt', Math.sqrt, (x) => 0.5 / Math.sqrt(x));
    case 'abs':
      return a.unary('abs', Math.abs, (x) => Math.sign(x) || 0);
    case 'tanh':
      return a.unary('tanh', Math.tanh, (_, t) => 1 - t * t);
    case 'sigmoid':
      return a.unary('sigmoid', sigmoid, (_, s) => s * (1 - s));
    case 'relu':
      // NaN stays NaN, as in max(NaN, 0).
      return a.unary(
        'relu',
        (x) => (x > 0 || Number.isNaN(x) ? x : 0),
        (x) => (x > 0 ? 1 : 0),
      );
  }
}

/**
 * The micrograd object graph of a computational graph, by node id, at the given input values
 * (by node id; the nodes' starting values otherwise).
 */
export function micrograd(graph: Graph, inputs: ReadonlyMap<number, number> = new Map()): Value[] {
  const values: Value[] = [];
  for (const node of graph.nodes) {
    if (node.kind !== 'op' || node.op === undefined) {
      values.push(new Value(inputs.get(node.id) ?? node.initialValue, [], node.label));
      continue;
    }
    const [a, b] = node.operands.map((u) => values[u]!);
    values.push(applyValue(node.op, a!, b));
  }
  return values;
}
