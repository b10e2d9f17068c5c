import { evaluate, type InputValues } from '../eval/index.ts';
import type { Graph } from '../graph/types.ts';
import { OPS } from '../ops/index.ts';
import { withDerivativeGraph } from './derivativeGraph.ts';

/**
 * Second order by forward over reverse: reverse mode once, symbol-to-symbol (the derivative
 * graph, whose gradient nodes g_j = ∂f/∂x_j are ordinary nodes), then forward mode over that
 * graph numerically. One forward pass seeded with a vector v gives every ∂g_i/∂x · v, that is
 * H·v, at the cost of about one gradient; the full Hessian is n such passes (unit vectors).
 * Chosen over differentiating the derivative graph again because it builds one derivative graph
 * (not n, each larger than the last) and shares its loop with the Hessian-vector product.
 */
export interface SecondOrder {
  /** The inputs, in `graph.inputs` order. */
  readonly names: readonly string[];
  /** ∂f/∂x_j at the point, from the derivative graph's gradient nodes. */
  readonly gradient: readonly number[];
  /** Nodes of the derivative graph (the original's included). */
  readonly derivativeNodes: number;
  /** H·v for a vector v over the inputs (in `names` order). */
  hessianVector(v: readonly number[]): HessianVectorProduct;
  /** The full Hessian, row i column j = ∂²f/∂x_i∂x_j, as n products with unit vectors. */
  hessian(): { readonly values: number[][]; readonly operations: number };
}

/** One Hessian-vector product and what it cost. */
export interface HessianVectorProduct {
  readonly product: number[];
  /** Multiply-adds of its forward pass over the derivative graph (exact). */
  readonly operations: number;
  /** What the full Hessian costs the same way: n passes (exact). */
  readonly fullHessianOperations: number;
}

/**
 * Forward over reverse on `graph`'s first output at the input values `inputs` (see
 * SecondOrder); undefined when the derivative graph would pass `maxNodes` nodes.
 */
export function secondOrder(
  graph: Graph,
  inputs: InputValues = {},
  maxNodes?: number,
): SecondOrder | undefined {
  const derived = withDerivativeGraph(graph, graph.output, maxNodes);
  if (derived === undefined) return undefined;
  const d = derived.graph;
  const { values } = evaluate(d, inputs);
  const last = Math.max(-1, ...derived.gradient);
  const reached = new Uint8Array(last + 1);
  for (const input of d.inputs) if (input <= last) reached[input] = 1;
  let passOperations = 0;
  for (let v = 0; v <= last; v++) {
    for (const u of d.nodes[v]!.operands) {
      if (reached[u] !== 1) continue;
      reached[v] = 1;
      passOperations++;
    }
  }
  const n = d.inputs.length;
  const tangents = new Float64Array(last + 1);
  /** 1. Seed the inputs with v; 2. each reached node sums tangent · local partial. */
  const pass = (seed: readonly number[]): number[] => {
    tangents.fill(0);
    d.inputs.forEach((input, j) => {
      if (input <= last) tangents[input] = seed[j] ?? 0;
    });
    for (let v = 0; v <= last; v++) {
      const node = d.nodes[v]!;
      if (reached[v] !== 1 || node.kind !== 'op') continue;
      const spec = OPS[node.op!];
      const a = values[node.operands[0]!]!;
      const b = node.operands.length === 2 ? values[node.operands[1]!]! : 0;
      let sum = 0;
      node.operands.forEach((u, i) => {
        if (reached[u] !== 1) return;
        const local = spec.partial(i, a, b, values[v]!);
        // A non-finite local partial poisons what crosses it (LANGUAGE.md).
        sum += Number.isFinite(local) ? tangents[u]! * local : Number.NaN;
      });
      tangents[v] = sum;
    }
    return derived.gradient.map((g) => tangents[g] ?? 0);
  };
  return {
    names: d.inputs.map((id) => d.nodes[id]!.label),
    gradient: derived.gradient.map((g) => values[g]!),
    derivativeNodes: d.nodes.length,
    hessianVector: (v) => ({
      product: pass(v),
      operations: passOperations,
      fullHessianOperations: n * passOperations,
    }),
    hessian: () => {
      const columns = d.inputs.map((_, j) => pass(d.inputs.map((__, k) => (k === j ? 1 : 0))));
      return {
        values: d.inputs.map((_, i) => columns.map((column) => column[i]!)),
        operations: n * passOperations,
      };
    },
  };
}

/** A gradient step and a Newton step from the same point, for one or two inputs. */
export interface Steps {
  /** x − η·∇f. */
  readonly gradientStep: number[];
  /** x − H⁻¹·∇f; null where H is singular or not finite (no Newton step). */
  readonly newtonStep: number[] | null;
}

/** `Steps` at `point` from its gradient and Hessian (1×1 or 2×2), with learning rate η. */
export function gradientAndNewtonSteps(
  point: readonly number[],
  gradient: readonly number[],
  hessian: readonly (readonly number[])[],
  learningRate: number,
): Steps {
  const gradientStep = point.map((x, i) => x - learningRate * gradient[i]!);
  let newtonStep: number[] | null = null;
  if (point.length === 1) {
    const h = hessian[0]![0]!;
    if (h !== 0 && Number.isFinite(h)) newtonStep = [point[0]! - gradient[0]! / h];
  } else if (point.length === 2) {
    const [[a, b], [c, d]] = hessian as [[number, number], [number, number]];
    const det = a * d - b * c;
    if (det !== 0 && Number.isFinite(det)) {
      const [g0, g1] = gradient as [number, number];
      newtonStep = [point[0]! - (d * g0 - b * g1) / det, point[1]! - (a * g1 - c * g0) / det];
    }
  }
  if (newtonStep && !newtonStep.every(Number.isFinite)) newtonStep = null;
  return { gradientStep, newtonStep };
}
