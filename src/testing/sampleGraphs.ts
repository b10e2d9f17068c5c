import type { LayoutInput } from '../layout/types.ts';
import { seededRandom } from './seededRandom.ts';

/** Sizes like those `nodeBox` gives: 92–136 px wide (label length), 58 px high. */
const HEIGHT = 58;
const width = (id: number) => 92 + ((id * 37) % 5) * 11;

function input(nodeCount: number, edges: [number, number][]): LayoutInput {
  return {
    nodes: Array.from({ length: nodeCount }, (_, id) => ({ id, width: width(id), height: HEIGHT })),
    edges: edges.map(([from, to]) => ({ from, to })),
  };
}

/** colah's example `c = a + b, d = b + 1, e = c * d`: nodes a, b, c, 1, d, e. */
export function colahGraph(): LayoutInput {
  return input(6, [
    [0, 2],
    [1, 2],
    [1, 4],
    [3, 4],
    [2, 5],
    [4, 5],
  ]);
}

/** `x*x`: one input, two parallel edges into the product. */
export function squareGraph(): LayoutInput {
  return input(2, [
    [0, 1],
    [0, 1],
  ]);
}

/** A chain `x -> sin -> sin -> ...` of `nodeCount` nodes. */
export function chainGraph(nodeCount: number): LayoutInput {
  const edges: [number, number][] = [];
  for (let i = 1; i < nodeCount; i++) edges.push([i - 1, i]);
  return input(nodeCount, edges);
}

/** `k` stages of `x_{i+1} = sin(x_i) * cos(x_i)`: 3k + 1 nodes, 4k edges. */
export function ladderGraph(stages: number): LayoutInput {
  const edges: [number, number][] = [];
  for (let i = 0; i < stages; i++) {
    const x = 3 * i;
    edges.push([x, x + 1], [x, x + 2], [x + 1, x + 3], [x + 2, x + 3]);
  }
  return input(3 * stages + 1, edges);
}

/**
 * A random expression-like DAG: `inputs` leaves, then nodes with fan-in 1 or 2 whose operands
 * are mostly recent nodes (as in straight-line programs), sometimes any earlier node, and
 * sometimes the same node twice (`x*x`).
 */
export function randomExpressionGraph(nodeCount: number, seed: number, inputs = 4): LayoutInput {
  const random = seededRandom(seed);
  const leaves = Math.min(inputs, nodeCount);
  const edges: [number, number][] = [];
  const operand = (to: number) => {
    const recent = random() < 0.8;
    const span = recent ? Math.min(to, 6) : to;
    return to - 1 - Math.floor(random() * span);
  };
  for (let to = leaves; to < nodeCount; to++) {
    const first = operand(to);
    edges.push([first, to]);
    if (random() < 0.6) edges.push([random() < 0.05 ? first : operand(to), to]);
  }
  return input(nodeCount, edges);
}
