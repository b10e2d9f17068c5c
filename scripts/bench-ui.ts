/**
 * `npm run bench:ui` (builds, then runs this): the page's responsiveness goals, measured in the
 * built app (vite preview) in Debian's Chromium through Playwright. Without a build:
 *   npx tsx scripts/bench-ui.ts [--quick] [flags]      (run `npm run build` first if dist is stale)
 * Flags: --quick (fewer runs), --runs=N (page loads per size for the task, frame and product
 * figures), --key-runs=N (keystrokes per size), --key-sizes=60,300, --task-sizes=3000,10000,
 * --largest=5000,10000,20000,50000, --factors=1000, --shape=blocks|chain|ladder|wide,
 * --timeout=30 (seconds a drawing may take), --only=keystroke,tasks,largest,product,
 * --collapse=auto (default: the hash says collapse=0, so every operation is drawn),
 * --json=FILE (every figure, for comparisons), --port=4393, --steps=20 (stepping phase),
 * --burst=5 (keystrokes of the typing phase), --budget=450 (seconds: past it, sizes get no
 * more repeated runs, so the whole run stays near 8 minutes; --quick: 240).
 *
 * Programs are loaded through the URL hash (`#p=…&collapse=0`); what is measured, exactly, is
 * printed with each section. Missing features (no step trace, no canvas, a graph that is not
 * drawn) are reported as n/a with the reason, never as a crash.
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import {
  close,
  describe,
  evaluateWithin,
  type Keystroke,
  keystroke,
  type Loaded,
  load,
  longestTask,
  type Settled,
  settle,
  step,
  zoomAndPan,
} from './benchUi/driver.ts';
import { PROBE_SCRIPT } from './benchUi/probe.ts';
import { type Program, product, program, SHAPES, type Shape } from './benchUi/programs.ts';
import { group, median, ms, p95, table, taskMs } from './benchUi/stats.ts';
import { withBuiltApp } from './builtApp.ts';

// ---------------------------------------------------------------------------------- options

interface Options {
  readonly quick: boolean;
  readonly runs: number;
  readonly keyRuns: number;
  readonly keySizes: number[];
  readonly taskSizes: number[];
  readonly largest: number[];
  readonly factors: number;
  readonly shape: Shape;
  readonly timeoutMs: number;
  readonly only: Set<string>;
  readonly collapse: 'off' | 'auto';
  readonly json: string | undefined;
  readonly port: number;
  readonly steps: number;
  readonly burst: number;
  readonly budgetS: number;
}

/** Between the keystrokes of the typing phase: a person typing about 8 characters a second. */
const TYPING_GAP_MS = 120;

const SECTIONS = ['keystroke', 'tasks', 'largest', 'product'] as const;

