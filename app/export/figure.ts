import type { CanvasScene } from '../graph/canvas/CanvasGraph.tsx';
import { drawSceneFigure, type FigureLook, sceneBounds, sceneSvg } from './canvasFigure.ts';
import { figureFrame, pngScale, pngSize, TITLE_FONT_PX } from './figureSize.ts';
import { liveSvgFigure } from './liveSvg.ts';
import { canvasPng, figureCanvas, svgPng } from './rasterize.ts';

/** Where a figure comes from: the live SVG drawing, or the canvas renderer's scene. */
export type FigureSource =
  | { readonly kind: 'svg'; readonly svg: SVGSVGElement }
  | { readonly kind: 'canvas'; readonly scene: CanvasScene; readonly element: HTMLCanvasElement };

/** A saved figure: its file, its size in pixels (PNG) or units (SVG), and whether it was scaled down. */
export interface Figure {
  readonly blob: Blob;
  readonly width: number;
  readonly height: number;
  readonly reduced: boolean;
}

const TRANSPARENT = /^(transparent|rgba\(0, 0, 0, 0\))$/;

/** The page's look for a figure: the drawing's background and text colour, the page's font. */
export function pageLook(element: Element, title: string): FigureLook {
  const style = getComputedStyle(element);
  const page = getComputedStyle(document.body);
  const background = [style.backgroundColor, page.backgroundColor].find(
    (colour) => colour && !TRANSPARENT.test(colour),
  );
  const titleFont = page.fontFamily || 'sans-serif';
  return {
    title,
    titleWidth: textWidth(title, `600 ${TITLE_FONT_PX}px ${titleFont}`),
    background: background ?? '#ffffff',
    titleColour: style.color || '#000000',
    titleFont,
  };
}

/** The width of `text` in `font`, as a canvas measures it. */
function textWidth(text: string, font: string): number {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return 0;
  ctx.font = font;
  return Math.ceil(ctx.measureText(text).width);
}

/** The drawing group of the live SVG: its bounds in its own coordinates hold all it draws. */
function liveBounds(svg: SVGSVGElement) {
  const group = svg.querySelector<SVGGraphicsElement>(':scope > g');
  const box = group?.getBBox();
  return box ? { x: box.x, y: box.y, width: box.width, height: box.height } : svg.getBBox();
}

/**
 * The live drawing as SVG text, read with its CSS transitions cut short: a step taken just
 * before Export would otherwise be caught half-way between two colours.
 */
function liveSvgText(svg: SVGSVGElement, look: FigureLook) {
  svg.classList.add('is-exporting');
  try {
    return liveSvgFigure(svg, liveBounds(svg), look);
  } finally {
    svg.classList.remove('is-exporting');
  }
}

/** The figure as an SVG file. */
export function svgFigure(source: FigureSource, title: string): Figure {
  const look = pageLook(source.kind === 'svg' ? source.svg : source.element, title);
  const { text, frame } =
    source.kind === 'svg' ? liveSvgText(source.svg, look) : sceneSvg(source.scene, look);
  const blob = new Blob([text], { type: 'image/svg+xml' });
  return { blob, width: frame.width, height: frame.height, reduced: false };
}

/** The figure as a PNG file, at 2 pixels per unit unless the canvas would be too large. */
export async function pngFigure(source: FigureSource, title: string): Promise<Figure> {
  if (source.kind === 'svg') {
    const look = pageLook(source.svg, title);
    const { text, frame } = liveSvgText(source.svg, look);
    const { scale, reduced } = pngScale(frame.width, frame.height);
    const blob = await svgPng(text, frame, scale, look.background);
    return { blob, ...pngSize(frame, scale), reduced };
  }
  const look = pageLook(source.element, title);
  const frame = figureFrame(sceneBounds(source.scene.model), look.titleWidth);
  const { scale, reduced } = pngScale(frame.width, frame.height);
  const canvas = figureCanvas(frame, scale);
  drawSceneFigure(canvas, source.scene, frame, scale, look);
  const blob = await canvasPng(canvas);
  return { blob, width: canvas.width, height: canvas.height, reduced };
}
