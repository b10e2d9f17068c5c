import type { Drawing } from './drawing.ts';
import type { Layout, RoutedEdge } from './layout/index.ts';
import type { EngineResponse } from './protocol.ts';

/**
 * A layout as typed arrays, which a worker hands to the page without copying (transferables):
 * structured clone rebuilds a 10,000-node layout's 80,000 small objects and arrays in about
 * 40 ms of the page's time; these arrays move in none, and rebuilding the objects from them
 * (`unpackLayout`) takes a few milliseconds.
 */
export interface PackedLayout {
  readonly kind: 'packed';
  readonly width: number;
  readonly height: number;
  readonly orientation: Layout['orientation'];
  readonly quality: Layout['quality'];
  readonly algorithm: string;
  readonly millis: number;
  /** Node id, x, y, for each placed node. */
  readonly nodes: Float64Array;
  /** Per edge: its input index, and where its own branch begins (-1: not channel-routed). */
  readonly edgeIndex: Int32Array;
  readonly edgeLabelFrom: Int32Array;
  /** Edge k's points are `points[2*pointStart[k] .. 2*pointStart[k+1])`, as x, y pairs. */
  readonly pointStart: Uint32Array;
  readonly points: Float64Array;
  /** Label centres as x, y pairs (NaN, NaN: no place found); absent when edges are unlabelled. */
  readonly labels?: Float64Array;
}

/** `layout` (and its edge labels) as typed arrays. */
export function packLayout(layout: Layout, labels?: Drawing['labels']): PackedLayout {
  const nodes = new Float64Array(layout.nodes.length * 3);
  layout.nodes.forEach(({ id, x, y }, i) => {
    nodes.set([id, x, y], 3 * i);
  });
  const edgeCount = layout.edges.length;
  const edgeIndex = new Int32Array(edgeCount);
  const edgeLabelFrom = new Int32Array(edgeCount);
  const pointStart = new Uint32Array(edgeCount + 1);
  for (let k = 0; k < edgeCount; k++)
    pointStart[k + 1] = pointStart[k]! + layout.edges[k]!.points.length;
  const points = new Float64Array(2 * pointStart[edgeCount]!);
  layout.edges.forEach((edge, k) => {
    edgeIndex[k] = edge.index;
    edgeLabelFrom[k] = edge.labelFrom ?? -1;
    let at = 2 * pointStart[k]!;
    for (const [x, y] of edge.points) {
      points[at++] = x;
      points[at++] = y;
    }
  });
  const packed: PackedLayout = {
    kind: 'packed',
    width: layout.width,
    height: layout.height,
    orientation: layout.orientation,
    quality: layout.quality,
    algorithm: layout.algorithm,
    millis: layout.millis,
    nodes,
    edgeIndex,
    edgeLabelFrom,
    pointStart,
    points,
  };
  if (!labels) return packed;
  const places = new Float64Array(labels.length * 2);
  labels.forEach((at, k) => {
    places.set(at ? [at.x, at.y] : [Number.NaN, Number.NaN], 2 * k);
  });
  return { ...packed, labels: places };
}

/** The layout and labels that `packLayout` packed, equal to the originals. */
export function unpackLayout(packed: PackedLayout): {
  layout: Layout;
  labels: Drawing['labels'];
} {
  const { nodes: n, edgeIndex, edgeLabelFrom, pointStart, points } = packed;
  const nodes = new Array(n.length / 3);
  for (let i = 0; i < nodes.length; i++)
    nodes[i] = { id: n[3 * i]!, x: n[3 * i + 1]!, y: n[3 * i + 2]! };
  const edges = new Array<RoutedEdge>(edgeIndex.length);
  for (let k = 0; k < edges.length; k++) {
    const route: [number, number][] = [];
    for (let p = pointStart[k]!; p < pointStart[k + 1]!; p++)
      route.push([points[2 * p]!, points[2 * p + 1]!]);
    const labelFrom = edgeLabelFrom[k]!;
    edges[k] = { index: edgeIndex[k]!, points: route, ...(labelFrom >= 0 ? { labelFrom } : {}) };
  }
  const { width, height, orientation, quality, algorithm, millis } = packed;
  const layout: Layout = { width, height, nodes, edges, orientation, quality, algorithm, millis };
  const { labels: l } = packed;
  if (!l) return { layout, labels: undefined };
  const labels = new Array(l.length / 2);
  for (let k = 0; k < labels.length; k++)
    labels[k] = Number.isNaN(l[2 * k]!) ? null : { x: l[2 * k]!, y: l[2 * k + 1]! };
  return { layout, labels };
}

/** A drawing as it travels from the worker: its layout packed (see `PackedLayout`). */
export type WireDrawing = Omit<Drawing, 'layout' | 'labels'> & {
  readonly layout: PackedLayout | null;
};

/** An engine response as it travels: drawings packed. */
export type WireResponse =
  | Exclude<EngineResponse, { type: 'analysis' | 'drawing' }>
  | (Omit<Extract<EngineResponse, { type: 'analysis' }>, 'drawing'> & { drawing: WireDrawing })
  | (Omit<Extract<EngineResponse, { type: 'drawing' }>, 'drawing'> & { drawing: WireDrawing });

function packDrawing(drawing: Drawing, transfer: ArrayBuffer[]): WireDrawing {
  const { layout, labels, ...rest } = drawing;
  if (!layout) return { ...rest, layout: null };
  const packed = packLayout(layout, labels);
  const { nodes, edgeIndex, edgeLabelFrom, pointStart, points } = packed;
  for (const array of [nodes, edgeIndex, edgeLabelFrom, pointStart, points, packed.labels])
    if (array) transfer.push(array.buffer as ArrayBuffer);
  return { ...rest, layout: packed };
}

function unpackDrawing(drawing: WireDrawing | Drawing): Drawing {
  const { layout, ...rest } = drawing;
  if (!layout) return { ...rest, layout: null };
  if (!('kind' in layout)) return drawing as Drawing; // sent unpacked (tests' fake workers)
  const unpacked = unpackLayout(layout);
  return {
    ...rest,
    layout: unpacked.layout,
    ...(unpacked.labels ? { labels: unpacked.labels } : {}),
  };
}

/** `response` for `postMessage`: the message, and the buffers to transfer with it. */
export function toWire(response: EngineResponse): {
  message: WireResponse;
  transfer: ArrayBuffer[];
} {
  const transfer: ArrayBuffer[] = [];
  if (response.type !== 'analysis' && response.type !== 'drawing')
    return { message: response, transfer };
  return { message: { ...response, drawing: packDrawing(response.drawing, transfer) }, transfer };
}

/** The response `toWire` packed (a response sent unpacked passes through). */
export function fromWire(message: WireResponse | EngineResponse): EngineResponse {
  if (message.type !== 'analysis' && message.type !== 'drawing') return message;
  return { ...message, drawing: unpackDrawing(message.drawing) } as EngineResponse;
}
