import type { EdgeStatus, NodeStatus } from '../display.ts';
import type { View } from '../viewport.ts';
import {
  type CanvasPalette,
  EDGE_ORDER,
  edgeKey,
  edgeWidth,
  LIGHT_PALETTE,
  NONFINITE_DASH,
  PENDING_ALPHA,
  stateStroke,
  textColour,
} from './palette.ts';
import { type RenderModel, visibleNodes, visibleRoutes } from './renderModel.ts';

/** What changes per step or per interaction, drawn over the fixed render model. */
export interface DrawState extends SceneState {
  readonly view: View;
  /** The canvas size in CSS px. */
  readonly width: number;
  readonly height: number;
  readonly pixelRatio: number;
}

/** What the graph looks like at this step, whatever the view: states, text, colours' inputs. */
export interface SceneState {
  /** By node id. */
  readonly kinds: readonly ('input' | 'constant' | 'op')[];
  readonly statuses: readonly NodeStatus[];
  /** Text lines of each node (caption, value, derivative), by node id; drawn when legible. */
  readonly lines: (id: number) => readonly string[];
  /** By input edge index. */
  readonly edgeStatuses: readonly EdgeStatus[];
  readonly highlighted?: ReadonlySet<number> | undefined;
  /** Edges whose local partial is not finite, by input edge index: drawn dashed in red. */
  readonly nonFinite?: ReadonlySet<number> | undefined;
  readonly selected: number;
  /** The monospace font family of node text (the page's `--mono`). */
  readonly fontFamily?: string;
  /** The current theme's colours; graph.css's light ones when absent. */
  readonly palette?: CanvasPalette | undefined;
}

/** Node text is drawn only when it is at least this many CSS px on screen. */
export const LEGIBLE_PX = 7;
/** Node text: font size, line height and the box's padding, as graph.css and `nodeBox` say. */
export const FONT_PX = 12;
const LINE_HEIGHT = 16;
const PADDING = 10;

/** The baseline of a node's text line `line` (0: caption), from its box's top. */
export const lineBaseline = (top: number, line: number) =>
  top + PADDING / 2 + LINE_HEIGHT * (line + 0.75);

/**
 * Draws the graph on a 2D canvas: only what meets the view (culling), edges batched into one
 * path per state, boxes batched by fill, and text only where it is legible at this zoom (level of
 * detail). Cost grows with what is on screen, not with the graph.
 */
export function drawGraph(ctx: CanvasRenderingContext2D, model: RenderModel, s: DrawState): void {
  const { view, pixelRatio: dpr } = s;
  const palette = s.palette ?? LIGHT_PALETTE;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, s.width, s.height);
  ctx.setTransform(dpr * view.k, 0, 0, dpr * view.k, dpr * view.x, dpr * view.y);
  const seen = {
    x: -view.x / view.k,
    y: -view.y / view.k,
    width: s.width / view.k,
    height: s.height / view.k,
  };
  // A line at least about one device pixel wide at any zoom.
  const hairline = (px: number) => Math.max(px, 0.8 / view.k);
  // 1. Edges, one path per state.
  const groups = new Map<string, number[]>();
  for (const r of visibleRoutes(model, seen)) {
    const index = model.edgeIndex[r]!;
    const key = edgeKey(index, s.edgeStatuses[index], s.highlighted, s.nonFinite);
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  for (const key of EDGE_ORDER) {
    const routes = groups.get(key);
    if (!routes) continue;
    ctx.beginPath();
    for (const r of routes) {
      const [from, to] = [model.start[r]!, model.start[r + 1]!];
      for (let i = from; i < to; i++) {
        const [x, y] = [model.points[2 * i]!, model.points[2 * i + 1]!];
        if (i === from) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      }
    }
    ctx.strokeStyle = palette.edge[key];
    ctx.lineWidth = hairline(edgeWidth(key));
    ctx.setLineDash(key === 'nonfinite' ? NONFINITE_DASH.map((d) => hairline(d)) : []);
    ctx.stroke();
    ctx.setLineDash([]);
  }
  // 2. Boxes, batched by kind; states drawn over them.
  const slots = visibleNodes(model, seen);
  const b = model.boxes;
  for (const kind of ['op', 'input', 'constant'] as const) {
    ctx.beginPath();
    for (const slot of slots) {
      if (s.kinds[model.ids[slot]!] !== kind) continue;
      ctx.rect(b[4 * slot]!, b[4 * slot + 1]!, b[4 * slot + 2]!, b[4 * slot + 3]!);
    }
    ctx.fillStyle = palette.nodeFill[kind];
    ctx.fill();
    ctx.strokeStyle = palette.nodeStroke[kind];
    ctx.lineWidth = hairline(1.25);
    ctx.stroke();
  }
  for (const slot of slots) {
    const id = model.ids[slot]!;
    const status = s.statuses[id];
    const stroke = stateStroke(palette, id === s.selected, status);
    if (!stroke) continue;
    ctx.strokeStyle = stroke;
    ctx.lineWidth = hairline(3);
    ctx.strokeRect(b[4 * slot]!, b[4 * slot + 1]!, b[4 * slot + 2]!, b[4 * slot + 3]!);
  }
  // 3. Text, only when legible.
  if (FONT_PX * view.k < LEGIBLE_PX) return;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  const mono = s.fontFamily || 'monospace';
  for (const slot of slots) {
    const id = model.ids[slot]!;
    const [x, y, w] = [b[4 * slot]!, b[4 * slot + 1]!, b[4 * slot + 2]!];
    const lines = s.lines(id);
    ctx.globalAlpha = s.statuses[id] === 'pending' ? PENDING_ALPHA : 1;
    lines.forEach((text, i) => {
      ctx.font = `${i === 0 ? 700 : 400} ${FONT_PX}px ${mono}`;
      ctx.fillStyle = textColour(palette, i);
      ctx.fillText(text, x + w / 2, lineBaseline(y, i), w - 4);
    });
  }
  ctx.globalAlpha = 1;
}
