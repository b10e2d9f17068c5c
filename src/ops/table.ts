import type { OpName, OpSpec } from './types.ts';

const sigmoid = (x: number): number =>
  x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));

/** Wraps an operand name in parentheses when it is not a single token, for rule text. */
const atom = (s: string): string => (/^[\p{L}\p{N}_.]+$/u.test(s) ? s : `(${s})`);

/** ∂(x^y)/∂y = x^y · ln x; at x = 0 the limit 0 is used (for y > 0), for x < 0 it is NaN. */
const powExponentPartial = (x: number, result: number): number =>
  x === 0 ? 0 : result * Math.log(x);

/** The op table. Order is irrelevant; look ups go through `OPS[name]`. */
export const OPS: { readonly [K in OpName]: OpSpec } = {
  add: {
    name: 'add',
    arity: 2,
    symbol: '+',
    notation: 'infix',
    value: ([a, b]) => a! + b!,
    partials: () => [1, 1],
    rule: () => '1',
  },
  sub: {
    name: 'sub',
    arity: 2,
    symbol: '-',
    notation: 'infix',
    value: ([a, b]) => a! - b!,
    partials: () => [1, -1],
    rule: (_, i) => (i === 0 ? '1' : '-1'),
  },
  mul: {
    name: 'mul',
    arity: 2,
    symbol: '*',
    notation: 'infix',
    value: ([a, b]) => a! * b!,
    partials: ([a, b]) => [b!, a!],
    rule: ([a, b], i) => (i === 0 ? b! : a!),
  },
  div: {
    name: 'div',
    arity: 2,
    symbol: '/',
    notation: 'infix',
    value: ([a, b]) => a! / b!,
    partials: ([a, b]) => [1 / b!, -a! / (b! * b!)],
    rule: ([a, b], i) => (i === 0 ? `1/${atom(b!)}` : `-${atom(a!)}/${atom(b!)}²`),
  },
  pow: {
    name: 'pow',
    arity: 2,
    symbol: '^',
    notation: 'infix',
    value: ([x, y]) => x! ** y!,
    partials: ([x, y], result) => [
      y === 0 ? 0 : y! * x! ** (y! - 1),
      powExponentPartial(x!, result),
    ],
    rule: ([x, y], i) =>
      i === 0 ? `${atom(y!)}·${atom(x!)}^(${y}-1)` : `${atom(x!)}^${atom(y!)}·ln ${atom(x!)}`,
  },
  neg: {
    name: 'neg',
    arity: 1,
    symbol: '-',
    notation: 'prefix',
    value: ([a]) => -a!,
    partials: () => [-1],
    rule: () => '-1',
  },
  sin: {
    name: 'sin',
    arity: 1,
    symbol: 'sin',
    notation: 'call',
    value: ([x]) => Math.sin(x!),
    partials: ([x]) => [Math.cos(x!)],
    rule: ([x]) => `cos(${x})`,
  },
  cos: {
    name: 'cos',
    arity: 1,
    symbol: 'cos',
    notation: 'call',
    value: ([x]) => Math.cos(x!),
    partials: ([x]) => [-Math.sin(x!)],
    rule: ([x]) => `-sin(${x})`,
  },
  tan: {
    name: 'tan',
    arity: 1,
    symbol: 'tan',
    notation: 'call',
    value: ([x]) => Math.tan(x!),
    partials: (_, t) => [1 + t * t],
    rule: ([x]) => `1 + tan(${x})²`,
  },
  exp: {
    name: 'exp',
    arity: 1,
    symbol: 'exp',
    notation: 'call',
    value: ([x]) => Math.exp(x!),
    partials: (_, e) => [e],
    rule: ([x]) => `exp(${x})`,
  },
  log: {
    name: 'log',
    arity: 1,
    symbol: 'log',
    notation: 'call',
    value: ([x]) => Math.log(x!),
    partials: ([x]) => [1 / x!],
    rule: ([x]) => `1/${atom(x!)}`,
  },
  sqrt: {
    name: 'sqrt',
    arity: 1,
    symbol: 'sqrt',
    notation: 'call',
    value: ([x]) => Math.sqrt(x!),
    partials: (_, r) => [1 / (2 * r)],
    rule: ([x]) => `1/(2·sqrt(${x}))`,
  },
  abs: {
    name: 'abs',
    arity: 1,
    symbol: 'abs',
    notation: 'call',
    value: ([x]) => Math.abs(x!),
    partials: ([x]) => [x! > 0 ? 1 : x! < 0 ? -1 : 0],
    rule: ([x]) => `sign(${x})`,
    nonDifferentiableAt: ([x]) => x === 0,
    convention: "abs'(0) = 0",
  },
  tanh: {
    name: 'tanh',
    arity: 1,
    symbol: 'tanh',
    notation: 'call',
    value: ([x]) => Math.tanh(x!),
    partials: (_, t) => [1 - t * t],
    rule: ([x]) => `1 - tanh(${x})²`,
  },
  sigmoid: {
    name: 'sigmoid',
    arity: 1,
    symbol: 'sigmoid',
    notation: 'call',
    value: ([x]) => sigmoid(x!),
    partials: (_, s) => [s * (1 - s)],
    rule: ([x]) => `σ(${x})·(1 - σ(${x}))`,
  },
  relu: {
    name: 'relu',
    arity: 1,
    symbol: 'relu',
    notation: 'call',
    value: ([x]) => Math.max(x!, 0),
    partials: ([x]) => [x! > 0 ? 1 : 0],
    rule: ([x]) => `(${x} > 0 ? 1 : 0)`,
    nonDifferentiableAt: ([x]) => x === 0,
    convention: "relu'(0) = 0",
  },
  max: {
    name: 'max',
    arity: 2,
    symbol: 'max',
    notation: 'call',
    value: ([a, b]) => (a! >= b! ? a! : b! > a! ? b! : Number.NaN),
    partials: ([a, b]) => (a! >= b! ? [1, 0] : [0, 1]),
    rule: ([a, b], i) => (i === 0 ? `(${a} ≥ ${b} ? 1 : 0)` : `(${b} > ${a} ? 1 : 0)`),
    nonDifferentiableAt: ([a, b]) => a === b,
    convention: 'max(a, b) with a = b sends the whole derivative to a',
  },
  min: {
    name: 'min',
    arity: 2,
    symbol: 'min',
    notation: 'call',
    value: ([a, b]) => (a! <= b! ? a! : b! < a! ? b! : Number.NaN),
    partials: ([a, b]) => (a! <= b! ? [1, 0] : [0, 1]),
    rule: ([a, b], i) => (i === 0 ? `(${a} ≤ ${b} ? 1 : 0)` : `(${b} < ${a} ? 1 : 0)`),
    nonDifferentiableAt: ([a, b]) => a === b,
    convention: 'min(a, b) with a = b sends the whole derivative to a',
  },
};

/** Functions callable by name in the language, with their op; `pow(x, y)` is the op of `x ^ y`. */
export const FUNCTIONS: ReadonlyMap<string, OpName> = new Map<string, OpName>([
  ['sin', 'sin'],
  ['cos', 'cos'],
  ['tan', 'tan'],
  ['exp', 'exp'],
  ['log', 'log'],
  ['sqrt', 'sqrt'],
  ['abs', 'abs'],
  ['tanh', 'tanh'],
  ['sigmoid', 'sigmoid'],
  ['relu', 'relu'],
  ['max', 'max'],
  ['min', 'min'],
  ['pow', 'pow'],
]);

/** The op of an infix or prefix operator as written. */
export const BINARY_OPS = { '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '^': 'pow' } as const;
