import { SHORT_NUMBER_CHARS } from '../narrate/format.ts';

/**
 * The box of a drawn node, from its caption and name alone, so that layout depends on structure
 * and names but never on values: a node whose value changes does not push its neighbours around.
 * Drawn in a monospace font of NODE_FONT_SIZE px, whose glyphs are about 0.6 em wide.
 */
export const NODE_FONT_SIZE = 12;
export const CHAR_WIDTH = NODE_FONT_SIZE * 0.6;
export const NODE_PADDING = 10;
export const NODE_LINE_HEIGHT = 16;
/** Caption, value, derivative. */
export const NODE_LINES = 3;

export interface Box {
  readonly width: number;
  readonly height: number;
}

const COMBINING_MARK = /\p{M}/u;

/** Characters as drawn: code points, not counting combining marks (the bar of `b̄`). */
export function drawnLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Below U+0300 nothing combines: the common case, without a regular expression per char.
    if (code < 0x300) n++;
    else {
      const next = text.charCodeAt(i + 1);
      const pair = code >= 0xd800 && code < 0xdc00 && next >= 0xdc00 && next < 0xe000;
      if (!COMBINING_MARK.test(text.slice(i, pair ? i + 2 : i + 1))) n++;
      if (pair) i++;
    }
  }
  return n;
}

/**
 * The size of the box that draws a node: its caption (`c = a + b`), its value (`= 3`) and its
 * derivative (`c̄ = 2`), each number given room for SHORT_NUMBER_CHARS characters.
 */
export function nodeBox(caption: string, name: string): Box {
  const chars = Math.max(
    drawnLength(caption),
    2 + SHORT_NUMBER_CHARS,
    drawnLength(name) + 3 + SHORT_NUMBER_CHARS,
  );
  return {
    width: Math.ceil(chars * CHAR_WIDTH + 2 * NODE_PADDING),
    height: NODE_LINES * NODE_LINE_HEIGHT + NODE_PADDING,
  };
}

/** The smallest text a person should have to read on the graph, in CSS px. */
export const MIN_TEXT_PX = 11;

/** The smallest zoom at which node text is still MIN_TEXT_PX: views of the graph never go below. */
export const READABLE_SCALE = MIN_TEXT_PX / NODE_FONT_SIZE;
