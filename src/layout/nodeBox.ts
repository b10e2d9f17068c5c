/**
 * The box of a drawn node, from its label alone, so that layout depends on structure and labels
 * but never on values: a node whose value changes does not push its neighbours around.
 * Drawn in a monospace font of NODE_FONT_SIZE px, whose glyphs are about 0.6 em wide.
 */
export const NODE_FONT_SIZE = 12;
export const CHAR_WIDTH = NODE_FONT_SIZE * 0.6;
/** Room reserved for a number such as `-0.333333` (formatNumber gives at most about 10 chars). */
export const VALUE_CHARS = 10;
export const NODE_PADDING = 10;
export const NODE_LINE_HEIGHT = 16;
/** Label, value, derivative. */
export const NODE_LINES = 3;
/** Labels longer than this are cut with an ellipsis when drawn. */
export const MAX_LABEL_CHARS = 16;

export interface Box {
  readonly width: number;
  readonly height: number;
}

/** The size of the box that draws a node with this label. */
export function nodeBox(label: string): Box {
  const chars = Math.max(VALUE_CHARS, Math.min([...label].length, MAX_LABEL_CHARS));
  return {
    width: Math.ceil(chars * CHAR_WIDTH + 2 * NODE_PADDING),
    height: NODE_LINES * NODE_LINE_HEIGHT + NODE_PADDING,
  };
}

/** The label as drawn: cut to MAX_LABEL_CHARS with an ellipsis. */
export function drawnLabel(label: string): string {
  const chars = [...label];
  return chars.length <= MAX_LABEL_CHARS
    ? label
    : `${chars.slice(0, MAX_LABEL_CHARS - 1).join('')}…`;
}
