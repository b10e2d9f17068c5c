// Drives one page of the built app for `npm run bench:ui`: loads a program through the URL
// hash, types a keystroke, steps, zooms and pans, and reads window.__bench (see probe.ts).
// Every function returns data or a reason; none throws for a missing feature.
import type { BrowserContext, Page } from '@playwright/test';
import type { Program } from './programs.ts';

/** What window.__bench.waitDrawn resolves with (page times, ms since navigation start). */
export interface Drawn {
  readonly outcome:
    | 'drawn'
    | 'skipped'
    | 'wrong-count'
    | 'engine-status'
    | 'timeout'
    | 'no-answer'
    | string;
  readonly readyAt: number | null;
  readonly paintedAt: number | null;
  readonly firstSentAt: number | null;
  readonly lastSentAt: number | null;
  readonly requests: number;
  readonly answeredAt: number | null;
  readonly answer: Message | null;
  readonly snapshot: Snapshot;
  readonly waited: number;
}

export interface Message {
  readonly t: number;
  readonly id: number | null;
  readonly type: string | null;
  readonly refining?: boolean;
  readonly skipped?: string;
  readonly layoutMillis?: number;
  readonly quality?: string;
  readonly algorithm?: string;
}

export interface Snapshot {
  readonly state: string | null;
  readonly nodes: number | null;
  readonly renderer: string | null;
  readonly skipped: string | null;
  readonly status: string | null;
}

export interface Settled {
  readonly refined: { at: number; layoutMillis?: number; quality?: string } | null;
  readonly timedOut: boolean;
  /** Page time two frames after the last drawing (refined or not) was put on screen. */
  readonly at: number;
}

/** A page promise that gives up after `ms` (a page blocked for minutes must not stop the run). */
export async function within<T>(ms: number, work: Promise<T>): Promise<T | 'gave up'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'gave up'>((resolve) => {
    timer = setTimeout(() => resolve('gave up'), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

export const pageNow = (page: Page) => page.evaluate('performance.now()') as Promise<number>;

export interface Loaded {
  readonly page: Page;
  readonly drawn: Drawn | null;
  /** Why `drawn` is null or not 'drawn'. */
  readonly problem?: string;
  /** "N inputs, M nodes, K edges" from the Output panel, when shown. */
  readonly counts?: { inputs: number; nodes: number; edges: number };
}

export interface LoadOptions {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  /** Extra hash parameters, e.g. `collapse=0`. */
  readonly hashExtra: string;
}

/** Opens a new page on the program (through the URL hash) and waits for its drawing. */
export async function load(
  context: BrowserContext,
  program: Program,
  options: LoadOptions,
): Promise<Loaded> {
  const page = await context.newPage();
  const extra = options.hashExtra ? `&${options.hashExtra}` : '';
  const url = `${options.baseUrl}#p=${encodeURIComponent(program.source)}${extra}`;
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: options.timeoutMs });
  } catch (error) {
    return { page, drawn: null, problem: `navigation failed: ${String(error).split('\n')[0]}` };
  }
  const drawn = await evaluateWithin<Drawn>(
    page,
    `window.__bench.waitDrawn(${program.nodes}, 0, ${options.timeoutMs})`,
    options.timeoutMs + 15_000,
  );
  if (typeof drawn === 'string') return { page, drawn: null, problem: drawn };
  const counts = await readCounts(page);
  return { page, drawn, ...(counts ? { counts } : {}) };
}

/** page.evaluate of an expression, or a sentence saying why there is no answer. */
export async function evaluateWithin<T>(
  page: Page,
  expression: string,
  ms: number,
): Promise<T | string> {
  try {
    const result = await within(ms, page.evaluate(expression) as Promise<T>);
    return result === 'gave up' ? `the page did not answer within ${ms / 1000} s` : result;
  } catch (error) {
    return `the page failed: ${String(error).split('\n')[0]}`;
  }
}

/** Closes a page without waiting on a page that may be blocked. */
export async function close(page: Page): Promise<void> {
  await within(
    10_000,
    page.close({ runBeforeUnload: false }).catch(() => undefined),
  );
}

/** The Output panel's "N inputs, M nodes, K edges", if the page shows it. */
export async function readCounts(
  page: Page,
): Promise<{ inputs: number; nodes: number; edges: number } | undefined> {
  const text = await evaluateWithin<string>(
    page,
    `(document.querySelector('.output') || document.body).textContent || ''`,
    10_000,
  );
  const m = /([\d,]+)\s+inputs?,\s*([\d,]+)\s+nodes?,\s*([\d,]+)\s+edges?/.exec(text);
  if (!m) return undefined;
  const n = (s: string) => Number(s.replace(/,/g, ''));
  return { inputs: n(m[1]!), nodes: n(m[2]!), edges: n(m[3]!) };
}

/** Waits until no refined layout is due and the last drawing has been painted. */
export async function settle(page: Page, since: number): Promise<Settled | string> {
  return evaluateWithin<Settled>(page, `window.__bench.settle(${since}, 20000, 800)`, 40_000);
}

