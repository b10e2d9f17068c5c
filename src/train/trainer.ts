import type { Graph } from '../graph/index.ts';
import { type Phrase, phrase } from '../phrases/index.ts';
import { compileTape } from '../tape/index.ts';
import { Batches } from './batches.ts';
import { type DataError, type DataTable, dataError } from './data.ts';
import { DataPass } from './pass.ts';
import { assignRoles, type Roles } from './roles.ts';
import { Series } from './series.ts';
import {
  divergenceBound,
  stopForGradient,
  stopForLoss,
  stopForSteps,
  type TrainingStop,
} from './stopping.ts';

/** How to train (DOMAIN.md §7). */
export interface TrainOptions {
  /** η in w ← w − η·∂C/∂w; finite and > 0. */
  readonly learningRate: number;
  /** Rows per step; absent, or at least the number of rows, means full batch. */
  readonly batchSize?: number;
  /** Seed of the minibatch shuffle (1 when absent); unused in full batch. */
  readonly seed?: number;
  /** Stop after this many steps (no limit when absent: the caller decides how many to run). */
  readonly maxSteps?: number;
  /** Stop once the mean loss over all rows is below this. */
  readonly tolerance?: number;
  /** Starting values of parameters and fixed inputs by name (else the program's values). */
  readonly start?: Readonly<Record<string, number>>;
  /** Inputs that are neither data nor trained: they keep their value. */
  readonly fixed?: Iterable<string>;
}

/** The most recent step, written out: what "one step on the graph" shows. */
export interface StepDetail {
  /** The step's index k: it took the parameters from `path` record k to record k + 1. */
  readonly step: number;
  readonly learningRate: number;
  /** How many rows the gradient was averaged over (all rows in full batch). */
  readonly rows: number;
  /** In minibatch runs, which rows (0-based, in draw order); absent in full batch. */
  readonly batch?: readonly number[];
  /** Mean loss over those rows before the update. */
  readonly batchLoss: number;
  /** By parameter, in `parameterNames` order: mean ∂loss/∂w, w before and w after. */
  readonly gradient: readonly number[];
  readonly before: readonly number[];
  readonly after: readonly number[];
}

/** A training run as plain data (structured-clone safe, for a worker's messages). */
export interface TrainerState {
  readonly parameterNames: readonly string[];
  /** Steps done. */
  readonly steps: number;
  /** The current parameter values by name. */
  readonly parameters: Readonly<Record<string, number>>;
  /** Mean loss over all rows at the current parameters (`losses`' last entry). */
  readonly loss: number;
  /** The first step included in `losses` and `path` (see `Trainer.state`). */
  readonly from: number;
  /** Mean loss over all rows before step k, for k = from … steps (the last: after the last step). */
  readonly losses: Float64Array;
  /** Parameter values before step k, for k = from … steps, record by record in name order. */
  readonly path: Float64Array;
  readonly stop?: TrainingStop;
}

/**
 * A training run that advances in slices, so a worker can run a few steps, report, and be
 * dropped when a new edit cancels it. Nothing is computed between calls.
 */
export interface Trainer {
  readonly parameterNames: readonly string[];
  readonly roles: Roles;
  readonly rows: number;
  /** Runs up to `n` steps (1 when absent), fewer if a stop rule holds; returns steps made. */
  step(n?: number): number;
  /** The run so far; `losses` and `path` from step `from` on (0 when absent). */
  state(from?: number): TrainerState;
  /** The last step made, written out; undefined before the first. */
  lastStep(): StepDetail | undefined;
  /** Why the run stopped, once it has. */
  readonly stopped: TrainingStop | undefined;
}

export type TrainerResult =
  | { readonly ok: true; readonly trainer: Trainer }
  | { readonly ok: false; readonly error: DataError };

