import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { AND_NEURON, APPLES, FIT_A_LINE, WORKED_EXAMPLE, XOR_NETWORK } from './examples.ts';
import { graphOf, meanLossAt, pathRecord, tableOf, trainerOf } from './fixtures.ts';
import { createTrainer, DIVERGENCE_FACTOR } from './index.ts';

const LINE = 'w = 0\nb = 0\nloss = (w*x + b - t)^2';

describe('the worked example (DOMAIN.md §7)', () => {
  it('one step from w = 0, b = 0 at learning rate 0.1 gives w = 2.2667, b = 1', () => {
    const { trainer } = trainerOf(WORKED_EXAMPLE.program, WORKED_EXAMPLE.csv, {
      learningRate: 0.1,
    });
    expect(trainer.state().loss).toBeCloseTo(83 / 3, 12);
    expect(trainer.step()).toBe(1);
    const state = trainer.state();
    expect(state.parameterNames).toEqual(['w', 'b']);
    expect(state.parameters.w).toBeCloseTo((0.1 * 68) / 3, 12);
    expect(state.parameters.b).toBeCloseTo(1, 12);
    expect(state.losses[0]).toBeCloseTo(83 / 3, 12);
    expect(state.steps).toBe(1);
    const detail = trainer.lastStep()!;
    expect(detail.step).toBe(0);
    expect(detail.rows).toBe(3);
    expect(detail.gradient[0]).toBeCloseTo(-68 / 3, 12);
    expect(detail.gradient[1]).toBeCloseTo(-10, 12);
    expect(detail.before).toEqual([0, 0]);
    expect(detail.after).toEqual([state.parameters.w, state.parameters.b]);
  });
});

/**
 * Gradient descent on the mean squared error of a line is linear in θ = (w, b):
 * θ_{k+1} = θ_k − η(Aθ_k − c) with A = (2/n)[[Σx², Σx], [Σx, n]], c = (2/n)[Σxt, Σt],
 * so θ_k = θ* + (I − ηA)^k (θ_0 − θ*) with Aθ* = c.
 */
function closedForm(xs: number[], ts: number[], eta: number, w0: number, b0: number, k: number) {
  const n = xs.length;
  const sx = xs.reduce((s, x) => s + x, 0);
  const sxx = xs.reduce((s, x) => s + x * x, 0);
  const sxt = xs.reduce((s, x, i) => s + x * ts[i]!, 0);
  const st = ts.reduce((s, t) => s + t, 0);
  const A = [(2 / n) * sxx, (2 / n) * sx, (2 / n) * sx, 2];
  const c = [(2 / n) * sxt, (2 / n) * st];
  const det = A[0]! * A[3]! - A[1]! * A[2]!;
  const star = [(A[3]! * c[0]! - A[1]! * c[1]!) / det, (A[0]! * c[1]! - A[2]! * c[0]!) / det];
  // M^k by squaring, M = I − ηA.
  let power = [1, 0, 0, 1];
  let base = [1 - eta * A[0]!, -eta * A[1]!, -eta * A[2]!, 1 - eta * A[3]!];
  const times = (p: number[], q: number[]) => [
    p[0]! * q[0]! + p[1]! * q[2]!,
    p[0]! * q[1]! + p[1]! * q[3]!,
    p[2]! * q[0]! + p[3]! * q[2]!,
    p[2]! * q[1]! + p[3]! * q[3]!,
  ];
  for (let e = k; e > 0; e >>= 1) {
    if (e & 1) power = times(power, base);
    base = times(base, base);
  }
  const d = [w0 - star[0]!, b0 - star[1]!];
  return {
    w: star[0]! + power[0]! * d[0]! + power[1]! * d[1]!,
    b: star[1]! + power[2]! * d[0]! + power[3]! * d[1]!,
  };
}

const csvOf = (xs: number[], ts: number[]) =>
  `x,t\n${xs.map((x, i) => `${x},${ts[i]}`).join('\n')}`;