export interface LongTasks {
  readonly longest: number;
  readonly count: number;
}

export async function longestTask(page: Page, from: number, to: number): Promise<LongTasks> {
  const r = await evaluateWithin<LongTasks>(
    page,
    `window.__bench.longestTask(${from}, ${to})`,
    10_000,
  );
  return typeof r === 'string' ? { longest: Number.NaN, count: 0 } : r;
}

export interface Keystroke {
  /** The last keydown (its event.timeStamp) to the frame after the new drawing was ready. */
  readonly total: number;
  /** Keydown to the request leaving for the worker: input handling plus the typing debounce. */
  readonly waiting: number | null;
  /** Request sent to answer received on the main thread: parse, analysis and layout. */
  readonly engine: number | null;
  /** Answer received to the frame after the drawing was ready: React and the renderer. */
  readonly render: number | null;
  /** Longest main-thread task from the first keydown until any refined layout was on screen. */
  readonly tasks: LongTasks;
  readonly requests: number;
}

/**
 * Types `count` times `-` right after `out = ` on the program's last line, `gapMs` apart (each
 * adds one node, a negation, and keeps the program valid), and measures from the last keydown
 * until the drawing with `expect` nodes is on screen.
 */
export async function keystroke(
  page: Page,
  expect: number,
  timeoutMs: number,
  count = 1,
  gapMs = 0,
): Promise<Keystroke | string> {
  const editor = page.getByRole('textbox', { name: 'Program' });
  if ((await editor.count()) === 0) return 'no textbox named Program';
  await editor.focus();
  const placed = await evaluateWithin<number>(
    page,
    `(() => {
      const t = document.activeElement;
      if (!t || typeof t.setSelectionRange !== 'function') return -1;
      const i = t.value.lastIndexOf('out = ');
      if (i < 0) return -2;
      t.setSelectionRange(i + 6, i + 6);
      return i + 6;
    })()`,
    10_000,
  );
  if (typeof placed === 'string') return placed;
  if (placed < 0) return placed === -1 ? 'the Program box is not a text field' : 'no `out = `';
  const since = await pageNow(page);
  for (let i = 0; i < count; i++) {
    if (i > 0 && gapMs > 0) await page.waitForTimeout(gapMs);
    await page.keyboard.type('-');
  }
  const drawn = await evaluateWithin<Drawn>(
    page,
    `window.__bench.waitDrawn(${expect}, ${since}, ${timeoutMs})`,
    timeoutMs + 15_000,
  );
  if (typeof drawn === 'string') return drawn;
  if (drawn.outcome !== 'drawn' || drawn.paintedAt === null)
    return `${drawn.outcome} (graph ${describe(drawn.snapshot)})`;
  const times = await evaluateWithin<{ keys: number[]; sent: number[] }>(
    page,
    `({ keys: window.__bench.keys.filter((k) => k.at >= ${since}).map((k) => k.t),
        sent: window.__bench.sent.filter((m) => m.t >= ${since}).map((m) => m.t) })`,
    10_000,
  );
  const keys = typeof times === 'string' ? [] : times.keys;
  const keydown = keys.length > 0 ? keys[keys.length - 1]! : since;
  const firstKey = keys.length > 0 ? keys[0]! : since;
  const sentAfter = typeof times === 'string' ? undefined : times.sent.find((t) => t >= keydown);
  const settled = await settle(page, since);
  const end = typeof settled === 'string' ? await pageNow(page) : settled.at;
  const tasks = await longestTask(page, firstKey, end);
  const gap = (a: number | null, b: number | null) => (a !== null && b !== null ? b - a : null);
  return {
    total: drawn.paintedAt - keydown,
    waiting: gap(keydown, sentAfter ?? null),
    engine: gap(drawn.lastSentAt, drawn.answeredAt),
    render: gap(drawn.answeredAt, drawn.paintedAt),
    tasks,
    requests: drawn.requests,
  };
}

export function describe(s: Snapshot): string {
  if (s.state === null)
    return s.skipped ? `not drawn: "${s.skipped.trim()}"` : 'no graph container on the page';
  const status = s.status?.trim() ? `; status "${s.status.trim()}"` : '';
  return `state ${s.state}, ${s.nodes ?? '?'} nodes drawn, renderer ${s.renderer ?? '?'}${status}`;
}

export interface Stepping {
  readonly steps: number;
  readonly tasks: LongTasks;
  /** How the steps were taken. */
  readonly how: string;
}

