import { type RefObject, useCallback, useEffect, useMemo, useRef } from 'react';
import type { TraceMode } from '../../../src/index.ts';
import { graphPalette } from '../../theme/graphPalette.ts';
import { useTheme } from '../../theme/useTheme.ts';
import type { GraphDisplay } from '../display.ts';
import type { GraphLayout } from '../GraphContent.tsx';
import { derivativeLine, valueLine } from '../nodeText.ts';
import type { View } from '../viewport.ts';
import { drawGraph, type SceneState } from './drawGraph.ts';
import type { RenderModel } from './renderModel.ts';
import { hitTest, renderModel } from './renderModel.ts';

interface CanvasDrawingProps {
  readonly canvasRef: RefObject<HTMLCanvasElement | null>;
  readonly layout: GraphLayout;
  readonly sizes: readonly { readonly width: number; readonly height: number }[];
  readonly kinds: readonly ('input' | 'constant' | 'op')[];
  readonly names: readonly string[];
  readonly captions: readonly string[];
  readonly display: GraphDisplay;
  readonly mode: TraceMode;
  readonly seedName: string;
  readonly selected: number;
  readonly highlighted?: ReadonlySet<number> | undefined;
  readonly view: View;
  readonly size: { readonly width: number; readonly height: number };
  readonly onSelect: (id: number) => void;
}

/** Everything the canvas draws at this step, for drawing it elsewhere (an export). */
export interface CanvasScene {
  readonly model: RenderModel;
  readonly state: SceneState;
}

/** The scene of the drawing's current props: node states and text, edge states. */
function sceneState(props: CanvasDrawingProps, fontFamily: string): SceneState {
  const { display, names, captions, mode, seedName } = props;
  return {
    kinds: props.kinds,
    statuses: display.nodes.map((n) => n.status),
    lines: (id) => {
      const node = display.nodes[id];
      if (!node) return [];
      const lines = [captions[id] ?? '', valueLine(node)];
      if (mode !== 'values') lines.push(derivativeLine(mode, names[id] ?? '', seedName, node));
      return lines;
    },
    edgeStatuses: display.edges,
    highlighted: props.highlighted,
    nonFinite: display.nonFinite,
    selected: props.selected,
    fontFamily,
    palette: graphPalette(),
  };
}

/** The monospace font of node text (the page's `--mono`). */
const monoFont = (element: Element) => getComputedStyle(element).getPropertyValue('--mono').trim();

/**
 * Draws a large graph on the canvas `canvasRef` (the element d3-zoom is attached to), once per
 * animation frame at most, and turns clicks into node choices by hit testing. The render model
 * is rebuilt only when the layout changes; stepping and zooming redraw from it. Returns a
 * function giving the current scene (for export).
 */
export function useCanvasDrawing(props: CanvasDrawingProps): () => CanvasScene | undefined {
  const { canvasRef, layout, sizes, display, view, size, onSelect } = props;
  const model = useMemo(() => renderModel(layout, sizes), [layout, sizes]);
  const latest = { ...props, model };
  // The newest view, model and captions, for the event handlers added once.
  const latestRef = useRef(latest);
  latestRef.current = latest;
  // The colours are the theme's (graphPalette): a new theme redraws.
  const theme = useTheme();

  // biome-ignore lint/correctness/useExhaustiveDependencies: every input of the drawing is listed
  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || size.width === 0) return;
    const frame = requestAnimationFrame(() => {
      const ratio = window.devicePixelRatio || 1;
      const [w, h] = [Math.round(size.width * ratio), Math.round(size.height * ratio)];
      if (canvas.width !== w || canvas.height !== h) [canvas.width, canvas.height] = [w, h];
      drawGraph(ctx, model, {
        ...sceneState(latest, monoFont(canvas)),
        view,
        width: size.width,
        height: size.height,
        pixelRatio: ratio,
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [
    canvasRef,
    model,
    display,
    view.x,
    view.y,
    view.k,
    size,
    props.selected,
    props.highlighted,
    props.mode,
    theme,
  ]);

  // Clicks choose the node under the pointer; the pointer says when there is one.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const at = (event: MouseEvent) => {
      const box = canvas.getBoundingClientRect();
      const { view: v, model: m } = latestRef.current;
      return hitTest(
        m,
        (event.clientX - box.left - v.x) / v.k,
        (event.clientY - box.top - v.y) / v.k,
      );
    };
    const onClick = (event: MouseEvent) => {
      const id = at(event);
      if (id >= 0) onSelect(id);
    };
    const onMove = (event: MouseEvent) => {
      const id = at(event);
      canvas.style.cursor = id >= 0 ? 'pointer' : '';
      canvas.title = id >= 0 ? (latestRef.current.captions[id] ?? '') : '';
    };
    canvas.addEventListener('click', onClick);
    canvas.addEventListener('mousemove', onMove);
    return () => {
      canvas.removeEventListener('click', onClick);
      canvas.removeEventListener('mousemove', onMove);
    };
  }, [canvasRef, onSelect]);

  return useCallback(() => {
    const canvas = canvasRef.current;
    const current = latestRef.current;
    if (!canvas) return undefined;
    return { model: current.model, state: sceneState(current, monoFont(canvas)) };
  }, [canvasRef]);
}
