import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../eval/index.ts';
import { GraphBuilder } from '../graph/builder.ts';
import { SimplifyingMaker } from '../symbolic/maker.ts';
import { OP_NAMES, OPS } from './index.ts';
import type { OpName } from './types.ts';

const NOWHERE = { start: 0, end: 0 };

/**
 * The value of op's symbolic rule for operand `index` at (a, b): a graph with inputs a and b
 * (or a constant operand when `constant` says which), the op's node, and the rule's node.
 */
function ruleValue(op: OpName, index: number, a: number, b: number, constant?: 0 | 1): number {
  const builder = new GraphBuilder(
    true,
    () => {
      throw new Error('too large');
    },
    1000,
  );
  const operand = (i: number, v: number, name: string) =>
    constant === i ? builder.constant(v, String(v), NOWHERE) : builder.input(name, v, NOWHERE);
  const x = operand(0, a, 'a');
  const y = OPS[op].arity === 2 ? operand(1, b, 'b') : -1;
  const self = builder.operationOn(op, x, y, NOWHERE);
  const rule = OPS[op].partialGraph(new SimplifyingMaker(builder, NOWHERE), index, self, x, y);
  const graph = builder.finish([rule], ['rule']);
  return evaluate(graph).values[rule]!;
}

function numericPartial(op: OpName, index: number, a: number, b: number): number {
  const spec = OPS[op];
  return spec.partial(index, a, b, spec.value(a, b));
}

/** Equal as numbers (NaN equals NaN), up to a relative 1e-12. */
function same(x: number, y: number): boolean {
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) && Number.isNaN(y);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return x === y;
  return Math.abs(x - y) <= 1e-12 * Math.max(1, Math.abs(x), Math.abs(y));
}

/** Each op's conventions and domain edges, where a symbolic rule is most likely to go wrong. */
const SPECIAL_POINTS: readonly (readonly [number, number])[] = [
  [0, 0],
  [0, 1],
  [1, 0],
  [0, 0.5],
  [0, 2],
  [0, -1],
  [2, 2],
  [-1, -1],
  [-1, 2],
  [0.5, -0.5],
  [-2, 3],
  [1, 1],
  [-0.5, 0],
];

/**
 * Where a symbolic rule documents that it differs from `partial`: pow at base 0 (or where a
 * variable exponent 0 meets x^−1 = ±∞) (0·∞ or ∞·ln 0 where `partial` takes a limit or says NaN, see `powPartialGraph`).
 */
const documentedException = (op: OpName, index: number, a: number, b: number): boolean =>
  op === 'pow' && (index === 1 ? a === 0 : b === 0 && !Number.isFinite(1 / a));

describe('symbolic partials (op table `partialGraph`)', () => {
  for (const op of OP_NAMES) {
    const arity = OPS[op].arity;
    for (let index = 0; index < arity; index++) {
      it(`${op}: the rule for operand ${index} equals the numeric partial at random points and at the conventions`, () => {
        fc.assert(
          fc.property(
            fc.double({ min: -3, max: 3, noNaN: true }),
            fc.double({ min: -3, max: 3, noNaN: true }),
            (a, b) => {
              if (documentedException(op, index, a, b)) return;
              const symbolic = ruleValue(op, index, a, b);
              const numeric = numericPartial(op, index, a, b);
              expect(
                same(symbolic, numeric),
                `${op} ∂${index} at (${a}, ${b}): ${symbolic} vs ${numeric}`,
              ).toBe(true);
            },
          ),
          { numRuns: 300 },
        );
        for (const [a, b] of SPECIAL_POINTS) {
          if (documentedException(op, index, a, b)) continue;
          const symbolic = ruleValue(op, index, a, b);
          const numeric = numericPartial(op, index, a, b);
          expect(
            same(symbolic, numeric),
            `${op} ∂${index} at (${a}, ${b}): ${symbolic} vs ${numeric}`,
          ).toBe(true);
        }
      });
    }
  }

  it('pow with a constant exponent folds it, also at base 0 (x^0, x^1, x^2, x^0.5)', () => {
    for (const [a, b] of [
      [0, 0],
      [0, 1],
      [0, 2],
      [0, 0.5],
      [-1, 2],
      [2, 0],
      [1.5, 3],
    ] as const) {
      expect(same(ruleValue('pow', 0, a, b, 1), numericPartial('pow', 0, a, b))).toBe(true);
    }
  });

  it('pow with a constant base 0 has derivative 0 in its exponent where 0^y is finite', () => {
    for (const b of [0, 0.5, 1, 2]) expect(ruleValue('pow', 1, 0, b, 0)).toBe(0);
  });
});
