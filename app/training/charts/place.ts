type Point = readonly [number, number];

/** An axis-aligned box: its top-left corner and size, in SVG units. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Whether the segment from p to q passes through `box` (Liang–Barsky clipping). */
export function segmentHitsBox(p: Point, q: Point, box: Box): boolean {
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, p[0] - box.x],
    [dx, box.x + box.width - p[0]],
    [-dy, p[1] - box.y],
    [dy, box.y + box.height - p[1]],
  ];
  for (const [a, b] of edges) {
    if (a === 0) {
      if (b < 0) return false;
      continue;
    }
    const t = b / a;
    if (a < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/**
 * Where to put a label of `size` next to the point `at`, clear of the polylines `lines` and
 * inside `bounds`: the nearest of the places around the point (left of it before right, above
 * before level before below) that crosses the fewest segments, among those inside the
 * bounds (or the least outside if none is).
 */
export function placeLabel(
  at: Point,
  size: { readonly width: number; readonly height: number },
  lines: readonly (readonly Point[])[],
  bounds: Box,
  gap = 8,
): Box {
  const { width, height } = size;
  const [x, y] = at;
  // 1. Places nearest first: left of the point, then right, then centred; above, level, below;
  //    then the same further off.
  const candidates: Box[] = [];
  for (const off of [0, 16, 32, 56])
    for (const bx of [x - gap - off - width, x + gap + off, x - width / 2])
      for (const by of [y - gap - off - height, y - height / 2, y + gap + off])
        if (!(bx === x - width / 2 && by === y - height / 2))
          candidates.push({ x: bx, y: by, width, height });
  const outside = (b: Box) =>
    Math.max(0, bounds.x - b.x) +
    Math.max(0, b.x + b.width - bounds.x - bounds.width) +
    Math.max(0, bounds.y - b.y) +
    Math.max(0, b.y + b.height - bounds.y - bounds.height);
  const crossings = (b: Box) => {
    let n = 0;
    for (const run of lines)
      for (let i = 1; i < run.length; i++) if (segmentHitsBox(run[i - 1]!, run[i]!, b)) n++;
    return n;
  };
  // 2. The first with the fewest crossings, among those least outside the bounds.
  let best = candidates[0]!;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const score = outside(c) * 1000 + crossings(c);
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
