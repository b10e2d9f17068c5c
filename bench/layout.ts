/**
 * Times src/layout on expression-like graphs: `npx tsx bench/layout.ts [--quick]`.
 * For each graph and method: one warm-up run, then the median of up to 5 runs (fewer when a run
 * is slow). Methods are skipped where a run would take over ~10 s: when the layered size (nodes +
 * dummies) is past MAX_SIZE, or once the method took over SKIP_AFTER_MS on a smaller graph of the
 * same family (its cost grows faster than linearly), and for the refined tiers past
 * MAX_REFINED_NODES. `auto` is `layoutGraph` choosing its method. Crossings count pairs of
 * routes that cross (not counted past 5,000 edges); `through` counts routes that pass through a
 * box other than their ends; `channel` counts edges routed in side channels.
 */
import { performance } from 'node:perf_hooks';
import { EDGE_LABEL, placeEdgeLabels } from '../src/layout/labels.ts';
import { layoutGraph, layoutWith, type Method } from '../src/layout/layout.ts';
import { layeredSize } from '../src/layout/policy.ts';
import { countCrossings, countEdgesThroughBoxes, layoutProblems } from '../src/layout/problems.ts';
import type { Layout, LayoutInput } from '../src/layout/types.ts';
import { ladderGraph, randomExpressionGraph } from '../src/testing/sampleGraphs.ts';

const QUICK = process.argv.includes('--quick');
const SIZES = QUICK ? [60, 200] : [60, 200, 1000, 3000];
/** `auto` is `layoutGraph` with its own choice of method (what the app gets first). */
type Row = Method | 'auto';
const METHODS: Row[] = ['auto', 'simplex', 'greedy', 'draft', 'fallback'];
const SKIP_AFTER_MS = 2500;
/** coordSimplex took 17 s on a 200-node random DAG of layered size ~900 (1.4 s on a 1,000-node ladder). */
const MAX_SIZE: Record<Row, number> = {
  auto: Number.POSITIVE_INFINITY,
  simplex: 800,
  greedy: 20000,
  draft: Number.POSITIVE_INFINITY,
  fallback: Number.POSITIVE_INFINITY,
  // Needs a previous layout: timed by bench/typing.ts, not here.
  kept: 0,
};
/** Simplex layering (refined tiers) grows about quadratically: 3 s at 6,000 nodes. */
const MAX_REFINED_NODES = 6000;
const BUDGET_MS = 8000;

/** x = 1.0001; x*x*...*x with n factors: node 0 is x, node k = node k-1 times x. */
function productGraph(factors: number): LayoutInput {
  const edges: { from: number; to: number }[] = [];
  for (let k = 1; k < factors; k++) edges.push({ from: k - 1, to: k }, { from: 0, to: k });
  const nodes = Array.from({ length: factors }, (_, id) => ({ id, width: 92, height: 58 }));
  return { nodes, edges };
}

interface Family {
  readonly make: (n: number) => LayoutInput;
  readonly sizes: readonly number[];
  readonly methods: readonly Row[];
}

const families: Record<string, Family> = {
  ladder: {
    make: (n) => ladderGraph(Math.max(1, Math.round((n - 1) / 3))),
    sizes: SIZES,
    methods: METHODS,
  },
  random: { make: (n) => randomExpressionGraph(n, 42), sizes: SIZES, methods: METHODS },
  product: { make: productGraph, sizes: QUICK ? [1000] : [1000, 1500], methods: METHODS },
  'ladder 50k': {
    make: (n) => ladderGraph(Math.round((n - 1) / 3)),
    sizes: QUICK ? [] : [50000],
    methods: ['auto', 'draft', 'fallback'],
  },
  'random 50k': {
    make: (n) => randomExpressionGraph(n, 42),
    sizes: QUICK ? [] : [50000],
    methods: ['auto', 'draft', 'fallback'],
  },
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function run(input: LayoutInput, method: Row): Layout {
  return method === 'auto' ? layoutGraph(input) : layoutWith(input, method);
}

function time(input: LayoutInput, method: Row): { millis: number[]; layout: Layout } {
  let layout = run(input, method);
  const millis: number[] = [];
  let spent = 0;
  while (millis.length < 5 && (millis.length === 0 || spent < BUDGET_MS)) {
    const start = performance.now();
    layout = run(input, method);
    const took = performance.now() - start;
    millis.push(took);
    spent += took;
  }
  return { millis, layout };
}

const rows: string[][] = [
  [
    'graph',
    'nodes',
    'edges',
    'layered',
    'method',
    'median ms',
    'runs',
    'crossings',
    'through',
    'channel',
    'ok',
  ],
];
for (const [family, { make, sizes, methods }] of Object.entries(families)) {
  const tooSlow = new Set<Row>();
  for (const nodeCount of sizes) {
    const input = make(nodeCount);
    const size = layeredSize(input);
    for (const method of methods) {
      const cells = [family, `${input.nodes.length}`, `${input.edges.length}`, `${size}`, method];
      const refined = method === 'simplex' || method === 'greedy';
      if (
        tooSlow.has(method) ||
        size > MAX_SIZE[method] ||
        (refined && input.nodes.length > MAX_REFINED_NODES)
      ) {
        rows.push([...cells, 'skipped', '', '', '', '', '']);
        continue;
      }
      const { millis, layout } = time(input, method);
      const typical = median(millis);
      if (typical > SKIP_AFTER_MS) tooSlow.add(method);
      const problems = layoutProblems(input, layout);
      const crossings = input.edges.length <= 5000 ? `${countCrossings(input, layout)}` : '';
      const channels = layout.edges.filter((edge) => edge.labelFrom !== undefined).length;
      rows.push([
        ...cells,
        typical.toFixed(1),
        `${millis.length}`,
        crossings,
        `${countEdgesThroughBoxes(input, layout)}`,
        `${channels}`,
        problems.length === 0 ? 'yes' : problems[0]!,
      ]);
      console.error(rows[rows.length - 1]!.join('  '));
    }
  }
}

const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
console.log(line(rows[0]!));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of rows.slice(1)) console.log(line(row));

// Edge labels (src/layout/labels.ts) on a 2,000-edge random graph laid out with label room.
{
  const input = randomExpressionGraph(1280, 5);
  const layout = layoutGraph(input, { quality: 'draft', labelRoom: EDGE_LABEL });
  const millis: number[] = [];
  let placed = 0;
  for (let run = 0; run < 7; run++) {
    const start = performance.now();
    placed = placeEdgeLabels(layout, input.nodes, EDGE_LABEL).filter((at) => at !== null).length;
    millis.push(performance.now() - start);
  }
  console.log(
    `\nedge labels: ${input.edges.length} edges, ${placed} placed, median ${median(millis).toFixed(1)} ms of ${millis.length} runs`,
  );
}
