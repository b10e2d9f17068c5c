import { describe, expect, it } from 'vitest';
import { type CheckpointCost, checkpointSweep } from '../../src/index.ts';
import { frontier, logTicks125, nearestIndex, parseCheckpoints } from './sweep.ts';

const at = (...ks: number[]): CheckpointCost[] =>
  ks.map((k) => ({ checkpoints: k, peakStored: 0, recomputed: 0 }));

describe('nearestIndex', () => {
  it.each([
    [0, 0],
    [1, 0],
    [2, 1],
    [3, 1],
    [5, 1],
    [6, 1],
    [7, 2],
    [10, 2],
    [99, 3],
    [200, 3],
  ])('nearestIndex(0, 3, 10, 99) of %i is %i', (k, index) => {
    expect(nearestIndex(at(0, 3, 10, 99), k)).toBe(index);
  });

  it('finds every k of a full sweep exactly', () => {
    const { points } = checkpointSweep(60, 200);
    for (let k = 0; k < 60; k++) expect(points[nearestIndex(points, k)]!.checkpoints).toBe(k);
  });

  it('finds √n in a thinned sweep of a long chain', () => {
    const sweep = checkpointSweep(5000, 200);
    const i = nearestIndex(sweep.points, sweep.sqrtCheckpoints);
    expect(sweep.points[i]!.checkpoints).toBe(sweep.sqrtCheckpoints);
    expect(nearestIndex(sweep.points, 4999)).toBe(sweep.points.length - 1);
  });

  it('works with one point', () => {
    expect(nearestIndex(at(0), 5)).toBe(0);
  });
});

describe('parseCheckpoints', () => {
  it.each([
    ['7', 9, 7],
    [' 0 ', 9, 0],
    ['9', 9, 9],
    ['10', 9, null],
    ['', 9, null],
    ['-1', 9, null],
    ['2.5', 9, null],
    ['1e1', 99, null],
    ['abc', 9, null],
  ])('parseCheckpoints(%j, %i) is %j', (text, max, k) => {
    expect(parseCheckpoints(text, max)).toBe(k);
  });
});

describe('frontier', () => {
  it('orders the sweep by extra work, then by peak, without losing a point', () => {
    const { points } = checkpointSweep(100, 200);
    const line = frontier(points);
    expect(line).toHaveLength(points.length);
    for (let i = 1; i < line.length; i++) {
      const [a, b] = [line[i - 1]!, line[i]!];
      expect(
        a.recomputed < b.recomputed ||
          (a.recomputed === b.recomputed && a.peakStored <= b.peakStored),
      ).toBe(true);
    }
    expect(line[0]).toEqual({ checkpoints: 0, peakStored: 100, recomputed: 0 });
  });
});

describe('logTicks125', () => {
  it('gives the powers of ten when three or more lie inside', () => {
    expect(logTicks125(8, 12000)).toEqual([10, 100, 1000, 10000]);
  });

  it('falls back to 1–2–5 steps on a short range', () => {
    expect(logTicks125(19, 100)).toEqual([20, 50, 100]);
    expect(logTicks125(24, 150)).toEqual([50, 100]);
  });

  it('thins a long run evenly, keeping the first', () => {
    const ticks = logTicks125(1, 1e12, 3, 5);
    expect(ticks.length).toBeLessThanOrEqual(5);
    expect(ticks[0]).toBe(1);
    expect(ticks).toEqual([1, 1e3, 1e6, 1e9, 1e12]);
  });

  it('keeps every tick inside the range', () => {
    for (const [lo, hi] of [
      [3, 7],
      [0.5, 40],
      [62, 1000],
      [190, 9000],
    ] as const)
      for (const tick of logTicks125(lo, hi)) {
        expect(tick).toBeGreaterThanOrEqual(lo);
        expect(tick).toBeLessThanOrEqual(hi);
      }
  });
});
