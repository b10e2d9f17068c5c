import { describe, expect, it } from 'vitest';
import { checkpointCosts, checkpointSweep, segmentLengths } from './checkpoint.ts';

/**
 * The schedule of checkpoint.ts played value by value: a set of stored values, every
 * evaluation counted, every backward step checking that the value it needs is stored.
 */
function simulate(n: number, k: number) {
  const lengths = segmentLengths(n, k);
  const starts: number[] = [];
  let at = 0;
  for (const length of lengths) {
    starts.push(at);
    at += length;
  }
  const lastStart = starts.at(-1)!;
  const isStart = new Set(starts);
  const stored = new Set<number>([0]);
  let peak = 1;
  let evaluations = 0;
  const compute = (i: number) => {
    if (!stored.has(i - 1)) throw new Error(`x${i - 1} is not stored to compute x${i}`);
    stored.add(i);
    evaluations++;
    peak = Math.max(peak, stored.size);
  };
  for (let i = 1; i < n; i++) {
    compute(i);
    if (!isStart.has(i - 1) && i - 1 < lastStart) stored.delete(i - 1);
  }
  const firstPass = evaluations;
  for (let j = lengths.length - 1; j >= 0; j--) {
    const a = starts[j]!;
    const b = a + lengths[j]!;
    if (j < lengths.length - 1) for (let i = a + 1; i < b; i++) compute(i);
    // Backward steps across x_{i−1} → x_i for i in (a, b], each needing x_{i−1}.
    for (let i = Math.min(b, n - 1); i > a; i--)
      if (!stored.has(i - 1)) throw new Error(`x${i - 1} is not stored for its step`);
    for (let i = a; i < b; i++) stored.delete(i);
  }
  return { peakStored: peak, recomputed: evaluations - firstPass };
}

describe('checkpointCosts', () => {
  it('equals a value-by-value simulation of the schedule for every n ≤ 60 and k', () => {
    for (let n = 1; n <= 60; n++)
      for (let k = 0; k < n; k++)
        expect(checkpointCosts(n, k), `n ${n}, k ${k}`).toEqual({
          checkpoints: k,
          ...simulate(n, k),
        });
  });

  it('k = 0 stores every value and recomputes none', () => {
    for (const n of [1, 2, 10, 1000, 1_000_000])
      expect(checkpointCosts(n, 0)).toEqual({ checkpoints: 0, peakStored: n, recomputed: 0 });
  });

  it('√n segments of √n values: peak 2√n − 1, recomputation (√n − 1)² ≤ n', () => {
    for (const s of [2, 3, 10, 100, 1000]) {
      const n = s * s;
      const sweep = checkpointSweep(n);
      expect(sweep.sqrtCheckpoints).toBe(s - 1);
      expect(checkpointCosts(n, s - 1)).toEqual({
        checkpoints: s - 1,
        peakStored: 2 * s - 1,
        recomputed: (s - 1) ** 2,
      });
    }
  });

  it('on a chain of 10,000 values k ≈ √n stores 1% of a plain pass for under one more pass', () => {
    const { peakStored, recomputed } = checkpointCosts(10_000, 99);
    expect(peakStored).toBe(199);
    expect(recomputed).toBeLessThanOrEqual(10_000);
  });

  it('a checkpoint at every value recomputes nothing', () => {
    expect(checkpointCosts(50, 49)).toMatchObject({ recomputed: 0 });
  });

  it('refuses k outside 0 … n − 1', () => {
    expect(() => checkpointCosts(5, 5)).toThrow();
    expect(() => checkpointCosts(0, 0)).toThrow();
  });
});

describe('checkpointSweep', () => {
  it('lists every k for a short chain, with √n marked', () => {
    const sweep = checkpointSweep(16);
    expect(sweep.points.map((p) => p.checkpoints)).toEqual([...Array(16).keys()]);
    expect(sweep.sqrtCheckpoints).toBe(3);
  });

  it('samples a long chain: at most maxPoints + 1 points, 0, √n and n − 1 included, sorted', () => {
    const sweep = checkpointSweep(1_000_000, 50);
    const ks = sweep.points.map((p) => p.checkpoints);
    expect(ks.length).toBeLessThanOrEqual(52);
    expect(ks).toEqual([...ks].sort((a, b) => a - b));
    expect(ks).toContain(0);
    expect(ks).toContain(999);
    expect(ks).toContain(999_999);
    expect(Math.min(...sweep.points.map((p) => p.peakStored))).toBe(1999);
  });
});
