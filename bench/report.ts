import type { EngineResult } from './engine.ts';
import { group, type PeerCell, TOLERANCE } from './peers/run.ts';

/** One benchmark configuration: program size, inputs, and what was measured. */
export interface Row {
  readonly n: number;
  readonly k: number;
  readonly engine: Omit<EngineResult, 'graph' | 'tape'>;
  readonly peers: Readonly<Record<'micrograd' | 'tfjs' | 'mathjs', PeerCell>>;
}

/** A goal of the performance issue, whether it holds in this run, and the deciding figure. */
export interface Goal {
  readonly text: string;
  readonly holds: boolean;
  readonly value: string;
}

/** Milliseconds as people read them: `0.0123 ms`, `12.3 ms`, `1.23 s`. */
export function ms(x: number): string {
  if (x >= 1e6) return `${group(x / 1000)} s`;
  if (x >= 1000) return `${(x / 1000).toPrecision(3)} s`;
  if (x >= 100) return `${x.toFixed(0)} ms`;
  return `${x.toPrecision(3)} ms`;
}

const ns = (msTotal: number, nodes: number) => `${((1e6 * msTotal) / nodes).toFixed(1)} ns`;
const times = (x: number) => `${x < 10 ? x.toFixed(2) : group(x)}×`;
const size = (n: number) => `1e${Math.round(Math.log10(n))}`;

function table(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

export function printTables(rows: readonly Row[]): void {
  console.log('Engine: the flat tape (per-node times are per operation node)');
  table(
    [
      'ops',
      'inputs',
      'parse+build',
      'tape',
      'forward',
      'floor',
      'fwd/floor',
      'gradient',
      'grad/fwd',
      `fwd mode ×k`,
      'FD ×(k+1)',
    ],
    rows.map(({ n, k, engine: e }) => [
      size(n),
      group(k),
      `${ms(e.build.ms)}${e.build.via === 'ast' ? '*' : ''}`,
      ms(e.tapeMs),
      ns(e.forwardMs, e.opNodes),
      ns(e.floorMs, e.opNodes),
      times(e.forwardPerFloor),
      ns(e.gradientMs, e.opNodes),
      times(e.gradientPerForward),
      `${e.forwardMode.estimated ? '~' : ''}${ms(e.forwardMode.ms)}`,
      `${e.differences.estimated ? '~' : ''}${ms(e.differences.ms)}`,
    ]),
  );
  console.log(
    [
      'forward: values only. floor: the same ops on the same operands, one tight monomorphic loop per op.',
      'fwd/floor and grad/fwd: medians of per-sample ratios, the two timed in alternation.',
      'gradient: forward recording local partials + backward sweep. fwd mode ×k: the same forward + one tangent pass per input.',
      'FD ×(k+1): k+1 forward evaluations. ~: estimated from one measured pass (too slow to run whole).',
      '*: build only, from the AST: the program text is over the parser’s 2,000,000-character limit.',
    ].join('\n'),
  );

  console.log('\nPeers: one full gradient (all inputs); ratio = peer time / tape gradient time');
  const notes: string[] = [];
  const cell = (c: PeerCell, tape: number) => {
    if ('ms' in c) return `${ms(c.ms)} (${times(c.ms / tape)})`;
    notes.push(c.skipped);
    return `n/a [${notes.length}]`;
  };
  table(
    ['ops', 'inputs', 'tape gradient', 'micrograd-style', 'tfjs (cpu)', 'mathjs (symbolic)'],
    rows.map(({ n, k, engine: e, peers }) => [
      size(n),
      group(k),
      ms(e.gradientMs),
      cell(peers.micrograd, e.gradientMs),
      cell(peers.tfjs, e.gradientMs),
      cell(peers.mathjs, e.gradientMs),
    ]),
  );
  for (const [i, note] of notes.entries()) console.log(`[${i + 1}] ${note}`);
  for (const { n, k, peers } of rows) {
    const m = peers.mathjs;
    if ('ms' in m && m.extra) console.log(`mathjs at ${size(n)}, ${group(k)} inputs: ${m.extra}`);
  }
  const worst = (name: keyof Row['peers']) =>
    Math.max(
      ...rows.map((r) => ('ms' in r.peers[name] ? (r.peers[name] as { error: number }).error : 0)),
    );
  console.log(
    `Agreement on the gradient, checked before timing (largest error / tolerance): micrograd ${worst('micrograd').toExponential(1)} / ${TOLERANCE.micrograd}, tfjs ${worst('tfjs').toExponential(1)} / ${TOLERANCE.tfjs} (float32), mathjs ${worst('mathjs').toExponential(1)} / ${TOLERANCE.mathjs}.`,
  );
}

export function printGoals(goals: readonly Goal[]): void {
  console.log('\nGoals of the issue');
  for (const g of goals) console.log(`${g.holds ? '  holds ' : '  FAILS '} ${g.text}: ${g.value}`);
}
