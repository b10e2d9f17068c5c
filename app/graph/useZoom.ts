import {
  interpolate,
  select,
  type ZoomBehavior,
  type ZoomTransform,
  zoom,
  zoomIdentity,
  zoomTransform,
} from 'd3';
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { usePinch } from './usePinch.ts';
import { fitView, followView, isInArea, MARGIN, type Rect, type View } from './viewport.ts';
import { zoomKeyAction } from './zoomKeys.ts';

/** The size of the SVG on screen. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface ZoomOptions {
  /** The drawing's bounds in graph coordinates. */
  readonly bounds: Rect;
  /** The view is fitted again when this changes (a new structure or orientation). */
  readonly fitKey: string;
  /** What the current step touches, in graph coordinates: fitted around, and followed. */
  readonly focus: Rect | undefined;
  /** Parts of `focus` to keep in sight when all of it cannot be, best first. */
  readonly focusParts?: readonly Rect[] | undefined;
  /** Pan to `focus` when it leaves the view. */
  readonly follow: boolean;
  readonly reducedMotion: boolean;
}

/**
 * The part of the SVG inside the window, in the SVG's own px; the whole SVG when less than
 * 160 px of it shows (the person has scrolled away from the graph).
 */
function visibleArea(box: DOMRect): Rect {
  const top = Math.max(0, -box.top);
  const bottom = Math.min(box.height, window.innerHeight - box.top);
  const left = Math.max(0, -box.left);
  const right = Math.min(box.width, window.innerWidth - box.left);
  if (bottom - top < 160 || right - left < 160)
    return { x: 0, y: 0, width: box.width, height: box.height };
  return { x: left, y: top, width: right - left, height: bottom - top };
}

const toTransform = (v: View): ZoomTransform => zoomIdentity.translate(v.x, v.y).scale(v.k);

/** How long the view glides to the step (0 under reduced motion). */
const GLIDE_MS = 350;

/**
 * Pan and zoom with d3-zoom, attached to the SVG in an effect and removed in its cleanup; React
 * renders the transform. Mouse: drag to pan, wheel to zoom. Touch: one finger scrolls the page,
 * two fingers pan and zoom (`usePinch`). `fitToView()` shows the whole graph when its text stays
 * readable, else the part around the step (`fitView`); the view is fitted when `fitKey`
 * changes, and glides to the step when it leaves the view (`followView`). Keyboard, on the
 * focused drawing: `+`/`-` zoom, `0` fits, Shift+arrows pan (`zoomKeyAction`).
 */
