import { SHORT_NUMBER_CHARS } from '../narrate/format.ts';
import type { Bounds } from './geometry.ts';
import { BoxGrid, SegmentGrid } from './grid.ts';
import { candidate, cumulativeLengths, judge, LABEL_REACH, segmentsOf } from './labelPlaces.ts';
import type { LabelBox, Layout } from './types.ts';

export { LABEL_OFFSET, LABEL_REACH } from './labelPlaces.ts';
export type { LabelBox } from './types.ts';

/** Where a label's centre goes along its route, as fractions of the route's length, in order. */
export const LABEL_POSITIONS: readonly number[] = [0.5, 0.35, 0.65, 0.2, 0.8];

/** More places, tried after every one of LABEL_POSITIONS (on both sides) is taken. */
export const EXTRA_LABEL_POSITIONS: readonly number[] = [0.275, 0.425, 0.575, 0.725, 0.1, 0.9];

const POSITIONS = [...LABEL_POSITIONS, ...EXTRA_LABEL_POSITIONS];

/**
 * Room for an edge label as the app writes it: `formatShort` (at most SHORT_NUMBER_CHARS
 * characters) in an 11 px monospace font (glyphs about 0.6 em wide), 2 px of padding each side.
 */
export const EDGE_LABEL: LabelBox = {
  width: Math.ceil(SHORT_NUMBER_CHARS * 11 * 0.6) + 4,
  height: 14,
};

const grow = (box: Bounds, by: number): Bounds => ({
  left: box.left - by,
  top: box.top - by,
  right: box.right + by,
  bottom: box.bottom + by,
});

/**
 * Where each edge's label goes (its centre, one per `layout.edges` entry in order), or null when
 * no free place was found. Labels all have the size `label`; `nodeBoxes` are the boxes the
 * layout was made with, by node id. Guarantees, for every placed label: its box overlaps no node
 * box and no other placed label, does not touch its own route, and lies within LABEL_REACH px
 * of it (beside the route, on one side); parallel edges each get a label beside their own route.
 * A channel edge (with `labelFrom`) gets its label beside its own branch, never beside the lane
 * it shares with other edges, or none.
 * Best effort, at lower priority: no other edge's route through it. Greedy and deterministic:
 * edges by increasing route length (short edges have the fewest good places), each trying
 * LABEL_POSITIONS then EXTRA_LABEL_POSITIONS, right-hand side then left at each, and taking the
 * first candidate clear of everything, else the first clear of all but other routes. Uniform
 * grids keep it near linear in the number of route segments.
 */
export function placeEdgeLabels(
  layout: Layout,
  nodeBoxes: readonly LabelBox[],
  label: LabelBox,
): ({ x: number; y: number } | null)[] {
  // 1. Obstacles: node boxes and (later) placed labels in one grid, route segments in another.
  const margin = label.width + label.height + LABEL_REACH;
  const area = grow({ left: 0, top: 0, right: layout.width, bottom: layout.height }, margin);
  const cell = Math.max(label.width, label.height, 16);
  const boxes = new BoxGrid(area, cell);
  for (const { id, x, y } of layout.nodes) {
    const size = nodeBoxes[id];
    if (!size) continue;
    const [w, h] = [size.width / 2, size.height / 2];
    boxes.insert({ left: x - w, top: y - h, right: x + w, bottom: y + h });
  }
  const segments = segmentsOf(layout);
  const grid = new SegmentGrid(area, cell, segments.ends, segments.edge);
  const own = layout.edges.map(({ points, labelFrom }) =>
    labelFrom !== undefined && labelFrom > 0 ? points.slice(labelFrom) : points,
  );
  const along = own.map((points) => cumulativeLengths(points));
  // 2. Short edges first; ties by position, so the order is deterministic.
  const lengths = along.map((lengths) => lengths[lengths.length - 1] ?? 0);
  const order = layout.edges.map((_, k) => k).sort((p, q) => lengths[p]! - lengths[q]! || p - q);
  // 3. Each edge takes its first candidate clear of everything, else of all but other routes.
  const placed: ({ x: number; y: number } | null)[] = layout.edges.map(() => null);
  for (const k of order) {
    const { index, points: whole } = layout.edges[k]!;
    const points = own[k]!;
    let fallback: Bounds | undefined;
    let chosen: Bounds | undefined;
    for (let c = 0; c < 2 * POSITIONS.length && !chosen; c++) {
      const place = candidate(points, along[k]!, POSITIONS[c >> 1]!, c & 1 ? -1 : 1, label);
      const verdict = place && judge(place, index, points, boxes, grid, whole);
      if (verdict?.clear) chosen = verdict.box;
      else fallback ??= verdict?.box;
    }
    chosen ??= fallback;
    if (!chosen) continue;
    boxes.insert(chosen);
    placed[k] = { x: (chosen.left + chosen.right) / 2, y: (chosen.top + chosen.bottom) / 2 };
  }
  return placed;
}

/**
 * The smallest box holding the layout's drawing `[0, width] x [0, height]` and every placed
 * label (labels may stick out of the drawing beside edges near its border): the view box to draw.
 */
export function boundsWithLabels(
  layout: Layout,
  placements: readonly ({ x: number; y: number } | null)[],
  label: LabelBox,
): Bounds {
  let [left, top, right, bottom] = [0, 0, layout.width, layout.height];
  for (const at of placements) {
    if (!at) continue;
    left = Math.min(left, at.x - label.width / 2);
    right = Math.max(right, at.x + label.width / 2);
    top = Math.min(top, at.y - label.height / 2);
    bottom = Math.max(bottom, at.y + label.height / 2);
  }
  return { left, top, right, bottom };
}
