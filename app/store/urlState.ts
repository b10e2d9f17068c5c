import { DEFAULT_PROGRAM, type SharedState } from './program.ts';

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
  return `#${parts.join('&')}`;
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
  return { source: params.get('p') ?? DEFAULT_PROGRAM, overrides };
}
