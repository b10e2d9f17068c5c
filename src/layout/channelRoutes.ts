import { LaneTree } from './laneTree.ts';
import type { RawLayout } from './sugiyama.ts';
import type { LayoutInput } from './types.ts';

type Point = [number, number];

/** Distance between neighbouring lanes, in px. */
export const LANE_SPACING = 8;

/** Distance between horizontal runs that share the gap between two layers, in px. */
const TRACK_SPACING = 6;

/** Distance between branches that reach one box on the same side, in px. */
const ENTRY_SPACING = 8;

/** Coordinates closer than this are equal (d3-dag's layers are exact; rounding is not). */
const EPSILON = 1e-6;

/** How far from the drawing a lane keeps, and room along a branch for its label. */
export interface ChannelSpace {
  /** Between a lane and the outermost box or laid-out route it passes, in px. */
  readonly clearance: number;
  /** Extra length for the branch into a box, so that a label fits beside it, in px. */
  readonly stub: number;
}

/**
 * The bands of the layers (the real nodes share a y per layer): sorted centres and half depths,
 * each node's band, and the outermost box on each side of each band.
 */
function bandsOf(raw: RawLayout, sizes: readonly (readonly [number, number])[]) {
  const ys = [...new Set(raw.centres.map(([, y]) => y))].sort((a, b) => a - b);
  const bandOf = new Int32Array(raw.centres.length);
  const half = new Float64Array(ys.length);
  const index = new Map(ys.map((y, b) => [y, b]));
  const members: number[][] = ys.map(() => []);
  raw.centres.forEach(([, y], id) => {
    const b = index.get(y)!;
    bandOf[id] = b;
    half[b] = Math.max(half[b]!, sizes[id]![1] / 2);
    members[b]!.push(id);
  });
  // Boxes beyond each node on each side of its band: [left, right].
  const beyond = [new Int32Array(raw.centres.length), new Int32Array(raw.centres.length)];
  for (const list of members) {
    list.sort((a, b) => raw.centres[a]![0] - raw.centres[b]![0] || a - b);
    list.forEach((id, k) => {
      beyond[0]![id] = k;
      beyond[1]![id] = list.length - 1 - k;
    });
  }
  return { ys, half, bandOf, beyond };
}

/**
 * Routes the channel edges (`channel[index]` = 1) of a layout of the other edges, in d3-dag's
 * frame (layers along y, sources at the top), and returns the layout with their routes. Every
 * channel edge of one source runs along one shared lane beside the drawing, on the side nearer
 * to it and its targets: 1. out of the source's outer side when it is the outermost box of its
 * layer, else down out of its bottom into the gap below the layer and along it; 2. along the
 * lane, clear of every box and laid-out route of the layers it passes (`space.clearance`), and
 * of other lanes there (LANE_SPACING; short lanes nearer the drawing); 3. into the target's
 * outer side when it is the outermost box of its layer, else along the gap above its layer and
 * down into its top. Runs in gaps and branches into one box are spread apart, so parallel
 * edges get distinct routes. No route enters a box other than its ends'. `labelFrom` gives, for
 * each channel edge, the index of the point where its own branch leaves the shared lane.
 */
