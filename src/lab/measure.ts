import { forwardMode, reverseMode } from '../ad/index.ts';
import { compile } from '../compile.ts';
import { evaluate, type InputValues, inputValuesOf } from '../eval/index.ts';
import type { Graph } from '../graph/index.ts';
import { naivePathSumCost } from '../paths/cost.ts';
import { METHODS, type Method } from '../paths/methods.ts';
import { phrase } from '../phrases/index.ts';
import { naivePathSum } from './naive.ts';
import type { LabResponse, MeasureRequest, Timing } from './protocol.ts';
import { type Clock, DEFAULT_BUDGET, type TimingBudget, timeRuns } from './timing.ts';

/**
 * The naive sum is timed in full up to this many multiplications and additions (about 20–100 ms)
 * or NAIVE_PATH_CAP paths. Past either cap only the first part is timed, and its time is scaled
 * by (all operations / operations timed): the result is marked estimated.
 */
export const NAIVE_OPERATION_CAP = 20_000_000;
export const NAIVE_PATH_CAP = 200_000;
/**
 * Forward mode for all inputs and finite differences repeat a whole pass n or n + 1 times. Past
 * this many node visits per call, only the first passes are timed and the time scaled by
 * (all passes / passes timed), marked estimated.
 */
export const REPEATED_PASS_WORK_CAP = 50_000_000;

/** Progress goes out when a method starts, then at most this often (the page redraws on each). */
export const PROGRESS_INTERVAL_MS = 100;

/** A method as the lab runs it: one call giving ∂to/∂from, and the scale of its time. */
interface Timed {
  readonly call: () => number;
  /** All the work / the work one call does (1 unless capped). */
  readonly scale: number;
  readonly pathsTimed?: number;
}

/** The first `count` of `n` passes within the work cap, and the scale to all n. */
function passesWithinCap(graph: Graph, n: number): { count: number; scale: number } {
  const count = Math.max(1, Math.min(n, Math.floor(REPEATED_PASS_WORK_CAP / graph.nodes.length)));
  return { count, scale: n / count };
}

/**
 * How each method is run, from the input values to the derivatives: every method evaluates the
 * graph (values and local partials) and then does its own work; finite differences evaluates it
 * n + 1 times. Each call returns its ∂to/∂from (NaN where it does not compute it in full).
 * Methods that do not apply are left out.
 */
function timedMethods(
  graph: Graph,
  inputs: InputValues,
  from: number,
  to: number,
): Partial<Record<Method, Timed>> {
  const locals = () => evaluate(graph, inputs).locals;
  const n = graph.inputs.length;
  const index = graph.inputs.indexOf(from);
  const methods: Partial<Record<Method, Timed>> = {};
  if (from >= 0) {
    const cost = naivePathSumCost(graph, from, to);
    const all = Number(cost.multiplications + cost.additions);
    const part = naivePathSum(graph, from, to, locals(), NAIVE_OPERATION_CAP, NAIVE_PATH_CAP);
    const partial = part.operations < all;
    methods.naive = {
      call: () => {
        const s = naivePathSum(graph, from, to, locals(), NAIVE_OPERATION_CAP, NAIVE_PATH_CAP);
        return partial ? Number.NaN : s.sum;
      },
      scale: partial ? all / Math.max(1, part.operations) : 1,
      ...(partial ? { pathsTimed: part.paths } : {}),
    };
    methods.forwardOne = {
      call: () => forwardMode(graph, locals(), from).derivatives[to]!,
      scale: 1,
    };
  }
  if (n > 0) {
    const forward = passesWithinCap(graph, n);
    methods.forwardAll = {
      call: () => {
        const l = locals();
        let result = Number.NaN;
        for (let j = 0; j < forward.count; j++) {
          const d = forwardMode(graph, l, graph.inputs[j]!).derivatives[to]!;
          if (j === index) result = d;
        }
        return result;
      },
      scale: forward.scale,
    };
  }
  methods.reverse = {
    call: () => reverseMode(graph, locals(), to).derivatives[from] ?? Number.NaN,
    scale: 1,
  };
  const evaluations = passesWithinCap(graph, n + 1);
  methods.finiteDifferences = {
    call: () => finiteDifferences(graph, inputs, to, evaluations.count - 1)[index] ?? Number.NaN,
    scale: evaluations.scale,
  };
  return methods;
}

/**
 * ∂to/∂x_j ≈ (f(x + h e_j) − f(x)) / h for the first `count` inputs, with h = 1e-6 · max(1, |x_j|):
 * one evaluation, then one more per input.
 */
export function finiteDifferences(
  graph: Graph,
  inputs: InputValues,
  to: number,
  count = graph.inputs.length,
): number[] {
  const base = evaluate(graph, inputs).values[to]!;
  const values = inputValuesOf(graph, inputs);
  const shifted: Record<string, number> = { ...inputs };
  const result: number[] = [];
  for (let j = 0; j < count; j++) {
    const id = graph.inputs[j]!;
    const { label } = graph.nodes[id]!;
    const x = values.get(id)!;
    const h = 1e-6 * Math.max(1, Math.abs(x));
    shifted[label] = x + h;
    result.push((evaluate(graph, shifted).values[to]! - base) / h);
    shifted[label] = x;
  }
  return result;
}

/**
 * Times every method on the program in the request (see `timedMethods`), reporting progress
 * when each method starts and then every PROGRESS_INTERVAL_MS. Synchronous: the worker that runs it is terminated to cancel it. Never throws.
 */
export function measureProgram(
  request: MeasureRequest,
  clock: Clock,
  onProgress: (message: LabResponse) => void,
  budget: TimingBudget = DEFAULT_BUDGET,
): LabResponse {
  const { id, from, to } = request;
  const built = compile(request.source, { sharing: request.sharing ?? true });
  if (!built.ok) return { type: 'failed', id, phrase: phrase('engine.labNotCompiled') };
  const { graph } = built;
  const nodes = graph.nodes.length;
  if (!(from >= -1 && from < nodes && to >= 0 && to < nodes))
    return { type: 'failed', id, phrase: phrase('engine.labNoSuchNodes') };
  const methods = timedMethods(graph, request.inputs ?? {}, from, to);
  const timings: Timing[] = [];
  METHODS.forEach((method, index) => {
    const timed = methods[method];
    if (!timed) return;
    let posted = Number.NEGATIVE_INFINITY;
    const progress = (runs: number) => {
      if (runs > 0 && clock() - posted < PROGRESS_INTERVAL_MS) return;
      posted = clock();
      onProgress({ type: 'progress', id, method, index, methods: METHODS.length, runs });
    };
    progress(0);
    const times = timeRuns(timed.call, clock, budget, progress);
    timings.push({
      method,
      medianMs: times.medianMs * timed.scale,
      runs: times.runs,
      callsPerRun: times.callsPerRun,
      estimated: timed.scale !== 1,
      result: times.result,
      ...(timed.pathsTimed !== undefined ? { pathsTimed: timed.pathsTimed } : {}),
    });
  });
  return { type: 'measured', id, timings };
}
