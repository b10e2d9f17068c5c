import type { EdgeInfo, NodeInfo } from '../analysis.ts';
import { chainProduct } from '../trace/index.ts';

/** The visible nodes a visible node reads through hidden ones, and ∂node/∂each. */
export interface Frontier {
  /** Full ids, in order of first appearance in the node's expression. */
  readonly from: readonly number[];
  /** ∂node/∂from[i], holding the other visible nodes fixed. */
  readonly local: readonly number[];
}

/**
 * Finds the frontiers of visible nodes of one full graph, reusing its scratch arrays from one
 * node to the next: each call costs the size of the node's hidden subgraph.
 */
export class FrontierFinder {
  /** By full id: the edge id of operand 0 (edges are ordered by target, then operand). */
  private readonly firstEdge: Int32Array;
  /** By full id: 1 + the node whose frontier last visited it. */
  private readonly seenBy: Int32Array;
  /** By full id: ∂node/∂id during one local sweep; all 0 between calls. */
  private readonly adjoint: Float64Array;

  constructor(
    private readonly nodes: readonly NodeInfo[],
    private readonly edges: readonly EdgeInfo[],
    private readonly visible: Uint8Array,
  ) {
    this.firstEdge = new Int32Array(nodes.length);
    let count = 0;
    for (const node of nodes) {
      this.firstEdge[node.id] = count;
      count += node.operands.length;
    }
    if (count !== edges.length) throw new Error('collapse: edges do not match the operands');
    this.seenBy = new Int32Array(nodes.length);
    this.adjoint = new Float64Array(nodes.length);
  }

  /**
   * The frontier of visible node `v`:
   * 1. Depth first from v in operand order (an explicit stack, no recursion), stopping at
   *    visible nodes (the frontier, in order of first appearance) and at hidden constants
   *    (leaves with no derivative to pass on); the hidden operations met are v's subgraph.
   * 2. A local reverse sweep over that subgraph in descending id: ∂v/∂v = 1, and each node
   *    sends chainProduct(∂v/∂node, local) to each operand, which sums what arrives.
   * 3. Read ∂v/∂u at the frontier, then clear every adjoint the sweep touched.
   */
  frontierOf(v: number): Frontier {
    const { nodes, visible, seenBy, adjoint } = this;
    // 1. The frontier and the hidden subgraph.
    const from: number[] = [];
    const inside: number[] = [];
    const stack = [v];
    while (stack.length > 0) {
      const w = stack.pop()!;
      if (seenBy[w] === v + 1) continue;
      seenBy[w] = v + 1;
      const node = nodes[w]!;
      if (w !== v && visible[w] === 1) from.push(w);
      else if (node.kind === 'op' || w === v) {
        inside.push(w);
        for (let i = node.operands.length - 1; i >= 0; i--) stack.push(node.operands[i]!);
      }
    }
    // 2. The local reverse sweep.
    inside.sort((a, b) => b - a);
    adjoint[v] = 1;
    for (const w of inside) {
      const operands = nodes[w]!.operands;
      for (let i = 0; i < operands.length; i++) {
        const local = this.edges[this.firstEdge[w]! + i]!.local;
        adjoint[operands[i]!]! += chainProduct(adjoint[w]!, local);
      }
    }
    // 3. Read and clear.
    const local = from.map((u) => adjoint[u]!);
    for (const w of inside) {
      adjoint[w] = 0;
      for (const u of nodes[w]!.operands) adjoint[u] = 0;
    }
    return { from, local };
  }
}