describe('gradient descent on a linear model', () => {
  it('after 200 steps equals the closed form θ* + (I − ηA)^k (θ0 − θ*)', () => {
    const xs = [0, 1, 2, 3, 4];
    const ts = [1.2, 2.8, 5.1, 7.2, 8.9];
    const { trainer } = trainerOf(LINE, csvOf(xs, ts), { learningRate: 0.05 });
    for (const k of [1, 7, 50, 200]) {
      trainer.step(k - trainer.state().steps);
      const expected = closedForm(xs, ts, 0.05, 0, 0, k);
      expect(trainer.state().parameters.w).toBeCloseTo(expected.w, 9);
      expect(trainer.state().parameters.b).toBeCloseTo(expected.b, 9);
    }
  });

  test.prop([
    fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 })), {
      minLength: 1,
      maxLength: 12,
    }),
    fc.integer({ min: 1, max: 40 }),
  ])('matches a hand-written loop step by step, losses included', (points, steps) => {
    const xs = points.map(([x]) => x / 10);
    const ts = points.map(([, t]) => t / 10);
    const eta = 0.01;
    const { trainer } = trainerOf(LINE, csvOf(xs, ts), { learningRate: eta });
    trainer.step(steps);
    const state = trainer.state();
    let w = 0;
    let b = 0;
    const n = xs.length;
    const meanLoss = () => xs.reduce((s, x, i) => s + (w * x + b - ts[i]!) ** 2, 0) / n;
    for (let k = 0; k <= steps; k++) {
      const scale = Math.max(1, meanLoss());
      expect(Math.abs(state.losses[k]! - meanLoss()) / scale).toBeLessThan(1e-12);
      expect(state.path[2 * k]).toBeCloseTo(w, 12);
      expect(state.path[2 * k + 1]).toBeCloseTo(b, 12);
      let gw = 0;
      let gb = 0;
      xs.forEach((x, i) => {
        const r = w * x + b - ts[i]!;
        gw += 2 * r * x;
        gb += 2 * r;
      });
      w -= (eta * gw) / n;
      b -= (eta * gb) / n;
    }
    expect(state.losses).toHaveLength(steps + 1);
  });
});

describe('each step’s gradient', () => {
  it.each([
    ['AND', AND_NEURON],
    ['XOR', XOR_NETWORK],
    ['a line', FIT_A_LINE],
  ])('agrees with central differences of the mean loss (%s)', (_, example) => {
    const { trainer, graph, data } = trainerOf(example.program, example.csv, {
      learningRate: example.learningRate,
    });
    const names = trainer.parameterNames;
    for (let k = 0; k < 15; k++) {
      trainer.step();
      const detail = trainer.lastStep()!;
      const at = Object.fromEntries(names.map((name, p) => [name, detail.before[p]!]));
      names.forEach((name, p) => {
        const h = 1e-5 * Math.max(1, Math.abs(at[name]!));
        const up = meanLossAt(graph, data, { ...at, [name]: at[name]! + h });
        const down = meanLossAt(graph, data, { ...at, [name]: at[name]! - h });
        const difference = (up - down) / (2 * h);
        expect(Math.abs(detail.gradient[p]! - difference)).toBeLessThan(
          1e-6 * Math.max(1, Math.abs(difference)),
        );
        expect(detail.after[p]).toBe(at[name]! - example.learningRate * detail.gradient[p]!);
      });
    }
  });
});

