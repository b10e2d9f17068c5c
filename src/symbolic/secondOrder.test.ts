import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphOf } from '../testing/fixtures.ts';
import { randomProgram } from '../testing/randomPrograms.ts';
import { gradientAndNewtonSteps, secondOrder } from './secondOrder.ts';

describe('secondOrder (forward over reverse)', () => {
  it('the Hessian of f = x²y + sin(y) at (1, 0) is [[0, 2], [2, 0]] (DOMAIN.md §9)', () => {
    const s = secondOrder(graphOf('x = 1; y = 0; f = x^2 * y + sin(y)'))!;
    expect(s.names).toEqual(['x', 'y']);
    expect(s.hessian().values).toEqual([
      [0, 2],
      [2, 0],
    ]);
  });

  it('is symmetric, and H·v equals the full Hessian times v, on random programs', () => {
    fc.assert(
      fc.property(
        randomProgram(4, 12),
        fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 4, maxLength: 4 }),
        ({ source }, v) => {
          const s = secondOrder(graphOf(source))!;
          const { values: h } = s.hessian();
          if (!h.flat().every(Number.isFinite)) return;
          const n = s.names.length;
          const scale = Math.max(1, ...h.flat().map(Math.abs));
          for (let i = 0; i < n; i++)
            for (let j = 0; j < n; j++)
              expect(Math.abs(h[i]![j]! - h[j]![i]!), source).toBeLessThanOrEqual(1e-9 * scale);
          const hv = s.hessianVector(v.slice(0, n));
          for (let i = 0; i < n; i++) {
            const expected = h[i]!.reduce((sum, hij, j) => sum + hij * v[j]!, 0);
            expect(Math.abs(hv.product[i]! - expected), source).toBeLessThanOrEqual(
              1e-9 * scale * 8,
            );
          }
          expect(hv.fullHessianOperations).toBe(n * hv.operations);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the Hessian equals central differences of the gradient', () => {
    const source = (x: number, y: number) =>
      `x = ${x}; y = ${y}; f = exp(x * y) / (1 + y^2) + tanh(x)`;
    const s = secondOrder(graphOf(source(0.4, -0.7)))!;
    const h = s.hessian().values;
    const step = 1e-5;
    const gradientAt = (x: number, y: number) => secondOrder(graphOf(source(x, y)))!.gradient;
    const columns = [
      [gradientAt(0.4 + step, -0.7), gradientAt(0.4 - step, -0.7)],
      [gradientAt(0.4, -0.7 + step), gradientAt(0.4, -0.7 - step)],
    ];
    columns.forEach(([plus, minus], j) => {
      for (let i = 0; i < 2; i++)
        expect(h[i]![j]!).toBeCloseTo((plus![i]! - minus![i]!) / (2 * step), 6);
    });
  });

  it('an HVP costs one pass; the full Hessian n passes (exact counts)', () => {
    const inputs = Array.from({ length: 30 }, (_, i) => `x${i}`);
    const s = secondOrder(graphOf(`f = ${inputs.map((x) => `sin(${x}) * ${x}`).join(' + ')}`))!;
    const hv = s.hessianVector(inputs.map(() => 1));
    expect(hv.fullHessianOperations).toBe(30 * hv.operations);
    console.log(
      `30 inputs: Hessian-vector product ${hv.operations} multiply-adds, full Hessian ${hv.fullHessianOperations}`,
    );
  });
});

describe('gradientAndNewtonSteps', () => {
  it('one Newton step reaches the minimum of a quadratic; the gradient step moves by η·g', () => {
    // f = (x − 3)² + 2(y + 1)² at (0, 0): g = (−6, 4), H = [[2, 0], [0, 4]].
    const steps = gradientAndNewtonSteps(
      [0, 0],
      [-6, 4],
      [
        [2, 0],
        [0, 4],
      ],
      0.1,
    );
    expect(steps.newtonStep).toEqual([3, -1]);
    expect(steps.gradientStep).toEqual([0.6000000000000001, -0.4]);
    expect(gradientAndNewtonSteps([1], [2], [[0]], 0.1).newtonStep).toBeNull();
  });
});
