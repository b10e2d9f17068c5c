import type { Graph } from '../graph/index.ts';
import { createTrainer, parseCsv, type TrainerState } from '../train/index.ts';

/** Reads a text file by path (throws, with an errno `code`, when it cannot). */
export type ReadFile = (path: string) => string;

/** What `--train steps=N,lr=η[,batch=B,seed=S,tol=T]` asks for. */
export interface TrainSpec {
  readonly steps: number;
  readonly learningRate: number;
  readonly batchSize?: number;
  readonly seed?: number;
  readonly tolerance?: number;
}

export const TRAIN_SPEC_HINT = 'write steps=N,lr=η[,batch=B,seed=S,tol=T], e.g. steps=100,lr=0.1';

/** The `--train` list read, or a one-line message ending with the usage hint. */
export function parseTrainSpec(list: string): TrainSpec | { readonly error: string } {
  const fields: Record<string, number> = Object.create(null);
  const fail = (why: string) => ({ error: `--train: ${why}; ${TRAIN_SPEC_HINT}` });
  for (const pair of list.split(',').filter((p) => p.trim() !== '')) {
    const match = /^\s*(steps|lr|batch|seed|tol)\s*=\s*(\S+)\s*$/.exec(pair);
    const value = match ? Number(match[2]) : Number.NaN;
    if (!match || !Number.isFinite(value)) return fail(`cannot read '${short(pair)}'`);
    if (match[1]! in fields) return fail(`'${match[1]}' is given twice`);
    fields[match[1]!] = value;
  }
  const { steps, lr, batch, seed, tol } = fields;
  if (steps === undefined || lr === undefined) return fail('steps and lr are needed');
  if (!(Number.isInteger(steps) && steps >= 0)) return fail('steps must be a whole number ≥ 0');
  if (!(lr > 0)) return fail('lr must be above 0');
  if (batch !== undefined && !(Number.isInteger(batch) && batch >= 1))
    return fail('batch must be a whole number ≥ 1');
  if (seed !== undefined && !Number.isInteger(seed)) return fail('seed must be a whole number');
  return {
    steps,
    learningRate: lr,
    ...(batch !== undefined ? { batchSize: batch } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(tol !== undefined ? { tolerance: tol } : {}),
  };
}

/** What `runTraining` prints and how it exits (0 trained, 2 bad data or invocation). */
export interface TrainingOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: 0 | 2;
}

/**
 * Trains the program's graph on the CSV file at `dataPath`, starting from `at`:
 * 1. read and parse the file (a message naming row and column when a cell is bad);
 * 2. the columns are data inputs, the other inputs parameters (none left: refused);
 * 3. `spec.steps` steps of gradient descent, full batch unless `spec.batchSize` is given;
 * 4. print `{ok, parameters, loss, steps}` (ARCHITECTURE.md), plus `stop` when the run ended
 *    early (divergence or tolerance), or a short text summary.
 */
export function runTraining(
  graph: Graph,
  dataPath: string,
  spec: TrainSpec,
  at: Readonly<Record<string, number>>,
  json: boolean,
  readFile: ReadFile,
): TrainingOutput {
  let text: string;
  try {
    text = readFile(dataPath);
  } catch (error) {
    return refused(`Cannot read the data file '${short(dataPath)}'${describe(error)}`);
  }
  const parsed = parseCsv(text);
  if (!parsed.ok) return refused(`${short(dataPath)}: ${parsed.error.message}`);
  const data = parsed.data;
  const column = Object.keys(at).find((name) => data.columns.includes(name));
  if (column !== undefined)
    return refused(`--at: '${short(column)}' is a data column; its values come from the data`);
  const created = createTrainer(graph, data, {
    learningRate: spec.learningRate,
    maxSteps: spec.steps,
    start: at,
    ...(spec.batchSize !== undefined ? { batchSize: spec.batchSize } : {}),
    ...(spec.seed !== undefined ? { seed: spec.seed } : {}),
    ...(spec.tolerance !== undefined ? { tolerance: spec.tolerance } : {}),
  });
  if (!created.ok) return refused(`${short(dataPath)}: ${created.error.message}`);
  created.trainer.step(spec.steps);
  const state = created.trainer.state();
  const stdout = json
    ? `${JSON.stringify(resultJson(state))}\n`
    : resultText(state, spec, data.rows);
  return { stdout, stderr: '', exitCode: 0 };
}

function resultJson(state: TrainerState): object {
  return {
    ok: true,
    parameters: state.parameters,
    loss: Array.from(state.losses),
    steps: state.steps,
    ...(state.stop && state.stop.reason !== 'steps' ? { stop: state.stop } : {}),
  };
}

function resultText(state: TrainerState, spec: TrainSpec, rows: number): string {
  const batch =
    spec.batchSize !== undefined && spec.batchSize < rows
      ? `minibatches of ${spec.batchSize}, seed ${spec.seed ?? 1}`
      : 'full batch';
  const lines = [
    `Trained ${state.steps} step${state.steps === 1 ? '' : 's'} on ${rows} row${rows === 1 ? '' : 's'} (${batch}, learning rate ${spec.learningRate})`,
    `mean loss ${state.losses[0]} → ${state.loss}`,
  ];
  if (state.stop && state.stop.reason !== 'steps') lines.push(state.stop.message);
  lines.push('', 'parameter\tvalue');
  for (const name of state.parameterNames) lines.push(`${name}\t${state.parameters[name]}`);
  return `${lines.join('\n')}\n`;
}

function refused(message: string): TrainingOutput {
  return { stdout: '', stderr: `${message}\n`, exitCode: 2 };
}

/** An errno code as words, without the machine's paths. */
function describe(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return ': no such file';
    case 'EISDIR':
      return ': it is a directory';
    case 'EACCES':
      return ': permission denied';
    default:
      return typeof code === 'string' ? ` (${code})` : '';
  }
}

/** User text in a one-line message: newlines shown as ⏎, long text cut. */
function short(text: string): string {
  const flat = text.replace(/\r?\n/g, '⏎');
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}