function parseOptions(argv: readonly string[]): Options {
  const flags = new Map<string, string>();
  for (const arg of argv) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m) throw new Error(`unknown argument ${arg} (see the comment at the top of the script)`);
    flags.set(m[1]!, m[2] ?? 'true');
  }
  const known = [
    'quick',
    'runs',
    'key-runs',
    'key-sizes',
    'task-sizes',
    'largest',
    'factors',
    'shape',
    'timeout',
    'only',
    'collapse',
    'json',
    'port',
    'steps',
    'burst',
    'budget',
    'help',
  ];
  for (const k of flags.keys()) if (!known.includes(k)) throw new Error(`unknown flag --${k}`);
  if (flags.has('help')) {
    console.log('See the comment at the top of scripts/bench-ui.ts for the flags.');
    process.exit(0);
  }
  const quick = flags.get('quick') === 'true';
  const int = (k: string, d: number) => {
    const v = flags.get(k);
    if (v === undefined) return d;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${k} wants a positive whole number`);
    return n;
  };
  const list = (k: string, d: number[]) => {
    const v = flags.get(k);
    if (v === undefined) return d;
    const xs = v.split(',').map((s) => Number(s.replace(/_/g, '')));
    if (xs.some((x) => !Number.isInteger(x) || x < 20)) throw new Error(`--${k}: sizes >= 20`);
    return xs;
  };
  const shape = (flags.get('shape') ?? 'blocks') as Shape;
  if (!SHAPES.includes(shape)) throw new Error(`--shape is one of ${SHAPES.join(', ')}`);
  const only = new Set((flags.get('only') ?? SECTIONS.join(',')).split(','));
  for (const s of only)
    if (!(SECTIONS as readonly string[]).includes(s))
      throw new Error(`--only takes ${SECTIONS.join(', ')}`);
  const collapse = flags.get('collapse') === 'auto' ? 'auto' : 'off';
  return {
    quick,
    runs: int('runs', quick ? 3 : 5),
    keyRuns: int('key-runs', quick ? 5 : 9),
    keySizes: list('key-sizes', [60, 300]),
    taskSizes: list('task-sizes', [3_000, 10_000]),
    largest: list('largest', [5_000, 10_000, 20_000, 50_000]),
    factors: int('factors', 1_000),
    shape,
    timeoutMs: int('timeout', 30) * 1000,
    only,
    collapse,
    json: flags.get('json'),
    port: int('port', 4393),
    steps: int('steps', quick ? 10 : 20),
    burst: int('burst', 5),
    budgetS: int('budget', quick ? 240 : 450),
  };
}

// ---------------------------------------------------------------------------------- results

/** A figure that could not be measured says why. */
type Maybe<T> = T | { readonly na: string };
const isNa = <T>(x: Maybe<T>): x is { readonly na: string } =>
  typeof x === 'object' && x !== null && 'na' in x;

interface KeystrokeResult {
  readonly nodes: number;
  readonly runs: Maybe<Keystroke[]>;
  readonly warmup?: Keystroke;
  readonly problems: string[];
}

interface TaskRun {
  readonly loadMs: number | null;
  readonly loaded: string;
  readonly load: Maybe<number>;
  readonly type: Maybe<number>;
  readonly step: Maybe<number>;
  readonly zoom: Maybe<number>;
  readonly intervals: Maybe<number[]>;
  readonly renderer: string | null;
  /** The typing phase's last keystroke to redrawn graph. */
  readonly keyMs: number | null;
  /** After the load: a refined layout's arrival (page time) and worker time, if one came. */
  readonly refined: { at: number; layoutMillis: number | null } | 'none' | 'timed out' | null;
}

interface LargestTry {
  readonly nodes: number;
  readonly outcome: string;
  readonly readyMs: number | null;
  readonly longestTask: number | null;
  readonly renderer: string | null;
  readonly detail: string;
}

interface ProductRun {
  readonly loadToReady: number | null;
  readonly requestToReady: number | null;
  readonly layoutMillis: number | null;
  readonly quality: string | null;
  readonly algorithm: string | null;
  readonly refinedMillis: number | null;
  readonly outcome: string;
}

const options = parseOptions(process.argv.slice(2));
const started = performance.now();
const loadAtStart = os.loadavg();
const hashExtra = options.collapse === 'off' ? 'collapse=0' : '';
const log = (line = '') => console.log(line);
const progress = (line: string) => process.stderr.write(`  ${line}\n`);
const loads = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(', ');

log('Backprop Lens UI benchmark (npm run bench:ui)');
log(
  `node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length} cores, ${new Date().toISOString().slice(0, 16)}Z`,
);
log(`load average at start (1, 5, 15 min): ${loads(loadAtStart)}`);
log(distFreshness());
log(
  `mode: ${options.quick ? 'quick' : 'full'}; programs: ${options.shape} shape, loaded through the URL hash${hashExtra ? ` with ${hashExtra} (every operation drawn)` : ''}`,
);

const keystrokeResults: KeystrokeResult[] = [];
const taskResults = new Map<number, TaskRun[]>();
const largestTries: LargestTry[] = [];
let productRuns: Maybe<ProductRun[]> = { na: 'not run (--only)' };
let selfCheck = { longtasks: 'not checked', idleFrames: [] as number[] };
let chromium = '';
const budgetNotes: string[] = [];
const overBudget = () => (performance.now() - started) / 1000 > options.budgetS;

await withBuiltApp(options.port, async (browser, baseUrl) => {
  chromium = browser.version();
  log(`chromium ${chromium}, headless, --disable-gpu; viewport 1400×1000`);
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await context.addInitScript(PROBE_SCRIPT);
  const loadOptions = { baseUrl, timeoutMs: options.timeoutMs, hashExtra };
  try {
    selfCheck = await checkProbe(context, baseUrl);
    log(`long-task observer: ${selfCheck.longtasks}`);
    if (selfCheck.idleFrames.length > 0)
      log(
        `idle frame interval (the headless frame clock, nothing moving): median ${ms(median(selfCheck.idleFrames))}, p95 ${ms(p95(selfCheck.idleFrames))}`,
      );
    log();
    if (options.only.has('keystroke')) await runKeystrokes(context, loadOptions);
    if (options.only.has('tasks')) await runTasks(context, loadOptions);
    if (options.only.has('largest')) await runLargest(context, loadOptions);
    if (options.only.has('product')) await runProduct(context, loadOptions);
  } finally {
    await context.close().catch(() => undefined);
  }
});

const loadAtEnd = os.loadavg();
printSummary();
const seconds = (performance.now() - started) / 1000;
log(
  `\nThe whole run took ${seconds.toFixed(0)} s; load average at the end: ${loads(loadAtEnd)} (${os.cpus().length} cores; other work on the machine shows in the figures).`,
);
if (options.json) {
  writeFileSync(
    options.json,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        options: { ...options, only: [...options.only] },
        cores: os.cpus().length,
        loadAtStart,
        loadAtEnd,
        chromium,
        selfCheck,
        keystroke: keystrokeResults,
        tasks: Object.fromEntries(taskResults),
        largest: largestTries,
        product: productRuns,
        seconds,
      },
      null,
      1,
    ),
  );
  log(`Figures written to ${options.json}.`);
}

// ---------------------------------------------------------------------------------- sections

type LoadOptions = Parameters<typeof load>[2];

/** Long tasks are observable (a 120 ms busy task is reported), and the idle frame clock. */
async function checkProbe(context: BrowserContext, baseUrl: string) {
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}#p=${encodeURIComponent(program('chain', 20).source)}`);
    const wrapped = await evaluateWithin<boolean>(page, 'window.__bench.workerWrapped', 10_000);
    await evaluateWithin(
      page,
      `new Promise((resolve) => setTimeout(() => { const t = performance.now(); while (performance.now() - t < 120); setTimeout(resolve, 200); }, 0))`,
      10_000,
    );
    const seen = await longestTask(page, 0, 1e12);
    const supported = await evaluateWithin<boolean>(page, 'window.__bench.longtaskSupported', 1e4);
    const longtasks =
      supported === true && seen.longest >= 100
        ? `works (a 120 ms busy task was reported as ${ms(seen.longest)}); it reports only tasks over 50 ms`
        : `NOT working (supported: ${String(supported)}, longest seen ${ms(seen.longest)}): long-task figures are n/a`;
    await evaluateWithin(page, 'window.__bench.startFrames()', 10_000);
    await page.waitForTimeout(1000);
    const idle = await evaluateWithin<number[]>(page, 'window.__bench.stopFrames()', 10_000);
    return {
      longtasks: `${longtasks}; engine messages ${wrapped === true ? 'observed' : 'NOT observed (the Worker could not be wrapped)'}`,
      idleFrames: typeof idle === 'string' ? [] : idle,
      ok: supported === true && seen.longest >= 100,
    };
  } finally {
    await close(page);
  }
}