describe('the examples learn', () => {
  const run = (example: typeof FIT_A_LINE) => {
    const { trainer, graph, data } = trainerOf(example.program, example.csv, {
      learningRate: example.learningRate,
      maxSteps: example.steps,
      ...(example.fixed ? { fixed: example.fixed } : {}),
    });
    expect(trainer.step(example.steps + 10)).toBe(example.steps);
    const state = trainer.state();
    expect(state.stop?.reason).toBe('steps');
    expect(state.losses).toHaveLength(example.steps + 1);
    expect(state.loss).toBeLessThan(state.losses[0]!);
    // The recorded loss is the mean over the rows at the recorded parameters.
    expect(state.loss).toBeCloseTo(meanLossAt(graph, data, state.parameters), 10);
    return { state, graph, data };
  };

  it('fit a line: w and b reach the least-squares line', () => {
    const { state } = run(FIT_A_LINE);
    const xs = [0, 1, 2, 3, 4];
    const ys = [1.2, 2.8, 5.1, 7.2, 8.9];
    const mx = 2;
    const my = ys.reduce((s, y) => s + y, 0) / 5;
    const slope =
      xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) /
      xs.reduce((s, x) => s + (x - mx) ** 2, 0);
    expect(state.parameters.w).toBeCloseTo(slope, 1);
    expect(state.parameters.b).toBeCloseTo(my - slope * mx, 1);
  });

  it('AND: the neuron says more than one half only for (1, 1)', () => {
    const { state } = run(AND_NEURON);
    const { w1, w2, b } = state.parameters as Record<string, number>;
    const p = (x1: number, x2: number) => 1 / (1 + Math.exp(-(w1! * x1 + w2! * x2 + b!)));
    expect([p(0, 0), p(0, 1), p(1, 0)].every((q) => q < 0.1)).toBe(true);
    expect(p(1, 1)).toBeGreaterThan(0.9);
  });

  it('XOR: a plateau at 0.25 for hundreds of steps, then it learns', () => {
    const { state } = run(XOR_NETWORK);
    expect(state.losses[300]).toBeGreaterThan(0.24);
    expect(state.losses[500]).toBeGreaterThan(0.24);
    expect(state.loss).toBeLessThan(0.01);
  });

  it('apples: the price per apple that makes the total 300 is 300 / 2.2', () => {
    const { state } = run(APPLES);
    expect(state.parameterNames).toEqual(['price']);
    expect(state.parameters.price).toBeCloseTo(300 / 2.2, 6);
  });
});

