import { type Bounds, type Point, segmentDistance } from './geometry.ts';
import type { BoxGrid, SegmentGrid } from './grid.ts';
import type { LabelBox, Layout } from './types.ts';

/** Distance between a label's box and its own route's line, in px. */
export const LABEL_OFFSET = 2;

/** A label's box is at most this far from its own route, in px (bends make it vary). */
export const LABEL_REACH = LABEL_OFFSET + 2;

/** Every route segment: its ends (ax, ay, bx, by) and its edge. */
export interface Segments {
  readonly ends: Float64Array;
  readonly edge: Int32Array;
}

/** The segments of every route of `layout`, in typed arrays (no object per segment). */
export function segmentsOf(layout: Layout): Segments {
  const count = layout.edges.reduce((n, { points }) => n + Math.max(0, points.length - 1), 0);
  const ends = new Float64Array(4 * count);
  const edge = new Int32Array(count);
  let o = 0;
  for (const { index, points } of layout.edges)
    for (let p = 1; p < points.length; p++, o += 4) {
      const a = points[p - 1]!;
      const b = points[p]!;
      ends[o] = a[0];
      ends[o + 1] = a[1];
      ends[o + 2] = b[0];
      ends[o + 3] = b[1];
      edge[o / 4] = index;
    }
  return { ends, edge };
}

/** Lengths along a route: `along[i]` is the length from its start to point i. */
export function cumulativeLengths(points: readonly Point[]): Float64Array {
  const along = new Float64Array(points.length);
  for (let i = 1; i < points.length; i++)
    along[i] =
      along[i - 1]! +
      Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]);
  return along;
}

/**
 * The box of a label beside a route at fraction `t` of its length, on `side` (1: the right-hand
 * side seen along the edge, -1: the left), and the unit normal it was pushed along: from the
 * point at arc length `t * total`, along the normal of its segment, until the box's nearest
 * corner is LABEL_OFFSET px from that segment's line. Undefined for a route of no length.
 */
export function candidate(
  points: readonly Point[],
  along: Float64Array,
  t: number,
  side: 1 | -1,
  label: LabelBox,
): { box: Bounds; normal: Point } | undefined {
  const total = along[along.length - 1] ?? 0;
  if (!(total > 0)) return undefined;
  // 1. The segment holding arc length t * total (binary search), and the point on it.
  const target = t * total;
  let low = 1;
  let high = along.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (along[mid]! < target) low = mid + 1;
    else high = mid;
  }
  while (low < along.length - 1 && along[low]! === along[low - 1]!) low++;
  const a = points[low - 1]!;
  const b = points[low]!;
  const length = along[low]! - along[low - 1]!;
  if (!(length > 0)) return undefined;
  const dx = (b[0] - a[0]) / length;
  const dy = (b[1] - a[1]) / length;
  const s = target - along[low - 1]!;
  // 2. Along the normal side * (-dy, dx), far enough that the nearest corner is OFFSET away.
  const halfW = label.width / 2;
  const halfH = label.height / 2;
  const reach = Math.abs(dy) * halfW + Math.abs(dx) * halfH + LABEL_OFFSET;
  const normal: Point = [-side * dy, side * dx];
  const cx = a[0] + dx * s + normal[0] * reach;
  const cy = a[1] + dy * s + normal[1] * reach;
  return {
    box: { left: cx - halfW, top: cy - halfH, right: cx + halfW, bottom: cy + halfH },
    normal,
  };
}

/** How far a candidate may slide back towards its route after a bend, in px. */
const SLIDE_LIMIT = 16;

/**
 * The distance from `box` to a route, looking only at segments within `within` px of it
 * (infinite when there are none). A scan with a bounding-box test per segment: cheaper than
 * the grid here, whose cells near a label hold many other routes' segments.
 */
function distanceToOwn(box: Bounds, points: readonly Point[], within: number): number {
  let best = Number.POSITIVE_INFINITY;
  const left = box.left - within;
  const right = box.right + within;
  const top = box.top - within;
  const bottom = box.bottom + within;
  for (let i = 1; i < points.length && best > 0; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (Math.min(a[0], b[0]) > right || Math.max(a[0], b[0]) < left) continue;
    if (Math.min(a[1], b[1]) > bottom || Math.max(a[1], b[1]) < top) continue;
    best = Math.min(best, segmentDistance(a[0], a[1], b[0], b[1], box));
  }
  return best;
}

/**
 * Judges a candidate box for the label of edge `edge` (route `points`): near a bend the box
 * may end up farther than LABEL_OFFSET from the route, so it first slides back along its
 * normal. It is usable when it then lies within LABEL_REACH of its own route (`points`: the
 * part of it the label belongs beside) without touching it (`whole`: all of it) and overlaps no
 * box of `boxes` (nodes and placed labels); it is `clear` when, moreover, no
 * other edge's route passes through it.
 */
export function judge(
  start: { box: Bounds; normal: Point },
  edge: number,
  points: readonly Point[],
  boxes: BoxGrid,
  grid: SegmentGrid,
  whole: readonly Point[] = points,
): { readonly box: Bounds; readonly clear: boolean } | undefined {
  // 1. Slide towards the route when a bend leaves the box too far from it.
  let { box } = start;
  let distance = distanceToOwn(box, points, SLIDE_LIMIT);
  if (distance > LABEL_OFFSET + 0.01 && Number.isFinite(distance)) {
    const by = LABEL_OFFSET - distance;
    const dx = start.normal[0] * by;
    const dy = start.normal[1] * by;
    box = {
      left: box.left + dx,
      top: box.top + dy,
      right: box.right + dx,
      bottom: box.bottom + dy,
    };
    distance = distanceToOwn(box, points, LABEL_REACH);
  }
  if (!(distance > 0 && distance <= LABEL_REACH)) return undefined;
  if (whole !== points && distanceToOwn(box, whole, 0) === 0) return undefined;
  // 2. Hard: node boxes and labels. Soft: other edges' routes.
  if (boxes.overlaps(box)) return undefined;
  return { box, clear: !grid.crossedByOther(box, edge) };
}
