import { FALLBACK_NAME, fallbackLayout } from './fallback.ts';
import { type Tier, tierQuality, tiersFor } from './policy.ts';
import { type PreviousPositions, previousPositions } from './stable.ts';
import { boxSizes, type RawLayout, sugiyamaLayout, TIER_NAMES } from './sugiyama.ts';
import type { Layout, LayoutInput, LayoutOptions } from './types.ts';

const now: () => number = (() => {
  const clock = (globalThis as { performance?: { now(): number } }).performance;
  return clock ? () => clock.now() : () => Date.now();
})();

function message(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function wellFormed({ nodes, edges }: LayoutInput): boolean {
  return (
    nodes.every((node, i) => node.id === i) &&
    edges.every(
      ({ from, to }) =>
        Number.isInteger(from) &&
        Number.isInteger(to) &&
        from >= 0 &&
        from < to &&
        to < nodes.length,
    )
  );
}

/**
 * Turns d3-dag's top-to-bottom coordinates into the bottom-to-top `Layout`: flips y, then
 * translates so that every box and route point lies in `[0, width] x [0, height]`.
 */
function finish(
  input: LayoutInput,
  raw: RawLayout,
): Omit<Layout, 'quality' | 'algorithm' | 'millis'> {
  const sizes = boxSizes(input);
  let [minX, minY, maxX, maxY] = [0, 0, raw.width, raw.height];
  const extend = (x: number, y: number) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  };
  raw.centres.forEach(([x, y], id) => {
    const [w, h] = sizes[id]!;
    extend(x - w / 2, y - h / 2);
    extend(x + w / 2, y + h / 2);
  });
  for (const route of raw.routes) for (const [x, y] of route) extend(x, y);
  const place = (x: number, y: number): [number, number] => [x - minX, maxY - y];
  return {
    width: maxX - minX,
    height: maxY - minY,
    nodes: raw.centres.map(([x, y], id) => {
      const [px, py] = place(x, y);
      return { id, x: px, y: py };
    }),
    edges: raw.routes.map((route, index) => ({
      index,
      points: route.map(([x, y]) => place(x, y)),
    })),
  };
}

/** Which layout to run: a d3-dag tier, or the layered fallback of our own. */
export type Method = Tier | 'fallback';

/** Said in `Layout.algorithm` when the previous layout's order was kept. */
export const STABLE_NOTE = ' + previous order';

/**
 * Lays out `input` with exactly one method, timing it; throws whatever that method throws.
 * `layoutGraph` is the safe entry point; this one is for benchmarks and tests. Only the
 * d3-dag tiers use `previous` (see `sugiyamaLayout`); the fallback ignores it.
 */
export function layoutWith(
  input: LayoutInput,
  method: Method,
  previous?: PreviousPositions,
): Layout {
  const start = now();
  const fallback = method === 'fallback';
  const raw = fallback ? fallbackLayout(input) : sugiyamaLayout(input, method, previous);
  const quality = fallback ? 'draft' : tierQuality(method);
  const algorithm = fallback ? FALLBACK_NAME : TIER_NAMES[method] + (previous ? STABLE_NOTE : '');
  return { ...finish(input, raw), quality, algorithm, millis: now() - start };
}

/**
 * Lays out a computational graph bottom-to-top (inputs at the bottom, the output at the top)
 * with d3-dag's sugiyama, choosing operators by size (see `policy.ts`): `refined` quality is
 * slower and tidier, `draft` is fast. Deterministic: the same input gives the same coordinates.
 * Never throws: when d3-dag fails (a solver error, a stack overflow on a huge graph), it falls
 * back to cheaper operators and finally to a simple layered layout of its own; `algorithm` says
 * which one ran and why. With `options.keys` and `options.previous`, nodes found in the previous
 * layout keep their left-to-right order within layers (deterministic too: the same input and
 * hint give the same coordinates).
 */
export function layoutGraph(input: LayoutInput, options: LayoutOptions = {}): Layout {
  const start = now();
  const failures: string[] = [];
  const methods: Method[] = wellFormed(input) ? tiersFor(input, options) : [];
  if (methods.length === 0) failures.push('input breaks the id/topological-order invariants');
  const previous = methods.length > 0 ? previousPositions(input, options) : undefined;
  let layout: Layout | undefined;
  for (const method of methods) {
    try {
      layout = layoutWith(input, method, previous);
      break;
    } catch (error) {
      failures.push(`${method} threw ${message(error)}`);
    }
  }
  layout ??= layoutWith(input, 'fallback');
  const note = failures.length > 0 ? ` (${failures.join('; ')})` : '';
  return { ...layout, algorithm: layout.algorithm + note, millis: now() - start };
}
