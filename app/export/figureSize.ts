import type { Rect } from '../graph/viewport.ts';

/** Room around the drawing in an exported figure, in drawing units (CSS px at zoom 1). */
export const FIGURE_PADDING = 16;
/** The title line's band above the drawing. */
export const TITLE_HEIGHT = 32;
export const TITLE_FONT_PX = 15;

/** An exported figure: its size, and where the drawing's point (0, 0) goes in it. */
export interface FigureFrame {
  readonly width: number;
  readonly height: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

/**
 * The figure holding all of `bounds` (drawing coordinates) under a title line `titleWidth`
 * wide: as wide as the wider of the two (a tall, narrow graph must not cut its title).
 */
export function figureFrame(bounds: Rect, titleWidth = 0): FigureFrame {
  return {
    width: Math.ceil(Math.max(bounds.width, titleWidth) + 2 * FIGURE_PADDING),
    height: Math.ceil(bounds.height + 2 * FIGURE_PADDING + TITLE_HEIGHT),
    offsetX: FIGURE_PADDING - bounds.x,
    offsetY: FIGURE_PADDING + TITLE_HEIGHT - bounds.y,
  };
}

/**
 * A PNG has 2 pixels per drawing unit: crisp on a high-density screen or a projector, and the
 * same size on every machine (devicePixelRatio × 2 would make a 4× file on a laptop).
 */
export const PNG_SCALE = 2;
/** Browsers refuse canvases past 16,384 px a side (Safari) or 268M pixels (Chrome)… */
export const MAX_CANVAS_SIDE = 16_384;
/** …and a canvas this large already takes 256 MB: past it the PNG is scaled down. */
export const MAX_CANVAS_PIXELS = 64 * 1024 * 1024;

/** The pixels per drawing unit of the PNG of a `width` × `height` figure, and whether capped. */
export function pngScale(width: number, height: number): { scale: number; reduced: boolean } {
  const bySide = MAX_CANVAS_SIDE / Math.max(width, height, 1);
  const byArea = Math.sqrt(MAX_CANVAS_PIXELS / Math.max(width * height, 1));
  const scale = Math.min(PNG_SCALE, bySide, byArea);
  return { scale, reduced: scale < PNG_SCALE };
}

/** The PNG's size in pixels at `scale`. */
export const pngSize = (frame: FigureFrame, scale: number) => ({
  width: Math.max(1, Math.floor(frame.width * scale)),
  height: Math.max(1, Math.floor(frame.height * scale)),
});
