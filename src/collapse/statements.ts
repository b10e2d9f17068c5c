import type { NodeInfo } from '../analysis.ts';

/** `owner` of a node that nothing visible uses. */
export const UNUSED = -1;
/** `owner` of a node used by two or more different visible nodes. */
export const SHARED = -2;

/** Which nodes of a full analysis the collapsed view draws, and who holds the hidden ones. */
export interface Visibility {
  /** By full id: 1 when the collapsed view draws the node. */
  readonly visible: Uint8Array;
  /**
   * By full id: the node itself when visible; otherwise the one visible node that uses it
   * (directly or through other hidden nodes); UNUSED or SHARED for a hidden constant that no
   * or several visible nodes use.
   */
  readonly owner: Int32Array;
}

/**
 * Decides which nodes are visible and who owns each hidden one, in one pass per rule in
 * descending id (every user has a larger id than its operands), without recursion:
 * 1. Statement roots: inputs, named nodes, the output, and unnamed operations that two or
 *    more different roots use (shared by hash-consing) or that nothing uses (a bare
 *    expression statement). Constants are never roots unless one is the output.
 * 2. With `expanded` (ids of roots): the unnamed operations owned by an expanded root are
 *    visible too, and the owners are recomputed against the larger visible set.
 */
export function visibilityOf(
  nodes: readonly NodeInfo[],
  output: number,
  expanded: ReadonlySet<number> = new Set(),
  outputs: ReadonlySet<number> = new Set([output]),
): Visibility {
  const isOutput = (node: NodeInfo) => node.id === output || outputs.has(node.id);
  const isConstant = (node: NodeInfo) => node.kind === 'constant' && !isOutput(node);
  const roots = ownersBy(nodes, (node, merged) => {
    if (isConstant(node)) return false;
    if (node.kind === 'input' || node.names.length > 0 || isOutput(node)) return true;
    return merged === SHARED || merged === UNUSED;
  });
  if (![...expanded].some((id) => roots.visible[id] === 1)) return roots;
  return ownersBy(
    nodes,
    (node) =>
      roots.visible[node.id] === 1 || (!isConstant(node) && expanded.has(roots.owner[node.id]!)),
  );
}

/**
 * The owners for one visibility rule: in descending id, a node's `merged` owner is that of its
 * users so far (UNUSED, one visible id, or SHARED); the rule then says whether the node is
 * visible (and so owns itself), and the node passes its owner on to its operands.
 */
function ownersBy(
  nodes: readonly NodeInfo[],
  isVisible: (node: NodeInfo, merged: number) => boolean,
): Visibility {
  const owner = new Int32Array(nodes.length).fill(UNUSED);
  const visible = new Uint8Array(nodes.length);
  for (let w = nodes.length - 1; w >= 0; w--) {
    const node = nodes[w]!;
    if (isVisible(node, owner[w]!)) {
      visible[w] = 1;
      owner[w] = w;
    }
    const passed = owner[w]!;
    if (passed < 0) continue;
    for (const u of node.operands) {
      const merged = owner[u]!;
      owner[u] = merged === UNUSED || merged === passed ? passed : SHARED;
    }
  }
  return { visible, owner };
}
