/**
 * Store or recompute, for reverse mode along a chain of n values x₀ → x₁ → … → x_{n−1}
 * (a program's tape taken in slot order). The backward step across the edge x_{i−1} → x_i
 * needs the value x_{i−1}.
 *
 * With k checkpoints the chain is cut into k + 1 segments of near-equal length (longer ones
 * first); the first value of each segment after the first is a checkpoint, and x₀ starts the
 * first. The schedule:
 * 1. forward: compute x₁ … x_{n−1} once, keeping the checkpoints and the whole last segment,
 *    and dropping every other value once the next one is computed;
 * 2. backward, segment by segment from the last: recompute the segment from its first value
 *    (keeping its values; the last segment is already there), take its backward steps, then
 *    drop the whole segment, its first value included.
 * k = 0 is the plain reverse pass: one segment, every value stored, nothing recomputed.
 */
export interface CheckpointCost {
  /** Checkpoints besides x₀ (the chain's first value). */
  readonly checkpoints: number;
  /** The most values held at once during the whole schedule. */
  readonly peakStored: number;
  /** Node evaluations beyond the first forward pass's n − 1 (the recomputation). */
  readonly recomputed: number;
}

/** The lengths of the k + 1 segments of an n-value chain: near-equal, longer ones first. */
export function segmentLengths(n: number, checkpoints: number): number[] {
  const segments = checkpoints + 1;
  const base = Math.floor(n / segments);
  const longer = n % segments;
  return Array.from({ length: segments }, (_, j) => base + (j < longer ? 1 : 0));
}

/**
 * The schedule above, simulated segment by segment: what is stored and evaluated at each phase,
 * and the peak over all of them. Exact; O(k). `n ≥ 1`, `0 ≤ checkpoints ≤ n − 1`.
 */
export function checkpointCosts(n: number, checkpoints: number): CheckpointCost {
  if (!Number.isInteger(n) || n < 1) throw new Error('checkpointCosts: n is whole, ≥ 1');
  if (!Number.isInteger(checkpoints) || checkpoints < 0 || checkpoints > n - 1)
    throw new Error('checkpointCosts: 0 ≤ checkpoints ≤ n − 1');
  const lengths = segmentLengths(n, checkpoints);
  const last = lengths.length - 1;
  // 1. Forward. While segment j (not the last) is computed, the j + 1 segment starts so far are
  //    held, and one or two values in flight: x_i as it is computed from x_{i−1}, the latter
  //    dropped just after unless it is a start. At the end: the starts before the last segment
  //    and the whole last segment.
  let peak = 0;
  for (let j = 0; j < last; j++) peak = Math.max(peak, j + 1 + (lengths[j]! >= 2 ? 2 : 1));
  let stored = last + lengths[last]!;
  peak = Math.max(peak, stored);
  // 2. Backward: the last segment is in memory, used and dropped; every earlier one is
  //    recomputed from its start (held), used, then dropped with its start.
  let recomputed = 0;
  stored -= lengths[last]!;
  for (let j = last - 1; j >= 0; j--) {
    recomputed += lengths[j]! - 1;
    peak = Math.max(peak, stored + lengths[j]! - 1);
    stored -= 1;
  }
  return { checkpoints, peakStored: peak, recomputed };
}

/** A sweep of `checkpointCosts` over k, with k ≈ √n marked. */
export interface CheckpointSweep {
  readonly n: number;
  /** Costs by increasing k, from 0 (store everything). */
  readonly points: readonly CheckpointCost[];
  /** round(√n) − 1 checkpoints: √n segments of √n values, the classic choice (peak ≈ 2√n). */
  readonly sqrtCheckpoints: number;
}

/**
 * `checkpointCosts` for every k from 0 to n − 1 when there are at most `maxPoints` of them, else
 * for `maxPoints` values of k spread evenly on a log scale (0, 1 and n − 1 always included),
 * plus k ≈ √n. O(Σ k) for the points chosen.
 */
export function checkpointSweep(n: number, maxPoints = 200): CheckpointSweep {
  const sqrtCheckpoints = Math.max(0, Math.min(n - 1, Math.round(Math.sqrt(n)) - 1));
  const ks = new Set<number>([0, sqrtCheckpoints]);
  if (n <= maxPoints) for (let k = 0; k < n; k++) ks.add(k);
  else {
    ks.add(n - 1);
    for (let p = 0; p < maxPoints; p++)
      ks.add(Math.round(Math.exp((Math.log(n) * p) / maxPoints)) - 1);
  }
  const points = [...ks]
    .filter((k) => k >= 0 && k <= n - 1)
    .sort((a, b) => a - b)
    .map((k) => checkpointCosts(n, k));
  return { n, points, sqrtCheckpoints };
}
