import './graph.css';
import { type RefObject, useCallback, useEffect, useMemo, useRef } from 'react';
import { EDGE_LABEL, nodeBox, nodeCaption } from '../../src/index.ts';
import { ExportBar } from '../export/ExportBar.tsx';
import type { FigureSource } from '../export/figure.ts';
import { useTranslation } from '../i18n/i18n.ts';
import { useCanvasDrawing } from './canvas/CanvasGraph.tsx';
import { GraphContent, type GraphContentProps } from './GraphContent.tsx';
import { Minimap } from './Minimap.tsx';
import { useZoom } from './useZoom.ts';
import { isInArea, MARGIN, MAX_FIT_SCALE, READABLE_SCALE, type Rect, union } from './viewport.ts';
import { ZOOM_SHORTCUTS } from './zoomKeys.ts';

export type { GraphLayout } from './GraphContent.tsx';

import type { GraphLayout } from './GraphContent.tsx';
import type { Point } from './GraphEdge.tsx';

interface GraphViewProps extends Omit<GraphContentProps, 'boxes' | 'captions'> {
  /** Changes when the graph's structure or orientation changes: the view is fitted again. */
  readonly structureKey: string;
  /** Pan to the current step when it leaves the view. */
  readonly follow: boolean;
  /** A line under the toolbar saying what the numbers mean. */
  readonly legend: string;
  /** True once this drawing is the newest program's (`data-graph-state="ready"`). */
  readonly ready?: boolean;
  /** A remark laid over the drawing's corner (it takes no room, so nothing moves). */
  readonly note?: string | undefined;
  /** The panel's size on screen changed (for the engine's automatic choices). */
  readonly onResize?: ((width: number, height: number) => void) | undefined;
}

/**
 * The part of an edge's route that is its own: a channel-routed edge shares its lane with its
 * source's other edges, so the step is framed by its branch (from `labelFrom`) only.
 */
function ownPoints(route: GraphLayout['edges'][number] | undefined): readonly Point[] {
  if (!route) return [];
  return route.labelFrom ? route.points.slice(route.labelFrom) : route.points;
}

/**
 * Graphs with more nodes than this are drawn on a canvas: SVG's per-element cost makes zooming
 * stutter past it (frame intervals of 80–100 ms at 900 nodes were measured before).
 */
export const SVG_NODE_LIMIT = 600;

/** Which renderer draws a graph of `nodes` nodes. */
export function rendererFor(nodes: number): 'svg' | 'canvas' {
  return nodes > SVG_NODE_LIMIT ? 'canvas' : 'svg';
}

const EMPTY_LAYOUT = { width: 0, height: 0, nodes: [], edges: [] };

/** The tallest the drawing gets, in px: as graph.css says, the window less 2rem, at least 360. */
const availableHeight = () => Math.max(360, window.innerHeight - 32);

/**
 * The height the drawing wants at `width`: all of it at the scale Fit will use (never below
 * the readable scale), so that a short graph does not sit in a window-high empty box.
 */
function preferredHeight(bounds: Rect, width: number): number | undefined {
  if (width <= 0) return undefined;
  const k = Math.min(MAX_FIT_SCALE, Math.max(READABLE_SCALE, (width - 2 * MARGIN) / bounds.width));
  return Math.max(240, Math.ceil(bounds.height * k + 2 * MARGIN));
}

/**
 * The computational graph: React renders every element, d3-zoom pans and zooms the group. The
 * view never shrinks text below 11 px: a graph too large for that is shown around the current
 * step, with an overview to move about in, and the view follows the step.
 */
