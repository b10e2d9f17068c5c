import { describe, expect, it } from 'vitest';
import {
  FIGURE_PADDING,
  figureFrame,
  MAX_CANVAS_PIXELS,
  MAX_CANVAS_SIDE,
  PNG_SCALE,
  pngScale,
  pngSize,
  TITLE_HEIGHT,
} from './figureSize.ts';

describe('figureFrame', () => {
  it('holds the whole drawing, padded, under the title, whatever its origin', () => {
    const frame = figureFrame({ x: -10, y: 5, width: 300, height: 200 });
    expect(frame.width).toBe(300 + 2 * FIGURE_PADDING);
    expect(frame.height).toBe(200 + 2 * FIGURE_PADDING + TITLE_HEIGHT);
    // The drawing's top-left corner lands just inside the padding, below the title.
    expect([-10 + frame.offsetX, 5 + frame.offsetY]).toEqual([
      FIGURE_PADDING,
      FIGURE_PADDING + TITLE_HEIGHT,
    ]);
  });

  it('is as wide as its title when the drawing is narrower', () => {
    const frame = figureFrame({ x: 0, y: 0, width: 80, height: 2000 }, 300);
    expect(frame.width).toBe(300 + 2 * FIGURE_PADDING);
    expect(frame.offsetX).toBe(FIGURE_PADDING);
  });
});

describe('pngScale', () => {
  it('is twice the drawing size for a figure of ordinary size', () => {
    expect(pngScale(800, 600)).toEqual({ scale: PNG_SCALE, reduced: false });
    expect(pngSize({ width: 800, height: 600, offsetX: 0, offsetY: 0 }, 2)).toEqual({
      width: 1600,
      height: 1200,
    });
  });

  it('scales a very tall figure down to the longest side a browser draws', () => {
    const { scale, reduced } = pngScale(2000, 40_000);
    expect(reduced).toBe(true);
    expect(40_000 * scale).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
  });

  it('scales a very large figure down to the pixel budget', () => {
    const { scale } = pngScale(10_000, 10_000);
    expect(10_000 * scale * 10_000 * scale).toBeLessThanOrEqual(MAX_CANVAS_PIXELS * 1.0001);
  });
});
