import { describe, expect, it } from 'vitest';
import { LIGHT_PALETTE } from '../graph/canvas/palette.ts';
import { renderModel } from '../graph/canvas/renderModel.ts';
import type { GraphLayout } from '../graph/GraphContent.tsx';
import { sceneBounds, sceneSvg } from './canvasFigure.ts';
import { FIGURE_PADDING, TITLE_HEIGHT } from './figureSize.ts';

/** Three boxes 100 × 40 in a row, x -> y and y -> z, the first edge done, the second active. */
const layout: GraphLayout = {
  width: 400,
  height: 100,
  nodes: [
    { id: 0, x: 60, y: 50 },
    { id: 1, x: 200, y: 50 },
    { id: 2, x: 340, y: 50 },
  ],
  edges: [
    {
      index: 0,
      points: [
        [110, 50],
        [150, 50],
      ],
    },
    {
      index: 1,
      points: [
        [250, 50],
        [290, 50],
      ],
    },
  ],
};
const model = renderModel(
  layout,
  [0, 1, 2].map(() => ({ width: 100, height: 40 })),
);
const captions = ['x = 1', 'y = sin(x)', 'z = y · y'];
const scene = {
  model,
  state: {
    kinds: ['input', 'op', 'op'] as const,
    statuses: ['done', 'active', 'pending'] as const,
    lines: (id: number) => [captions[id]!, '= 0.5', `z̄ = ${id}`],
    edgeStatuses: ['done', 'active'] as const,
    selected: 2,
    fontFamily: 'monospace',
  },
};
const look = {
  title: 'z (3 lines: x = 1 …) · Reverse mode · step 2 of 4',
  titleWidth: 200,
  background: '#fbfcfd',
  titleColour: '#1d2330',
  titleFont: 'sans-serif',
};

describe('sceneBounds', () => {
  it('holds every box and route of the render model', () => {
    expect(sceneBounds(model)).toEqual({ x: 10, y: 30, width: 380, height: 40 });
  });
});

describe('sceneSvg', () => {
  const { text, frame } = sceneSvg(scene, look);

  it('is the whole drawing under the title', () => {
    expect(frame).toEqual({
      width: 380 + 2 * FIGURE_PADDING,
      height: 40 + 2 * FIGURE_PADDING + TITLE_HEIGHT,
      offsetX: FIGURE_PADDING - 10,
      offsetY: FIGURE_PADDING + TITLE_HEIGHT - 30,
    });
    expect(text).toContain(`>${look.title}</text>`);
  });

  it('draws each node with its text, escaped, in the canvas palette', () => {
    expect(text.match(/<g data-node-id=/g)).toHaveLength(3);
    expect(text).toContain('>z = y · y</text>');
    expect(text).toContain(`fill="${LIGHT_PALETTE.nodeFill.input}"`);
    // The chosen node's frame, and the step's node frame.
    expect(text).toMatch(new RegExp(`stroke="${LIGHT_PALETTE.state.selected}" stroke-width="3"`));
    expect(text).toMatch(new RegExp(`stroke="${LIGHT_PALETTE.state.active}" stroke-width="3"`));
  });

  it('draws the edges in one path per state, the active one thick', () => {
    expect(text).toContain(
      `stroke="${LIGHT_PALETTE.edge.active}" stroke-width="3.5" d="M250 50L290 50"`,
    );
    expect(text).toContain(
      `stroke="${LIGHT_PALETTE.edge.done}" stroke-width="1.5" d="M110 50L150 50"`,
    );
  });

  it('escapes text that XML would read as markup', () => {
    const tricky = sceneSvg(
      { ...scene, state: { ...scene.state, lines: () => ['a < b & c'] } },
      look,
    );
    expect(tricky.text).toContain('>a &lt; b &amp; c</text>');
    expect(tricky.text).not.toContain('a < b');
  });
});
