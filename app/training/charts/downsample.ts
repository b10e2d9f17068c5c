/**
 * Which of `count` samples to draw when there are more than the chart has pixels: the indices,
 * ascending, of at most about four samples per bucket of consecutive samples (`buckets` of
 * them, about one per pixel of width).
 *
 * 1. The samples are cut into `buckets` runs of consecutive indices.
 * 2. Inside a bucket, each stretch of defined samples keeps its first, its last, its smallest
 *    and its largest (M4 aggregation), so a one-step spike still reaches its height and the
 *    line enters and leaves the bucket where it should.
 * 3. Between two defined stretches, the first undefined sample is kept, so the line is cut
 *    there as it would be without downsampling.
 * The first and the last sample are always kept. With `count <= 4 * buckets` every index is
 * returned.
 */
export function downsample(
  count: number,
  valueAt: (k: number) => number,
  buckets: number,
  defined: (value: number) => boolean = Number.isFinite,
): number[] {
  if (count <= 4 * Math.max(1, buckets)) return Array.from({ length: count }, (_, k) => k);
  const kept: number[] = [];
  const size = count / buckets;
  for (let b = 0; b < buckets; b++) {
    const start = Math.floor(b * size);
    const end = b === buckets - 1 ? count : Math.floor((b + 1) * size);
    let runStart = -1;
    let lo = 0;
    let hi = 0;
    const flush = (runEnd: number) => {
      // One stretch of defined samples [runStart, runEnd): its first, extremes and last.
      if (runStart < 0) return;
      const picks = [runStart, lo, hi, runEnd - 1].sort((p, q) => p - q);
      for (const k of picks) if (kept[kept.length - 1] !== k) kept.push(k);
      runStart = -1;
    };
    for (let k = start; k < end; k++) {
      const v = valueAt(k);
      if (!defined(v)) {
        flush(k);
        if (kept[kept.length - 1] !== k && (k === start || defined(valueAt(k - 1)))) kept.push(k);
        continue;
      }
      if (runStart < 0) {
        runStart = k;
        lo = k;
        hi = k;
      } else {
        if (v < valueAt(lo)) lo = k;
        if (v > valueAt(hi)) hi = k;
      }
    }
    flush(end);
  }
  if (kept[kept.length - 1] !== count - 1) kept.push(count - 1);
  return kept;
}