function longtasksWork(): boolean {
  return selfCheck.longtasks.startsWith('works');
}

async function runKeystrokes(context: BrowserContext, loadOptions: LoadOptions) {
  log('## Keystroke to redrawn graph');
  log(
    [
      'One `-` typed after `out = ` on the last line with page.keyboard.type (one new node, a',
      'negation; the program stays valid). Figure: from the keydown (its event.timeStamp) to the end',
      'of the first frame after the graph container says data-graph-state="ready" with the new node',
      'count (requestAnimationFrame, then a task). Split: waiting = keydown to the request leaving',
      "for the worker (input handling and the app's typing wait); engine = request to answer (in the",
      'worker: parse, analysis, layout; plus messaging); render = answer to that frame (React and the',
      'renderer). One warm-up keystroke is not counted; each next keystroke waits until any refined',
      'layout has been drawn.',
    ].join('\n'),
  );
  for (const nodes of options.keySizes) {
    const prog = program(options.shape, nodes);
    progress(`keystroke: ${group(nodes)} nodes`);
    const loaded = await load(context, prog, loadOptions);
    const problems: string[] = [];
    const result: KeystrokeResult = await (async () => {
      if (loaded.drawn?.outcome !== 'drawn')
        return { nodes, runs: { na: notDrawn(loaded) }, problems };
      await settle(loaded.page, 0);
      let expect = nodes;
      const runs: Keystroke[] = [];
      let warmup: Keystroke | undefined;
      for (let r = 0; r <= options.keyRuns; r++) {
        expect++;
        const k = await keystroke(loaded.page, expect, options.timeoutMs);
        if (typeof k === 'string') {
          problems.push(k);
          break;
        }
        if (r === 0) warmup = k;
        else runs.push(k);
      }
      if (runs.length === 0)
        return { nodes, runs: { na: problems[0] ?? 'no keystroke' }, problems };
      return { nodes, runs, ...(warmup ? { warmup } : {}), problems };
    })();
    await close(loaded.page);
    keystrokeResults.push(result);
    const { runs } = result;
    if (isNa(runs)) {
      log(`- ${group(nodes)} nodes: n/a (${runs.na})`);
      continue;
    }
    const pick = (f: (k: Keystroke) => number | null) =>
      runs.map(f).filter((x): x is number => x !== null);
    const totals = pick((k) => k.total);
    log(
      `- ${group(nodes)} nodes, ${runs.length} keystrokes: median ${ms(median(totals))}, p95 ${ms(p95(totals))} (min ${ms(Math.min(...totals))}, max ${ms(Math.max(...totals))}); of the median run-wise: waiting ${ms(median(pick((k) => k.waiting)))}, engine ${ms(median(pick((k) => k.engine)))}, render ${ms(median(pick((k) => k.render)))}; without the waiting: median ${ms(median(pick((k) => (k.waiting === null ? null : k.total - k.waiting))))}; longest task ${taskMs(Math.max(...runs.map((k) => k.tasks.longest)))}${result.warmup ? `; warm-up ${ms(result.warmup.total)}` : ''}${result.problems.length ? `; stopped early: ${result.problems[0]}` : ''}`,
    );
  }
  log();
}

