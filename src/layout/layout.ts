import { routeChannels } from './channelRoutes.ts';
import { CHANNEL_RULES, type ChannelRules, chooseChannels } from './channels.ts';
import { FALLBACK_NAME, fallbackLayout } from './fallback.ts';
import { keptLayers, longestPathLayers, simplexLayers } from './layering.ts';
import { LABEL_MARGIN, layoutGap, layoutPlan, type Method, tierQuality } from './policy.ts';
import { type PreviousPositions, previousPositions } from './stable.ts';
import { boxSizes, type RawLayout, sugiyamaLayout, TIER_NAMES } from './sugiyama.ts';
import type { Layout, LayoutInput, LayoutOptions, Orientation } from './types.ts';

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
 * The problem d3-dag solves for `orientation`: the same input for `up`; for `right`, each box
 * transposed (its screen height lies along d3-dag's x, the layer axis being screen x).
 */
function inFrame(input: LayoutInput, orientation: Orientation): LayoutInput {
  if (orientation === 'up') return input;
  return {
    nodes: input.nodes.map((node) => ({ ...node, width: node.height, height: node.width })),
    edges: input.edges,
  };
}

/**
 * Turns d3-dag's top-to-bottom coordinates (of the problem `inFrame` gave) into the `Layout`:
 * for `up` it flips y, for `right` it swaps the axes (layers along screen x, sources on the
 * left); then it translates so that every box and route point lies in `[0, width] x [0, height]`.
 */
function finish(
  frame: LayoutInput,
  raw: RawLayout,
  orientation: Orientation,
): Omit<Layout, 'quality' | 'algorithm' | 'millis'> {
  const sizes = boxSizes(frame);
  // 1. Bounds in d3-dag's frame: u along layers, v across them.
  let [minU, minV, maxU, maxV] = [0, 0, raw.width, raw.height];
  const extend = (u: number, v: number) => {
    minU = Math.min(minU, u);
    maxU = Math.max(maxU, u);
    minV = Math.min(minV, v);
    maxV = Math.max(maxV, v);
  };
  raw.centres.forEach(([u, v], id) => {
    const [w, h] = sizes[id]!;
    extend(u - w / 2, v - h / 2);
    extend(u + w / 2, v + h / 2);
  });
  for (const route of raw.routes) for (const [u, v] of route) extend(u, v);
  // 2. Frame to screen.
  const up = orientation === 'up';
  const place = (u: number, v: number): [number, number] =>
    up ? [u - minU, maxV - v] : [v - minV, u - minU];
  const [spanU, spanV] = [maxU - minU, maxV - minV];
  return {
    width: up ? spanU : spanV,
    height: up ? spanV : spanU,
    nodes: raw.centres.map(([u, v], id) => {
      const [x, y] = place(u, v);
      return { id, x, y };
    }),
    edges: raw.routes.map((route, index) => {
      const points = route.map(([u, v]) => place(u, v));
      const from = raw.labelFrom?.[index];
      return from === undefined ? { index, points } : { index, points, labelFrom: from };
    }),
    orientation,
  };
}

export type { Method } from './policy.ts';

/** Rules under which no edge takes a channel. */
const NO_CHANNELS: ChannelRules = {
  ...CHANNEL_RULES,
  span: Number.POSITIVE_INFINITY,
  fanOut: Number.POSITIVE_INFINITY,
  minBudget: Number.POSITIVE_INFINITY,
};

/** Said in `Layout.algorithm` when the previous layout's order was kept. */
export const STABLE_NOTE = ' + previous order';

/** What `layoutWith` needs besides the input and the method. */
export interface LayoutSetup {
  readonly previous?: PreviousPositions | undefined;
  readonly orientation?: Orientation | undefined;
  readonly labelRoom?: LayoutOptions['labelRoom'];
  /** When edges take side channels (tests force them with looser rules). */
  readonly channelRules?: ChannelRules | undefined;
}

/**
 * Lays out `input` with exactly one method, timing it; throws whatever that method throws.
 * `layoutGraph` is the safe entry point; this one is for benchmarks and tests. Only the
 * d3-dag tiers use `previous` (see `sugiyamaLayout`); the fallback ignores it.
 */
export function layoutWith(input: LayoutInput, method: Method, setup: LayoutSetup = {}): Layout {
  const start = now();
  const { previous, orientation = 'up', labelRoom, channelRules } = setup;
  const frame = inFrame(input, orientation);
  const gap = layoutGap(orientation, labelRoom);
  const fallback = method === 'fallback';
  // 1. Layers of the whole graph, 2. the edges that take channels, 3. the layered layout of
  // the others, 4. the channel edges' routes beside it.
  const layers = layersFor(frame, method, previous);
  const { channel } = chooseChannels(frame, layers, gap, channelRules);
  const layered = { layers, channel };
  const raw = fallback
    ? fallbackLayout(frame, gap, layered)
    : sugiyamaLayout(frame, method, previous, gap, layered);
  const space = { clearance: gap[0], stub: channelStub(orientation, labelRoom) };
  const routed = routeChannels(frame, raw, boxSizes(frame), channel, space);
  const quality = fallback ? 'draft' : tierQuality(method);
  const channels = channelNote(channel);
  const algorithm = fallback
    ? FALLBACK_NAME + channels
    : TIER_NAMES[method] + channels + (previous ? STABLE_NOTE : '');
  return { ...finish(frame, routed, orientation), quality, algorithm, millis: now() - start };
}

/**
 * The layers `method` works with: its layering operator's, computed on the whole graph; for
 * `kept`, the previous layout's (see `keptLayers`).
 */
function layersFor(
  frame: LayoutInput,
  method: Method,
  previous: PreviousPositions | undefined,
): Int32Array {
  if (method === 'kept' && previous) return keptLayers(frame, previous.nodeLayer);
  return method === 'simplex' || method === 'greedy'
    ? simplexLayers(frame)
    : longestPathLayers(frame);
}

/** Said in `Layout.algorithm` when edges were routed in channels. */
function channelNote(channel: Uint8Array): string {
  let count = 0;
  for (const flag of channel) count += flag;
  return count > 0 ? ` + ${count} ${count === 1 ? 'edge' : 'edges'} in side channels` : '';
}

/**
 * Room along a branch into a box for a label beside it: the label's extent along d3-dag's x
 * (screen x for `up`, screen y for `right`) and a margin on each side; none without labels.
 */
function channelStub(orientation: Orientation, labelRoom: LayoutOptions['labelRoom']): number {
  if (!labelRoom) return 0;
  const along = orientation === 'up' ? labelRoom.width : labelRoom.height;
  return Number.isFinite(along) && along > 0 ? along + 2 * LABEL_MARGIN : 0;
}

/**
 * Lays out a computational graph with d3-dag's sugiyama, bottom-to-top (`up`, the default:
 * inputs at the bottom, the output at the top) or left-to-right (`options.orientation` =
 * `right`), choosing operators by size (see `policy.ts`): `refined` quality is slower and
 * tidier, `draft` is fast. Deterministic: the same input gives the same coordinates. Never
 * throws: when d3-dag fails (a solver error, a stack overflow on a huge graph), it falls back to
 * cheaper operators and finally to a simple layered layout of its own; `algorithm` says which
 * one ran and why. Ranked nodes sharing a layer appear in increasing rank along it (every
 * method). With `options.keys` and `options.previous`, nodes found in the previous layout keep
 * their order within layers (deterministic too: the same input and hint give the same
 * coordinates). With `options.labelRoom`, gaps leave room for edge labels (`layoutGap`).
 */
export function layoutGraph(input: LayoutInput, options: LayoutOptions = {}): Layout {
  const start = now();
  const failures: string[] = [];
  const plan = wellFormed(input) ? layoutPlan(input, options) : { methods: [], note: '' };
  const { methods } = plan;
  if (methods.length === 0) failures.push('input breaks the id/topological-order invariants');
  const previous = methods.length > 0 ? previousPositions(input, options) : undefined;
  const setup = { orientation: options.orientation, labelRoom: options.labelRoom };
  let layout: Layout | undefined;
  for (const method of methods) {
    try {
      layout = layoutWith(input, method, { ...setup, previous });
      break;
    } catch (error) {
      failures.push(`${method} threw ${message(error)}`);
    }
  }
  if (!layout) {
    try {
      layout = layoutWith(input, 'fallback', setup);
    } catch (error) {
      // Last resort: every edge in the layers, no channels to route.
      failures.push(`fallback threw ${message(error)}`);
      layout = layoutWith(input, 'fallback', { ...setup, channelRules: NO_CHANNELS });
    }
  }
  const note = failures.length > 0 ? ` (${failures.join('; ')})` : '';
  return { ...layout, algorithm: layout.algorithm + plan.note + note, millis: now() - start };
}
