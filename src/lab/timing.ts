/** A clock in milliseconds: `performance.now` in the worker, a fake one in tests. */
export type Clock = () => number;

/** How long to keep timing one method. */
export interface TimingBudget {
  /** Stop after this many runs... */
  readonly maxRuns: number;
  /** ...or once this much time has passed and at least `minRuns` runs were made. */
  readonly budgetMs: number;
  readonly minRuns: number;
  /** A run repeats the call until it lasts this long, so that coarse clocks still resolve it. */
  readonly minRunMs: number;
  /** Calls before timing, for this long (at least one), so that the JIT has compiled the code. */
  readonly warmupMs: number;
}

/** Median of 31 runs, or of what 250 ms allow (at least 5); runs of at least 2 ms; 50 ms warm-up. */
export const DEFAULT_BUDGET: TimingBudget = {
  maxRuns: 31,
  budgetMs: 250,
  minRuns: 5,
  minRunMs: 2,
  warmupMs: 50,
};

/** The median time of one call and how it was measured. */
export interface RunTimes {
  readonly medianMs: number;
  readonly runs: number;
  /** Calls per run: short calls are repeated within a run and the time divided. */
  readonly callsPerRun: number;
  /** What the last call returned (the method's answer: keeps its work from being unused). */
  readonly result: number;
}

/** The middle value (mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Times `call` (which returns its answer): 1. calls for `warmupMs` warm it up; 2. the calls
 * per run double until a run lasts `minRunMs`; 3. runs repeat within the budget; 4. the median
 * of the per-call times.
 * `onRun` hears after every run (for progress). A call longer than the budget is run only
 * `minRuns` times after the warm-up.
 */
export function timeRuns(
  call: () => number,
  clock: Clock,
  budget: TimingBudget = DEFAULT_BUDGET,
  onRun?: (runs: number) => void,
): RunTimes {
  let result = Number.NaN;
  const run = (calls: number) => {
    const start = clock();
    for (let i = 0; i < calls; i++) result = call();
    return clock() - start;
  };
  const warmup = clock();
  do result = call();
  while (clock() - warmup < budget.warmupMs);
  let callsPerRun = 1;
  let last = run(1);
  while (last < budget.minRunMs && callsPerRun < 1 << 24) {
    callsPerRun *= 2;
    last = run(callsPerRun);
  }
  const samples: number[] = [];
  const start = clock();
  while (samples.length < budget.maxRuns) {
    samples.push(run(callsPerRun) / callsPerRun);
    onRun?.(samples.length);
    if (samples.length >= budget.minRuns && clock() - start >= budget.budgetMs) break;
  }
  return { medianMs: median(samples), runs: samples.length, callsPerRun, result };
}
