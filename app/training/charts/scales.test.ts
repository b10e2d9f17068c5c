import { describe, expect, it } from 'vitest';
import {
  contourThresholds,
  drawable,
  extentOf,
  formatTick,
  logTicks,
  segments,
  valueDomain,
} from './scales.ts';

describe('drawable and extentOf', () => {
  it('drawable(value, "log") refuses zero, negatives and non-finite values', () => {
    expect(
      [1e-300, 0, -1, Number.NaN, Number.POSITIVE_INFINITY, 5].map((v) => drawable(v, 'log')),
    ).toEqual([true, false, false, false, false, true]);
    expect(drawable(-1, 'linear')).toBe(true);
    expect(drawable(Number.NEGATIVE_INFINITY, 'linear')).toBe(false);
  });

  it('extentOf skips what the scale cannot draw', () => {
    const values = [0, -3, 27.7, Number.NaN, 1e-6, Number.POSITIVE_INFINITY];
    const at = (k: number) => values[k]!;
    expect(extentOf(values.length, at, 'log')).toEqual([1e-6, 27.7]);
    expect(extentOf(values.length, at, 'linear')).toEqual([-3, 27.7]);
    expect(extentOf(2, (k) => [0, -1][k]!, 'log')).toBeUndefined();
  });
});

describe('valueDomain and logTicks', () => {
  it('valueDomain(…, "log") widens to whole powers of ten', () => {
    expect(valueDomain([1.2e-6, 27.7], 'log')).toEqual([1e-6, 100]);
    expect(valueDomain([1, 1], 'log')).toEqual([0.1, 10]);
  });

  it('valueDomain(…, "linear") opens a range of one value', () => {
    expect(valueDomain([2, 2], 'linear')).toEqual([1.8, 2.2]);
    expect(valueDomain([0, 0], 'linear')).toEqual([-1, 1]);
  });

  it('logTicks thins the powers of ten to at most `most`', () => {
    expect(logTicks(1e-6, 100, 10)).toEqual([1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 0.1, 1, 10, 100]);
    const thin = logTicks(1, 1e15, 6);
    expect(thin.length).toBeLessThanOrEqual(6);
    expect(thin[0]).toBe(1);
  });
});

describe('formatTick', () => {
  it('writes decimals in the middle range and powers of ten outside it', () => {
    expect(formatTick(0.001)).toBe('0.001');
    expect(formatTick(25)).toBe('25');
    expect(formatTick(1e-6)).toBe('10⁻⁶');
    expect(formatTick(1e15)).toBe('10¹⁵');
    expect(formatTick(2.5e8)).toBe('2.5×10⁸');
    expect(formatTick(-0.5)).toBe('−0.5');
    expect(formatTick(0)).toBe('0');
  });
});

describe('contourThresholds', () => {
  it('spaces levels evenly in the logarithm over orders of magnitude', () => {
    const levels = contourThresholds(1e-4, 100, 6);
    expect(levels).toHaveLength(6);
    expect(levels[5]).toBeCloseTo(100);
    const ratios = levels.slice(1).map((v, i) => v / levels[i]!);
    for (const r of ratios) expect(r).toBeCloseTo(10, 6);
  });

  it('spaces levels evenly over a narrow positive range or one that reaches zero', () => {
    expect(contourThresholds(10, 20, 5)).toEqual([12, 14, 16, 18, 20]);
    expect(contourThresholds(0, 1000, 4)).toEqual([250, 500, 750, 1000]);
  });

  it('gives one level for a flat surface', () => {
    expect(contourThresholds(3, 3, 9)).toEqual([3]);
  });
});

describe('segments', () => {
  it('cuts the line at a point that is not finite, and drops that point', () => {
    const nan = Number.NaN;
    const points: [number, number][] = [
      [0, 1],
      [1, 2],
      [2, nan],
      [3, 4],
      [4, Number.POSITIVE_INFINITY],
      [5, nan],
      [6, 7],
      [7, 8],
    ];
    expect(segments(points)).toEqual([
      [
        [0, 1],
        [1, 2],
      ],
      [[3, 4]],
      [
        [6, 7],
        [7, 8],
      ],
    ]);
  });

  it('gives no segment when nothing is finite', () => {
    expect(segments([[Number.NaN, 1] as [number, number]])).toEqual([]);
  });
});
