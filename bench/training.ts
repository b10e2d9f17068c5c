/**
 * Training on data (issue 12): full-batch gradient descent over 10,000 rows of a program of
 * about 30 nodes, against one forward+gradient evaluation of the same tape at a single point.
 * The trainer reuses one tape and its buffers for every row and step, so a row should cost
 * about what one point costs (goal: within 2×). Run alone with `npx tsx bench/training.ts`.
 */
import { compile } from '../src/compile.ts';
import { compileTape, tapeForwardWithLocals, tapeGradient } from '../src/tape/index.ts';
import { seededRandom } from '../src/testing/seededRandom.ts';
import { createTrainer, dataFromColumns } from '../src/train/index.ts';
import { measure, median } from './timing.ts';

/** Two hidden units (tanh, sigmoid) and a squared error: a row's loss, in 29 nodes. */
export const TRAINING_PROGRAM = [
  'w1 = 0.1',
  'w2 = -0.2',
  'w3 = 0.3',
  'w4 = 0.05',
  'b1 = 0',
  'b2 = 0.1',
  'v1 = 0.5',
  'v2 = -0.4',
  'c = 0.1',
  'h1 = tanh(w1*x1 + w2*x2 + b1)',
  'h2 = sigmoid(w3*x1 + w4*x2 + b2)',
  'p = v1*h1 + v2*h2 + c',
  'loss = (p - y)^2',
].join('\n');

export const TRAINING_ROWS = 10_000;
export const TRAINING_STEPS = 1_000;
/** Steps per timed slice; the median slice gives the time per step. */
const SLICE = 50;

export interface TrainingBench {
  readonly nodes: number;
  readonly rows: number;
  readonly steps: number;
  /** Median time of one full-batch step over all rows. */
  readonly stepMs: number;
  /** Median time of one forward+gradient evaluation at one point. */
  readonly pointMs: number;
  /** (stepMs / rows) / pointMs: what a row costs in a step against one point. */
  readonly ratio: number;
  readonly firstLoss: number;
  readonly lastLoss: number;
}

/** Measures `steps` full-batch steps in slices of SLICE, and the single-point evaluation. */
export function measureTraining(rows = TRAINING_ROWS, steps = TRAINING_STEPS): TrainingBench {
  const built = compile(TRAINING_PROGRAM);
  if (!built.ok) throw new Error('bench: the training program does not compile');
  const random = seededRandom(12);
  const x1 = Float64Array.from({ length: rows }, () => 4 * random() - 2);
  const x2 = Float64Array.from({ length: rows }, () => 4 * random() - 2);
  const y = x1.map((a, r) => Math.sin(a) * 0.5 + 0.3 * x2[r]!);
  const data = dataFromColumns({ x1, x2, y });
  if (!data.ok) throw new Error(data.error.message);
  const created = createTrainer(built.graph, data.data, { learningRate: 0.1 });
  if (!created.ok) throw new Error(created.error.message);
  const { trainer } = created;
  // 1. Full-batch steps, timed a slice at a time (the first slice warms up the JIT).
  const perStep: number[] = [];
  for (let done = 0; done < steps; done += SLICE) {
    const n = Math.min(SLICE, steps - done);
    const t = performance.now();
    trainer.step(n);
    perStep.push((performance.now() - t) / n);
  }
  const stepMs = median(perStep.length > 2 ? perStep.slice(1) : perStep);
  // 2. One point: forward with local partials, then reverse mode, on the same kind of tape.
  const tape = compileTape(built.graph);
  const point = Float64Array.from(tape.inputs, (s) => tape.initial[s]!);
  const values = new Float64Array(tape.size);
  const locals = new Float64Array(2 * tape.size);
  const sweep = { locals, into: new Float64Array(tape.size) };
  const pointMs = measure(() => {
    tapeForwardWithLocals(tape, point, values, locals);
    tapeGradient(tape, values, tape.output, sweep);
  }).ms;
  const state = trainer.state();
  return {
    nodes: tape.size,
    rows,
    steps: state.steps,
    stepMs,
    pointMs,
    ratio: stepMs / rows / pointMs,
    firstLoss: state.losses[0]!,
    lastLoss: state.loss,
  };
}

/** The figures as lines, in the bench's style. */
export function printTraining(b: TrainingBench): void {
  const nsPerNode = (msPerEval: number) => ((1e6 * msPerEval) / b.nodes).toFixed(1);
  console.log('\nTraining (issue 12): full-batch gradient descent on data');
  console.log(
    `${b.rows.toLocaleString('en')} rows × ${b.steps.toLocaleString('en')} steps of a ${b.nodes}-node program: ${((b.stepMs * b.steps) / 1000).toFixed(2)} s, ${b.stepMs.toPrecision(3)} ms per step (median of ${SLICE}-step slices)`,
  );
  console.log(
    `per row per node per step ${nsPerNode(b.stepMs / b.rows)} ns; single-point forward+gradient ${nsPerNode(b.pointMs)} ns per node; ratio ${b.ratio.toFixed(2)}× (goal: within 2×)`,
  );
  console.log(`mean loss ${b.firstLoss.toPrecision(4)} → ${b.lastLoss.toPrecision(4)}`);
}

if (process.argv[1]?.endsWith('training.ts')) printTraining(measureTraining());