/** Steps forward `count` times (ArrowRight, else the Step forward button), a frame apart. */
export async function step(page: Page, count: number): Promise<Stepping | string> {
  const button = page.getByRole('button', { name: 'Step forward' });
  if ((await button.count()) === 0) {
    const why = await evaluateWithin<string>(
      page,
      `(document.querySelector('.no-trace') || {}).textContent || ''`,
      10_000,
    );
    return `no Step forward button${typeof why === 'string' && why ? `: "${why.trim()}"` : ''}`;
  }
  await evaluateWithin(page, 'document.activeElement && document.activeElement.blur()', 10_000);
  // The values trace opens at its end: go back to the start first (Reset, else Home).
  if (!(await button.first().isEnabled())) {
    const reset = page.getByRole('button', { name: 'Reset' });
    if ((await reset.count()) > 0 && (await reset.first().isEnabled()))
      await reset.first().click({ timeout: 10_000 });
    else await page.keyboard.press('Home');
    await evaluateWithin(page, 'window.__bench.afterPaint()', 30_000);
    await page.waitForTimeout(300);
    await evaluateWithin(page, 'document.activeElement && document.activeElement.blur()', 10_000);
  }
  if (!(await button.first().isEnabled())) return 'Step forward is disabled, even after Reset';
  // Progress shows as a changed data-active mark (SVG) or a changed slider (the timeline).
  const position = async () =>
    String(
      await evaluateWithin<string>(
        page,
        `window.__bench.actives.length + '|' +
          [...document.querySelectorAll('input[type="range"], [role="slider"]')]
            .map((e) => e.value || e.getAttribute('aria-valuenow') || '').join(',')`,
        10_000,
      ),
    );
  const before = await position();
  const since = await pageNow(page);
  let how = 'ArrowRight';
  for (let i = 0; i < count; i++) {
    if (how === 'ArrowRight') await page.keyboard.press('ArrowRight');
    else await button.first().click({ timeout: 10_000 });
    await evaluateWithin(page, 'window.__bench.afterPaint()', 30_000);
    if (i === 0 && how === 'ArrowRight' && (await position()) === before)
      how = 'Step forward button';
  }
  await page.waitForTimeout(300);
  const end = await pageNow(page);
  if ((await position()) === before)
    return 'stepping changed neither a data-active mark nor the timeline';
  return { steps: count, tasks: await longestTask(page, since, end), how };
}

export interface Zooming {
  readonly intervals: number[];
  readonly tasks: LongTasks;
  readonly target: string;
}

/** Ten wheel steps in, ten out, then a 20-move drag, over the graph; frames are recorded. */
export async function zoomAndPan(page: Page): Promise<Zooming | string> {
  let target = page.getByRole('group', { name: 'Computational graph' });
  let name = 'the SVG group "Computational graph"';
  if ((await target.count()) === 0) {
    target = page.locator('.graph-view canvas');
    name = 'the graph canvas';
  }
  if ((await target.count()) === 0) return 'no graph to zoom (neither the SVG group nor a canvas)';
  await target
    .first()
    .scrollIntoViewIfNeeded({ timeout: 10_000 })
    .catch(() => undefined);
  const box = await target.first().boundingBox();
  const viewport = page.viewportSize() ?? { width: 1400, height: 1000 };
  if (!box || box.width < 20 || box.height < 20) return 'the graph has no size on screen';
  const left = Math.max(box.x, 0);
  const top = Math.max(box.y, 0);
  const right = Math.min(box.x + box.width, viewport.width);
  const bottom = Math.min(box.y + box.height, viewport.height);
  const [cx, cy] = [(left + right) / 2, (top + bottom) / 2];
  await page.mouse.move(cx, cy);
  const before = await viewState(page);
  const since = await pageNow(page);
  await evaluateWithin(page, 'window.__bench.startFrames()', 10_000);
  let zoomedIn = '';
  for (const dy of [-100, 100]) {
    for (let i = 0; i < 10; i++) {
      await page.mouse.wheel(0, dy);
      await page.waitForTimeout(16);
    }
    if (dy < 0) zoomedIn = await viewState(page);
  }
  await page.mouse.down();
  await page.mouse.move(cx + Math.min(200, (right - left) / 3), cy + 60, { steps: 20 });
  await page.mouse.up();
  await page.waitForTimeout(200);
  const intervals = await evaluateWithin<number[]>(page, 'window.__bench.stopFrames()', 30_000);
  const end = await pageNow(page);
  if (typeof intervals === 'string') return intervals;
  if (before !== '' && zoomedIn === before)
    return `the wheel did not change the view (${before}): no zoom to measure`;
  return { intervals, tasks: await longestTask(page, since, end), target: name };
}

/** The view as the page exposes it: `data-zoom` on the container, the SVG group's transform. */
async function viewState(page: Page): Promise<string> {
  const state = await evaluateWithin<string>(
    page,
    `(() => {
      const v = document.querySelector('.graph-view');
      const g = document.querySelector('.graph-view svg[role="group"] > g[transform]');
      return [v && v.getAttribute('data-zoom'), g && g.getAttribute('transform')]
        .filter((x) => x !== null).join(' ');
    })()`,
    10_000,
  );
  return typeof state === 'string' && !state.startsWith('the page') ? state : '';
}
