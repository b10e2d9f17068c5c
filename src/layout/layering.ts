import { graph, layeringSimplex } from 'd3-dag';
import type { LayoutInput } from './types.ts';

/** True for an edge that keeps the input's invariants (`0 <= from < to < n`, integers). */
export function usableEdge(n: number, { from, to }: { from: number; to: number }): boolean {
  return Number.isInteger(from) && Number.isInteger(to) && from >= 0 && from < to && to < n;
}

/**
 * Renumbers layer values to 0..k-1 keeping their order, so every layer holds a node (d3-dag
 * requires it) and every edge still runs from a lower layer to a higher one.
 */
export function compactLayers(values: ArrayLike<number>): Int32Array {
  const distinct = [...new Set(Array.from(values))].sort((a, b) => a - b);
  const index = new Map(distinct.map((value, i) => [value, i]));
  const layers = new Int32Array(values.length);
  for (let id = 0; id < values.length; id++) layers[id] = index.get(values[id]!)!;
  return layers;
}

/**
 * d3-dag's `layeringLongestPath()` in O(nodes + edges), without recursion or a graph object:
 * 1. each node's height is the longest path from it to a sink; 2. in topological order, each
 * node with operands moves to just below its lowest operand (height one less); sources keep
 * their height, so a constant sits just before its first use rather than with the inputs;
 * 3. layer = greatest height - height (sources' side first). Edges that break the input's
 * invariants are ignored.
 */
export function longestPathLayers(input: LayoutInput): Int32Array {
  const n = input.nodes.length;
  const edges = input.edges.filter((edge) => usableEdge(n, edge));
  const height = new Int32Array(n);
  // Edges by decreasing `from`: every `to` is final before its `from` is visited.
  const byFrom = [...edges].sort((a, b) => b.from - a.from);
  for (const { from, to } of byFrom) height[from] = Math.max(height[from]!, height[to]! + 1);
  const byTo = [...edges].sort((a, b) => a.to - b.to);
  let e = 0;
  for (let id = 0; id < n; id++) {
    // Operands have smaller ids, so they were moved already.
    let lowest = Number.POSITIVE_INFINITY;
    for (; e < byTo.length && byTo[e]!.to === id; e++)
      lowest = Math.min(lowest, height[byTo[e]!.from]!);
    if (Number.isFinite(lowest)) height[id] = lowest - 1;
  }
  let top = 0;
  for (let id = 0; id < n; id++) top = Math.max(top, height[id]!);
  const layers = new Int32Array(n);
  for (let id = 0; id < n; id++) layers[id] = top - height[id]!;
  return compactLayers(layers);
}

/**
 * The layers d3-dag's `layeringSimplex()` gives the whole graph (the total span of edges is
 * least), compacted. Its linear program grows about quadratically: 0.1 s at 1,000 nodes, 0.6 s
 * at 3,000, 3 s at 6,000. Throws whatever d3-dag throws.
 */
export function simplexLayers(input: LayoutInput): Int32Array {
  const dag = graph<number, undefined>();
  const nodes = input.nodes.map((_, id) => dag.node(id));
  for (const edge of input.edges)
    if (usableEdge(nodes.length, edge)) dag.link(nodes[edge.from]!, nodes[edge.to]!);
  const separation = (a: unknown, b: unknown) => (a && b ? 1 : 0);
  layeringSimplex()(dag, separation);
  const values = new Float64Array(nodes.length);
  for (const node of dag.nodes()) values[node.data] = Math.round(node.y);
  return compactLayers(values);
}

/**
 * Layers for an edit (the `kept` tier): each node of the previous drawing keeps its layer there
 * (`previous`, by new id; undefined for new nodes) unless an operand now sits at or below it,
 * when it moves just past that operand; a new operation goes just past its operands, a new
 * source just before its first use. O(nodes + edges), no solver: the refined layout's simplex
 * layering costs 20-30 ms at 300 nodes. Edges that break the input's invariants are ignored.
 */
export function keptLayers(
  input: LayoutInput,
  previous: readonly (number | undefined)[],
): Int32Array {
  const n = input.nodes.length;
  const edges = input.edges.filter((edge) => usableEdge(n, edge));
  const byTo = [...edges].sort((a, b) => a.to - b.to);
  const layer = new Float64Array(n);
  const placed = new Uint8Array(n);
  // 1. In topological order (operands have smaller ids): past every operand placed so far.
  let e = 0;
  for (let id = 0; id < n; id++) {
    let bound = Number.NEGATIVE_INFINITY;
    for (; e < byTo.length && byTo[e]!.to === id; e++)
      if (placed[byTo[e]!.from]) bound = Math.max(bound, layer[byTo[e]!.from]! + 1);
    const was = previous[id];
    const value = was !== undefined ? Math.max(was, bound) : bound;
    if (Number.isFinite(value)) {
      layer[id] = value;
      placed[id] = 1;
    }
  }
  // 2. New sources (and what only they feed), last first: just before the first use.
  const byFrom = [...edges].sort((a, b) => b.from - a.from);
  let f = 0;
  for (let id = n - 1; id >= 0; id--) {
    let first = Number.POSITIVE_INFINITY;
    for (; f < byFrom.length && byFrom[f]!.from === id; f++)
      first = Math.min(first, layer[byFrom[f]!.to]!);
    if (placed[id]) continue;
    layer[id] = Number.isFinite(first) ? first - 1 : 0;
    placed[id] = 1;
  }
  return compactLayers(layer);
}
