import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reverseMode } from '../ad/index.ts';
import { evaluate } from '../eval/index.ts';
import { naivePathSumCost } from '../paths/cost.ts';
import { countPaths } from '../paths/count.ts';
import { familyOf } from '../paths/families.ts';
import { METHODS } from '../paths/methods.ts';
import { COLAH_PROGRAM, graphOf, ladderProgram } from '../testing/fixtures.ts';
import { randomProgram } from '../testing/randomPrograms.ts';
import { handleLab } from './handle.ts';
import { finiteDifferences, measureProgram, NAIVE_OPERATION_CAP } from './measure.ts';
import { naivePathSum } from './naive.ts';
import type { LabResponse } from './protocol.ts';
import { median, type TimingBudget, timeRuns } from './timing.ts';

/** A clock that moves `step` ms each time it is read. */
const fakeClock = (step = 1) => {
  let t = 0;
  return () => (t += step);
};
const QUICK: TimingBudget = { maxRuns: 3, budgetMs: 0, minRuns: 1, minRunMs: 0, warmupMs: 0 };

describe('naivePathSum', () => {
  it('sums every path: its sum, path count and operations agree with the engine', () => {
    fc.assert(
      fc.property(randomProgram(3, 10), ({ source }) => {
        const g = graphOf(source);
        const { locals } = evaluate(g);
        const gradient = reverseMode(g, locals, g.output).derivatives;
        for (const input of g.inputs) {
          const naive = naivePathSum(g, input, g.output, locals);
          expect(BigInt(naive.paths)).toBe(countPaths(g, input, g.output));
          const cost = naivePathSumCost(g, input, g.output);
          expect(BigInt(naive.operations)).toBe(cost.multiplications + cost.additions);
          const d = gradient[input]!;
          if (Number.isFinite(naive.sum) && Number.isFinite(d))
            expect(Math.abs(naive.sum - d)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(d)));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('stops at its caps on a 100-stage ladder', () => {
    const g = graphOf(ladderProgram(100));
    const { locals } = evaluate(g);
    expect(naivePathSum(g, 0, g.output, locals, Number.POSITIVE_INFINITY, 10).paths).toBe(10);
    // Each path: 199 multiplications and 1 addition.
    const part = naivePathSum(g, 0, g.output, locals, 200 * 50 - 1);
    expect(part.paths).toBe(50);
    expect(part.operations).toBe(200 * 50 - 1);
  });
});

describe('timeRuns', () => {
  it('the median of an odd and an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('repeats short calls until a run lasts minRunMs, and stops after maxRuns', () => {
    let calls = 0;
    // The clock advances 1 ms per read, and 0.25 ms per call.
    let t = 0;
    const clock = () => (t += 1);
    const call = () => {
      t += 0.25;
      return ++calls;
    };
    const runs: number[] = [];
    const budget = { ...QUICK, maxRuns: 4, budgetMs: 1e9, minRunMs: 3 };
    const result = timeRuns(call, clock, budget, (n) => runs.push(n));
    // A run of c calls reads as 1 + c/4 ms: c = 8 is the first to reach 3 ms.
    expect(result.callsPerRun).toBe(8);
    expect(result.runs).toBe(4);
    expect(runs).toEqual([1, 2, 3, 4]);
    expect(result.medianMs).toBeCloseTo(3 / 8);
    expect(result.result).toBe(calls);
  });

  it('stops once the budget is spent and minRuns are done', () => {
    const budget = { ...QUICK, maxRuns: 100, budgetMs: 10, minRuns: 2 };
    const result = timeRuns(() => 0, fakeClock(1), budget);
    expect(result.runs).toBeLessThan(100);
    expect(result.runs).toBeGreaterThanOrEqual(2);
  });
});

describe('measureProgram', () => {
  it("times every method on colah's example, in order, and each gives ∂e/∂b = 5", () => {
    const progress: LabResponse[] = [];
    const response = measureProgram(
      { type: 'measure', id: 7, source: COLAH_PROGRAM, from: 1, to: 5 },
      fakeClock(),
      (p) => progress.push(p),
      QUICK,
    );
    expect(response.type).toBe('measured');
    if (response.type !== 'measured') return;
    expect(response.timings.map((t) => t.method)).toEqual(METHODS);
    for (const t of response.timings) {
      expect(t.estimated).toBe(false);
      expect(t.runs).toBeGreaterThan(0);
      expect(t.medianMs).toBeGreaterThan(0);
      expect(t.result).toBeCloseTo(5, 4);
    }
    const methods = progress.flatMap((p) => (p.type === 'progress' ? [p.method] : []));
    expect([...new Set(methods)]).toEqual(METHODS);
    expect(progress.every((p) => p.type === 'progress' && p.id === 7)).toBe(true);
  });

  it('estimates the naive sum past its cap on a 100-stage ladder', () => {
    const response = measureProgram(
      { type: 'measure', id: 1, source: ladderProgram(100), from: 0, to: 300 },
      fakeClock(),
      () => {},
      { ...QUICK, maxRuns: 1 },
    );
    if (response.type !== 'measured') throw new Error(response.type);
    const naive = response.timings.find((t) => t.method === 'naive')!;
    expect(naive.estimated).toBe(true);
    expect(naive.pathsTimed).toBe(Math.ceil((NAIVE_OPERATION_CAP + 1) / 200));
    // One clock step for the timed part, scaled by all operations / operations timed.
    expect(naive.medianMs).toBeGreaterThan(1e20);
    expect(Number.isNaN(naive.result)).toBe(true);
    expect(response.timings.find((t) => t.method === 'reverse')!.estimated).toBe(false);
  });

  it('reports programs that do not compile and nodes that are not there, as data', () => {
    const clock = fakeClock();
    const bad = handleLab({ type: 'measure', id: 2, source: '(a+', from: 0, to: 1 }, clock);
    expect(bad).toMatchObject({ type: 'failed', id: 2 });
    const missing = handleLab({ type: 'measure', id: 3, source: 'x*x', from: 0, to: 99 }, clock);
    expect(missing).toMatchObject({ type: 'failed', id: 3 });
  });

  it('finite differences approximate the gradient', () => {
    const g = graphOf(COLAH_PROGRAM);
    const estimates = finiteDifferences(g, {}, g.output);
    expect(estimates[0]).toBeCloseTo(2, 4);
    expect(estimates[1]).toBeCloseTo(5, 4);
  });
});

describe('growth', () => {
  it('counts a family at each size: paths, and the naive sum outgrowing reverse mode', () => {
    const response = handleLab(
      { type: 'growth', id: 4, family: 'ladder', sizes: [1, 10, 100] },
      fakeClock(),
    );
    if (response.type !== 'growth') throw new Error(response.type);
    expect(response.points.map((p) => p.paths)).toEqual(['2', '1024', (2n ** 100n).toString()]);
    const [, ten, hundred] = response.points;
    expect(hundred!.totals.naive! / hundred!.totals.reverse!).toBeGreaterThan(1e25);
    expect(hundred!.totals.reverse! / ten!.totals.reverse!).toBeCloseTo(10);
    for (const method of METHODS) expect(ten!.totals[method]).toBeGreaterThan(0);
  });

  it('sums paths over the fan-out outputs; reverse mode needs m passes there', () => {
    const m = 100;
    const response = handleLab(
      { type: 'growth', id: 5, family: 'fanout', sizes: [m] },
      fakeClock(),
    );
    if (response.type !== 'growth') throw new Error(response.type);
    const point = response.points[0]!;
    expect(point.paths).toBe(familyOf('fanout').paths(m).toString());
    expect(point.totals.reverse!).toBeGreaterThan(5 * point.totals.forwardAll!);
  });
});
