import { describe, expect, it } from 'vitest';
import { downsample } from './downsample.ts';

const of = (values: number[]) => (k: number) => values[k]!;

describe('downsample', () => {
  it('returns every index when there are few samples', () => {
    expect(downsample(10, () => 1, 5)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('keeps at most four samples per bucket, with the first and the last', () => {
    const values = Array.from({ length: 100_000 }, (_, k) => Math.sin(k / 50));
    const kept = downsample(values.length, of(values), 300);
    expect(kept.length).toBeLessThanOrEqual(4 * 300);
    expect(kept[0]).toBe(0);
    expect(kept[kept.length - 1]).toBe(99_999);
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
  });

  it('keeps a one-sample spike and a one-sample dip', () => {
    const values = Array.from({ length: 10_000 }, () => 1);
    values[4321] = 1e9;
    values[777] = -5;
    const kept = downsample(values.length, of(values), 100);
    expect(kept).toContain(4321);
    expect(kept).toContain(777);
  });

  it("keeps each bucket's extremes of a falling curve", () => {
    const values = Array.from({ length: 1000 }, (_, k) => 1000 - k);
    const kept = downsample(values.length, of(values), 10);
    // Bucket b is [100b, 100b + 100): its largest is at its start, its smallest at its end.
    for (let b = 0; b < 10; b++) {
      expect(kept).toContain(100 * b);
      expect(kept).toContain(100 * b + 99);
    }
    expect(kept).not.toContain(150);
  });

  it('keeps a gap: the first sample that cannot be drawn, between drawn ones', () => {
    const values = Array.from({ length: 5000 }, (_, k) => (k >= 2000 && k < 2050 ? Number.NaN : k));
    const kept = downsample(values.length, of(values), 20);
    expect(kept).toContain(1999);
    expect(kept).toContain(2000);
    expect(kept).toContain(2050);
    expect(kept.filter((k) => Number.isNaN(values[k]!))).toEqual([2000]);
  });

  it('takes what may be drawn from its predicate (a log axis drops values <= 0)', () => {
    const values = Array.from({ length: 5000 }, (_, k) => (k === 3000 ? 0 : 1 + k));
    const kept = downsample(values.length, of(values), 20, (v) => Number.isFinite(v) && v > 0);
    expect(kept).toContain(3000);
    expect(kept).toContain(2999);
    expect(kept).toContain(3001);
  });
});