/**
 * Gradient descent on the program's graph, whose output is one row's loss. The training loss
 * is the mean over the rows (full batch), or over a minibatch drawn by a seeded shuffle that
 * each epoch repeats. Each step:
 * 1. the mean gradient over the batch: per row, forward with local partials and reverse mode
 *    on one tape compiled once;
 * 2. a gradient that is not finite stops the run before any update;
 * 3. w ← w − η · mean ∂loss/∂w for every parameter;
 * 4. the mean loss over all rows at the new values is recorded (in full batch it comes free
 *    with the next step's gradient pass) and checked against the stop rules.
 * So `losses` always has steps + 1 entries when a call returns.
 */
export function createTrainer(graph: Graph, data: DataTable, options: TrainOptions): TrainerResult {
  const problem = optionProblem(options);
  if (problem) return { ok: false, error: dataError(problem) };
  const names = graph.inputs.map((id) => graph.nodes[id]!.label);
  const assigned = assignRoles(names, data, options.fixed);
  if (!assigned.ok) return assigned;
  const { roles } = assigned;
  const point = Float64Array.from(graph.inputs, (id) => graph.nodes[id]!.initialValue);
  const inputIndex = new Map(names.map((name, i) => [name, i]));
  for (const [name, value] of Object.entries(options.start ?? {})) {
    const i = inputIndex.get(name);
    if (i === undefined)
      return { ok: false, error: dataError(phrase('train.startNotAnInput', { name })) };
    point[i] = value;
  }
  const pass = new DataPass(compileTape(graph), data, roles, point);
  return { ok: true, trainer: new GradientDescent(pass, roles, options) };
}

function optionProblem(o: TrainOptions): Phrase | undefined {
  if (!(Number.isFinite(o.learningRate) && o.learningRate > 0))
    return phrase('train.learningRate', { value: String(o.learningRate) });
  if (o.batchSize !== undefined && !(Number.isInteger(o.batchSize) && o.batchSize >= 1))
    return phrase('train.batchSize', { value: String(o.batchSize) });
  if (o.maxSteps !== undefined && !(Number.isInteger(o.maxSteps) && o.maxSteps >= 0))
    return phrase('train.maxSteps', { value: String(o.maxSteps) });
  if (o.seed !== undefined && !Number.isInteger(o.seed))
    return phrase('train.seed', { value: String(o.seed) });
  if (o.tolerance !== undefined && Number.isNaN(o.tolerance)) return phrase('train.tolerance');
  return undefined;
}

class GradientDescent implements Trainer {
  readonly parameterNames: readonly string[];
  readonly rows: number;
  stopped: TrainingStop | undefined;
  private steps = 0;
  /** True when the loss at the current parameters is not computed yet. */
  private lossPending = false;
  private readonly losses = new Series(1);
  private readonly path: Series;
  private readonly batches: Batches | undefined;
  private readonly bound: number;
  private readonly gradient: Float64Array;
  /** The last update's gradient and starting values (`gradient` is overwritten by each pass). */
  private readonly lastGradient: Float64Array;
  private readonly before: Float64Array;
  private readonly current: Float64Array;
  /** The last update's step index (-1 before the first), its batch loss and its rows. */
  private lastIndex = -1;
  private lastBatchLoss = 0;
  private lastRows = 0;
  private readonly lastBatch: Int32Array;

  constructor(
    private readonly pass: DataPass,
    readonly roles: Roles,
    private readonly options: TrainOptions,
  ) {
    this.parameterNames = roles.parameters.map((p) => p.name);
    this.rows = pass.data.rows;
    const count = roles.parameters.length;
    this.gradient = new Float64Array(count);
    this.lastGradient = new Float64Array(count);
    this.before = new Float64Array(count);
    this.current = new Float64Array(count);
    this.path = new Series(count);
    const size = options.batchSize;
    this.lastBatch = new Int32Array(size !== undefined && size < this.rows ? size : 0);
    this.batches =
      size !== undefined && size < this.rows
        ? new Batches(this.rows, size, options.seed ?? 1)
        : undefined;
    this.readParameters();
    this.path.push(this.current);
    const first = pass.meanLoss();
    this.bound = divergenceBound(first);
    this.record(first);
    this.checkSteps();
  }

