import type { Graph } from '../graph/index.ts';

/**
 * x and y agree: both NaN, equal (infinities included), or within `tolerance` relative to the
 * larger of 1, |x| and |y|.
 */
export function close(x: number, y: number, tolerance: number): boolean {
  return (
    (Number.isNaN(x) && Number.isNaN(y)) ||
    x === y ||
    Math.abs(x - y) <= tolerance * Math.max(1, Math.abs(x), Math.abs(y))
  );
}

/**
 * True where the function is smooth and tame around the current point, so that finite
 * differences can check derivatives: every value finite and moderate, no kink (abs, relu,
 * max, min) or pole closer than `margin` to its argument. `values` are by node id.
 */
export function smoothHere(graph: Graph, values: ArrayLike<number>, margin: number): boolean {
  for (const node of graph.nodes) {
    const v = values[node.id]!;
    if (!Number.isFinite(v) || Math.abs(v) > 1e4) return false;
    const args = node.operands.map((u) => values[u]!);
    switch (node.op) {
      case 'abs':
      case 'relu':
      case 'sqrt':
      case 'log':
        if (Math.abs(args[0]!) < margin) return false;
        break;
      case 'max':
      case 'min':
        if (Math.abs(args[0]! - args[1]!) < margin) return false;
        break;
      case 'div':
        if (Math.abs(args[1]!) < 0.1) return false;
        break;
    }
  }
  return true;
}