export function routeChannels(
  input: LayoutInput,
  raw: RawLayout,
  sizes: readonly (readonly [number, number])[],
  channel: Uint8Array,
  space: ChannelSpace,
): RawLayout {
  const edges = input.edges.map((edge, index) => ({ ...edge, index }));
  const mine = edges.filter(({ index }) => channel[index] === 1);
  if (mine.length === 0) return raw;
  const { ys, half, bandOf, beyond } = bandsOf(raw, sizes);
  const slots = 2 * ys.length;
  // 1. Slots: band b is slot 2b, the gap below it 2b + 1. What each holds, outermost per side.
  const slotOf = (y: number) => {
    let [lo, hi] = [0, ys.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ys[mid]! - half[mid]! <= y + EPSILON) lo = mid;
      else hi = mid - 1;
    }
    return y <= ys[lo]! + half[lo]! + EPSILON ? 2 * lo : 2 * lo + 1;
  };
  const outer = [new Float64Array(slots), new Float64Array(slots)];
  outer[0]!.fill(Number.NEGATIVE_INFINITY);
  outer[1]!.fill(Number.NEGATIVE_INFINITY);
  const hold = (slot: number, left: number, right: number) => {
    outer[0]![slot] = Math.max(outer[0]![slot]!, -left);
    outer[1]![slot] = Math.max(outer[1]![slot]!, right);
  };
  raw.centres.forEach(([x], id) => {
    hold(2 * bandOf[id]!, x - sizes[id]![0] / 2, x + sizes[id]![0] / 2);
  });
  for (const route of raw.routes)
    for (let i = 1; i < route.length; i++) {
      const [[ax, ay], [bx, by]] = [route[i - 1]!, route[i]!];
      const [lo, hi] = [slotOf(Math.min(ay, by)), slotOf(Math.max(ay, by))];
      for (let slot = lo; slot <= hi; slot++) hold(slot, Math.min(ax, bx), Math.max(ax, bx));
    }
  // 2. Trunks: the channel edges of each source, on the side nearer to them.
  const trunks = new Map<number, typeof mine>();
  for (const edge of mine) {
    const list = trunks.get(edge.from);
    if (list) list.push(edge);
    else trunks.set(edge.from, [edge]);
  }
  let [minX, maxX] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
  raw.centres.forEach(([x], id) => {
    minX = Math.min(minX, x - sizes[id]![0] / 2);
    maxX = Math.max(maxX, x + sizes[id]![0] / 2);
  });
  // The side with fewer boxes between the lane and the source and targets (each such box
  // sends a branch through a gap, across the edges there), else the nearer one.
  const sideOf = (from: number, list: typeof mine) => {
    let [left, right, sum] = [beyond[0]![from]!, beyond[1]![from]!, raw.centres[from]![0]];
    for (const { to } of list) {
      left += beyond[0]![to]!;
      right += beyond[1]![to]!;
      sum += raw.centres[to]![0];
    }
    if (left !== right) return right < left ? 1 : 0;
    return sum / (list.length + 1) >= (minX + maxX) / 2 ? 1 : 0;
  };
  // In side-normalised coordinates (x mirrored for the left side) "outer" is always +x.
  const x = (id: number, side: number) => (side ? 1 : -1) * raw.centres[id]![0];
  const isOutermost = (id: number, side: number) => beyond[side]![id] === 0;
  const plans = [...trunks].map(([from, list]) => {
    const side = sideOf(from, list);
    const sideExit = isOutermost(from, side);
    const lo = 2 * bandOf[from]! + (sideExit ? 0 : 1);
    let hi = lo;
    for (const { to } of list) hi = Math.max(hi, 2 * bandOf[to]! - (isOutermost(to, side) ? 0 : 1));
    return { from, list, side, sideExit, lo, hi, lane: 0 };
  });
  // 3. Lanes, shortest first, so that they nest.
  const reach = space.clearance + space.stub;
  for (const side of [0, 1]) {
    const tree = new LaneTree(outer[side]!.map((v) => v + reach - LANE_SPACING));
    const mineOnSide = plans.filter((plan) => plan.side === side);
    mineOnSide.sort((p, q) => p.hi - p.lo - (q.hi - q.lo) || p.from - q.from);
    for (const plan of mineOnSide)
      plan.lane = tree.place(plan.lo, plan.hi, LANE_SPACING, Number.NEGATIVE_INFINITY);
  }
  // 4. Tracks in gaps, and the order of branches reaching each box on each side.
  const tracksUsed = new Int32Array(ys.length);
  const track = (gap: number) => {
    const room = (ys[gap + 1]! - half[gap + 1]! - (ys[gap]! + half[gap]!)) / 2 - 2;
    const fit = 2 * Math.max(0, Math.floor(room / TRACK_SPACING)) + 1;
    const k = tracksUsed[gap]! % fit;
    tracksUsed[gap] = tracksUsed[gap]! + 1;
    const middle = (ys[gap]! + half[gap]! + ys[gap + 1]! - half[gap + 1]!) / 2;
    return middle + (k % 2 ? 1 : -1) * Math.ceil(k / 2) * TRACK_SPACING;
  };
  // Ports on a box's outer side: channel edges arriving (port = edge index) and the lane
  // leaving (port = -1 - source), spread along the side in the order of their lanes.
  const ports = new Map<number, { port: number; lane: number }[]>();
  const addPort = (id: number, side: number, port: number, lane: number) => {
    const list = ports.get(2 * id + side);
    if (list) list.push({ port, lane });
    else ports.set(2 * id + side, [{ port, lane }]);
  };
  for (const plan of plans) {
    if (plan.sideExit) addPort(plan.from, plan.side, -1 - plan.from, plan.lane);
    for (const { to, index } of plan.list) addPort(to, plan.side, index, plan.lane);
  }
  const portRank = new Map<number, { k: number; m: number }>();
  for (const list of ports.values()) {
    list.sort((p, q) => p.lane - q.lane || p.port - q.port);
    list.forEach(({ port }, k) => {
      portRank.set(port, { k, m: list.length });
    });
  }
  const spread = (port: number, extent: number) => {
    const { k, m } = portRank.get(port)!;
    const step = m > 1 ? Math.min(ENTRY_SPACING, extent / (m - 1)) : 0;
    return (k - (m - 1) / 2) * step;
  };
  // 5. Routes: out of the source, along the lane, into the target (normalised, then mirrored
  // back for the left side).
  const routes: (readonly (readonly [number, number])[])[] = raw.routes.slice();
  const labelFrom: (number | undefined)[] = raw.labelFrom
    ? [...raw.labelFrom]
    : input.edges.map(() => undefined);
  for (const plan of plans) {
    const { from, side, lane } = plan;
    const sign = side ? 1 : -1;
    const [w, h] = sizes[from]!;
    const [sx, sy] = [x(from, side), raw.centres[from]![1]];
    const exit: Point[] = [];
    if (plan.sideExit) {
      const y = sy + spread(-1 - from, h - 4);
      exit.push([sign * (sx + w / 2), y], [sign * lane, y]);
    } else {
      const gy = track(bandOf[from]!);
      const ex = sign * (sx + w / 4);
      exit.push([ex, sy + h / 2], [ex, gy], [sign * lane, gy]);
    }
    for (const { to, index } of plan.list) {
      const [tw, th] = sizes[to]!;
      const [tx, ty] = [x(to, side), raw.centres[to]![1]];
      const route = exit.slice();
      if (isOutermost(to, side)) {
        const y = ty + spread(index, th - 4);
        route.push([sign * lane, y], [sign * (tx + tw / 2), y]);
      } else {
        const gy = track(bandOf[to]! - 1);
        const ex = sign * (tx + tw / 4 + spread(index, tw / 2 - 4));
        route.push([sign * lane, gy], [ex, gy], [ex, ty - th / 2]);
      }
      routes[index] = route;
      labelFrom[index] = exit.length;
    }
  }
  return { ...raw, routes, labelFrom };
}
