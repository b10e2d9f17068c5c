import { compile } from '../compile.ts';
import type { Graph } from '../graph/index.ts';
import { phrase } from '../phrases/index.ts';
import { type DataError, type DataTable, dataError, parseCsv } from './data.ts';
import { assignRoles } from './roles.ts';
import type { TrainingStop } from './stopping.ts';
import { createTrainer, type StepDetail, type Trainer } from './trainer.ts';
import { type LossSurface, lossSurface, type ModelFit, modelFit, surfaceRange } from './views.ts';

/** How to train, as the Training panel sets it. */
export interface TrainSettings {
  readonly learningRate: number;
  /** Rows per step; absent: full batch. */
  readonly batchSize?: number;
  readonly seed?: number;
  /** Stop once the mean loss is below this. */
  readonly tolerance?: number;
  /** Inputs that are neither data nor trained. */
  readonly fixed: readonly string[];
}

/** What the training worker is asked: a run of steps, to pause, or the pictures. */
export type TrainRequest =
  | {
      readonly type: 'train';
      readonly id: number;
      readonly source: string;
      /** The data as CSV text. */
      readonly data: string;
      /** Every input's current value by name: where the run starts (or goes on from). */
      readonly start: Readonly<Record<string, number>>;
      readonly settings: TrainSettings;
      /** Steps done before this run (the page's count): the run's first step is this one. */
      readonly done: number;
      /** At most this many steps now. */
      readonly steps: number;
    }
  | { readonly type: 'pause'; readonly id: number }
  | {
      readonly type: 'views';
      readonly id: number;
      readonly source: string;
      readonly data: string;
      readonly start: Readonly<Record<string, number>>;
      readonly fixed: readonly string[];
      /** Parameter values visited so far, record by record, for the surface's range. */
      readonly visited: ArrayLike<number>;
    };

/**
 * The worker's answers. `progress` carries what is new since the last report: the mean loss
 * before each step from `from` on (global step numbers) and the parameters before each step,
 * record by record in `names` order; `done` once the run ended (a stop rule, the steps asked
 * for, or a pause).
 */
export type TrainResponse =
  | {
      readonly type: 'progress';
      readonly id: number;
      readonly names: readonly string[];
      readonly data: readonly string[];
      readonly from: number;
      readonly losses: Float64Array;
      readonly path: Float64Array;
      readonly steps: number;
      readonly parameters: Readonly<Record<string, number>>;
      readonly done: boolean;
      readonly stop?: TrainingStop;
      readonly last?: StepDetail;
    }
  | { readonly type: 'refused'; readonly id: number; readonly error: DataError }
  | {
      readonly type: 'views';
      readonly id: number;
      readonly surface?: LossSurface;
      readonly fit?: ModelFit;
    };

/** A slice of steps takes about this long; a report goes out after each. */
const SLICE_MS = 40;

/** The live run: its trainer, what it was made from, and the global step of its step 0. */
interface Run {
  readonly key: string;
  readonly trainer: Trainer;
  readonly base: number;
  reported: number;
}

/**
 * The training worker's state, framework-free so tests drive it: one trainer kept between
 * requests (Train after a pause goes on where it was, minibatch order included), run in slices
 * with `schedule` between them so that a pause or a new request is heard. A request with a new
 * id supersedes the one running.
 */
export class TrainingSession {
  #run: Run | null = null;
  #current = -1;

  constructor(
    private readonly post: (response: TrainResponse) => void,
    private readonly schedule: (next: () => void) => void,
    private readonly clock: () => number,
  ) {}

