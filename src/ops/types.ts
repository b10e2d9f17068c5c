import type { Phrase } from '../phrases/phrase.ts';
/** Every operation a graph node can perform. */
export type OpName =
  | 'add'
  | 'sub'
  | 'mul'
  | 'div'
  | 'pow'
  | 'neg'
  | 'sin'
  | 'cos'
  | 'tan'
  | 'exp'
  | 'log'
  | 'sqrt'
  | 'abs'
  | 'tanh'
  | 'sigmoid'
  | 'relu'
  | 'max'
  | 'min';

/**
 * One operation: its value, its local partials, and how it is shown, in one place.
 * Everything else (parser, evaluator, the tape, narration) reads this table.
 *
 * The kernels are scalar and allocate nothing, so the tape's loops can call them on millions
 * of nodes: `a` is operand 0 and `b` operand 1; unary ops ignore `b` (callers pass 0).
 */
export interface OpSpec {
  readonly name: OpName;
  /** A small integer naming the op on a tape: its position in `OP_NAMES` (0 ≤ code < 64). */
  readonly code: number;
  readonly arity: 1 | 2;
  /** How the node is labelled when it has no name: `+`, `*`, `sin`. */
  readonly symbol: string;
  /** How it is written in the graph and the narration, when not `symbol` (`·` for `*`). */
  readonly displaySymbol?: string;
  /** Whether it is written infix (`a + b`), prefix (`-a`) or as a call (`sin(a)`). */
  readonly notation: 'infix' | 'prefix' | 'call';
  /** The value at the operands' values. */
  value(a: number, b: number): number;
  /**
   * ∂(value)/∂(operand `index`) at the operands' values; `result` is `value(a, b)`, passed so
   * that rules like exp' = exp reuse it. At non-differentiable points this returns the
   * documented convention.
   */
  partial(index: number, a: number, b: number, result: number): number;
  /**
   * The rule for operand i in words, with operand names substituted, for narration:
   * rule(['x'], 0) of sin is `cos(x)`.
   */
  rule(operands: readonly string[], index: number): string;
  /**
   * True where the derivative does not exist (or is infinite) and `partial` gave a convention
   * or a one-sided limit; the node then gets a warning that says which.
   */
  nonDifferentiableAt?(a: number, b: number): boolean;
  /** What `partial` gives at such a point (`relu'(0) = 0`), in words, for the node's warning. */
  convention?(a: number, b: number): Phrase;
  /**
   * The symbolic rule: builds ∂(value)/∂(operand `index`) as graph nodes with `make`, for the
   * node `self` = op(a, b) (`b` is -1 for unary ops). ∂sin(u)/∂u is the node cos(u). Equals
   * `partial` at every point, conventions included, except where the doc of the op says so.
   */
  partialGraph(make: NodeMaker, index: number, self: number, a: number, b: number): number;
}

/**
 * What a symbolic rule builds with: nodes of one graph, by id. Makers share equal nodes
 * (hash-consing) and may simplify (x·1 is x), so a rule must not assume a node is new.
 */
export interface NodeMaker {
  constant(value: number): number;
  /** The node op(a, b); `b` is omitted (or -1) for unary ops. */
  apply(op: OpName, a: number, b?: number): number;
  /** The value of a constant node, or undefined for any other node. */
  constantValue(id: number): number | undefined;
}
