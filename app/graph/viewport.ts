import { READABLE_SCALE } from '../../src/index.ts';

export { MIN_TEXT_PX, READABLE_SCALE } from '../../src/index.ts';

/** A rectangle in graph coordinates (or screen coordinates, where said). */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Pan and zoom: screen = graph · k + (x, y), as d3-zoom's transform. */
export interface View {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

/** Fit does not blow a small graph up past this. */
export const MAX_FIT_SCALE = 1.25;

/** Room kept free around what is fitted or followed, in screen px. */
export const MARGIN = 24;

/** The scale that shows all of `bounds` in `viewport` (both sizes), not past MAX_FIT_SCALE. */
export function wholeScale(bounds: Rect, viewport: { width: number; height: number }): number {
  return Math.min(
    MAX_FIT_SCALE,
    (viewport.width - 2 * MARGIN) / Math.max(1, bounds.width),
    (viewport.height - 2 * MARGIN) / Math.max(1, bounds.height),
  );
}

/** The view with graph point `centre` in the middle of the viewport at scale k. */
export function centredOn(
  centre: readonly [number, number],
  k: number,
  viewport: { width: number; height: number },
): View {
  return { k, x: viewport.width / 2 - centre[0] * k, y: viewport.height / 2 - centre[1] * k };
}

/**
 * What Fit shows: the whole graph, centred, when its text stays readable (≥ MIN_TEXT_PX);
 * otherwise the part around `focus` (the current step, or the output) at the readable scale,
 * centred in `area` (the part of the viewport in the window) and kept on the drawing.
 */
export function fitView(
  bounds: Rect,
  viewport: { width: number; height: number },
  focus: Rect | undefined,
  area: Rect = { x: 0, y: 0, ...viewport },
): View {
  const whole = wholeScale(bounds, viewport);
  const centre = (r: Rect): [number, number] => [r.x + r.width / 2, r.y + r.height / 2];
  if (whole >= READABLE_SCALE) return centredOn(centre(bounds), whole, viewport);
  // Somewhere the focus is surely out of the area, so that followView centres it.
  const away = { x: Number.NEGATIVE_INFINITY, y: 0, k: READABLE_SCALE };
  return followView(away, focus ?? bounds, bounds, viewport, area);
}

/**
 * Keeps a view on the drawing: along an axis where the drawing fits, centred; along one where
 * it does not, moved no further than needed so that no more than MARGIN px of empty space shows
 * beyond its edges.
 */
export function clampToBounds(
  view: View,
  bounds: Rect,
  viewport: { width: number; height: number },
): View {
  const axis = (offset: number, start: number, size: number, room: number) => {
    const extent = size * view.k;
    if (extent + 2 * MARGIN <= room) return (room - extent) / 2 - start * view.k; // fits: centre
    const low = room - MARGIN - (start + size) * view.k; // right/bottom edge at the far side
    const high = MARGIN - start * view.k; // left/top edge at the near side
    return Math.min(high, Math.max(low, offset));
  };
  return {
    k: view.k,
    x: axis(view.x, bounds.x, bounds.width, viewport.width),
    y: axis(view.y, bounds.y, bounds.height, viewport.height),
  };
}

/** `rect` (graph coordinates) in screen coordinates under `view`. */
export function onScreen(rect: Rect, view: View): Rect {
  return {
    x: rect.x * view.k + view.x,
    y: rect.y * view.k + view.y,
    width: rect.width * view.k,
    height: rect.height * view.k,
  };
}

/** True when all of `rect` (graph coordinates) is inside the viewport, MARGIN px in. */
export function isInView(
  rect: Rect,
  view: View,
  viewport: { width: number; height: number },
): boolean {
  return isInArea(rect, view, { x: 0, y: 0, ...viewport });
}

/** True when all of `rect` (graph coordinates) is inside `area` (screen px), MARGIN px in. */
export function isInArea(rect: Rect, view: View, area: Rect): boolean {
  const r = onScreen(rect, view);
  return (
    r.x >= area.x + MARGIN &&
    r.y >= area.y + MARGIN &&
    r.x + r.width <= area.x + area.width - MARGIN &&
    r.y + r.height <= area.y + area.height - MARGIN
  );
}

/**
 * Where the view goes to follow the step: unchanged when `target` is inside `area` (the part of
 * the viewport the person can see: a tall drawing may run below the window); otherwise panned,
 * at the same zoom, so that the target is centred there (kept on the drawing when that keeps
 * the target in sight). A target too large to fit at this zoom is replaced by the first of
 * `fallbacks` that fits (the step's edge, then the node it changes).
 */
export function followView(
  view: View,
  target: Rect,
  bounds: Rect,
  viewport: { width: number; height: number },
  area: Rect = { x: 0, y: 0, ...viewport },
  fallbacks: readonly Rect[] = [],
): View {
  // A target larger than the area at this zoom (a long edge, zoomed in) cannot be shown whole:
  // the first of the fallbacks (smaller parts of it) that can is followed instead.
  const fits = (r: Rect) => {
    const s = onScreen(r, view);
    return s.width <= area.width - 2 * MARGIN && s.height <= area.height - 2 * MARGIN;
  };
  if (!fits(target)) target = fallbacks.find(fits) ?? fallbacks.at(-1) ?? target;
  if (isInArea(target, view, area)) return view;
  const [cx, cy] = [target.x + target.width / 2, target.y + target.height / 2];
  const k = view.k;
  const centred = { k, x: area.x + area.width / 2 - cx * k, y: area.y + area.height / 2 - cy * k };
  const clamped = clampToBounds(centred, bounds, viewport);
  return isInArea(target, clamped, area) ? clamped : centred;
}

/** The smallest rectangle holding all the points and rectangles given; undefined for none. */
export function union(rects: readonly Rect[]): Rect | undefined {
  if (rects.length === 0) return undefined;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rects) {
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.width);
    y1 = Math.max(y1, r.y + r.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
