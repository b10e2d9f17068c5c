import type { EdgeStatus } from '../display.ts';

type Kind = 'input' | 'constant' | 'op';

/**
 * The canvas renderer's colours (a canvas cannot read CSS classes), used by `drawGraph` and by
 * the SVG export of a canvas-drawn graph so both look the same. The same shape as the theme's
 * `graphPalette()`, which reads them from the current theme's custom properties.
 */
export interface CanvasPalette {
  readonly nodeFill: Readonly<Record<Kind, string>>;
  readonly nodeStroke: Readonly<Record<Kind, string>>;
  readonly edge: Readonly<Record<EdgeStatus | 'highlighted', string>>;
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
