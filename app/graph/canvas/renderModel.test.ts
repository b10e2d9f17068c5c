import { describe, expect, it } from 'vitest';
import type { GraphLayout } from '../GraphContent.tsx';
import { drawGraph, LEGIBLE_PX } from './drawGraph.ts';
import { LIGHT_PALETTE } from './palette.ts';
import { hitTest, renderModel, visibleNodes, visibleRoutes } from './renderModel.ts';

/** A grid of `n` × `n` boxes 100 × 50 at 150 px steps, each linked to its right neighbour. */
function gridLayout(n: number): GraphLayout {
  const nodes = [];
  const edges = [];
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) {
      const id = r * n + c;
      nodes.push({ id, x: 75 + 150 * c, y: 75 + 150 * r });
      if (c > 0)
        edges.push({
          index: edges.length,
          points: [
            [75 + 150 * (c - 1) + 50, 75 + 150 * r],
            [75 + 150 * c - 50, 75 + 150 * r],
          ] as const,
        });
    }
  return { width: 150 * n, height: 150 * n, nodes, edges };
}

const sizes = (n: number) => Array.from({ length: n * n }, () => ({ width: 100, height: 50 }));

describe('renderModel', () => {
  const layout = gridLayout(40);
  const model = renderModel(layout, sizes(40));

  it('hit-tests a point to the node whose box holds it, and nothing between boxes', () => {
    expect(hitTest(model, 75, 75)).toBe(0);
    expect(hitTest(model, 75 + 150 * 7 + 49, 75 + 150 * 3 - 24)).toBe(3 * 40 + 7);
    expect(hitTest(model, 150, 150)).toBe(-1);
    expect(hitTest(model, -10, 20)).toBe(-1);
  });

  it('culls to the nodes and routes that meet the view', () => {
    const view = { x: 0, y: 0, width: 300, height: 300 };
    expect(visibleNodes(model, view).map((slot) => model.ids[slot])).toEqual([0, 1, 40, 41]);
    // Routes 0→1 and 1→2 of rows 0 and 1 (1→2 starts at x = 175).
    expect(visibleRoutes(model, view)).toEqual([0, 1, 39, 40]);
    expect(visibleNodes(model, { x: 1e5, y: 1e5, width: 10, height: 10 })).toEqual([]);
  });
});

/** A 2D context that counts what is drawn. */
function countingContext() {
  const calls = { fillText: 0, rect: 0, moveTo: 0 };
  /** Each stroke: its colour and dash, and how many subpaths it strokes. */
  const strokes: { style: unknown; dash: number[]; paths: number }[] = [];
  const noop = () => {};
  let dash: number[] = [];
  let paths = 0;
  const ctx = {
    setTransform: noop,
    clearRect: noop,
    beginPath: () => {
      paths = 0;
    },
    lineTo: noop,
    setLineDash: (d: number[]) => {
      dash = d;
    },
    stroke() {
      strokes.push({ style: (this as { strokeStyle?: unknown }).strokeStyle, dash, paths });
    },
    fill: noop,
    strokeRect: noop,
    moveTo: () => {
      calls.moveTo++;
      paths++;
    },
    rect: () => calls.rect++,
    fillText: () => calls.fillText++,
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls, strokes };
}

describe('drawGraph', () => {
  const n = 30;
  const model = renderModel(gridLayout(n), sizes(n));
  const state = (k: number) => ({
    view: { x: 0, y: 0, k },
    width: 800,
    height: 600,
    pixelRatio: 1,
    kinds: Array.from({ length: n * n }, () => 'op' as const),
    statuses: Array.from({ length: n * n }, () => 'done' as const),
    lines: () => ['t = a + b', '= 1'],
    edgeStatuses: Array.from({ length: n * (n - 1) }, () => 'done' as const),
    selected: -1,
  });

  it('draws only what is on screen, with text when it is legible', () => {
    const { ctx, calls } = countingContext();
    drawGraph(ctx, model, state(1));
    // 800 × 600 px at zoom 1: columns 0–5 and rows 0–3 meet the view.
    expect(calls.rect).toBe(6 * 4);
    expect(calls.fillText).toBe(2 * 6 * 4);
  });

  it('leaves text out when it would be smaller than LEGIBLE_PX, and draws every box', () => {
    const { ctx, calls } = countingContext();
    const k = (LEGIBLE_PX - 1) / 12;
    drawGraph(ctx, model, state(k));
    expect(calls.fillText).toBe(0);
    expect(calls.rect).toBeGreaterThan(0);
    const zoomedOut = countingContext();
    drawGraph(zoomedOut.ctx, model, state(0.1));
    expect(zoomedOut.calls.rect).toBe(n * n);
    expect(zoomedOut.calls.moveTo).toBe(n * (n - 1));
  });

  it('draws edges whose local partial is not finite dashed in their own colour, the step over them', () => {
    const { ctx, strokes } = countingContext();
    const edges = n * (n - 1);
    drawGraph(ctx, model, {
      ...state(1),
      edgeStatuses: Array.from({ length: edges }, (_, i) => (i === 1 ? 'active' : 'done')),
      nonFinite: new Set([0, 1, 2]),
    });
    const red = strokes.filter((s) => s.style === LIGHT_PALETTE.edge.nonfinite);
    expect(red).toHaveLength(1);
    expect(red[0]!.dash.length).toBeGreaterThan(0);
    expect(red[0]!.paths).toBe(2); // edges 0 and 2; edge 1 is the step's
    const active = strokes.find((s) => s.style === LIGHT_PALETTE.edge.active);
    expect(active).toMatchObject({ dash: [], paths: 1 });
  });
});
