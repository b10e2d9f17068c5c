import type { GraphBuilder } from '../graph/builder.ts';
import { OPS } from '../ops/index.ts';
import type { Span } from '../syntax/span.ts';
import { SimplifyingMaker } from './maker.ts';

/** What `differentiateInto` needs to know besides the graph being built. */
export interface DifferentiateOptions {
  /** The span given to the nodes it makes (the `diff` that asked; an empty span otherwise). */
  readonly span: Span;
  /** The name of the output, for the adjoint names `∂y/∂v`; none are given when absent. */
  readonly outputName?: string;
}

/**
 * Symbol-to-symbol reverse mode: adds to `builder` the nodes that compute ∂output/∂v for every
 * node v on a path from one of `wrt` (input ids) to `output`, and returns the adjoint node of
 * each node by id (-1 where no such path exists: the derivative is 0 by structure).
 * 1. Which nodes vary with `wrt` (a constant operand gets no adjoint, as in reverse mode).
 * 2. The seed: ∂output/∂output is the constant 1.
 * 3. Backwards over the ids, every edge u → v with u varying adds v̄ · ∂v/∂u to ū, where
 *    ∂v/∂u is the op table's symbolic rule: ū = Σ over uses of v̄ · ∂v/∂u, each term a node.
 * Sums and products are made in reverse mode's order (descending user id, then operand), so
 * the adjoints' values equal `tapeGradient`'s where those are finite. Made nodes are flagged
 * `derivative`; named nodes' adjoints get the name `∂y/∂v`. Linear in the graph's size.
 */
export function differentiateInto(
  builder: GraphBuilder,
  output: number,
  wrt: readonly number[],
  options: DifferentiateOptions,
): Int32Array {
  const nodes = builder.nodeList();
  const varies = new Uint8Array(output + 1);
  for (const input of wrt) if (input <= output) varies[input] = 1;
  for (let v = 0; v <= output; v++) {
    for (const u of nodes[v]!.operands) if (varies[u] === 1) varies[v] = 1;
  }
  const adjoint = new Int32Array(output + 1).fill(-1);
  const marking = builder.markingDerivatives;
  builder.markingDerivatives = true;
  try {
    const make = new SimplifyingMaker(builder, options.span);
    if (varies[output] === 1) adjoint[output] = make.constant(1);
    for (let v = output; v >= 0; v--) {
      const node = nodes[v]!;
      if (adjoint[v]! < 0 || node.kind !== 'op') continue;
      const [a, b = -1] = node.operands as readonly [number, number?];
      for (let i = 0; i < node.operands.length; i++) {
        const u = node.operands[i]!;
        if (varies[u] !== 1) continue;
        const local = OPS[node.op!].partialGraph(make, i, v, a, b);
        const term = make.apply('mul', adjoint[v]!, local);
        adjoint[u] = adjoint[u]! < 0 ? term : make.apply('add', adjoint[u]!, term);
      }
    }
  } finally {
    builder.markingDerivatives = marking;
  }
  if (options.outputName !== undefined) nameAdjoints(builder, adjoint, options.outputName);
  return adjoint;
}

/** Gives each named node's adjoint node the name `∂y/∂v`. */
function nameAdjoints(builder: GraphBuilder, adjoint: Int32Array, outputName: string): void {
  const nodes = builder.nodeList();
  for (let v = 0; v < adjoint.length; v++) {
    const name = nodes[v]!.names[0];
    if (adjoint[v]! >= 0 && name !== undefined)
      builder.addAdjointName(adjoint[v]!, `∂${outputName}/∂${name}`);
  }
}
