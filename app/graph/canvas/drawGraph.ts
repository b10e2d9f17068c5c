import type { EdgeStatus, NodeStatus } from '../display.ts';
import type { View } from '../viewport.ts';
import { type RenderModel, visibleNodes, visibleRoutes } from './renderModel.ts';

/** What changes per step or per interaction, drawn over the fixed render model. */
export interface DrawState {
  readonly view: View;
  /** The canvas size in CSS px. */
  readonly width: number;
  readonly height: number;
  readonly pixelRatio: number;
  /** By node id. */
  readonly kinds: readonly ('input' | 'constant' | 'op')[];
  readonly statuses: readonly NodeStatus[];
  /** Text lines of each node (caption, value, derivative), by node id; drawn when legible. */
  readonly lines: (id: number) => readonly string[];
  /** By input edge index. */
  readonly edgeStatuses: readonly EdgeStatus[];
  readonly highlighted?: ReadonlySet<number> | undefined;
  readonly selected: number;
  /** The monospace font family of node text (the page's `--mono`). */
  readonly fontFamily?: string;
}

/** Node text is drawn only when it is at least this many CSS px on screen. */
export const LEGIBLE_PX = 7;
const FONT_PX = 12;
const LINE_HEIGHT = 16;
const PADDING = 10;

const FILL: Record<'input' | 'constant' | 'op', string> = {
  input: '#eef4ff',
  constant: '#f2f3f5',
  op: '#ffffff',
};
const STROKE: Record<'input' | 'constant' | 'op', string> = {
  input: '#5b7fd6',
  constant: '#a9b0bd',
  op: '#8a94a6',
};
const EDGE_COLOUR: Record<EdgeStatus | 'highlighted', string> = {
  idle: '#9aa3b2',
  done: '#4b5567',
  active: '#2f5fd0',
  off: 'rgba(154, 163, 178, 0.3)',
  highlighted: '#7c3aed',
};

/**
 * Draws the graph on a 2D canvas: only what meets the view (culling), edges batched into one
 * path per state, boxes batched by fill, and text only where it is legible at this zoom (level of
 * detail). Cost grows with what is on screen, not with the graph.
 */
export function drawGraph(ctx: CanvasRenderingContext2D, model: RenderModel, s: DrawState): void {
  const { view, pixelRatio: dpr } = s;
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
    const key = s.highlighted?.has(index) ? 'highlighted' : (s.edgeStatuses[index] ?? 'idle');
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  for (const key of ['off', 'idle', 'done', 'active', 'highlighted'] as const) {
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
    ctx.strokeStyle = EDGE_COLOUR[key];
    ctx.lineWidth = hairline(key === 'active' || key === 'highlighted' ? 3.5 : 1.5);
    ctx.stroke();
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
    ctx.fillStyle = FILL[kind];
    ctx.fill();
    ctx.strokeStyle = STROKE[kind];
    ctx.lineWidth = hairline(1.25);
    ctx.stroke();
  }
  for (const slot of slots) {
    const id = model.ids[slot]!;
    const status = s.statuses[id];
    const stroke =
      id === s.selected
        ? '#7c3aed'
        : status === 'active'
          ? '#2f5fd0'
          : status === 'partial'
            ? '#e08a00'
            : undefined;
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
    ctx.globalAlpha = s.statuses[id] === 'pending' ? 0.55 : 1;
    lines.forEach((text, i) => {
      ctx.font = `${i === 0 ? 700 : 400} ${FONT_PX}px ${mono}`;
      ctx.fillStyle = i === 0 ? '#1d2330' : i === 1 ? '#5b6475' : '#b54708';
      ctx.fillText(text, x + w / 2, y + PADDING / 2 + LINE_HEIGHT * (i + 0.75), w - 4);
    });
  }
  ctx.globalAlpha = 1;
}