  step(n = 1): number {
    const { pass, gradient, before, current } = this;
    const eta = this.options.learningRate;
    const slots = this.roles.parameters;
    let made = 0;
    while (made < n && this.stopped === undefined) {
      // 1. The batch's mean gradient (full batch: its loss is the pending full-data loss).
      let batchLoss: number;
      let batch: Int32Array | undefined;
      if (this.batches === undefined) {
        batchLoss = pass.meanGradient(undefined, gradient);
        if (this.lossPending && this.record(batchLoss)) break;
      } else {
        if (this.lossPending && this.record(pass.meanLoss())) break;
        batch = this.batches.next();
        batchLoss = pass.meanGradient(batch, gradient);
      }
      // 2. No update from a gradient that is not finite.
      const bad = firstNotFinite(gradient);
      if (bad >= 0) {
        this.stopped = stopForGradient(this.parameterNames[bad]!, gradient[bad]!, this.steps);
        break;
      }
      // 3. The update, in place in the pass's point.
      before.set(current);
      for (let p = 0; p < slots.length; p++)
        pass.point[slots[p]!.input] = current[p]! - eta * gradient[p]!;
      this.readParameters();
      this.path.push(current);
      this.lastGradient.set(gradient);
      this.lastIndex = this.steps;
      this.lastBatchLoss = batchLoss;
      this.lastRows = batch?.length ?? this.rows;
      if (batch) this.lastBatch.set(batch);
      this.steps++;
      made++;
      this.lossPending = true;
      this.checkSteps();
    }
    // 4. Every call ends with the loss at the current parameters known.
    if (this.lossPending) this.record(pass.meanLoss());
    return made;
  }

  state(from = 0): TrainerState {
    const start = Math.max(0, Math.min(from, this.steps));
    const parameters: Record<string, number> = {};
    this.parameterNames.forEach((name, p) => {
      parameters[name] = this.current[p]!;
    });
    return {
      parameterNames: this.parameterNames,
      steps: this.steps,
      parameters,
      loss: this.losses.at(this.steps),
      from: start,
      losses: this.losses.copyFrom(start),
      path: this.path.copyFrom(start),
      ...(this.stopped ? { stop: this.stopped } : {}),
    };
  }

  lastStep(): StepDetail | undefined {
    const step = this.lastIndex;
    if (step < 0) return undefined;
    return {
      step,
      learningRate: this.options.learningRate,
      rows: this.lastRows,
      ...(this.batches ? { batch: Array.from(this.lastBatch.subarray(0, this.lastRows)) } : {}),
      batchLoss: this.lastBatchLoss,
      gradient: Array.from(this.lastGradient),
      before: Array.from(this.before),
      after: Array.from({ length: this.current.length }, (_, p) => this.path.at(step + 1, p)),
    };
  }

  /** Records the loss at the current parameters; true when a stop rule now holds. */
  private record(loss: number): boolean {
    this.losses.push1(loss);
    this.lossPending = false;
    const stop = stopForLoss(loss, this.steps, this.bound, this.options.tolerance);
    if (stop) this.stopped = stop;
    return stop !== undefined;
  }

  private checkSteps(): void {
    const max = this.options.maxSteps;
    if (this.stopped === undefined && max !== undefined && this.steps >= max)
      this.stopped = stopForSteps(this.steps);
  }

  private readParameters(): void {
    const slots = this.roles.parameters;
    for (let p = 0; p < slots.length; p++) this.current[p] = this.pass.point[slots[p]!.input]!;
  }
}

/** The index of the first value that is not finite, or -1. */
function firstNotFinite(xs: Float64Array): number {
  for (let i = 0; i < xs.length; i++) if (!Number.isFinite(xs[i]!)) return i;
  return -1;
}
