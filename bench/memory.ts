import v8 from 'node:v8';
import vm from 'node:vm';
import { buildGraph } from '../src/graph/index.ts';
import { handle } from '../src/protocol.ts';
import { compileTape, tapeBytes } from '../src/tape/index.ts';
import { group } from './peers/run.ts';
import { benchProgram, programAst } from './programs.ts';
import { ms } from './report.ts';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** Bytes per node: the tape's arrays, the working arrays of a gradient, and the Graph objects. */
export function memoryReport(): void {
  const program = benchProgram(1_000_000, 10, 1);
  const ast = programAst(program);
  const before = heapUsed();
  const built = buildGraph(ast);
  if (!built.ok) throw new Error('bench: memory program does not build');
  const graphBytes = heapUsed() - before;
  const tape = compileTape(built.graph);
  const perNode = (bytes: number) => (bytes / tape.size).toFixed(1);
  const arrays = tapeBytes(tape);
  const tapeTotal = Object.values(arrays).reduce((a, b) => a + b, 0);
  console.log(`\nMemory per node (a ${group(tape.size)}-node program)`);
  console.log(
    `  tape ${perNode(tapeTotal)} B: ${Object.entries(arrays)
      .map(([name, bytes]) => `${name} ${perNode(bytes)}`)
      .join(', ')}`,
  );
  console.log('  per evaluation: values 8 B; gradient adds local partials 16 B and adjoints 8 B;');
  console.log('  forward mode adds tangents 8 B. A full gradient therefore holds');
  console.log(`  ${(tapeTotal / tape.size + 32).toFixed(1)} B per node in typed arrays.`);
  console.log(
    `  The Graph (node objects; its edge lists are made on first use): ${perNode(graphBytes)} B per node on the JS heap.`,
  );
  void built;
}

/**
 * The worker's whole pipeline (`handle`, as app/engine/worker.ts calls it) on a 1e6-node
 * program typed into the page: a left-associative chain `a*b/c*a/...` of 2,000,000 characters.
 */
export function workerCheck(): { ms: number } {
  const head = 'a=1.01\nb=0.99\nc=1\ny=a';
  const ops = ['*', '/'];
  const parts: string[] = [];
  for (let i = 0; head.length + 2 * (parts.length + 1) <= 2_000_000; i++)
    parts.push(`${ops[i % 2]}${'abc'[(i * 7 + 1) % 3]}`);
  const source = head + parts.join('');
  const t = performance.now();
  const response = handle({ type: 'analyze', id: 1, source });
  const elapsed = performance.now() - t;
  if (response.type !== 'analysis') {
    console.log(`\nWorker check failed: ${JSON.stringify(response).slice(0, 200)}`);
    return { ms: Number.NaN };
  }
  const a = response.analysis;
  const bytes = JSON.stringify(a).length;
  console.log(
    `\nWorker: analyze (parse, build, tape, values, gradient, forward mode, paths) on a ${group(a.nodeCount)}-node program: ${ms(elapsed)}`,
  );
  console.log(
    `  in the worker, so the page stays responsive; the answer is ${group(bytes)} bytes (per-node detail is left out above ${group(50_000)} nodes).`,
  );
  return { ms: elapsed };
}
