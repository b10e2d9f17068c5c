import type { Layout, LayoutInput } from './types.ts';

const TOLERANCE = 1;

/**
 * What is wrong with `layout` as a layout of `input`, one sentence per problem (at most 20);
 * empty when it keeps every promise of `layoutGraph`: one placed node and one route per input
 * node and edge, boxes inside the drawing and pairwise disjoint, each route running from the
 * border of its source's box to the border of its target's box, sources below their targets
 * (`up`) or left of them (`right`),
 * parallel edges on distinct routes.
 */
export function layoutProblems(input: LayoutInput, layout: Layout): string[] {
  const problems: string[] = [];
  const report = (text: string) => {
    if (problems.length < 20) problems.push(text);
  };
  if (layout.nodes.length !== input.nodes.length) report('node count differs from the input');
  if (layout.edges.length !== input.edges.length) report('edge count differs from the input');
  const inBounds = (x: number, y: number) =>
    Number.isFinite(x) &&
    Number.isFinite(y) &&
    x >= -TOLERANCE &&
    y >= -TOLERANCE &&
    x <= layout.width + TOLERANCE &&
    y <= layout.height + TOLERANCE;
  const boxes = input.nodes.map(({ width, height }, id) => {
    const node = layout.nodes[id];
    if (node?.id !== id) report(`node ${id} is missing or out of order`);
    const x = node?.x ?? Number.NaN;
    const y = node?.y ?? Number.NaN;
    const box = {
      id,
      left: x - width / 2,
      right: x + width / 2,
      top: y - height / 2,
      bottom: y + height / 2,
    };
    if (!inBounds(box.left, box.top) || !inBounds(box.right, box.bottom))
      report(`node ${id} lies outside the drawing`);
    return box;
  });
  const sorted = [...boxes].sort((a, b) => a.left - b.left);
  sorted.forEach((a, i) => {
    for (let j = i + 1; j < sorted.length && sorted[j]!.left < a.right - TOLERANCE; j++) {
      const b = sorted[j]!;
      if (b.top < a.bottom - TOLERANCE && a.top < b.bottom - TOLERANCE)
        report(`nodes ${Math.min(a.id, b.id)} and ${Math.max(a.id, b.id)} overlap`);
    }
  });
  const near = (id: number, point: readonly [number, number] | undefined) => {
    const box = boxes[id]!;
    return (
      point !== undefined &&
      point[0] >= box.left - TOLERANCE &&
      point[0] <= box.right + TOLERANCE &&
      point[1] >= box.top - TOLERANCE &&
      point[1] <= box.bottom + TOLERANCE
    );
  };
  const seen = new Map<string, number>();
  input.edges.forEach(({ from, to }, index) => {
    const route = layout.edges[index];
    if (route?.index !== index) {
      report(`edge ${index} is missing or out of order`);
      return;
    }
    const { points } = route;
    if (points.length < 2) {
      report(`edge ${index} has fewer than two points`);
      return;
    }
    if (!near(from, points[0])) report(`edge ${index} does not start at node ${from}`);
    if (!near(to, points[points.length - 1])) report(`edge ${index} does not end at node ${to}`);
    if (!points.every(([x, y]) => inBounds(x, y))) report(`edge ${index} leaves the drawing`);
    const [start, end] = [layout.nodes[from]!, layout.nodes[to]!];
    if (layout.orientation === 'right' ? !(start.x < end.x) : !(start.y > end.y))
      report(`edge ${index} does not run ${layout.orientation === 'right' ? 'right' : 'up'}wards`);
    const key = `${from}>${to}:${JSON.stringify(points)}`;
    const twin = seen.get(key);
    if (twin !== undefined) report(`parallel edges ${twin} and ${index} share a route`);
    seen.set(key, index);
  });
  return problems;
}

type Segment = { edge: number; a: readonly [number, number]; b: readonly [number, number] };

