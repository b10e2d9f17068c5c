import type { TraceMode } from '../../src/index.ts';
import { DEFAULT_PROGRAM, type Orientation, type SharedState, type SharedView } from './program.ts';

// The URL hash holds what a person would share: `#p=<program>&at=a:2,b:1`.
// Values are percent-encoded and read back with URLSearchParams, so any text round-trips.
// A program too long for a URL is kept in the browser's storage instead, and the hash names it:
// `#s=<key>` (see urlSync.ts).

/**
 * The longest hash written. Chromium drops URLs over 2 MiB (a reload then shows the default
 * example); half of that keeps clear of it and of slower history updates on every edit.
 */
export const MAX_HASH_LENGTH = 1_000_000;

/** The storage key prefix of programs kept out of the URL. */
export const STORED_PROGRAM_PREFIX = 'backprop-lens:program:';

/** The part of Web Storage a reader of stored programs needs. */
export type ProgramStorage = Pick<Storage, 'getItem'>;

/** localStorage, or null where the browser refuses it (some privacy modes throw) or has none. */
export function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** A short key for a program's text (FNV-1a, 32 bits, hex): its name in storage and in the hash. */
export function programKey(source: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) {
    hash ^= source.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(16).padStart(8, '0')}-${source.length.toString(36)}`;
}

/** Lone UTF-16 surrogates, which encodeURIComponent refuses. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const encode = (text: string): string => encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'));

/**
 * The hash (with its `#`) that restores `state`. Numbers are written exactly (`String(x)`).
 * With `storedKey`, the program is named by its storage key (`s=`) instead of written out.
 */
export function encodeHash(state: SharedState, storedKey?: string): string {
  const parts = [storedKey === undefined ? `p=${encode(state.source)}` : `s=${encode(storedKey)}`];
  const inputs = Object.entries(state.overrides).filter(([, v]) => Number.isFinite(v));
  if (inputs.length > 0) {
    parts.push(`at=${inputs.map(([name, value]) => `${encode(name)}:${value}`).join(',')}`);
  }
  parts.push(...encodeView(state.view ?? {}));
  return `#${parts.join('&')}`;
}

/** The hash parameters this module reads and writes; others (`theme=`, `lang=`) belong elsewhere. */
const OWN_PARAMS = new Set([
  ...['p', 's', 'at', 'mode', 'from', 'of', 'step', 'tree', 'orient', 'collapse', 'open', 'follow'],
]);

/**
 * `hash` (from encodeHash) followed by the parameters of `current` that this module does not own,
 * as they were written: the theme and language keep their place in the URL when the program's
 * part is rewritten.
 */
export function keepForeignParams(hash: string, current: string): string {
  const foreign = hashParams(current).filter((part) => !OWN_PARAMS.has(paramName(part)));
  return foreign.length > 0 ? `${hash}&${foreign.join('&')}` : hash;
}

/** The part of `hash` this module owns (what encodeHash writes), without the others' parameters. */
export function ownHash(hash: string): string {
  return `#${hashParams(hash)
    .filter((part) => OWN_PARAMS.has(paramName(part)))
    .join('&')}`;
}

function hashParams(hash: string): string[] {
  return hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => part !== '');
}

function paramName(part: string): string {
  const name = part.split('=', 1)[0]!.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
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

/** Only what a hash says: each part is absent when the hash does not mention it. */
export interface Link {
  /** The program written out (`p=`). */
  readonly source?: string;
  /** The storage key of a program kept out of the URL (`s=`). */
  readonly storedKey?: string;
  /** Input values (`at=`), malformed entries skipped. */
  readonly overrides?: Readonly<Record<string, number>>;
  readonly view?: SharedView;
}

/** Reads a hash without filling in defaults, so that a link without a program can keep one. */
export function readLink(hash: string): Link {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const source = params.get('p');
  const storedKey = params.get('s');
  const view = decodeView(params);
  return {
    ...(source !== null ? { source } : {}),
    ...(storedKey ? { storedKey } : {}),
    ...(params.has('at') ? { overrides: decodeInputs(params.get('at')!) } : {}),
    ...(view ? { view } : {}),
  };
}

/** The program a stored key names, or undefined when this browser does not hold it. */
export function storedProgram(key: string, storage: ProgramStorage | null): string | undefined {
  try {
    return storage?.getItem(STORED_PROGRAM_PREFIX + key) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The state a hash describes: the program (written out, or kept in `storage` under the key it
 * names; DEFAULT_PROGRAM when it has none or the storage lacks it) and the input values;
 * malformed input entries are skipped.
 */
export function decodeHash(
  hash: string,
  storage: ProgramStorage | null = browserStorage(),
): SharedState {
  const link = readLink(hash);
  const stored = link.storedKey ? storedProgram(link.storedKey, storage) : undefined;
  return {
    source: link.source ?? stored ?? DEFAULT_PROGRAM,
    overrides: link.overrides ?? {},
    ...(link.view ? { view: link.view } : {}),
  };
}

function decodeInputs(text: string): Record<string, number> {
  const overrides: Record<string, number> = {};
  for (const entry of text.split(',')) {
    const colon = entry.lastIndexOf(':');
    if (colon <= 0) continue;
    const text = entry.slice(colon + 1).trim();
    const value = Number(text);
    if (text !== '' && Number.isFinite(value)) overrides[entry.slice(0, colon)] = value;
  }
  return overrides;
}
