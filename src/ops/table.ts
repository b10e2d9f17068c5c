import { phrase } from '../phrases/phrase.ts';
import { notPositive, sign } from './indicators.ts';
import type { NodeMaker, OpName, OpSpec } from './types.ts';

const sigmoid = (x: number): number =>
  x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));

/** Wraps an operand name in parentheses when it is not a single token, for rule text. */
const atom = (s: string): string => (/^[\p{L}\p{N}_.]+$/u.test(s) ? s : `(${s})`);

/**
 * ∂(x^y)/∂y = x^y · ln x; at x = 0 the limit 0 is used where 0^y is finite (y >= 0), and where
 * it is not (y < 0: 0^y = ∞) the partial is not finite either (NaN); for x < 0 it is NaN.
 */
const powExponentPartial = (x: number, result: number): number =>
  x === 0 ? (Number.isFinite(result) ? 0 : Number.NaN) : result * Math.log(x);

/**
 * ∂(x^y)/∂x and ∂(x^y)/∂y as nodes. A constant exponent c gives c·x^(c−1), folded, and 0 for
 * c = 0 (as `partial`); a variable one gives y·x^(y−1), which at x = 0, y = 0 is 0·∞ = NaN where
 * `partial` says 0. A constant base 0 gives ∂/∂y = 0, the limit `partial` takes where 0^y is
 * finite (y ≥ 0, as in the step functions of indicators.ts); any other base gives x^y·ln x,
 * which at x = 0 is not finite (0·(−∞) = NaN, 1·(−∞), ∞·(−∞)) where `partial` takes the limit
 * 0 (y > 0) or says NaN. Both differences are at a base of exactly 0, and both give a
 * derivative that is not finite where the numeric one may be finite.
 */
function powPartialGraph(make: NodeMaker, i: number, self: number, x: number, y: number): number {
  if (i === 1) {
    if (make.constantValue(x) === 0) return make.constant(0);
    return make.apply('mul', self, make.apply('log', x));
  }
  const c = make.constantValue(y);
  if (c === 0) return make.constant(0);
  const lowered = c === undefined ? make.apply('sub', y, make.constant(1)) : make.constant(c - 1);
  return make.apply('mul', y, make.apply('pow', x, lowered));
}

/**
 * The op table. Look ups go through `OPS[name]`, or `OPS_BY_CODE[code]` on a tape. Codes are
 * dense, 0 to 17, and never reused; the tape's loops switch on them.
 */
