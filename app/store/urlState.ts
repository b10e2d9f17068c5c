import type { TraceMode } from '../../src/index.ts';
import { DEFAULT_PROGRAM, type Orientation, type SharedState, type SharedView } from './program.ts';

// The URL hash holds what a person would share: `#p=<program>&at=a:2,b:1`.
// Values are percent-encoded and read back with URLSearchParams, so any text round-trips.

/** Lone UTF-16 surrogates, which encodeURIComponent refuses. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const encode = (text: string): string => encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'));

/** The hash (with its `#`) that restores `state`. Numbers are written exactly (`String(x)`). */
export function encodeHash(state: SharedState): string {
  const parts = [`p=${encode(state.source)}`];
  const inputs = Object.entries(state.overrides).filter(([, v]) => Number.isFinite(v));
  if (inputs.length > 0) {
    parts.push(`at=${inputs.map(([name, value]) => `${encode(name)}:${value}`).join(',')}`);
  }
  parts.push(...encodeView(state.view ?? {}));
  return `#${parts.join('&')}`;
}

const MODES: readonly TraceMode[] = ['values', 'forward', 'reverse'];

/**
 * `mode=reverse&of=loss&from=x1&step=3&tree=1&orient=right&collapse=1&open=h1,h2&follow=0`:
 * only what differs from the defaults.
 */
function encodeView(view: SharedView): string[] {
  const parts: string[] = [];
  if (view.mode && view.mode !== 'values') parts.push(`mode=${view.mode}`);
  if (view.forwardFrom !== undefined) parts.push(`from=${encode(view.forwardFrom)}`);
  if (view.reverseFrom !== undefined) parts.push(`of=${encode(view.reverseFrom)}`);
  if (view.step !== undefined) parts.push(`step=${view.step}`);
  if (view.tree) parts.push('tree=1');
  if (view.orientation) parts.push(`orient=${view.orientation}`);
  if (view.collapse !== undefined) parts.push(`collapse=${view.collapse ? 1 : 0}`);
  if (view.expanded && view.expanded.length > 0)
    parts.push(`open=${view.expanded.map(encode).join(',')}`);
  if (view.follow === false) parts.push('follow=0');
  return parts;
}

const ORIENTATIONS: readonly Orientation[] = ['up', 'right'];

/** A node name parameter: any non-empty text (names and old numeric ids alike). */
function nodeName(params: URLSearchParams, key: string): string | undefined {
  const text = params.get(key)?.trim();
  return text ? text : undefined;
}

/** A non-negative integer parameter, or undefined. */
function natural(params: URLSearchParams, key: string): number | undefined {
  const text = params.get(key);
  if (text === null || !/^\d+$/.test(text)) return undefined;
  return Number(text);
}

function decodeView(params: URLSearchParams): SharedView | undefined {
  const mode = MODES.find((m) => m === params.get('mode'));
  const orientation = ORIENTATIONS.find((o) => o === params.get('orient'));
  const collapse = params.get('collapse');
  const expanded = (params.get('open') ?? '').split(',').filter((name) => name.trim() !== '');
  const view: SharedView = {
    ...(mode ? { mode } : {}),
    ...(nodeName(params, 'from') !== undefined ? { forwardFrom: nodeName(params, 'from') } : {}),
    ...(nodeName(params, 'of') !== undefined ? { reverseFrom: nodeName(params, 'of') } : {}),
    ...(natural(params, 'step') !== undefined ? { step: natural(params, 'step') } : {}),
    ...(params.get('tree') === '1' ? { tree: true } : {}),
    ...(orientation ? { orientation } : {}),
    ...(collapse === '1' || collapse === '0' ? { collapse: collapse === '1' } : {}),
    ...(expanded.length > 0 ? { expanded } : {}),
    ...(params.get('follow') === '0' ? { follow: false } : {}),
  };
  return Object.keys(view).length > 0 ? view : undefined;
}

/**
 * The state a hash describes: the program (DEFAULT_PROGRAM when the hash has none) and the
 * input values; malformed input entries are skipped.
 */
export function decodeHash(hash: string): SharedState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const overrides: Record<string, number> = {};
  for (const entry of (params.get('at') ?? '').split(',')) {
    const colon = entry.lastIndexOf(':');
    if (colon <= 0) continue;
    const text = entry.slice(colon + 1).trim();
    const value = Number(text);
    if (text !== '' && Number.isFinite(value)) overrides[entry.slice(0, colon)] = value;
  }
  const view = decodeView(params);
  return { source: params.get('p') ?? DEFAULT_PROGRAM, overrides, ...(view ? { view } : {}) };
}
