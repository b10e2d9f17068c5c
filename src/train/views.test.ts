import { describe, expect, it } from 'vitest';
import { APPLES, FIT_A_LINE, XOR_NETWORK } from './examples.ts';
import { graphOf, meanLossAt, tableOf } from './fixtures.ts';
import { assignRoles } from './roles.ts';
import { lossSurface, modelFit, surfaceRange } from './views.ts';

function setting(program: string, csv: string, fixed: readonly string[] = []) {
  const graph = graphOf(program);
  const data = tableOf(csv);
  const names = graph.inputs.map((id) => graph.nodes[id]!.label);
  const assigned = assignRoles(names, data, fixed);
  if (!assigned.ok) throw new Error(assigned.error.message);
  const point = Float64Array.from(graph.inputs, (id) => graph.nodes[id]!.initialValue);
  return { graph, data, roles: assigned.roles, point, names };
}

describe('surfaceRange', () => {
  it('spans the visited values with half their extent on each side, at least ±1', () => {
    expect(surfaceRange([0, 4])).toEqual([-2, 6]);
    expect(surfaceRange([3])).toEqual([2, 4]);
    expect(surfaceRange([Number.NaN, 1, Number.POSITIVE_INFINITY])).toEqual([0, 2]);
    expect(surfaceRange([])).toEqual([-1, 1]);
  });
});

describe('lossSurface', () => {
  it('is the mean loss at every grid point of two parameters, computed independently', () => {
    const s = setting(FIT_A_LINE.program, FIT_A_LINE.csv);
    const surface = lossSurface(
      s.graph,
      s.data,
      s.roles,
      s.point,
      [
        [-1, 3],
        [0, 2],
      ],
      5,
    )!;
    expect(surface.names).toEqual(['w', 'b']);
    expect([...surface.xs]).toEqual([-1, 0, 1, 2, 3]);
    expect([...surface.ys!]).toEqual([0, 0.5, 1, 1.5, 2]);
    for (const [i, j] of [
      [0, 0],
      [3, 2],
      [4, 4],
      [1, 3],
    ] as const) {
      const expected = meanLossAt(s.graph, s.data, { w: surface.xs[i]!, b: surface.ys![j]! });
      expect(surface.values[j * 5 + i]).toBeCloseTo(expected, 10);
    }
  });

  it('with one parameter is a curve, the fixed inputs held', () => {
    const s = setting(APPLES.program, APPLES.csv, APPLES.fixed);
    const surface = lossSurface(s.graph, s.data, s.roles, s.point, [[100, 200]], 3)!;
    expect(surface.ys).toBeUndefined();
    // loss = (price · 2 · 1.1 − 300)²
    expect([...surface.values].map((v) => Math.round(v * 1e6) / 1e6)).toEqual(
      [100, 150, 200].map((p) => Math.round((p * 2.2 - 300) ** 2 * 1e6) / 1e6),
    );
  });

  it('is not drawn for more than two parameters', () => {
    const s = setting(XOR_NETWORK.program, XOR_NETWORK.csv);
    expect(lossSurface(s.graph, s.data, s.roles, s.point, [[0, 1]], 3)).toBeUndefined();
  });
});

describe('modelFit', () => {
  it('draws the named prediction against the data input, the other column as the target', () => {
    const s = setting(FIT_A_LINE.program, FIT_A_LINE.csv);
    const fit = modelFit(s.graph, s.data, s.roles, s.point)!;
    expect(fit).toMatchObject({ xName: 'x', yName: 'y', model: 'prediction' });
    expect([...fit.points.x]).toEqual([0, 1, 2, 3, 4]);
    expect([...fit.points.y]).toEqual([1.2, 2.8, 5.1, 7.2, 8.9]);
    // The program's w = 0.5, b = 0: the curve is 0.5x over the data's range and a little more.
    expect(fit.curve.x[0]).toBeLessThan(0);
    expect(fit.curve.x.at(-1)).toBeGreaterThan(4);
    for (const [i, x] of fit.curve.x.entries()) expect(fit.curve.y[i]).toBeCloseTo(0.5 * x, 12);
  });

  it('is undefined unless the data is one input column and one target', () => {
    const s = setting(XOR_NETWORK.program, XOR_NETWORK.csv);
    expect(modelFit(s.graph, s.data, s.roles, s.point)).toBeUndefined();
  });
});