function cross(s: Segment, t: Segment): boolean {
  const side = (
    p: readonly [number, number],
    q: readonly [number, number],
    r: readonly [number, number],
  ) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  const d1 = side(s.a, s.b, t.a);
  const d2 = side(s.a, s.b, t.b);
  const d3 = side(t.a, t.b, s.a);
  const d4 = side(t.a, t.b, s.b);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/**
 * The number of pairs of edges, with no node in common, whose routes properly cross. Segments are
 * bucketed into horizontal bands and swept left to right, so only segments whose bounding boxes
 * overlap are compared.
 */
export function countCrossings(input: LayoutInput, layout: Layout): number {
  const band = 20;
  const buckets = new Map<number, Segment[]>();
  layout.edges.forEach(({ points }, edge) => {
    for (let i = 0; i + 1 < points.length; i++) {
      const segment = { edge, a: points[i]!, b: points[i + 1]! };
      const low = Math.floor(Math.min(segment.a[1], segment.b[1]) / band);
      const high = Math.floor(Math.max(segment.a[1], segment.b[1]) / band);
      for (let k = low; k <= high; k++) {
        const list = buckets.get(k);
        if (list) list.push(segment);
        else buckets.set(k, [segment]);
      }
    }
  });
  const pairs = new Set<number>();
  const edgeCount = input.edges.length;
  const minX = (t: Segment) => Math.min(t.a[0], t.b[0]);
  const maxX = (t: Segment) => Math.max(t.a[0], t.b[0]);
  for (const list of buckets.values()) {
    list.sort((s, t) => minX(s) - minX(t));
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!;
      const right = maxX(s);
      for (let j = i + 1; j < list.length && minX(list[j]!) <= right; j++) {
        const t = list[j]!;
        if (s.edge === t.edge) continue;
        const e = input.edges[s.edge]!;
        const f = input.edges[t.edge]!;
        if (e.from === f.from || e.from === f.to || e.to === f.from || e.to === f.to) continue;
        const key = Math.min(s.edge, t.edge) * edgeCount + Math.max(s.edge, t.edge);
        if (!pairs.has(key) && cross(s, t)) pairs.add(key);
      }
    }
  }
  return pairs.size;
}

/** True when the segment from `a` to `b` passes through the open rectangle (Liang–Barsky). */
function segmentHitsRect(
  a: readonly [number, number],
  b: readonly [number, number],
  [left, top, right, bottom]: readonly [number, number, number, number],
): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const edges: [number, number][] = [
    [-dx, a[0] - left],
    [dx, right - a[0]],
    [-dy, a[1] - top],
    [dy, bottom - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
  }
  return t0 < t1;
}

/**
 * The number of edges whose route passes through the box of a node other than its own two ends
 * (boxes shrunk by 1 px, so grazing a border does not count).
 */
export function countEdgesThroughBoxes(input: LayoutInput, layout: Layout): number {
  const band = 40;
  const rows = new Map<number, number[]>();
  input.nodes.forEach(({ height }, id) => {
    const { y } = layout.nodes[id]!;
    for (
      let k = Math.floor((y - height / 2) / band);
      k <= Math.floor((y + height / 2) / band);
      k++
    ) {
      const row = rows.get(k);
      if (row) row.push(id);
      else rows.set(k, [id]);
    }
  });
  let count = 0;
  layout.edges.forEach(({ points }, index) => {
    const { from, to } = input.edges[index]!;
    const hit = points.some((a, i) => {
      const b = points[i + 1];
      if (!b) return false;
      const low = Math.floor(Math.min(a[1], b[1]) / band);
      const high = Math.floor(Math.max(a[1], b[1]) / band);
      for (let k = low; k <= high; k++) {
        for (const id of rows.get(k) ?? []) {
          if (id === from || id === to) continue;
          const { x, y } = layout.nodes[id]!;
          const { width, height } = input.nodes[id]!;
          const rect = [
            x - width / 2 + 1,
            y - height / 2 + 1,
            x + width / 2 - 1,
            y + height / 2 - 1,
          ] as const;
          if (segmentHitsRect(a, b, rect)) return true;
        }
      }
      return false;
    });
    if (hit) count++;
  });
  return count;
}
