import type { CanvasPalette } from '../graph/canvas/palette.ts';
import { cssColour } from './cssColour.ts';

type Kind = 'input' | 'constant' | 'op';

/**
 * The canvas renderer's colours in the current theme, from graph.css's custom properties: the
 * same colours the SVG drawing uses for node kinds, node states, edge states and text.
 */
export function graphPalette(): CanvasPalette {
  const kinds = (part: 'fill' | 'stroke'): Record<Kind, string> => ({
    input: cssColour(`--node-input-${part}`),
    constant: cssColour(`--node-constant-${part}`),
    op: cssColour(`--node-${part}`),
  });
  return {
    nodeFill: kinds('fill'),
    nodeStroke: kinds('stroke'),
    edge: {
      idle: cssColour('--edge-idle'),
      done: cssColour('--edge-done'),
      active: cssColour('--edge-active'),
      off: cssColour('--edge-off'),
      highlighted: cssColour('--edge-highlighted'),
      nonfinite: cssColour('--edge-nonfinite'),
    },
    /** The frame drawn over a box: the chosen node, the step's node, a node half accumulated. */
    state: {
      selected: cssColour('--node-selected'),
      active: cssColour('--node-active-stroke'),
      partial: cssColour('--node-partial-stroke'),
    },
    /** Caption, value and derivative lines of a node. */
    text: [
      cssColour('--text'),
      cssColour('--node-value-text'),
      cssColour('--node-derivative-text'),
    ],
  };
}
