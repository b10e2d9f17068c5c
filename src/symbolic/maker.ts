import type { GraphBuilder } from '../graph/builder.ts';
import { type NodeMaker, OPS, type OpName } from '../ops/index.ts';
import type { Span } from '../syntax/span.ts';

/**
 * The node maker of symbol-to-symbol differentiation: nodes go into `builder` (shared by its
 * hash-consing), simplified trivially so that derivative graphs stay readable:
 * 1. an operation on constants is folded to a constant (by the op table's own `value`);
 * 2. x + 0, 0 + x, x − 0, x·1, 1·x, x/1 and x^1 are x; 0 − x, −1·x and x·(−1) are −x; −(−x) is x;
 * x·0 stays a node (unless x is a constant): when x is not finite it is NaN, and an adjoint that
 * is 0 only because terms cancelled (`a − a`) must still carry the poison of a non-finite
 * partial (LANGUAGE.md, "Derivatives that are not finite"), as reverse mode's does.
 * New nodes get `span` (the `diff` that asked for them, or an empty span).
 */
export class SimplifyingMaker implements NodeMaker {
  constructor(
    private readonly builder: GraphBuilder,
    private readonly span: Span,
  ) {}

  constant(value: number): number {
    return this.builder.constant(value, String(value), this.span);
  }

  constantValue(id: number): number | undefined {
    const node = this.builder.nodeList()[id]!;
    return node.kind === 'constant' ? node.initialValue : undefined;
  }

  apply(op: OpName, a: number, b = -1): number {
    const simpler = this.simplified(op, a, b);
    return simpler ?? this.builder.operationOn(op, a, b, this.span);
  }

  /** The simpler node that op(a, b) equals, or undefined when there is none. */
  private simplified(op: OpName, a: number, b: number): number | undefined {
    const ca = this.constantValue(a);
    const cb = b < 0 ? undefined : this.constantValue(b);
    if (ca !== undefined && (b < 0 || cb !== undefined))
      return this.constant(OPS[op].value(ca, cb ?? 0));
    switch (op) {
      case 'add':
        return ca === 0 ? b : cb === 0 ? a : undefined;
      case 'sub':
        return cb === 0 ? a : ca === 0 ? this.apply('neg', b) : undefined;
      case 'mul':
        if (ca === 1) return b;
        if (cb === 1) return a;
        if (ca === -1) return this.apply('neg', b);
        return cb === -1 ? this.apply('neg', a) : undefined;
      case 'div':
      case 'pow':
        return cb === 1 ? a : undefined;
      case 'neg': {
        const inner = this.builder.nodeList()[a]!;
        return inner.op === 'neg' ? inner.operands[0] : undefined;
      }
      default:
        return undefined;
    }
  }
}
