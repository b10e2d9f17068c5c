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
 * Everything else (parser, evaluator, both AD modes, narration) reads this table.
 */
export interface OpSpec {
  readonly name: OpName;
  readonly arity: 1 | 2;
  /** How the node is labelled when it has no name: `+`, `*`, `sin`. */
  readonly symbol: string;
  /** Whether it is written infix (`a + b`), prefix (`-a`) or as a call (`sin(a)`). */
  readonly notation: 'infix' | 'prefix' | 'call';
  /** The value at the operands' values. */
  value(args: readonly number[]): number;
  /**
   * ∂(value)/∂(operand i) for each operand, at the operands' values;
   * `result` is `value(args)`, passed so that rules like exp' = exp reuse it.
   * At non-differentiable points this returns the documented convention.
   */
  partials(args: readonly number[], result: number): number[];
  /**
   * The rule for operand i in words, with operand names substituted, for narration:
   * rule(['x'], 0) of sin is `cos(x)`.
   */
  rule(operands: readonly string[], index: number): string;
  /** True where the derivative does not exist and `partials` applied a convention. */
  nonDifferentiableAt?(args: readonly number[]): boolean;
  /** The convention applied there, in words, for the node's warning. */
  convention?: string;
}
