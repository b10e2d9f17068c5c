import type { OpName } from '../ops/index.ts';
import type { Span } from '../syntax/span.ts';

/** What a node is: a differentiable input, a fixed number, or an operation on operands. */
export type NodeKind = 'input' | 'constant' | 'op';

/** One node of the computational graph. Ids are positions in `Graph.nodes`. */
export interface GraphNode {
  readonly id: number;
  readonly kind: NodeKind;
  /** Set when kind is 'op'. */
  readonly op?: OpName;
  /** The name for named nodes (the first name if several), else the op's symbol or the number. */
  readonly label: string;
  /** Every name bound to this node, in order of assignment. */
  readonly names: readonly string[];
  /** Operand node ids in operand order; `x*x` lists x twice. Empty for leaves. */
  readonly operands: readonly number[];
  /** Starting value of an input, or the value of a constant; 0 for ops (computed by evaluation). */
  readonly initialValue: number;
  /** Where the node first appears in the program text. */
  readonly span: Span;
  /**
   * True when symbol-to-symbol differentiation made this node (`diff`, the derivative graph);
   * absent on the program's own nodes. A node the program makes later that equals one of these
   * is shared and keeps the flag.
   */
  readonly derivative?: true;
  /**
   * The adjoints this node computes, written `∂y/∂v` (y the differentiated value, v a named
   * node or input), in the order found. A rule's result can be an existing node: in colah's
   * example ∂e/∂c is d itself.
   */
  readonly adjointNames?: readonly string[];
}

/** An edge from an operand to the operation that uses it; one per operand slot. */
export interface GraphEdge {
  readonly id: number;
  readonly from: number;
  readonly to: number;
  /** Which operand of `to` this edge feeds (0 or 1). */
  readonly operandIndex: number;
}

/**
 * A computational graph. Invariant: `nodes` is in topological order (every operand id is
 * smaller than the id of its user), so a plain loop over ids is a valid evaluation order.
 */
export interface Graph {
  readonly nodes: readonly GraphNode[];
  /** Edges ordered by target node, then operand index. */
  readonly edges: readonly GraphEdge[];
  /** Input node ids in order of first appearance. */
  readonly inputs: readonly number[];
  /** The node of the last statement; with several outputs (`u, v`), the first of them. */
  readonly output: number;
  /**
   * Every output in the order listed: `[output]` for a program with one output. Never two
   * equal ids (listing a node twice is an error).
   */
  readonly outputs: readonly number[];
  /**
   * The name of each output: its statement's name, or for a last line that lists several,
   * the item's name when it is a bare name and else `out1`, `out2`, … by position.
   */
  readonly outputNames: readonly string[];
  /** Edge ids entering each node, in operand order. */
  readonly inEdges: readonly (readonly number[])[];
  /** Edge ids leaving each node, in order of the consumer's id. */
  readonly outEdges: readonly (readonly number[])[];
}