function notDrawn(loaded: Loaded): string {
  if (!loaded.drawn) return loaded.problem ?? 'no answer from the page';
  const d = loaded.drawn;
  const s = d.snapshot;
  if (d.outcome === 'skipped') return `not drawn: "${(s.skipped ?? '').trim()}"`;
  if (d.outcome === 'timeout')
    return `no drawing within ${options.timeoutMs / 1000} s (${describe(s)})`;
  if (d.outcome === 'engine-status') return `engine: "${(s.status ?? '').trim()}"`;
  return `${d.outcome}: ${describe(s)}`;
}

async function runTasks(context: BrowserContext, loadOptions: LoadOptions) {
  log('## Longest main-thread task, and frame intervals while zooming and panning');
  log(
    [
      'Each run opens a new page on the program. Phases, in this order:',
      '- load: navigation to the painted drawing, and any refined layout drawn after it (up to 20 s);',
      `- step: ${options.steps} presses of ArrowRight (else the Step forward button), each a frame apart;`,
      '- zoom: 10 wheel steps in and 10 out over the graph, 16 ms apart, then a 20-move mouse drag;',
      `- type: ${options.burst} keystrokes as above, ${TYPING_GAP_MS} ms apart, until the drawing of the last (and any refinement) is painted.`,
      "Long tasks: PerformanceObserver('longtask') entries overlapping the phase; it reports only tasks",
      'over 50 ms, so "<50 ms" means none. Frame intervals: requestAnimationFrame intervals during the',
      'zoom phase, all runs pooled.',
    ].join('\n'),
  );
  for (const nodes of options.taskSizes) {
    const prog = program(options.shape, nodes);
    const runs: TaskRun[] = [];
    for (let r = 0; r < options.runs; r++) {
      progress(`tasks: ${group(nodes)} nodes, run ${r + 1} of ${options.runs}`);
      const run = await taskRun(context, prog, loadOptions);
      runs.push(run);
      // A graph that is not drawn: one run says all there is to say.
      if (run.loaded !== 'drawn') break;
      if (overBudget() && r + 1 < options.runs) {
        budgetNotes.push(`${group(nodes)} nodes: ${r + 1} of ${options.runs} runs (time budget)`);
        break;
      }
    }
    taskResults.set(nodes, runs);
    const first = runs[0]!;
    const loadTimes = runs.flatMap((r) => (r.loadMs === null ? [] : [r.loadMs]));
    log(
      `- ${group(nodes)} nodes (${prog.shape}), ${runs.length} run(s): ${first.loaded === 'drawn' ? `drawn (${first.renderer ?? '?'}), navigation to painted drawing median ${ms(median(loadTimes))}` : first.loaded}`,
    );
    if (first.loaded === 'drawn') log(`  refined layout after the load: ${refinements(runs)}`);
    for (const phase of ['load', 'type', 'step', 'zoom'] as const) {
      const xs = runs.map((r) => r[phase]);
      const values = xs.filter((x): x is number => !isNa(x));
      const na = xs.find(isNa);
      log(
        `  ${phase.padEnd(4)}: ${values.length ? `longest task median ${taskMs(median(values))}, p95 ${taskMs(p95(values))} (per run: ${values.map(taskMs).join(', ')})` : 'n/a'}${na ? `${values.length ? '; ' : ' '}(${na.na})` : ''}`,
      );
    }
    const keys = runs.flatMap((r) => (r.keyMs === null ? [] : [r.keyMs]));
    if (keys.length > 0)
      log(
        `  last keystroke of the typing phase to redrawn graph: median ${ms(median(keys))}, p95 ${ms(p95(keys))}`,
      );
    const intervals = runs.flatMap((r) => (isNa(r.intervals) ? [] : r.intervals));
    if (intervals.length > 0)
      log(
        `  frames while zooming/panning: ${intervals.length} intervals, median ${ms(median(intervals))}, p95 ${ms(p95(intervals))}, max ${ms(Math.max(...intervals))}`,
      );
  }
  log();
}

