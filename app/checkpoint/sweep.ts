// The checkpoint panel's arithmetic, apart from React: which sweep point a k is nearest, what a
// typed k means, and the chart's peak axis (its scale and ticks).

import type { CheckpointCost } from '../../src/index.ts';

/** Below this many values the peak axis is linear from 0; from it on, logarithmic. */
export const LOG_FROM = 100;

/**
 * The index of the point whose k is nearest `k` (the lower one on a tie). `points` are sorted
 * by increasing k and not empty, as `checkpointSweep` gives them; O(log points).
 */
export function nearestIndex(points: readonly CheckpointCost[], k: number): number {
  let lo = 0;
  let hi = points.length - 1;
  // 1. The last point with checkpoints ≤ k (or the first if none is).
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (points[mid]!.checkpoints <= k) lo = mid;
    else hi = mid - 1;
  }
  // 2. It, or the next one if that is strictly nearer.
  const next = points[lo + 1];
  return next && next.checkpoints - k < k - points[lo]!.checkpoints ? lo + 1 : lo;
}

/** A typed number of checkpoints: a whole number from 0 to `max`, else null. */
export function parseCheckpoints(text: string, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const k = Number(trimmed);
  return k <= max ? k : null;
}

/**
 * The sweep as a line for the chart: sorted by extra work, then by peak. Many k land on the
 * same place (k + 1 segments of length L hold and recompute about as much as L segments of
 * length k + 1), so the line is drawn in this order rather than by k, which would run out to
 * k ≈ √n and back over itself.
 */
export function frontier(points: readonly CheckpointCost[]): CheckpointCost[] {
  return [...points].sort((a, b) => a.recomputed - b.recomputed || a.peakStored - b.peakStored);
}

/**
 * Ticks for a log axis over [lo, hi] (0 < lo ≤ hi): the powers of ten inside it, or when fewer
 * than `least` of them are, the 1–2–5 values inside it (10, 20, 50, 100, …); at most about
 * `most` of them, thinned evenly from the first.
 */
export function logTicks125(lo: number, hi: number, least = 3, most = 6): number[] {
  const first = Math.floor(Math.log10(lo));
  const last = Math.ceil(Math.log10(hi));
  const inside = (v: number) => v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9);
  const powers: number[] = [];
  const steps: number[] = [];
  for (let e = first; e <= last; e++)
    for (const m of [1, 2, 5]) {
      const v = m * Number(`1e${e}`);
      if (!inside(v)) continue;
      steps.push(v);
      if (m === 1) powers.push(v);
    }
  const chosen = powers.length >= least ? powers : steps;
  if (chosen.length <= most) return chosen;
  const stride = Math.ceil((chosen.length - 1) / (most - 1));
  return chosen.filter((_, i) => i % stride === 0);
}