  handle(request: TrainRequest): void {
    this.#current = request.id;
    if (request.type === 'pause') return;
    if (request.type === 'views') {
      this.post(views(request));
      return;
    }
    const run = this.#runFor(request);
    if ('error' in run) {
      this.post({ type: 'refused', id: request.id, error: run.error });
      return;
    }
    const target = run.trainer.state().steps + request.steps;
    const slice = () => {
      if (this.#current !== request.id) return;
      const { trainer } = run;
      let batch = 1;
      const started = this.clock();
      while (!trainer.stopped && trainer.state().steps < target) {
        trainer.step(Math.min(batch, target - trainer.state().steps));
        if (this.clock() - started > SLICE_MS) break;
        batch *= 2;
      }
      const done = trainer.stopped !== undefined || trainer.state().steps >= target;
      this.post(report(request.id, run, done));
      if (!done) this.schedule(slice);
    };
    slice();
  }

  /** The kept run when it can go on from the request's state, else a new one. */
  #runFor(request: TrainRequest & { type: 'train' }): Run | { error: DataError } {
    const key = JSON.stringify([request.source, request.data, request.settings]);
    const kept = this.#run;
    if (kept && kept.key === key && !kept.trainer.stopped) {
      const state = kept.trainer.state(kept.trainer.state().steps);
      const here = kept.base + state.steps === request.done;
      const same = state.parameterNames.every((n) => state.parameters[n] === request.start[n]);
      if (here && same) return kept;
    }
    const built = buildTraining(request.source, request.data);
    if ('error' in built) return built;
    const { settings } = request;
    const created = createTrainer(built.graph, built.data, {
      learningRate: settings.learningRate,
      ...(settings.batchSize !== undefined ? { batchSize: settings.batchSize } : {}),
      ...(settings.seed !== undefined ? { seed: settings.seed } : {}),
      ...(settings.tolerance !== undefined ? { tolerance: settings.tolerance } : {}),
      start: knownStart(built.graph, request.start),
      fixed: settings.fixed,
    });
    if (!created.ok) return { error: created.error };
    this.#run = { key, trainer: created.trainer, base: request.done, reported: 0 };
    return this.#run;
  }
}

/** The new part of a run since its last report. */
function report(id: number, run: Run, done: boolean): TrainResponse {
  const state = run.trainer.state(run.reported);
  run.reported = state.steps;
  const last = run.trainer.lastStep();
  return {
    type: 'progress',
    id,
    names: state.parameterNames,
    data: run.trainer.roles.data.map((d) => d.name),
    from: run.base + state.from,
    losses: state.losses,
    path: state.path,
    steps: run.base + state.steps,
    parameters: state.parameters,
    done,
    ...(state.stop ? { stop: { ...state.stop, step: run.base + state.stop.step } } : {}),
    ...(last ? { last: { ...last, step: run.base + last.step } } : {}),
  };
}

/** The program's graph and the parsed data, or why training cannot use them. */
export function buildTraining(
  source: string,
  csv: string,
): { graph: Graph; data: DataTable } | { error: DataError } {
  const compiled = compile(source);
  if (!compiled.ok) return { error: dataError(phrase('train.programErrors')) };
  const parsed = parseCsv(csv);
  if (!parsed.ok) return { error: parsed.error };
  return { graph: compiled.graph, data: parsed.data };
}

/** The start values that name inputs of the graph (others, say from an older program, dropped). */
function knownStart(graph: Graph, start: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of graph.inputs) {
    const name = graph.nodes[id]!.label;
    const value = start[name];
    if (value !== undefined && Number.isFinite(value)) out[name] = value;
  }
  return out;
}

/** The loss surface (one or two parameters) and the model's fit (one input column), if any. */
function views(request: TrainRequest & { type: 'views' }): TrainResponse {
  const built = buildTraining(request.source, request.data);
  if ('error' in built) return { type: 'refused', id: request.id, error: built.error };
  const { graph, data } = built;
  const names = graph.inputs.map((id) => graph.nodes[id]!.label);
  const assigned = assignRoles(names, data, request.fixed);
  if (!assigned.ok) return { type: 'refused', id: request.id, error: assigned.error };
  const { roles } = assigned;
  const start = knownStart(graph, request.start);
  const point = Float64Array.from(
    graph.inputs,
    (id, i) => start[names[i]!] ?? graph.nodes[id]!.initialValue,
  );
  const count = roles.parameters.length;
  const ranges = roles.parameters.map((p, k) => {
    const visited = [point[p.input]!];
    for (let r = k; r < request.visited.length; r += count) visited.push(request.visited[r]!);
    return surfaceRange(visited);
  });
  const surface = lossSurface(graph, data, roles, point, ranges);
  const fit = modelFit(graph, data, roles, point);
  return {
    type: 'views',
    id: request.id,
    ...(surface ? { surface } : {}),
    ...(fit ? { fit } : {}),
  };
}