export const OPS: { readonly [K in OpName]: OpSpec } = {
  add: {
    name: 'add',
    code: 0,
    arity: 2,
    symbol: '+',
    notation: 'infix',
    value: (a, b) => a + b,
    partial: () => 1,
    rule: () => '1',
    partialGraph: (make) => make.constant(1),
  },
  sub: {
    name: 'sub',
    code: 1,
    arity: 2,
    symbol: '-',
    notation: 'infix',
    value: (a, b) => a - b,
    partial: (i) => (i === 0 ? 1 : -1),
    rule: (_, i) => (i === 0 ? '1' : '-1'),
    partialGraph: (make, i) => make.constant(i === 0 ? 1 : -1),
  },
  mul: {
    name: 'mul',
    code: 2,
    arity: 2,
    symbol: '*',
    displaySymbol: '·',
    notation: 'infix',
    value: (a, b) => a * b,
    partial: (i, a, b) => (i === 0 ? b : a),
    rule: ([a, b], i) => (i === 0 ? b! : a!),
    partialGraph: (_make, i, _self, a, b) => (i === 0 ? b : a),
  },
  div: {
    name: 'div',
    code: 3,
    arity: 2,
    symbol: '/',
    notation: 'infix',
    value: (a, b) => a / b,
    partial: (i, a, b) => (i === 0 ? 1 / b : -a / (b * b)),
    rule: ([a, b], i) => (i === 0 ? `1/${atom(b!)}` : `-${atom(a!)}/${atom(b!)}²`),
    // -(a/(b·b)) computes what `partial` computes, to the last bit.
    partialGraph: (make, i, _self, a, b) =>
      i === 0
        ? make.apply('div', make.constant(1), b)
        : make.apply('neg', make.apply('div', a, make.apply('mul', b, b))),
  },
  pow: {
    name: 'pow',
    code: 4,
    arity: 2,
    symbol: '^',
    notation: 'infix',
    value: (x, y) => x ** y,
    partial: (i, x, y, result) =>
      i === 0 ? (y === 0 ? 0 : y * x ** (y - 1)) : powExponentPartial(x, result),
    rule: ([x, y], i) =>
      i === 0 ? `${atom(y!)}·${atom(x!)}^(${y}-1)` : `${atom(x!)}^${atom(y!)}·ln ${atom(x!)}`,
    partialGraph: powPartialGraph,
    // At x = 0: 0^0 = 1 has no derivative in y (0^y jumps from 1 to 0), and for 0 < y < 1
    // the tangent in x is vertical (x^0.5 is sqrt). y < 0 gives ∞, a domain warning.
    nonDifferentiableAt: (x, y) => x === 0 && y >= 0 && y < 1,
    convention: (_x, y) =>
      y === 0
        ? phrase('warning.powZeroZero', { formula: '0^0 = 1' })
        : phrase('warning.limitFromRight', { formula: `∂(x^${y})/∂x = ∞ at x = 0` }),
  },
  neg: {
    name: 'neg',
    code: 5,
    arity: 1,
    symbol: '-',
    notation: 'prefix',
    value: (a) => -a,
    partial: () => -1,
    rule: () => '-1',
    partialGraph: (make) => make.constant(-1),
  },
  sin: {
    name: 'sin',
    code: 6,
    arity: 1,
    symbol: 'sin',
    notation: 'call',
    value: (x) => Math.sin(x),
    partial: (_, x) => Math.cos(x),
    rule: ([x]) => `cos(${x})`,
    partialGraph: (make, _i, _self, x) => make.apply('cos', x),
  },
  cos: {
    name: 'cos',
    code: 7,
    arity: 1,
    symbol: 'cos',
    notation: 'call',
    value: (x) => Math.cos(x),
    partial: (_, x) => -Math.sin(x),
    rule: ([x]) => `-sin(${x})`,
    partialGraph: (make, _i, _self, x) => make.apply('neg', make.apply('sin', x)),
  },
  tan: {
    name: 'tan',
    code: 8,
    arity: 1,
    symbol: 'tan',
    notation: 'call',
    value: (x) => Math.tan(x),
    partial: (_i, _x, _y, t) => 1 + t * t,
    rule: ([x]) => `1 + tan(${x})²`,
    partialGraph: (make, _i, t) => make.apply('add', make.constant(1), make.apply('mul', t, t)),
  },
  exp: {
    name: 'exp',
    code: 9,
    arity: 1,
    symbol: 'exp',
    notation: 'call',
    value: (x) => Math.exp(x),
    partial: (_i, _x, _y, e) => e,
    rule: ([x]) => `exp(${x})`,
    partialGraph: (_make, _i, e) => e,
  },
  log: {
    name: 'log',
    code: 10,
    arity: 1,
    symbol: 'log',
    notation: 'call',
    value: (x) => Math.log(x),
    partial: (_, x) => 1 / x,
    rule: ([x]) => `1/${atom(x!)}`,
    partialGraph: (make, _i, _self, x) => make.apply('div', make.constant(1), x),
  },
  sqrt: {
    name: 'sqrt',
    code: 11,
    arity: 1,
    symbol: 'sqrt',
    notation: 'call',
    value: (x) => Math.sqrt(x),
    partial: (_i, _x, _y, r) => 1 / (2 * r),
    rule: ([x]) => `1/(2·sqrt(${x}))`,
    partialGraph: (make, _i, r) =>
      make.apply('div', make.constant(1), make.apply('mul', make.constant(2), r)),
    // The tangent at 0 is vertical: the partial is the one-sided limit +∞ (−∞ at −0).
    nonDifferentiableAt: (x) => x === 0,
    convention: () => phrase('warning.limitFromRight', { formula: "sqrt'(0) = ∞" }),
  },
  abs: {
    name: 'abs',
    code: 12,
    arity: 1,
    symbol: 'abs',
    notation: 'call',
    value: (x) => Math.abs(x),
    partial: (_, x) => (x > 0 ? 1 : x < 0 ? -1 : 0),
    rule: ([x]) => `sign(${x})`,
    partialGraph: (make, _i, _self, x) => sign(make, x),
    nonDifferentiableAt: (x) => x === 0,
    convention: () => phrase('warning.formula', { formula: "abs'(0) = 0" }),
  },
  tanh: {
    name: 'tanh',
    code: 13,
    arity: 1,
    symbol: 'tanh',
    notation: 'call',
    value: (x) => Math.tanh(x),
    partial: (_i, _x, _y, t) => 1 - t * t,
    rule: ([x]) => `1 - tanh(${x})²`,
    partialGraph: (make, _i, t) => make.apply('sub', make.constant(1), make.apply('mul', t, t)),
  },
  sigmoid: {
    name: 'sigmoid',
    code: 14,
    arity: 1,
    symbol: 'sigmoid',
    notation: 'call',
    value: (x) => sigmoid(x),
    partial: (_i, _x, _y, s) => s * (1 - s),
    rule: ([x]) => `σ(${x})·(1 - σ(${x}))`,
    partialGraph: (make, _i, s) => make.apply('mul', s, make.apply('sub', make.constant(1), s)),
  },
  relu: {
    name: 'relu',
    code: 15,
    arity: 1,
    symbol: 'relu',
    notation: 'call',
    value: (x) => Math.max(x, 0),
    partial: (_, x) => (x > 0 ? 1 : 0),
    rule: ([x]) => `(${x} > 0 ? 1 : 0)`,
    // relu(x) is this node itself: [x > 0] = 1 − 0^relu(x).
    partialGraph: (make, _i, r) =>
      make.apply('sub', make.constant(1), make.apply('pow', make.constant(0), r)),
    nonDifferentiableAt: (x) => x === 0,
    convention: () => phrase('warning.formula', { formula: "relu'(0) = 0" }),
  },
  max: {
    name: 'max',
    code: 16,
    arity: 2,
    symbol: 'max',
    notation: 'call',
    value: (a, b) => (a >= b ? a : b > a ? b : Number.NaN),
    partial: (i, a, b) => (i === 0 ? (a >= b ? 1 : 0) : a >= b ? 0 : 1),
    rule: ([a, b], i) => (i === 0 ? `(${a} ≥ ${b} ? 1 : 0)` : `(${b} > ${a} ? 1 : 0)`),
    // [a ≥ b] = [b − a ≤ 0]: a tie sends the whole derivative to a, as `partial` does.
    partialGraph: (make, i, _self, a, b) => {
      const first = notPositive(make, make.apply('sub', b, a));
      return i === 0 ? first : make.apply('sub', make.constant(1), first);
    },
    nonDifferentiableAt: (a, b) => a === b,
    convention: () => phrase('warning.tieToFirst', { formula: 'max(a, b)' }),
  },
  min: {
    name: 'min',
    code: 17,
    arity: 2,
    symbol: 'min',
    notation: 'call',
    value: (a, b) => (a <= b ? a : b < a ? b : Number.NaN),
    partial: (i, a, b) => (i === 0 ? (a <= b ? 1 : 0) : a <= b ? 0 : 1),
    rule: ([a, b], i) => (i === 0 ? `(${a} ≤ ${b} ? 1 : 0)` : `(${b} < ${a} ? 1 : 0)`),
    // [a ≤ b] = [a − b ≤ 0]: a tie sends the whole derivative to a, as `partial` does.
    partialGraph: (make, i, _self, a, b) => {
      const first = notPositive(make, make.apply('sub', a, b));
      return i === 0 ? first : make.apply('sub', make.constant(1), first);
    },
    nonDifferentiableAt: (a, b) => a === b,
    convention: () => phrase('warning.tieToFirst', { formula: 'min(a, b)' }),
  },
};

/** Every op name, at the position of its code. */
export const OP_NAMES: readonly OpName[] = Object.values(OPS)
  .sort((x, y) => x.code - y.code)
  .map((spec) => spec.name);

/** The op of each code, for generic (non-hot) loops over a tape: `OPS_BY_CODE[spec.code] === spec`. */
export const OPS_BY_CODE: readonly OpSpec[] = OP_NAMES.map((name) => OPS[name]);

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
