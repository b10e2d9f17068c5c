import { contours } from 'd3';
import { describe, expect, it } from 'vitest';
import { BANDS, bandLevels, cleanGrid, interpolate, strided } from './surface.ts';

describe('cleanGrid', () => {
  it('sets NaN and infinite cells to the largest finite value', () => {
    const clean = cleanGrid([1, Number.NaN, 5, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]);
    expect(clean?.lo).toBe(1);
    expect(clean?.hi).toBe(5);
    expect(Array.from(clean!.values)).toEqual([1, 5, 5, 5, 5]);
  });

  it('is undefined when no cell is finite', () => {
    expect(cleanGrid([Number.NaN, Number.POSITIVE_INFINITY])).toBeUndefined();
  });
});

describe('bandLevels', () => {
  it('starts at the lowest value, so the first band covers the whole grid', () => {
    const { levels, log } = bandLevels(0, 90);
    expect(levels).toHaveLength(BANDS);
    expect(levels[0]).toBe(0);
    expect(levels[1]).toBeCloseTo(10);
    expect(log).toBe(false);
  });

  it('is logarithmic for a bowl that spans orders of magnitude', () => {
    const { levels, log } = bandLevels(1e-3, 1e3);
    expect(log).toBe(true);
    expect(levels[1]! / levels[0]!).toBeCloseTo(levels[2]! / levels[1]!, 6);
  });

  it('gives d3.contours bands that nest on a quadratic bowl with a cleaned NaN cell', () => {
    const n = 20;
    const raw = Array.from(
      { length: n * n },
      (_, k) => ((k % n) - 9.5) ** 2 + (Math.floor(k / n) - 9.5) ** 2,
    );
    raw[0] = Number.NaN;
    const clean = cleanGrid(raw)!;
    const { levels } = bandLevels(clean.lo, clean.hi);
    const bands = contours().size([n, n]).thresholds(levels)(Array.from(clean.values));
    expect(bands).toHaveLength(BANDS);
    const cells = (b: (typeof bands)[number]) => b.coordinates.length;
    expect(cells(bands[0]!)).toBeGreaterThan(0);
    // The NaN corner counts as the highest loss: it is inside the top band.
    expect(bands.map((b) => b.value)).toEqual(levels);
  });
});

describe('interpolate and strided', () => {
  it('interpolate reads a sampled curve between and beyond its samples', () => {
    const xs = [0, 1, 2];
    const ys = [0, 10, 40];
    expect(interpolate(xs, ys, 0.5)).toBe(5);
    expect(interpolate(xs, ys, 1.5)).toBe(25);
    expect(interpolate(xs, ys, -3)).toBe(0);
    expect(interpolate(xs, ys, 9)).toBe(40);
    expect(interpolate(xs, ys, Number.NaN)).toBeNaN();
  });

  it('strided keeps the first and the last and at most `most`', () => {
    expect(strided(5, 10)).toEqual([0, 1, 2, 3, 4]);
    const kept = strided(10_001, 100);
    expect(kept).toHaveLength(100);
    expect(kept[0]).toBe(0);
    expect(kept[99]).toBe(10_000);
  });
});
