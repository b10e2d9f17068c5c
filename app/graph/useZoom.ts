import { select, type ZoomBehavior, type ZoomTransform, zoom, zoomIdentity } from 'd3';
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';

/** The bounds of what is drawn, in graph coordinates. */
export interface Bounds {
  readonly width: number;
  readonly height: number;
}

const MARGIN = 24;

/** Below this scale labels cannot be read; a graph that needs less is shown from its top. */
export const MIN_FIT_SCALE = 0.2;

/**
 * The transform that shows all of `bounds` centred in a viewport of the given size; when that
 * would make the drawing unreadably small, the readable scale with the top (the output) in view.
 */
export function fitTransform(bounds: Bounds, viewport: Bounds): ZoomTransform {
  const k = Math.min(
    1.5,
    (viewport.width - 2 * MARGIN) / Math.max(1, bounds.width),
    (viewport.height - 2 * MARGIN) / Math.max(1, bounds.height),
  );
  const scale = Math.max(MIN_FIT_SCALE, k);
  const x = (viewport.width - bounds.width * scale) / 2;
  const y = k >= MIN_FIT_SCALE ? (viewport.height - bounds.height * scale) / 2 : MARGIN;
  return zoomIdentity.translate(x, y).scale(scale);
}

/**
 * Pan and zoom with d3-zoom, attached to the SVG in an effect and removed in its cleanup; React
 * renders the transform. `fitToView()` shows the whole graph. The view is fitted when `fitKey`
 * changes (a new graph structure), never when only values or positions are refined.
 */
export function useZoom(svgRef: RefObject<SVGSVGElement | null>, bounds: Bounds, fitKey: string) {
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const boundsRef = useRef(bounds);
  boundsRef.current = bounds;

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.02, 8])
      .on('zoom', (event: { transform: ZoomTransform }) => setTransform(event.transform));
    behaviour.current = z;
    const selection = select(svg);
    selection.call(z).on('dblclick.zoom', null);
    return () => {
      selection.on('.zoom', null);
      behaviour.current = null;
    };
  }, [svgRef]);

  const fitToView = useCallback(() => {
    const svg = svgRef.current;
    const z = behaviour.current;
    if (!svg || !z) return;
    const { width, height } = svg.getBoundingClientRect();
    select(svg).call(z.transform, fitTransform(boundsRef.current, { width, height }));
  }, [svgRef]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: refit only when the structure changes
  useEffect(() => {
    fitToView();
  }, [fitKey, fitToView]);

  return { transform, fitToView };
}
