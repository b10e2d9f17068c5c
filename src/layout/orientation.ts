import { LANE_SPACING } from './channelRoutes.ts';
import { chooseChannels } from './channels.ts';
import { compactLayers, usableEdge } from './layering.ts';
import { layoutGap } from './policy.ts';
import type { LayoutInput, LayoutOptions, Orientation } from './types.ts';

/** The estimated size of a layout, in screen px. */
export interface SizeEstimate {
  readonly width: number;
  readonly height: number;
}

/**
 * Layers as sugiyama would roughly give them, in O(nodes + edges): longest path from the
 * sources, then every source with successors moved up to just below its lowest successor (as
 * simplex layering does with a constant feeding a late operation). Edges that break the
 * topological-order invariant are ignored.
 */
function roughLayers(input: LayoutInput): Int32Array {
  const n = input.nodes.length;
  const edges = input.edges.filter(({ from, to }) => from >= 0 && from < to && to < n);
  // 1. Longest path: ids are topological, so one pass over edges sorted by target suffices.
  const layer = new Array<number>(n).fill(0);
  const hasParent = new Array<boolean>(n).fill(false);
  const byTarget = [...edges].sort((a, b) => a.to - b.to);
  for (const { from, to } of byTarget) {
    layer[to] = Math.max(layer[to]!, layer[from]! + 1);
    hasParent[to] = true;
  }
  // 2. Sources move up to one layer below their lowest successor.
  const lowest = new Array<number>(n).fill(Number.POSITIVE_INFINITY);
  for (const { from, to } of edges) lowest[from] = Math.min(lowest[from]!, layer[to]!);
  for (let id = 0; id < n; id++)
    if (!hasParent[id] && Number.isFinite(lowest[id]!)) layer[id] = lowest[id]! - 1;
  return compactLayers(layer);
}

/** The input as d3-dag sees it for `right`: boxes transposed. */
function transposed(input: LayoutInput): LayoutInput {
  const nodes = input.nodes.map((node) => ({ ...node, width: node.height, height: node.width }));
  return { nodes, edges: input.edges };
}

/**
 * The bounding box a layout of `input` in `orientation` would roughly have, without running
 * sugiyama: `roughLayers`, then the widest layer (its boxes' extent along the layer, one gap
 * between neighbours, one gap per long edge passing through it, and the lanes of edges in side
 * channels beside it, see `chooseChannels`) by the layers' total depth
 * (each layer as deep as its deepest box, gaps between layers). O(nodes + edges).
 */
export function estimateSize(
  input: LayoutInput,
  orientation: Orientation,
  labelRoom?: LayoutOptions['labelRoom'],
): SizeEstimate {
  const layer = roughLayers(input);
  const count = layer.reduce((m, l) => Math.max(m, l + 1), 0);
  if (count === 0) return { width: 0, height: 0 };
  const [gapIn, gapBetween] = layoutGap(orientation, labelRoom);
  const up = orientation === 'up';
  // 1. Per layer: the boxes' total extent along it, their largest depth, items (with dummies).
  const along = new Array<number>(count).fill(0);
  const depth = new Array<number>(count).fill(0);
  const items = new Array<number>(count + 1).fill(0);
  input.nodes.forEach(({ width, height }, id) => {
    const l = layer[id]!;
    const [a, d] = up ? [width, height] : [height, width];
    along[l] = along[l]! + (Number.isFinite(a) && a > 0 ? a : 1);
    depth[l] = Math.max(depth[l]!, Number.isFinite(d) && d > 0 ? d : 1);
    items[l] = items[l]! + 1;
  });
  // 2. Dummies of long edges in the layers, by a difference array over the layers each
  // crosses; lanes of the edges in side channels (one per source), likewise.
  const frame = up ? input : transposed(input);
  const { channel } = chooseChannels(frame, layer, [gapIn, gapBetween]);
  const crossing = new Array<number>(count + 1).fill(0);
  const lanes = new Array<number>(count + 1).fill(0);
  const trunks = new Map<number, [number, number]>();
  input.edges.forEach(({ from, to }, index) => {
    if (!usableEdge(input.nodes.length, { from, to })) return;
    const [a, b] = [layer[from]!, layer[to]!];
    if (channel[index] === 1) {
      const [lo, hi] = trunks.get(from) ?? [a, b];
      trunks.set(from, [Math.min(lo, a), Math.max(hi, b)]);
    } else if (b - a >= 2) {
      crossing[a + 1] = crossing[a + 1]! + 1;
      crossing[b] = crossing[b]! - 1;
    }
  });
  for (const [lo, hi] of trunks.values()) {
    lanes[lo] = lanes[lo]! + 1;
    lanes[hi + 1] = lanes[hi + 1]! - 1;
  }
  // 3. Widest layer (with its lanes) by total depth.
  let widest = 0;
  let total = gapBetween * (count - 1);
  let [running, laneCount] = [0, 0];
  for (let l = 0; l < count; l++) {
    running += crossing[l]!;
    laneCount += lanes[l]!;
    const gaps = Math.max(0, items[l]! + running - 1);
    const side = laneCount > 0 ? gapIn + (laneCount - 1) * LANE_SPACING : 0;
    widest = Math.max(widest, along[l]! + gaps * gapIn + side);
    total += depth[l]!;
  }
  return up ? { width: widest, height: total } : { width: total, height: widest };
}

/**
 * The orientation whose layout of `input` fits `viewport` at the larger scale
 * `min(viewport.width / W, viewport.height / H)`, where W x H is `estimateSize` (cheap: no
 * sugiyama, O(nodes + edges)). Ties, an empty graph and an unusable viewport give `up`. Pass
 * the `labelRoom` that `layoutGraph` will get, so that the estimate uses the same gaps.
 */
export function chooseOrientation(
  input: LayoutInput,
  viewport: { readonly width: number; readonly height: number },
  options: Pick<LayoutOptions, 'labelRoom'> = {},
): Orientation {
  const { width, height } = viewport;
  if (!(width > 0 && height > 0) || input.nodes.length === 0) return 'up';
  const scale = ({ width: w, height: h }: SizeEstimate) =>
    Math.min(width / Math.max(w, 1), height / Math.max(h, 1));
  const up = scale(estimateSize(input, 'up', options.labelRoom));
  const right = scale(estimateSize(input, 'right', options.labelRoom));
  return right > up ? 'right' : 'up';
}