export function GraphView(props: GraphViewProps) {
  const { structureKey, follow, legend, onResize, note, ready = true, ...content } = props;
  // Small graphs as SVG (accessible, exportable, testable by attribute), large ones on a canvas.
  const renderer = rendererFor(content.layout.nodes.length);
  const { t } = useTranslation();
  const svgRef = useRef<SVGSVGElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const frameRef = (renderer === 'svg' ? svgRef : canvasRef) as RefObject<
    SVGSVGElement | HTMLCanvasElement | null
  >;
  const { analysis, layout, display, mode, seed } = content;
  const captions = useMemo(() => analysis.nodes.map((n) => nodeCaption(n)), [analysis.nodes]);
  const sizes = useMemo(
    () => analysis.nodes.map((n, id) => nodeBox(captions[id]!, n.name)),
    [analysis.nodes, captions],
  );
  const boxes = useMemo(
    () =>
      layout.nodes.map(({ id, x, y }): Rect => {
        const { width, height } = sizes[id] ?? { width: 0, height: 0 };
        return { x: x - width / 2, y: y - height / 2, width, height };
      }),
    [layout, sizes],
  );
  // The drawing with its edge labels, which may stand out beside edges near the border.
  const labels = content.labels;
  const bounds = useMemo((): Rect => {
    if (!labels) return { x: 0, y: 0, width: layout.width, height: layout.height };
    const [w, h] = [EDGE_LABEL.width / 2, EDGE_LABEL.height / 2];
    let [left, top, right, bottom] = [0, 0, layout.width, layout.height];
    for (const at of labels) {
      if (!at) continue;
      [left, top] = [Math.min(left, at.x - w), Math.min(top, at.y - h)];
      [right, bottom] = [Math.max(right, at.x + w), Math.max(bottom, at.y + h)];
    }
    return { x: left, y: top, width: right - left, height: bottom - top };
  }, [layout, labels]);
  // What the step touches: the active edge and its receiving node, or else the seed / output.
  const activeNodes = useMemo(() => {
    const active = display.nodes.flatMap((n, id) => (n.status === 'active' ? [id] : []));
    if (active.length > 0) return active;
    return [mode === 'values' ? analysis.output : seed >= 0 ? seed : analysis.output];
  }, [display, mode, seed, analysis.output]);
  const focus = useMemo(() => {
    const rects: Rect[] = activeNodes.flatMap((id) => (boxes[id] ? [boxes[id]] : []));
    display.edges.forEach((status, index) => {
      if (status !== 'active') return;
      for (const [x, y] of ownPoints(layout.edges[index]))
        rects.push({ x, y, width: 0, height: 0 });
    });
    return union(rects);
  }, [activeNodes, boxes, display.edges, layout.edges]);
  // When the step cannot be shown whole at the person's zoom: its edge, else its node.
  const focusParts = useMemo(() => {
    const points: Rect[] = [];
    display.edges.forEach((status, index) => {
      if (status !== 'active') return;
      for (const [x, y] of ownPoints(layout.edges[index]))
        points.push({ x, y, width: 0, height: 0 });
    });
    const node = union(activeNodes.flatMap((id) => (boxes[id] ? [boxes[id]] : [])));
    return [union(points), node].filter((r): r is Rect => r !== undefined);
  }, [activeNodes, boxes, display.edges, layout.edges]);
  const { transform, size, fitToView, centreOn } = useZoom(frameRef, {
    bounds,
    fitKey: structureKey,
    focus,
    focusParts,
    follow,
    reducedMotion: content.reducedMotion,
  });
  // The room the drawing may take (as high as the window), not the height it took: that follows
  // the drawing, and reporting it would ask the engine again after every new drawing.
  useEffect(() => {
    if (size.width > 0 && size.height > 0) onResize?.(size.width, availableHeight());
  }, [size, onResize]);
  const view = useMemo(() => ({ x: transform.x, y: transform.y, k: transform.k }), [transform]);
  const kinds = useMemo(() => analysis.nodes.map((n) => n.kind), [analysis.nodes]);
  const names = useMemo(() => analysis.nodes.map((n) => n.name), [analysis.nodes]);
  const canvasScene = useCanvasDrawing({
    canvasRef,
    layout: renderer === 'canvas' ? layout : EMPTY_LAYOUT,
    sizes,
    kinds,
    names,
    captions,
    display,
    mode,
    seedName: seed >= 0 ? (analysis.nodes[seed]?.name ?? '') : '',
    selected: content.selected,
    highlighted: content.highlightedEdges,
    view,
    size,
    onSelect: content.onSelect,
  });
  // What Export draws: the live SVG, or the canvas renderer's scene at this step.
  const figureSource = useCallback((): FigureSource | undefined => {
    if (renderer === 'svg')
      return svgRef.current ? { kind: 'svg', svg: svgRef.current } : undefined;
    const [scene, element] = [canvasScene(), canvasRef.current];
    return scene && element ? { kind: 'canvas', scene, element } : undefined;
  }, [renderer, canvasScene]);
  const height = preferredHeight(bounds, size.width);
  const wholeInView =
    size.width === 0 ||
    isInArea(bounds, view, {
      x: -MARGIN - 1,
      y: -MARGIN - 1,
      width: size.width + 2 * MARGIN + 2,
      height: size.height + 2 * MARGIN + 2,
    });
  return (
    <div
      className="graph-view"
      data-graph-state={ready ? 'ready' : 'pending'}
      data-graph-renderer={renderer}
      data-graph-nodes={layout.nodes.length}
      data-zoom={view.k.toFixed(3)}
      data-highlighted-edges={content.highlightedEdges?.size ?? 0}
    >
      <div className="graph-toolbar">
        <button type="button" onClick={fitToView}>
          {t('graph.fit')}
        </button>
        <span className="muted graph-legend">{legend}</span>
        <ExportBar analysis={analysis} mode={mode} source={figureSource} />
        {renderer === 'canvas' && (
          <span className="muted graph-renderer-note">
            {t('graph.canvasNote', { limit: SVG_NODE_LIMIT })}
          </span>
        )}
      </div>
      <div className="graph-frame">
        {renderer === 'canvas' && (
          <canvas
            ref={canvasRef}
            className="graph-svg graph-canvas"
            role="img"
            // Focusable for keyboard zoom and pan (useZoom); the page's focus ring shows on it.
            tabIndex={0}
            aria-keyshortcuts={ZOOM_SHORTCUTS}
            aria-label={t('graph.canvasName', { count: layout.nodes.length })}
            style={height ? { height: `min(${height}px, max(360px, 100vh - 2rem))` } : undefined}
            data-orientation={layout.orientation ?? 'up'}
          />
        )}
        {renderer === 'svg' && (
          // biome-ignore lint/a11y/useSemanticElements: an SVG drawing whose nodes are buttons is a group, not a fieldset
          <svg
            ref={svgRef}
            className="graph-svg"
            role="group"
            aria-label={t('graph.name')}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: the drawing takes keys: zoom and pan (useZoom)
            tabIndex={0}
            aria-keyshortcuts={ZOOM_SHORTCUTS}
            style={height ? { height: `min(${height}px, max(360px, 100vh - 2rem))` } : undefined}
            data-orientation={layout.orientation ?? 'up'}
          >
            <defs>
              <marker
                id="arrow"
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerUnits="userSpaceOnUse"
                markerWidth="9"
                markerHeight="9"
                orient="auto-start-reverse"
              >
                <path d="M 0 0 L 10 5 L 0 10 z" className="arrow-head" />
              </marker>
            </defs>
            <g transform={transform.toString()}>
              <GraphContent {...content} captions={captions} boxes={sizes} />
            </g>
          </svg>
        )}
        {note && (
          <p className="graph-note" role="note">
            {note}
          </p>
        )}
        {!wholeInView && (
          <Minimap
            bounds={bounds}
            boxes={boxes}
            active={activeNodes}
            view={view}
            viewport={size}
            onJump={centreOn}
          />
        )}
      </div>
    </div>
  );
}
