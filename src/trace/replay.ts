import type { Trace, TraceStep } from './trace.ts';

/** What a trace has shown after its first k steps. */
export interface ReplayState {
  /** The number of steps applied, 0 ≤ step ≤ trace length. */
  readonly step: number;
  /** By node id: the value (values mode) or running derivative sum; undefined until touched. */
  readonly shown: readonly (number | undefined)[];
  /** By node id: true once the node has received every contribution it will get. */
  readonly finished: readonly boolean[];
  /** By node id: how many contributions it has received so far, and will receive in all. */
  readonly received: readonly number[];
  readonly expected: readonly number[];
  /** The last step applied, the one to highlight; undefined at step 0. */
  readonly current: TraceStep | undefined;
}

/** The node whose shown number a step changes. */
export function stepTarget(step: TraceStep): number {
  return step.kind === 'edge' ? step.receiver : step.node;
}

/**
 * The state after the first `k` steps of `trace` (k is clamped to [0, length]), by replaying
 * them: the UI never recomputes derivatives, so stepping back is as cheap as stepping forward.
 */
export function replay(trace: Trace, nodeCount: number, k: number): ReplayState {
  const step = Math.max(0, Math.min(Math.trunc(k), trace.steps.length));
  const shown: (number | undefined)[] = new Array(nodeCount).fill(undefined);
  const received = new Array<number>(nodeCount).fill(0);
  const expected = new Array<number>(nodeCount).fill(0);
  for (const s of trace.steps) expected[stepTarget(s)]!++;
  for (let i = 0; i < step; i++) {
    const s = trace.steps[i]!;
    const target = stepTarget(s);
    shown[target] = s.kind === 'edge' ? s.accumulated : s.value;
    received[target]!++;
  }
  const finished = expected.map((e, node) => e > 0 && received[node] === e);
  return {
    step,
    shown,
    finished,
    received,
    expected,
    current: step > 0 ? trace.steps[step - 1] : undefined,
  };
}
