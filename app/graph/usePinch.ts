import { select, type ZoomBehavior, zoomTransform } from 'd3';
import { type RefObject, useEffect } from 'react';

type Point = readonly [number, number];

const midpoint = (a: Point, b: Point): Point => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
const distance = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]) || 1;

/**
 * Two-finger pan and zoom on a touch screen, through the d3-zoom behaviour (so the transform
 * stays in one place). One finger is left to the browser, which scrolls the page (the SVG's CSS
 * says `touch-action: pan-y`): a student swiping down the page is not caught by the graph.
 */
export function usePinch<E extends HTMLElement | SVGElement>(
  svgRef: RefObject<E | null>,
  behaviour: RefObject<ZoomBehavior<E, unknown> | null>,
): void {
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    let start: { a: Point; b: Point; x: number; y: number; k: number } | undefined;
    const points = (event: TouchEvent): [Point, Point] | undefined => {
      if (event.touches.length < 2) return undefined;
      const box = svg.getBoundingClientRect();
      const at = (t: Touch): Point => [t.clientX - box.left, t.clientY - box.top];
      return [at(event.touches[0]!), at(event.touches[1]!)];
    };
    const onStart = (event: TouchEvent) => {
      const pair = points(event);
      if (!pair) return;
      event.preventDefault();
      const t = zoomTransform(svg);
      start = { a: pair[0], b: pair[1], x: t.x, y: t.y, k: t.k };
    };
    const onMove = (event: TouchEvent) => {
      const pair = points(event);
      const z = behaviour.current;
      if (!pair || !start || !z) return;
      event.preventDefault();
      // The graph point under the fingers' first midpoint stays under their midpoint now.
      const k = Math.min(
        8,
        Math.max(0.02, start.k * (distance(...pair) / distance(start.a, start.b))),
      );
      const [mx0, my0] = midpoint(start.a, start.b);
      const [mx, my] = midpoint(...pair);
      const gx = (mx0 - start.x) / start.k;
      const gy = (my0 - start.y) / start.k;
      select(svg).call(z.translateTo, gx, gy, [mx, my]);
      select(svg).call(z.scaleTo, k, [mx, my]);
    };
    const onEnd = (event: TouchEvent) => {
      if (event.touches.length < 2) start = undefined;
    };
    // SVG and canvas elements both dispatch touch events; the DOM types name them on HTMLElement.
    const target = svg as unknown as HTMLElement;
    target.addEventListener('touchstart', onStart, { passive: false });
    target.addEventListener('touchmove', onMove, { passive: false });
    target.addEventListener('touchend', onEnd);
    target.addEventListener('touchcancel', onEnd);
    return () => {
      target.removeEventListener('touchstart', onStart);
      target.removeEventListener('touchmove', onMove);
      target.removeEventListener('touchend', onEnd);
      target.removeEventListener('touchcancel', onEnd);
    };
  }, [svgRef, behaviour]);
}
