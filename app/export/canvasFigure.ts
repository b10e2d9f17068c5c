import type { CanvasScene } from '../graph/canvas/CanvasGraph.tsx';
import { drawGraph, FONT_PX, lineBaseline } from '../graph/canvas/drawGraph.ts';
import type { CanvasPalette } from '../graph/canvas/palette.ts';
import {
  EDGE_ORDER,
  edgeKey,
  edgeWidth,
  LIGHT_PALETTE,
  NONFINITE_DASH,
  PENDING_ALPHA,
  stateStroke,
  textColour,
} from '../graph/canvas/palette.ts';
import type { RenderModel } from '../graph/canvas/renderModel.ts';
import type { Rect } from '../graph/viewport.ts';
import { type FigureFrame, figureFrame, TITLE_FONT_PX, TITLE_HEIGHT } from './figureSize.ts';

/** How the figure's title line and background look (the page's, read by the caller). */
export interface FigureLook {
  readonly title: string;
  /** The title line's width in drawing units, as the page's font sets it. */
  readonly titleWidth: number;
  readonly background: string;
  readonly titleColour: string;
  readonly titleFont: string;
}

/** All that the render model draws: every box and every route. */
export function sceneBounds(model: RenderModel): Rect {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const b = model.boxes;
  for (let slot = 0; slot < model.ids.length; slot++) {
    x0 = Math.min(x0, b[4 * slot]!);
    y0 = Math.min(y0, b[4 * slot + 1]!);
    x1 = Math.max(x1, b[4 * slot]! + b[4 * slot + 2]!);
    y1 = Math.max(y1, b[4 * slot + 1]! + b[4 * slot + 3]!);
  }
  const r = model.routeBounds;
  for (let i = 0; i < model.edgeIndex.length; i++) {
    [x0, y0] = [Math.min(x0, r[4 * i]!), Math.min(y0, r[4 * i + 1]!)];
    [x1, y1] = [Math.max(x1, r[4 * i + 2]!), Math.max(y1, r[4 * i + 3]!)];
  }
  if (x0 > x1) return { x: 0, y: 0, width: 0, height: 0 };
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Where the title line starts, and its baseline, in the figure. */
export const TITLE_LEFT = 16;
export const titleBaseline = () => TITLE_HEIGHT / 2 + TITLE_FONT_PX / 2;

/**
 * Draws the whole scene onto `canvas` at `scale` pixels per drawing unit, under the title: the
 * canvas renderer's own drawing (`drawGraph`) with a view that shows everything.
 */
export function drawSceneFigure(
  canvas: HTMLCanvasElement,
  scene: CanvasScene,
  frame: FigureFrame,
  scale: number,
  look: FigureLook,
): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D context for the figure');
  drawGraph(ctx, scene.model, {
    ...scene.state,
    view: { x: frame.offsetX, y: frame.offsetY, k: 1 },
    width: frame.width,
    height: frame.height,
    pixelRatio: scale,
  });
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  // drawGraph leaves the canvas transparent around the drawing: the background goes behind.
  ctx.globalCompositeOperation = 'destination-over';
  ctx.fillStyle = look.background;
  ctx.fillRect(0, 0, frame.width, frame.height);
  ctx.globalCompositeOperation = 'source-over';
  ctx.globalAlpha = 1;
  ctx.textAlign = 'left';
  ctx.fillStyle = look.titleColour;
  ctx.font = `600 ${TITLE_FONT_PX}px ${look.titleFont}`;
  ctx.fillText(look.title, TITLE_LEFT, titleBaseline());
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
const num = (v: number) => String(Math.round(v * 100) / 100);

/**
 * The scene as a self-contained SVG, built from the render model as the canvas draws it (boxes,
 * straight route segments, node text in the same colours): an SVG of over 600 nodes that a slide
 * program can open, without the live page's thousands of elements. Returns the text and frame.
 */
export function sceneSvg(
  scene: CanvasScene,
  look: FigureLook,
): { text: string; frame: FigureFrame } {
  const { model, state } = scene;
  const palette = state.palette ?? LIGHT_PALETTE;
  const frame = figureFrame(sceneBounds(model), look.titleWidth);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${frame.width}" height="${frame.height}" viewBox="0 0 ${frame.width} ${frame.height}">`,
    `<rect width="100%" height="100%" fill="${escapeXml(look.background)}"/>`,
    `<text x="${TITLE_LEFT}" y="${titleBaseline()}" font-family="${escapeXml(look.titleFont)}" font-size="${TITLE_FONT_PX}" font-weight="600" fill="${escapeXml(look.titleColour)}">${escapeXml(look.title)}</text>`,
    `<g transform="translate(${num(frame.offsetX)},${num(frame.offsetY)})">`,
  );
  // 1. Edges, one path per state, as drawGraph batches them.
  const groups = new Map<keyof CanvasPalette['edge'], string[]>();
  for (let r = 0; r < model.edgeIndex.length; r++) {
    const index = model.edgeIndex[r]!;
    const key = edgeKey(index, state.edgeStatuses[index], state.highlighted, state.nonFinite);
    const d: string[] = [];
    for (let i = model.start[r]!; i < model.start[r + 1]!; i++)
      d.push(
        `${i === model.start[r] ? 'M' : 'L'}${num(model.points[2 * i]!)} ${num(model.points[2 * i + 1]!)}`,
      );
    const list = groups.get(key) ?? [];
    list.push(d.join(''));
    groups.set(key, list);
  }
  for (const key of EDGE_ORDER) {
    const paths = groups.get(key);
    if (!paths) continue;
    const dash = key === 'nonfinite' ? ` stroke-dasharray="${NONFINITE_DASH.join(' ')}"` : '';
    out.push(
      `<path class="edges-${key}" fill="none" stroke="${palette.edge[key]}" stroke-width="${edgeWidth(key)}"${dash} d="${paths.join('')}"/>`,
    );
  }
  // 2. Boxes with their state frames, and 3. their text.
  out.push(
    `<g font-family="${escapeXml(state.fontFamily || 'monospace')}" font-size="${FONT_PX}" text-anchor="middle">`,
  );
  const b = model.boxes;
  for (let slot = 0; slot < model.ids.length; slot++) {
    const id = model.ids[slot]!;
    const kind = state.kinds[id] ?? 'op';
    const status = state.statuses[id];
    const [x, y, w, h] = [b[4 * slot]!, b[4 * slot + 1]!, b[4 * slot + 2]!, b[4 * slot + 3]!];
    const frameStroke = stateStroke(palette, id === state.selected, status);
    const stroke = frameStroke ?? palette.nodeStroke[kind];
    const lines = state.lines(id);
    const label = escapeXml(lines[0] ?? '');
    out.push(
      `<g data-node-id="${id}" data-caption="${label}">`,
      `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" fill="${palette.nodeFill[kind]}" stroke="${stroke}" stroke-width="${frameStroke ? 3 : 1.25}"/>`,
    );
    // As on the canvas, the text of a node not computed yet is faint, not its box.
    const faint = status === 'pending' ? ` opacity="${PENDING_ALPHA}"` : '';
    lines.forEach((text, i) => {
      const weight = (i === 0 ? ' font-weight="700"' : '') + faint;
      out.push(
        `<text x="${num(x + w / 2)}" y="${num(lineBaseline(y, i))}" fill="${textColour(palette, i)}"${weight}>${escapeXml(text)}</text>`,
      );
    });
    out.push('</g>');
  }
  out.push('</g></g></svg>');
  return { text: out.join('\n'), frame };
}