function refinements(runs: readonly TaskRun[]): string {
  const came = runs.flatMap((r) => (typeof r.refined === 'object' && r.refined ? [r.refined] : []));
  const timedOut = runs.filter((r) => r.refined === 'timed out').length;
  const none = runs.filter((r) => r.refined === 'none').length;
  const parts: string[] = [];
  if (came.length)
    parts.push(
      `drawn in ${came.length} run(s), median ${ms(median(came.map((c) => c.at)))} after navigation (worker layout ${ms(median(came.flatMap((c) => (c.layoutMillis === null ? [] : [c.layoutMillis]))))})`,
    );
  if (none) parts.push(`none due in ${none} run(s)`);
  if (timedOut) parts.push(`still not drawn 20 s after the draft in ${timedOut} run(s)`);
  return parts.join('; ') || 'unknown';
}

async function taskRun(
  context: BrowserContext,
  prog: Program,
  loadOptions: LoadOptions,
): Promise<TaskRun> {
  const loaded = await load(context, prog, loadOptions);
  const page = loaded.page;
  try {
    const drawn = loaded.drawn;
    const isDrawn = drawn?.outcome === 'drawn';
    const settled: Settled | string = isDrawn ? await settle(page, 0) : 'not drawn';
    const loadEnd =
      typeof settled === 'string'
        ? (drawn?.paintedAt ?? drawn?.readyAt ?? (drawn ? drawn.waited : null))
        : settled.at;
    const why = isDrawn ? '' : notDrawn(loaded);
    const noTasks = longtasksWork() ? null : { na: 'the long-task observer does not work here' };
    const loadTask: Maybe<number> =
      noTasks ??
      (loadEnd === null
        ? { na: why }
        : isDrawn
          ? (await longestTask(page, 0, loadEnd)).longest
          : {
              na: `${why}; longest task while loading ${taskMs((await longestTask(page, 0, loadEnd)).longest)}`,
            });
    if (!isDrawn) {
      const na = { na: why };
      return {
        loadMs: null,
        loaded: why,
        load: loadTask,
        type: na,
        step: na,
        zoom: na,
        intervals: na,
        renderer: drawn?.snapshot.renderer ?? null,
        keyMs: null,
        refined: null,
      };
    }
    // Typing last: it changes the program, and a failure there (an engine restart) would
    // leave the page in a state the other phases should not be measured in.
    const s = await step(page, options.steps);
    const stepTask: Maybe<number> =
      typeof s === 'string' ? { na: s } : (noTasks ?? s.tasks.longest);
    const z = await zoomAndPan(page);
    const zoomTask: Maybe<number> =
      typeof z === 'string' ? { na: z } : (noTasks ?? z.tasks.longest);
    const k = await keystroke(
      page,
      prog.nodes + options.burst,
      options.timeoutMs,
      options.burst,
      TYPING_GAP_MS,
    );
    const type: Maybe<number> = noTasks ?? (typeof k === 'string' ? { na: k } : k.tasks.longest);
    return {
      loadMs: drawn.paintedAt,
      loaded: 'drawn',
      load: loadTask,
      type,
      step: stepTask,
      zoom: zoomTask,
      intervals: typeof z === 'string' ? { na: z } : z.intervals,
      renderer: drawn.snapshot.renderer,
      keyMs: typeof k === 'string' ? null : k.total,
      refined:
        typeof settled === 'string'
          ? null
          : settled.timedOut
            ? 'timed out'
            : settled.refined
              ? { at: settled.refined.at, layoutMillis: settled.refined.layoutMillis ?? null }
              : 'none',
    };
  } finally {
    await close(page);
  }
}

