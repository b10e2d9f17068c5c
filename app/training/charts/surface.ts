import { contourThresholds, logLevelsFit } from './scales.ts';

/** The number of filled bands (charts.css colours them --band-0 … --band-8). */
export const BANDS = 9;

/** A surface's grid values made drawable, with the range of its finite values. */
export interface CleanGrid {
  readonly values: Float64Array;
  readonly lo: number;
  readonly hi: number;
}

/**
 * The grid's values with every cell that is NaN or infinite set to the largest finite value (a
 * loss that overflows is as high as the chart can show), and that range; undefined when no
 * cell is finite.
 */
export function cleanGrid(values: ArrayLike<number>): CleanGrid | undefined {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (!(hi >= lo)) return undefined;
  const clean = Float64Array.from(values, (v) => (Number.isFinite(v) ? v : hi));
  return { values: clean, lo, hi };
}

/**
 * The lower edge of each of the BANDS filled bands over [lo, hi]: lo itself (the whole grid),
 * then the levels of `contourThresholds` below hi, so band k holds values >= levels[k] and is
 * painted --band-k. Log-spaced when the values span orders of magnitude.
 */
export function bandLevels(lo: number, hi: number): { levels: number[]; log: boolean } {
  if (!(hi > lo)) return { levels: [lo], log: false };
  return {
    levels: [lo, ...contourThresholds(lo, hi, BANDS).slice(0, -1)],
    log: logLevelsFit(lo, hi),
  };
}

/** Linear interpolation of a sampled curve (xs ascending) at x; the end values outside. */
export function interpolate(xs: ArrayLike<number>, ys: ArrayLike<number>, x: number): number {
  const n = xs.length;
  if (n === 0 || !Number.isFinite(x)) return Number.NaN;
  if (x <= xs[0]!) return ys[0]!;
  if (x >= xs[n - 1]!) return ys[n - 1]!;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= x) lo = mid;
    else hi = mid;
  }
  const t = (x - xs[lo]!) / (xs[hi]! - xs[lo]!);
  return ys[lo]! + t * (ys[hi]! - ys[lo]!);
}

/** At most `most` of `count` indices, evenly strided, always with the first and the last. */
export function strided(count: number, most: number): number[] {
  if (count <= most) return Array.from({ length: count }, (_, k) => k);
  const step = (count - 1) / (most - 1);
  return Array.from({ length: most }, (_, k) => Math.round(k * step));
}
