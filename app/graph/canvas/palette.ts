import type { EdgeStatus } from '../display.ts';

type Kind = 'input' | 'constant' | 'op';

/** How an edge is drawn: its state at the step, lit by a hovered path, or not finite. */
export type EdgeKey = EdgeStatus | 'highlighted' | 'nonfinite';

/** Edge batches in drawing order (later ones on top), and their widths. */
export const EDGE_ORDER: readonly EdgeKey[] = [
  'off',
  'idle',
  'done',
  'nonfinite',
  'active',
  'highlighted',
];
export const edgeWidth = (key: EdgeKey) => (key === 'active' || key === 'highlighted' ? 3.5 : 1.5);

/** The dash of an edge whose local partial is not finite, as graph.css draws it. */
export const NONFINITE_DASH: readonly number[] = [6, 2, 2, 2];

/**
 * The batch an edge is drawn in: a hovered path's, the step's, a non-finite partial's (marked
 * at every step, as the SVG drawing does), else its state's.
 */
export function edgeKey(
  index: number,
  status: EdgeStatus | undefined,
  highlighted: ReadonlySet<number> | undefined,
  nonFinite: ReadonlySet<number> | undefined,
): EdgeKey {
  if (highlighted?.has(index)) return 'highlighted';
  if (status === 'active') return 'active';
  if (nonFinite?.has(index)) return 'nonfinite';
  return status ?? 'idle';
}

/**
 * The canvas renderer's colours (a canvas cannot read CSS classes), used by `drawGraph` and by
 * the SVG export of a canvas-drawn graph so both look the same. The same shape as the theme's
 * `graphPalette()`, which reads them from the current theme's custom properties.
 */
export interface CanvasPalette {
  readonly nodeFill: Readonly<Record<Kind, string>>;
  readonly nodeStroke: Readonly<Record<Kind, string>>;
  readonly edge: Readonly<Record<EdgeKey, string>>;
  /** The frame drawn over a box: the chosen node, the step's node, a node half accumulated. */
  readonly state: { readonly selected: string; readonly active: string; readonly partial: string };
  /** Node text, by line: caption, value, derivative. */
  readonly text: readonly string[];
}

/** graph.css's light colours, written out: the palette when none is given. */
export const LIGHT_PALETTE: CanvasPalette = {
  nodeFill: { input: '#eef4ff', constant: '#f2f3f5', op: '#ffffff' },
  nodeStroke: { input: '#5b7fd6', constant: '#a9b0bd', op: '#8a94a6' },
  edge: {
    idle: '#9aa3b2',
    done: '#4b5567',
    active: '#2f5fd0',
    off: 'rgba(154, 163, 178, 0.3)',
    highlighted: '#7c3aed',
    nonfinite: '#b3261e',
  },
  state: { selected: '#7c3aed', active: '#2f5fd0', partial: '#e08a00' },
  text: ['#1d2330', '#5b6475', '#b54708'],
};

/** Text of a node not computed yet at this step is drawn this faint. */
export const PENDING_ALPHA = 0.55;

/** The frame colour over node `id`'s box, if its state or choice calls for one. */
export function stateStroke(
  palette: CanvasPalette,
  chosen: boolean,
  status: string | undefined,
): string | undefined {
  if (chosen) return palette.state.selected;
  if (status === 'active') return palette.state.active;
  if (status === 'partial') return palette.state.partial;
  return undefined;
}

/** The colour of text line `line` (0: caption). */
export const textColour = (palette: CanvasPalette, line: number) =>
  palette.text[Math.min(line, palette.text.length - 1)] ?? '#000000';