async function runLargest(context: BrowserContext, loadOptions: LoadOptions) {
  log('## Largest graph drawn');
  log(
    `Each size is loaded once on a new page; it counts as drawn when .graph-view has data-graph-state="ready" and data-graph-nodes equal to the program's node count within ${options.timeoutMs / 1000} s. After a size that is not drawn in time (timeout, or the engine restarted), larger ones are not tried.`,
  );
  let stop = '';
  for (const nodes of [...options.largest].sort((a, b) => a - b)) {
    if (stop) {
      largestTries.push({
        nodes,
        outcome: 'not tried',
        readyMs: null,
        longestTask: null,
        renderer: null,
        detail: stop,
      });
      log(`- ${group(nodes)} nodes: not tried (${stop})`);
      continue;
    }
    progress(`largest: ${group(nodes)} nodes`);
    const prog = program(options.shape, nodes);
    const loaded = await load(context, prog, loadOptions);
    const d = loaded.drawn;
    const end = d?.paintedAt ?? (d ? d.waited : null);
    const task =
      end !== null && longtasksWork() ? (await longestTask(loaded.page, 0, end)).longest : null;
    const outcome = d?.outcome ?? 'no answer';
    const detail = outcome === 'drawn' ? describe(d!.snapshot) : notDrawn(loaded);
    largestTries.push({
      nodes,
      outcome,
      readyMs: outcome === 'drawn' ? (d?.paintedAt ?? null) : null,
      longestTask: task,
      renderer: d?.snapshot.renderer ?? null,
      detail,
    });
    log(
      `- ${group(nodes)} nodes: ${outcome === 'drawn' ? `drawn (${d?.snapshot.renderer}) ${ms(d?.paintedAt)} after navigation` : detail}${task !== null ? `; longest task ${taskMs(task)}` : ''}${loaded.counts ? `; Output panel: ${group(loaded.counts.nodes)} nodes, ${group(loaded.counts.edges)} edges` : ''}`,
    );
    await close(loaded.page);
    if (outcome === 'timeout' || outcome === 'no answer' || outcome === 'engine-status')
      stop = `${group(nodes)} nodes was not drawn in time`;
  }
  log();
}

