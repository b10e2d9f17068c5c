/** A timing: the median milliseconds per call, over `samples` samples of `batch` calls each. */
export interface Timing {
  readonly ms: number;
  readonly samples: number;
  readonly batch: number;
}

export interface MeasureOptions {
  /** Samples to take (fewer if `budgetMs` runs out first, but at least 3). */
  readonly samples?: number;
  /** Time to spend warming up before sampling. */
  readonly warmupMs?: number;
  /** Calls to make before sampling, at least (2 by default; 0 when the caller has warmed up). */
  readonly warmupCalls?: number;
  /** Each sample runs the function enough times to last about this long. */
  readonly sampleMs?: number;
  /** Stop sampling after about this long. */
  readonly budgetMs?: number;
}

/**
 * Times `run` with `performance.now()`: warm-up (at least two calls and `warmupMs`), then
 * samples of a batch of calls sized from the warm-up, and returns the median per call.
 */
export function measure(run: () => void, options: MeasureOptions = {}): Timing {
  const { samples = 11, warmupMs = 200, warmupCalls = 2, sampleMs = 20, budgetMs = 3000 } = options;
  let calls = 0;
  const start = performance.now();
  while (calls < warmupCalls || performance.now() - start < warmupMs) {
    run();
    calls++;
  }
  const perCall = calls > 0 ? (performance.now() - start) / calls : Number.POSITIVE_INFINITY;
  const batch = Math.max(1, Math.round(sampleMs / Math.max(perCall, 1e-6)));
  const times: number[] = [];
  const sampling = performance.now();
  while (times.length < samples && (times.length < 3 || performance.now() - sampling < budgetMs)) {
    const t = performance.now();
    for (let i = 0; i < batch; i++) run();
    times.push((performance.now() - t) / batch);
  }
  return { ms: median(times), samples: times.length, batch };
}

export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Two timings taken in alternation, and the median of their per-sample ratio b/a. */
export interface PairedTiming {
  readonly a: number;
  readonly b: number;
  /** Median over samples of (b's time / a's time): both saw the same machine load. */
  readonly ratio: number;
}

/**
 * Times `a` and `b` sample by sample in alternation (after warming both up), so that a ratio
 * between them is not skewed by other work on the machine changing between two measurements.
 */
export function measurePair(
  a: () => void,
  b: () => void,
  options: { readonly samples?: number; readonly sampleMs?: number } = {},
): PairedTiming {
  const { samples = 21, sampleMs = 10 } = options;
  const batchA = measure(a, { samples: 3, sampleMs }).batch;
  const batchB = measure(b, { samples: 3, sampleMs }).batch;
  const timesA: number[] = [];
  const timesB: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < samples; i++) {
    let t = performance.now();
    for (let j = 0; j < batchA; j++) a();
    const ta = (performance.now() - t) / batchA;
    t = performance.now();
    for (let j = 0; j < batchB; j++) b();
    const tb = (performance.now() - t) / batchB;
    timesA.push(ta);
    timesB.push(tb);
    ratios.push(tb / ta);
  }
  return { a: median(timesA), b: median(timesB), ratio: median(ratios) };
}