describe('minibatches', () => {
  const options = (seed: number) => ({ learningRate: 0.02, batchSize: 2, seed });
  const csv = 'x,t\n0,1\n1,3.2\n2,4.9\n3,7.1\n4,9\n5,10.8\n6,13.1';

  it('the same seed gives the same run; another seed another', () => {
    const losses = (seed: number) => {
      const { trainer } = trainerOf(LINE, csv, options(seed));
      trainer.step(30);
      return Array.from(trainer.state().losses);
    };
    expect(losses(7)).toEqual(losses(7));
    expect(losses(8)).not.toEqual(losses(7));
  });

  it('each update is the mean gradient over its batch; losses[k] the mean over all rows', () => {
    const { trainer, graph, data } = trainerOf(LINE, csv, options(3));
    const [xs, ts] = [Array.from(data.values[0]!), Array.from(data.values[1]!)];
    const epochs: number[][] = [[], []];
    for (let k = 0; k < 8; k++) {
      trainer.step();
      const d = trainer.lastStep()!;
      epochs[k < 4 ? 0 : 1]!.push(...d.batch!);
      // The hand-written mean gradient over the batch's rows.
      const [w, b] = d.before as [number, number];
      let gw = 0;
      let gb = 0;
      for (const r of d.batch!) {
        const residual = w * xs[r]! + b - ts[r]!;
        gw += (2 * residual * xs[r]!) / d.batch!.length;
        gb += (2 * residual) / d.batch!.length;
      }
      expect(d.rows).toBe(k % 4 === 3 ? 1 : 2);
      expect(d.gradient[0]).toBeCloseTo(gw, 10);
      expect(d.gradient[1]).toBeCloseTo(gb, 10);
    }
    // Every row once per epoch, in a fresh order each time.
    for (const epoch of epochs) expect([...epoch].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(epochs[0]).not.toEqual(epochs[1]);
    const state = trainer.state();
    for (let k = 0; k <= 8; k++)
      expect(state.losses[k]).toBeCloseTo(
        meanLossAt(graph, data, pathRecord(state.parameterNames, state.path, k)),
        10,
      );
  });

  it('a batch at least as large as the data is full batch', () => {
    const full = trainerOf(LINE, csv, { learningRate: 0.02 }).trainer;
    const big = trainerOf(LINE, csv, { learningRate: 0.02, batchSize: 100, seed: 5 }).trainer;
    full.step(10);
    big.step(10);
    expect(big.state()).toEqual(full.state());
  });
});

describe('stopping', () => {
  it('a huge learning rate diverges: the run stops with the step and a message', () => {
    const { trainer } = trainerOf(FIT_A_LINE.program, FIT_A_LINE.csv, {
      learningRate: 10,
      maxSteps: 1000,
    });
    trainer.step(1000);
    const state = trainer.state();
    expect(state.stop?.reason).toBe('diverged');
    expect(state.steps).toBeLessThan(1000);
    expect(state.stop?.step).toBe(state.steps);
    expect(state.stop?.message).toMatch(
      new RegExp(
        `^Training diverged at step ${state.steps}: the mean loss .* Try a smaller learning rate\\.$`,
      ),
    );
    expect(Math.abs(state.loss)).toBeGreaterThan(DIVERGENCE_FACTOR * state.losses[0]!);
    expect(Math.abs(state.losses[state.steps - 1]!)).toBeLessThanOrEqual(
      DIVERGENCE_FACTOR * state.losses[0]!,
    );
    expect(trainer.step(5)).toBe(0);
  });

  it('a gradient that is not finite stops the run before the update', () => {
    // sqrt'(0) is infinite, and the path from w crosses it: ∂loss/∂w is NaN, the loss is finite.
    const { trainer } = trainerOf('w = 0\nloss = sqrt(w) + (w - t)^2', 't\n1', {
      learningRate: 0.1,
    });
    expect(trainer.step(3)).toBe(0);
    expect(trainer.state()).toMatchObject({ steps: 0, parameters: { w: 0 }, loss: 1 });
    expect(trainer.stopped).toMatchObject({
      reason: 'diverged',
      step: 0,
      message:
        'Training diverged at step 0: the gradient with respect to w is NaN, so no update was made. Try a smaller learning rate or other starting values.',
    });
  });

  it('a loss that is not finite at the start stops before any step', () => {
    const { trainer } = trainerOf('w = -1\nloss = log(w) * t', 't\n1', { learningRate: 0.1 });
    expect(trainer.stopped?.message).toBe(
      'The mean loss at the starting values is NaN, so training cannot start; check the data and the starting values.',
    );
    expect(trainer.step()).toBe(0);
  });

  it('stops when the mean loss falls below the tolerance', () => {
    const { trainer } = trainerOf(APPLES.program, APPLES.csv, {
      learningRate: APPLES.learningRate,
      fixed: APPLES.fixed!,
      tolerance: 1e-3,
      maxSteps: 1000,
    });
    trainer.step(1000);
    const state = trainer.state();
    expect(state.stop?.reason).toBe('tolerance');
    expect(state.loss).toBeLessThan(1e-3);
    expect(state.losses[state.steps - 1]).toBeGreaterThanOrEqual(1e-3);
  });
});

describe('slices and state', () => {
  it('step(3) then step(4) is step(7); state(from) is the tail', () => {
    const options = { learningRate: 0.05, batchSize: 2, seed: 9 };
    const a = trainerOf(FIT_A_LINE.program, FIT_A_LINE.csv, options).trainer;
    const b = trainerOf(FIT_A_LINE.program, FIT_A_LINE.csv, options).trainer;
    a.step(3);
    a.step(4);
    b.step(7);
    expect(a.state()).toEqual(b.state());
    const tail = a.state(5);
    expect(tail.from).toBe(5);
    expect(Array.from(tail.losses)).toEqual(Array.from(b.state().losses.slice(5)));
    expect(Array.from(tail.path)).toEqual(Array.from(b.state().path.slice(10)));
  });

  it('start sets parameters and fixed inputs; an unknown name or a bad option is refused', () => {
    const graph = graphOf(APPLES.program);
    const data = tableOf(APPLES.csv);
    const started = createTrainer(graph, data, {
      learningRate: 0.01,
      fixed: ['count', 'tax'],
      start: { price: 136, count: 3 },
    });
    expect(started.ok && started.trainer.state().loss).toBeCloseTo((136 * 3 * 1.1 - 300) ** 2, 8);
    expect(createTrainer(graph, data, { learningRate: 0.01, start: { pear: 1 } })).toMatchObject({
      ok: false,
      error: { message: "'pear' is not an input of the program." },
    });
    expect(createTrainer(graph, data, { learningRate: 0 })).toMatchObject({
      ok: false,
      error: { message: 'The learning rate must be a number above 0; got 0.' },
    });
    expect(createTrainer(graph, data, { learningRate: 1, batchSize: 1.5 })).toMatchObject({
      ok: false,
    });
  });
});