async function runProduct(context: BrowserContext, loadOptions: LoadOptions) {
  const prog = product(options.factors);
  log(`## Layout of the ${group(options.factors)}-factor product (x = 1.0001, y = x*x*…*x)`);
  log(
    "Figures per run (new page each): layout = the worker's own layout time (drawing.layout.millis in the engine's answer, read by wrapping the page's Worker); load to ready = navigation to the painted drawing; request to ready = the request leaving for the worker to the painted drawing; refined = the layout time of a refined layout sent later, if any.",
  );
  const runs: ProductRun[] = [];
  for (let r = 0; r < options.runs; r++) {
    if (r > 0 && overBudget()) {
      budgetNotes.push(`product: ${r} of ${options.runs} runs (time budget)`);
      break;
    }
    progress(`product: run ${r + 1} of ${options.runs}`);
    const loaded = await load(context, prog, loadOptions);
    const d = loaded.drawn;
    if (d?.outcome !== 'drawn') {
      runs.push({
        loadToReady: null,
        requestToReady: null,
        layoutMillis: null,
        quality: null,
        algorithm: null,
        refinedMillis: null,
        outcome: notDrawn(loaded),
      });
      await close(loaded.page);
      break;
    }
    const settled = await settle(loaded.page, 0);
    runs.push({
      loadToReady: d.paintedAt,
      requestToReady:
        d.paintedAt !== null && d.firstSentAt !== null ? d.paintedAt - d.firstSentAt : null,
      layoutMillis: d.answer?.layoutMillis ?? null,
      quality: d.answer?.quality ?? null,
      algorithm: d.answer?.algorithm ?? null,
      refinedMillis: typeof settled === 'string' ? null : (settled.refined?.layoutMillis ?? null),
      outcome: 'drawn',
    });
    await close(loaded.page);
  }
  productRuns = runs;
  const drawn = runs.filter((r) => r.outcome === 'drawn');
  if (drawn.length === 0) {
    log(`- n/a: ${runs[0]?.outcome ?? 'no run'}`);
    productRuns = { na: runs[0]?.outcome ?? 'no run' };
  } else {
    const f = (get: (r: ProductRun) => number | null) => {
      const xs = drawn.map(get).filter((x): x is number => x !== null);
      return xs.length ? `median ${ms(median(xs))}, p95 ${ms(p95(xs))}` : 'n/a';
    };
    log(
      `- ${drawn.length} runs: layout ${f((r) => r.layoutMillis)} (quality: ${[...new Set(drawn.map((r) => r.quality ?? '?'))].join(', ')}; algorithm: ${[...new Set(drawn.map((r) => r.algorithm ?? '?'))].join(' / ')}); load to ready ${f((r) => r.loadToReady)}; request to ready ${f((r) => r.requestToReady)}; refined layout ${f((r) => r.refinedMillis)}`,
    );
  }
  log();
}

// ---------------------------------------------------------------------------------- summary

