/** A node's box: centre and half sizes. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly halfWidth: number;
  readonly halfHeight: number;
}

type Point = readonly [number, number];

const EPSILON = 1e-6;

function inside(box: Rect, [x, y]: Point): boolean {
  return (
    Math.abs(x - box.x) <= box.halfWidth + EPSILON &&
    Math.abs(y - box.y) <= box.halfHeight + EPSILON
  );
}

/** Where the segment from `p` (inside `box`) to `q` (outside) leaves the box. */
function exitPoint(box: Rect, p: Point, q: Point): [number, number] {
  const along = (from: number, to: number, centre: number, half: number) => {
    if (to === from) return Number.POSITIVE_INFINITY;
    const border = to > from ? centre + half : centre - half;
    return (border - from) / (to - from);
  };
  const t = Math.min(
    1,
    Math.max(
      0,
      Math.min(along(p[0], q[0], box.x, box.halfWidth), along(p[1], q[1], box.y, box.halfHeight)),
    ),
  );
  return [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
}

function clipStart(points: readonly Point[], box: Rect): [number, number][] {
  let last = 0;
  while (last + 1 < points.length && inside(box, points[last + 1]!)) last++;
  if (last + 1 >= points.length) return points.map(([x, y]) => [x, y]);
  const rest = points.slice(last + 1).map(([x, y]): [number, number] => [x, y]);
  return [exitPoint(box, points[last]!, points[last + 1]!), ...rest];
}

/**
 * Trims a centre-to-centre polyline so that it starts on the border of `source` and ends on the
 * border of `target`: the part hidden under the boxes is dropped, so an arrowhead drawn at the
 * last point is visible.
 */
export function clipToBoxes(
  points: readonly Point[],
  source: Rect,
  target: Rect,
): [number, number][] {
  if (points.length < 2) return points.map(([x, y]) => [x, y]);
  const fromSource = clipStart(points, source);
  return clipStart(fromSource.reverse(), target).reverse();
}

/**
 * Spreads the routes of parallel edges (same `from` and `to`) apart where they cross a gap
 * between layers: `gapOf(index)` gives the gap [top, bottom] (y) that edge's route crosses with
 * one segment (edges for which it gives undefined keep their route), and copy `k` of `m` gets a
 * point in the middle of that segment, shifted by `(k - (m - 1) / 2) * spacing` px along x, so
 * the copies are visibly separate and nothing moves inside a layer's band. Returns one route
 * per edge, in order.
 */
export function separateParallel(
  edges: readonly { readonly from: number; readonly to: number }[],
  routes: readonly (readonly Point[])[],
  spacing: number,
  gapOf: (index: number) => readonly [number, number] | undefined,
): [number, number][][] {
  const copies = new Map<string, number[]>();
  edges.forEach(({ from, to }, index) => {
    if (!gapOf(index)) return;
    const key = `${from}>${to}`;
    const list = copies.get(key);
    if (list) list.push(index);
    else copies.set(key, [index]);
  });
  const result = routes.map((route) => route.map(([x, y]): [number, number] => [x, y]));
  for (const indices of copies.values()) {
    if (indices.length < 2) continue;
    indices.forEach((index, k) => {
      const [top, bottom] = gapOf(index)!;
      const route = result[index]!;
      const i = route.findIndex(
        ([, y], j) => y <= top + EPSILON && (route[j + 1]?.[1] ?? top) >= bottom - EPSILON,
      );
      if (i < 0) return;
      const [[ax, ay], [bx, by]] = [route[i]!, route[i + 1]!];
      const middle = (top + bottom) / 2;
      const t = by === ay ? 0.5 : (middle - ay) / (by - ay);
      const shift = (k - (indices.length - 1) / 2) * spacing;
      route.splice(i + 1, 0, [ax + t * (bx - ax) + shift, middle]);
    });
  }
  return result;
}

/**
 * Makes each route cross a layer of boxes vertically. d3-dag (and the fallback) route a long edge
 * through a zero-height dummy point at the centre of each layer it crosses; a slanted segment
 * from there can clip a neighbouring box. Each such point becomes a vertical run from the top to
 * the bottom of the layer's band (the height of its tallest box), and each end, on its box's
 * border, is extended vertically to the edge of its band, so slanted segments stay in the gaps
 * between layers, where there are no boxes. Routes run downwards (sources at the top).
 */
export function laneThroughLayers(
  edges: readonly { readonly from: number; readonly to: number }[],
  routes: readonly (readonly Point[])[],
  centres: readonly Point[],
  sizes: readonly Point[],
): [number, number][][] {
  const key = (y: number) => Math.round(y * 1000);
  const halfBand = new Map<number, number>();
  centres.forEach(([, y], id) => {
    halfBand.set(key(y), Math.max(halfBand.get(key(y)) ?? 0, sizes[id]![1] / 2));
  });
  const bandEdge = (node: number, side: 1 | -1) => {
    const y = centres[node]![1];
    return y + side * halfBand.get(key(y))!;
  };
  return routes.map((route, index) => {
    const { from, to } = edges[index]!;
    const last = route.length - 1;
    if (last < 1) return route.map(([x, y]) => [x, y]);
    const out: [number, number][] = [];
    route.forEach(([x, y], i) => {
      const half = halfBand.get(key(y));
      if (i === 0) out.push([x, y], [x, bandEdge(from, 1)]);
      else if (i === last) out.push([x, bandEdge(to, -1)], [x, y]);
      else if (half !== undefined) out.push([x, y - half], [x, y + half]);
      else out.push([x, y]);
    });
    return out.filter((p, i) => i === 0 || p[0] !== out[i - 1]![0] || p[1] !== out[i - 1]![1]);
  });
}