export function useZoom<E extends HTMLElement | SVGElement>(
  svgRef: RefObject<E | null>,
  options: ZoomOptions,
) {
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  const behaviour = useRef<ZoomBehavior<E, unknown> | null>(null);
  const geometry = useRef<{ size: Size; area: Rect } | null>(null);
  /** Where a glide in progress is going: following judges the view it will end at. */
  const glide = useRef<View | null>(null);
  /** True once the person has moved the view (wheel, drag, keys) since the last fit. */
  const moved = useRef(false);
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const z = zoom<E, unknown>()
      .scaleExtent([0.02, 8])
      // The viewport from the measured size: d3's default reads the element's size at every
      // transform, which forces a layout of the whole page after each new drawing.
      .extent(() => {
        const { width, height } = geometry.current?.size ?? { width: 0, height: 0 };
        return [
          [0, 0],
          [width, height],
        ];
      })
      // Glides pan in a straight line at the same zoom (d3's default swoops out and back in).
      .interpolate(interpolate)
      // Touches are ours (usePinch): one finger must scroll the page, not pan the graph.
      .touchable(() => false)
      .on('zoom', (event: { transform: ZoomTransform; sourceEvent: unknown }) => {
        if (event.sourceEvent) moved.current = true;
        setTransform(event.transform);
      });
    behaviour.current = z;
    const selection = select(svg);
    selection.call(z).on('dblclick.zoom', null);
    // The SVG's size and the part of it inside the window, measured when the page's layout is
    // clean (after a resize, on scroll), so that fitting and following never force a layout.
    const measure = () => {
      const box = svg.getBoundingClientRect();
      geometry.current = { size: { width: box.width, height: box.height }, area: visibleArea(box) };
      const { width, height } = box;
      setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
    };
    // No measuring here: the observer's first call comes once layout is done, before the paint,
    // where reading the box costs nothing (here it would force a layout of the whole page).
    const observer = new ResizeObserver(measure);
    observer.observe(svg);
    window.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
      selection.on('.zoom', null);
      behaviour.current = null;
    };
  }, [svgRef]);

  /** Moves the view, gliding unless `instant`. */
  const moveTo = useCallback(
    (view: View, instant: boolean) => {
      const svg = svgRef.current;
      const z = behaviour.current;
      if (!svg || !z) return;
      const target = toTransform(view);
      if (instant) {
        glide.current = null;
        select(svg).interrupt().call(z.transform, target);
        return;
      }
      glide.current = view;
      select(svg)
        .transition()
        .duration(GLIDE_MS)
        .call(z.transform, target)
        .on('end interrupt', () => {
          if (glide.current === view) glide.current = null;
        });
    },
    [svgRef],
  );

  const fitToView = useCallback(() => {
    const measured = geometry.current;
    if (!measured || measured.size.width === 0 || measured.size.height === 0) return;
    const { bounds, focus } = latest.current;
    moveTo(fitView(bounds, measured.size, focus, measured.area), true);
  }, [moveTo]);

  usePinch(svgRef, behaviour);

  // Keys on the focused drawing. Handled here, before the page's stepper keys (on window): a
  // Shift+arrow pans and goes no further; plain arrows and Space pass on and step.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const z = behaviour.current;
      if (!z || event.altKey || event.ctrlKey || event.metaKey) return;
      const action = zoomKeyAction(event.key, event.shiftKey);
      if (!action) return;
      event.preventDefault();
      event.stopPropagation();
      const selection = select(svg).interrupt();
      glide.current = null;
      moved.current = action.type !== 'fit';
      if (action.type === 'fit') fitToView();
      // Zooms about the drawing's centre (the extent's); pans in screen px at any zoom.
      else if (action.type === 'zoom') selection.call(z.scaleBy, action.factor);
      else {
        const k = zoomTransform(svg).k;
        selection.call(z.translateBy, action.dx / k, action.dy / k);
      }
    };
    // SVG and canvas elements both dispatch key events; the DOM types name them on HTMLElement.
    const target = svg as unknown as HTMLElement;
    target.addEventListener('keydown', onKeyDown);
    return () => target.removeEventListener('keydown', onKeyDown);
  }, [svgRef, fitToView]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: refit on a new structure
  useEffect(() => {
    moved.current = false;
    fitToView();
  }, [options.fitKey, fitToView]);
  // And when the drawing's box changes size (it takes the drawing's height once measured, and
  // follows the window), unless the person has moved the view since: a fit made for the first
  // box could leave the graph outside the second.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on a new size only
  useEffect(() => {
    if (!moved.current) fitToView();
  }, [size.width, size.height]);

  // Follow the step: only when what it touches is outside the view; the zoom is kept. Only a
  // new step (focus) moves the view, so that panning by hand is not undone.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on a new focus only, reading the rest from refs
  useEffect(() => {
    const { focus, focusParts, follow, bounds, reducedMotion } = latest.current;
    const svg = svgRef.current;
    const measured = geometry.current;
    if (!svg || !measured || !follow || !focus) return;
    const { width, height } = measured.size;
    if (width === 0) return;
    const t = zoomTransform(svg);
    const current = glide.current ?? { x: t.x, y: t.y, k: t.k };
    // All of the drawing in the SVG: the step is on screen, or a scroll of the page away.
    if (
      isInArea(bounds, current, {
        x: -MARGIN,
        y: -MARGIN,
        width: width + 2 * MARGIN,
        height: height + 2 * MARGIN,
      })
    )
      return;
    // The part in the window as last measured (on scroll and resize): measuring it here would
    // force a layout of the whole page right after a new drawing.
    const next = followView(current, focus, bounds, { width, height }, measured.area, focusParts);
    if (next !== current) moveTo(next, reducedMotion);
  }, [options.focus, options.follow]);

  /** Centres the view on a point of the graph at the current zoom (the overview's jump). */
  const centreOn = useCallback(
    (x: number, y: number) => {
      const k = transform.k;
      moveTo(
        { k, x: size.width / 2 - x * k, y: size.height / 2 - y * k },
        latest.current.reducedMotion,
      );
    },
    [transform.k, size, moveTo],
  );

  return { transform, size, fitToView, centreOn };
}
