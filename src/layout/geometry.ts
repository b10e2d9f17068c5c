/** An axis-aligned rectangle by its sides (y grows downwards). */
export interface Bounds {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export type Point = readonly [number, number];

/** True when the open interiors of `a` and `b` overlap by more than `slack` px on both axes. */
export function boundsOverlap(a: Bounds, b: Bounds, slack = 0): boolean {
  return (
    a.left < b.right - slack &&
    b.left < a.right - slack &&
    a.top < b.bottom - slack &&
    b.top < a.bottom - slack
  );
}

/** The part [t0, t1] of a segment's parameter range inside the slabs clipped so far. */
const range = new Float64Array(2);

/** Clips `range` by one slab `p t <= q`; false once the range is empty. */
function clip(p: number, q: number): boolean {
  if (p === 0) return q > 0;
  if (p < 0) range[0] = Math.max(range[0]!, q / p);
  else range[1] = Math.min(range[1]!, q / p);
  return range[0]! < range[1]!;
}

/**
 * True when the segment from (ax, ay) to (bx, by) passes through the open rectangle `r`
 * (Liang–Barsky clipping: the parameter range inside each slab must stay non-empty).
 * Allocates nothing.
 */
export function segmentCrosses(ax: number, ay: number, bx: number, by: number, r: Bounds): boolean {
  const dx = bx - ax;
  const dy = by - ay;
  range[0] = 0;
  range[1] = 1;
  return (
    clip(-dx, ax - r.left) &&
    clip(dx, r.right - ax) &&
    clip(-dy, ay - r.top) &&
    clip(dy, r.bottom - ay)
  );
}

/** True when the segment from `a` to `b` passes through the open rectangle `r`. */
export function segmentHitsBounds(a: Point, b: Point, r: Bounds): boolean {
  return segmentCrosses(a[0], a[1], b[0], b[1], r);
}

/** The distance from the point (px, py) to the segment from (ax, ay) to (bx, by). */
function pointToSegmentXY(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2)) : 0;
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/**
 * The distance between a box and the segment from (ax, ay) to (bx, by): 0 when the segment
 * enters the box. Allocates nothing.
 */
export function segmentDistance(ax: number, ay: number, bx: number, by: number, r: Bounds): number {
  if (segmentCrosses(ax, ay, bx, by, r)) return 0;
  return Math.min(
    pointToBounds(ax, ay, r),
    pointToBounds(bx, by, r),
    pointToSegmentXY(r.left, r.top, ax, ay, bx, by),
    pointToSegmentXY(r.right, r.top, ax, ay, bx, by),
    pointToSegmentXY(r.left, r.bottom, ax, ay, bx, by),
    pointToSegmentXY(r.right, r.bottom, ax, ay, bx, by),
  );
}

/** The distance from the point (px, py) to a rectangle: 0 inside it. */
function pointToBounds(px: number, py: number, r: Bounds): number {
  return Math.hypot(Math.max(r.left - px, 0, px - r.right), Math.max(r.top - py, 0, py - r.bottom));
}

/** The distance between a box and the segment from `a` to `b`: 0 when the segment enters it. */
export function distanceToSegment(box: Bounds, a: Point, b: Point): number {
  return segmentDistance(a[0], a[1], b[0], b[1], box);
}

/** The distance between a box and a polyline: 0 when the line enters the box. */
export function distanceToRoute(box: Bounds, points: readonly Point[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 1; i < points.length && best > 0; i++)
    best = Math.min(best, distanceToSegment(box, points[i - 1]!, points[i]!));
  return best;
}
