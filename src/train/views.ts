import type { Graph } from '../graph/index.ts';
import { compileTape, tapeForward } from '../tape/index.ts';
import type { DataTable } from './data.ts';
import { DataPass } from './pass.ts';
import type { Roles } from './roles.ts';

/**
 * The mean loss over a grid of one or two parameters' values, the others held where they are:
 * the surface the descent walks on. `values[j * xs.length + i]` is at (xs[i], ys[j]); with one
 * parameter `ys` is absent and `values[i]` is at xs[i].
 */
export interface LossSurface {
  readonly names: readonly string[];
  readonly xs: Float64Array;
  readonly ys?: Float64Array;
  readonly values: Float64Array;
}

/** Data points and the model's curve: the prediction against the one data input it depends on. */
export interface ModelFit {
  readonly xName: string;
  readonly yName: string;
  /** The name of the node drawn as the curve (a named step of the program). */
  readonly model: string;
  readonly points: { readonly x: Float64Array; readonly y: Float64Array };
  readonly curve: { readonly x: Float64Array; readonly y: Float64Array };
}

/** Grid points per axis: 48 × 48 mean losses over 100 rows is 230,000 row passes. */
export const SURFACE_SIZE = 48;
const CURVE_POINTS = 120;

/** Parameter ranges around `visited`: their extent with a margin of half, at least ±1. */
export function surfaceRange(visited: ArrayLike<number>): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < visited.length; i++) {
    const v = visited[i]!;
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (lo > hi) return [-1, 1];
  const margin = Math.max((hi - lo) / 2, 1);
  return [lo - margin, hi + margin];
}

/**
 * The loss surface over the parameters of `roles` (one or two of them) at `point` (every
 * input's value in the graph's input order), each over `ranges`; undefined with more than two.
 */
export function lossSurface(
  graph: Graph,
  data: DataTable,
  roles: Roles,
  point: Float64Array,
  ranges: readonly (readonly [number, number])[],
  size = SURFACE_SIZE,
): LossSurface | undefined {
  const parameters = roles.parameters;
  if (parameters.length === 0 || parameters.length > 2 || ranges.length !== parameters.length)
    return undefined;
  const pass = new DataPass(compileTape(graph), data, roles, Float64Array.from(point));
  const axis = ([lo, hi]: readonly [number, number]) =>
    Float64Array.from({ length: size }, (_, i) => lo + ((hi - lo) * i) / (size - 1));
  const xs = axis(ranges[0]!);
  const [p, q] = [parameters[0]!.input, parameters[1]?.input];
  if (q === undefined) {
    const values = xs.map((x) => {
      pass.point[p] = x;
      return pass.meanLoss();
    });
    return { names: [parameters[0]!.name], xs, values };
  }
  const ys = axis(ranges[1]!);
  const values = new Float64Array(size * size);
  for (let j = 0; j < size; j++)
    for (let i = 0; i < size; i++) {
      pass.point[p] = xs[i]!;
      pass.point[q] = ys[j]!;
      values[j * size + i] = pass.meanLoss();
    }
  return { names: [parameters[0]!.name, parameters[1]!.name], xs, ys, values };
}

/**
 * The model's curve when the data has one input column and one target column: the model is
 * the last named step of the program (not the output) that depends on the input column and on
 * no other data column; the target is the other column. Undefined when the data or the program
 * has another shape.
 */
export function modelFit(
  graph: Graph,
  data: DataTable,
  roles: Roles,
  point: Float64Array,
): ModelFit | undefined {
  if (roles.data.length !== 2) return undefined;
  const depends = dataDependence(graph, roles);
  let model = -1;
  let column = -1;
  for (const node of graph.nodes) {
    if (node.id === graph.output || node.kind !== 'op' || node.names.length === 0) continue;
    const mask = depends[node.id]!;
    if (mask === 1 || mask === 2) {
      model = node.id;
      column = mask - 1;
    }
  }
  if (model < 0) return undefined;
  const input = roles.data[column]!;
  const target = roles.data[1 - column]!;
  const xsData = data.values[input.column]!;
  const ysData = data.values[target.column]!;
  const tape = compileTape(graph);
  const values = new Float64Array(tape.size);
  const at = Float64Array.from(point);
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const x of xsData) {
    lo = Math.min(lo, x);
    hi = Math.max(hi, x);
  }
  const pad = hi > lo ? (hi - lo) * 0.05 : 1;
  const curveX = Float64Array.from(
    { length: CURVE_POINTS },
    (_, i) => lo - pad + ((hi - lo + 2 * pad) * i) / (CURVE_POINTS - 1),
  );
  const slot = tape.slotOf[model]!;
  const curveY = curveX.map((x) => {
    at[input.input] = x;
    tapeForward(tape, at, values);
    return values[slot]!;
  });
  const name = graph.nodes[model]!.names.at(-1) ?? graph.nodes[model]!.label;
  return {
    xName: input.name,
    yName: target.name,
    model: name,
    points: { x: Float64Array.from(xsData), y: Float64Array.from(ysData) },
    curve: { x: curveX, y: curveY },
  };
}

/** By node: bit k set when the node depends on data column k of `roles.data` (k < 2). */
function dataDependence(graph: Graph, roles: Roles): Uint8Array {
  const mask = new Uint8Array(graph.nodes.length);
  roles.data.forEach((d, k) => {
    const id = graph.inputs[d.input]!;
    if (k < 2) mask[id] = mask[id]! | (1 << k);
  });
  // Node ids are in evaluation order: operands come before the nodes that use them.
  for (const node of graph.nodes)
    for (const u of node.operands) mask[node.id] = mask[node.id]! | mask[u]!;
  return mask;
}
