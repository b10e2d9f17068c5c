/**
 * `npm run bench`: the flat tape against the floor and the peers on random programs of 1e3 to
 * 1e6 operation nodes, with 10 and n/10 inputs. Prints fixed-width tables, memory per node,
 * and which goals of the performance issue hold. Every figure is a median after warm-up.
 */
import os from 'node:os';
import { type EngineResult, measureEngine } from './engine.ts';
import { type JacobianBench, jacobianBench, printJacobian } from './jacobian.ts';
import { memoryReport, workerCheck } from './memory.ts';
import {
  group,
  type PeerCell,
  prepareTfjs,
  runMathjs,
  runMicrograd,
  runTfjs,
  TOLERANCE,
} from './peers/run.ts';
import { benchProgram } from './programs.ts';
import { type Goal, printGoals, printTables, type Row } from './report.ts';
import { measureSwell, swellReport } from './swell.ts';
import { measureTraining, printTraining, type TrainingBench } from './training.ts';

const SIZES = [1_000, 10_000, 100_000, 1_000_000];
const started = performance.now();
const { version } = await import('mathjs');

console.log('Backprop Lens benchmark (npm run bench)');
console.log(
  `node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, ${new Date().toISOString().slice(0, 10)}`,
);
console.log(
  `load average at start: ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(', ')} (other work on the machine shows in the figures)`,
);
console.log(`peers: mathjs ${version}; ${await prepareTfjs()}; micrograd-style object graph`);
console.log(
  'Programs: half arithmetic (+ - * /), half transcendental (sin cos tanh exp log sqrt);',
);
console.log('every node reaches the output. Times are medians after warm-up.\n');

const rows: Row[] = [];
let tfPerNodeMs = 0;
for (const n of SIZES) {
  for (const k of [10, n / 10]) {
    const program = benchProgram(n, k, 1);
    const engine = measureEngine(program);
    const peers: Record<'micrograd' | 'tfjs' | 'mathjs', PeerCell> = {
      micrograd: runMicrograd(engine.graph, engine.gradient),
      tfjs: runTfjs(program, engine.gradient, tfPerNodeMs * engine.opNodes * 2),
      mathjs: runMathjs(program, engine.gradient),
    };
    if ('ms' in peers.tfjs) tfPerNodeMs = Math.max(tfPerNodeMs, peers.tfjs.ms / engine.opNodes);
    rows.push({ n, k, engine: withoutGraph(engine), peers });
    process.stderr.write(`  measured ${group(n)} nodes, ${group(k)} inputs\n`);
  }
}

printTables(rows);
memoryReport();
const worker = workerCheck();
const training = measureTraining();
printTraining(training);
const jacobian = jacobianBench();
printJacobian(jacobian);
console.log(`\n${swellReport([measureSwell(20, 2), measureSwell(50, 2), measureSwell(100, 4)])}`);
const goals: Goal[] = [
  ...evaluateGoals(rows, worker.ms),
  trainingGoal(training),
  jacobianGoal(jacobian),
];
printGoals(goals);
const seconds = (performance.now() - started) / 1000;
console.log(
  `\nThe whole benchmark took ${seconds.toFixed(0)} s (goal: under 300 s); load average at the end: ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(', ')}.`,
);

function withoutGraph(e: EngineResult): Row['engine'] {
  const { graph: _graph, tape: _tape, ...rest } = e;
  return rest;
}

function trainingGoal(t: TrainingBench): Goal {
  return {
    text: 'training: a row of a full-batch step within 2× of one point',
    holds: t.ratio <= 2,
    value: `${t.ratio.toFixed(2)}× (${t.rows.toLocaleString('en')} rows, ${t.nodes} nodes)`,
  };
}

function jacobianGoal(rows: readonly JacobianBench[]): Goal {
  const fewerPassesWins = rows.every((r) =>
    r.inputs < r.outputs ? r.forwardMs < r.reverseMs : r.reverseMs < r.forwardMs,
  );
  return {
    text: 'Jacobian: the mode with fewer passes is the faster one on both shapes',
    holds: fewerPassesWins,
    value: rows
      .map(
        (r) =>
          `${r.inputs}×${r.outputs}: ${r.forwardMs.toFixed(2)} vs ${r.reverseMs.toFixed(2)} ms`,
      )
      .join(', '),
  };
}

function evaluateGoals(rows: readonly Row[], workerMs: number): Goal[] {
  const all = <T>(f: (r: Row) => T) => rows.map(f);
  const ratio = (r: Row, peer: keyof Row['peers']) => {
    const cell = r.peers[peer];
    return 'ms' in cell ? cell.ms / r.engine.gradientMs : undefined;
  };
  const fwdFloor = all((r) => r.engine.forwardPerFloor);
  const gradFwd = all((r) => r.engine.gradientPerForward);
  const nsPerNode = all((r) => (1e6 * r.engine.forwardMs) / r.engine.opNodes);
  const micro = all((r) => ratio(r, 'micrograd')).filter((x) => x !== undefined);
  const library = all((r) => [ratio(r, 'tfjs'), ratio(r, 'mathjs')])
    .flat()
    .filter((x) => x !== undefined);
  const builds = rows.filter((r) => r.n === 100_000).map((r) => r.engine.build.ms);
  const max = (xs: number[]) => Math.max(...xs);
  const min = (xs: number[]) => Math.min(...xs);
  return [
    {
      text: 'forward within 2× of the monomorphic floor',
      holds: max(fwdFloor) <= 2,
      value: `worst ${max(fwdFloor).toFixed(2)}×`,
    },
    {
      text: 'forward about 25 ns per node or better',
      holds: max(nsPerNode) <= 25,
      value: `worst ${max(nsPerNode).toFixed(1)} ns`,
    },
    {
      text: 'gradient at most 2.5× the forward evaluation',
      holds: max(gradFwd) <= 2.5,
      value: `worst ${max(gradFwd).toFixed(2)}×`,
    },
    {
      text: 'at least 20× faster than the micrograd-style graph',
      holds: micro.length > 0 && min(micro) >= 20,
      value: `least ${min(micro).toFixed(0)}×`,
    },
    {
      text: 'at least 100× faster than each library peer',
      holds: library.length > 0 && min(library) >= 100,
      value: `least ${group(min(library))}× (${library.length} cells)`,
    },
    {
      text: 'parse+build of 1e5 statements under 300 ms',
      holds: max(builds) < 300,
      value: `${builds.map((b) => b.toFixed(0)).join(' and ')} ms`,
    },
    {
      text: '1e6-node analysis in the worker (page not blocked)',
      holds: Number.isFinite(workerMs),
      value: `${(workerMs / 1000).toFixed(1)} s off the main thread`,
    },
    {
      text: 'every peer that ran agrees with the tape on the gradient',
      holds: !rows.some((r) =>
        Object.values(r.peers).some((c) => 'skipped' in c && c.skipped.startsWith('disagrees')),
      ),
      value: `tolerances ${JSON.stringify(TOLERANCE)}`,
    },
  ];
}