function printSummary() {
  type Row = [string, string, string, string, string, string];
  const rows: Row[] = [];
  const notes: string[] = [];
  const na = (what: string, size: string, goal: string, reason: string): Row => {
    notes.push(`${what} at ${size}: ${reason}`);
    return [what, size, 'n/a', 'n/a', goal, `n/a [${notes.length}]`];
  };
  const verdict = (ok: boolean) => (ok ? 'yes' : 'NO');

  const keyGoals: Record<number, number> = { 60: 50, 300: 100 };
  for (const k of keystrokeResults) {
    const what = 'keystroke to redrawn graph';
    const size = `${group(k.nodes)} nodes`;
    const limit = keyGoals[k.nodes] ?? (k.nodes <= 60 ? 50 : 100);
    const goal = `median ≤ ${limit} ms`;
    if (isNa(k.runs)) rows.push(na(what, size, goal, k.runs.na));
    else {
      const t = k.runs.map((r) => r.total);
      rows.push([what, size, ms(median(t)), ms(p95(t)), goal, verdict(median(t) <= limit)]);
    }
  }
  const taskGoal = (n: number) => (n <= 3_000 ? 50 : 100);
  const frameGoal = (n: number) => (n <= 3_000 ? 20 : 33);
  for (const [nodes, runs] of taskResults) {
    const size = `${group(nodes)} nodes`;
    const limit = taskGoal(nodes);
    for (const phase of ['load', 'type', 'step', 'zoom'] as const) {
      const label = { load: 'loading', type: 'typing', step: 'stepping', zoom: 'zooming' }[phase];
      const what = `longest task while ${label}`;
      const goal = `≤ ${limit} ms`;
      const xs = runs.map((r) => r[phase]);
      const values = xs.filter((x): x is number => !isNa(x));
      const missing = xs.find(isNa);
      if (values.length === 0 || runs[0]?.loaded !== 'drawn')
        rows.push(na(what, size, goal, missing?.na ?? runs[0]?.loaded ?? 'no run'));
      else
        rows.push([
          what,
          size,
          taskMs(median(values)),
          taskMs(p95(values)),
          goal,
          verdict(p95(values) <= limit),
        ]);
    }
    const what = 'zoom/pan frame interval';
    const goal = `p95 ≤ ${frameGoal(nodes)} ms`;
    const intervals = runs.flatMap((r) => (isNa(r.intervals) ? [] : r.intervals));
    const missing = runs.map((r) => r.intervals).find(isNa);
    if (intervals.length === 0) rows.push(na(what, size, goal, missing?.na ?? 'no run'));
    else
      rows.push([
        what,
        size,
        ms(median(intervals)),
        ms(p95(intervals)),
        goal,
        verdict(p95(intervals) <= frameGoal(nodes)),
      ]);
  }
  if (largestTries.length > 0) {
    const drawn = largestTries.filter((t) => t.outcome === 'drawn').map((t) => t.nodes);
    const best = drawn.length ? Math.max(...drawn) : 0;
    const tried = largestTries.filter((t) => t.outcome !== 'not tried').map((t) => t.nodes);
    const firstFail = largestTries.find((t) => t.outcome !== 'drawn');
    const cell = best ? `${group(best)} nodes` : 'none';
    rows.push([
      'largest graph drawn',
      `tried ${tried.map(group).join(', ')}`,
      cell,
      '—',
      '50,000 nodes',
      verdict(best >= 50_000),
    ]);
    if (firstFail) notes.push(`largest graph: at ${group(firstFail.nodes)}: ${firstFail.detail}`);
  }
  if (options.only.has('product')) {
    const size = `${group(options.factors)} nodes`;
    if (isNa(productRuns)) {
      rows.push(
        na(
          `layout of the ${group(options.factors)}-factor product`,
          size,
          '≤ 500 ms',
          productRuns.na,
        ),
      );
    } else {
      const runs = productRuns.filter((r) => r.outcome === 'drawn');
      const layout = runs.flatMap((r) => (r.layoutMillis === null ? [] : [r.layoutMillis]));
      const what = 'product layout (worker layout.millis)';
      if (layout.length === 0)
        rows.push(na(what, size, '≤ 500 ms', 'the answer carries no drawing.layout.millis'));
      else
        rows.push([
          what,
          size,
          ms(median(layout)),
          ms(p95(layout)),
          '≤ 500 ms',
          verdict(p95(layout) <= 500),
        ]);
      const ready = runs.flatMap((r) => (r.loadToReady === null ? [] : [r.loadToReady]));
      if (ready.length)
        rows.push([
          'product, navigation to drawn (info)',
          size,
          ms(median(ready)),
          ms(p95(ready)),
          '—',
          '—',
        ]);
      const refined = runs.flatMap((r) => (r.refinedMillis === null ? [] : [r.refinedMillis]));
      if (refined.length)
        rows.push([
          'product, refined layout (info)',
          size,
          ms(median(refined)),
          ms(p95(refined)),
          '—',
          '—',
        ]);
    }
  }
  log('## Summary');
  log(
    'holds? compares the median for the keystroke goal, and the p95 (nearest rank: the worst run when there are fewer than 20) for the others.',
  );
  log(table(['what', 'size', 'median', 'p95', 'goal', 'holds?'], rows));
  notes.forEach((n, i) => {
    log(`[${i + 1}] ${n}`);
  });
  if (budgetNotes.length > 0)
    log(
      `Fewer runs than asked, to stay within --budget=${options.budgetS}: ${budgetNotes.join('; ')}.`,
    );
}

/** When dist/ was built, and whether app/ or src/ changed since. */
function distFreshness(): string {
  const index = 'dist/index.html';
  if (!existsSync(index)) throw new Error('dist/ is missing: run `npm run build` first');
  const built = statSync(index).mtimeMs;
  let newest = 0;
  let newestFile = '';
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!/\.test\.tsx?$/.test(entry.name)) {
        const t = statSync(path).mtimeMs;
        if (t > newest) [newest, newestFile] = [t, path];
      }
    }
  };
  for (const dir of ['app', 'src', 'index.html']) {
    if (!existsSync(dir)) continue;
    if (statSync(dir).isDirectory()) walk(dir);
    else if (statSync(dir).mtimeMs > newest) [newest, newestFile] = [statSync(dir).mtimeMs, dir];
  }
  const when = new Date(built).toISOString().slice(0, 16);
  return newest > built
    ? `dist/ built ${when}Z — STALE: ${newestFile} changed after it (run npm run bench:ui, which builds)`
    : `dist/ built ${when}Z, newer than app/ and src/`;
}
