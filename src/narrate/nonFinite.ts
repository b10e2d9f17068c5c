import { OPS } from '../ops/index.ts';
import { poisons } from '../trace/index.ts';
import { formatNumber } from './format.ts';
import { applyOp, type NamedNode, operandPosition, partialSymbol } from './names.ts';

/** An edge, as far as its reason needs: the operation it feeds, which operand, its partial. */
export interface LocalEdge {
  readonly to: number;
  readonly operandIndex: number;
  readonly local: number;
}

/**
 * Why an edge's local partial is not finite, as the narration writes it: `log'(0) = ∞` for a
 * function of one operand, `∂(w / 0)/∂w = 1/0 = ∞` for an operator (its rule at the operands'
 * values), `∂y/∂x = NaN` through a collapsed statement. Undefined when the partial is finite.
 * `nodes`, `names` and `values` are by node id.
 */
export function nonFiniteReason(
  edge: LocalEdge,
  nodes: readonly NamedNode[],
  names: readonly string[],
  values: ArrayLike<number>,
): string | undefined {
  const { to, operandIndex: i, local } = edge;
  if (!poisons(local)) return undefined;
  const f = formatNumber;
  const node = nodes[to]!;
  const operands = node.operands.map((u) => names[u] ?? '?');
  const at = node.operands.map((u) => f(values[u] ?? Number.NaN));
  if (node.collapsed || node.op === undefined)
    return `${partialSymbol(names[to] ?? '?', operands[i] ?? '?')} = ${f(local)}`;
  const spec = OPS[node.op];
  if (spec.arity === 1 && spec.notation === 'call')
    return `${spec.symbol}'(${at[0]}) = ${f(local)}`;
  const partial = partialSymbol(applyOp(node.op, operands), operands[i] ?? '?');
  const head = `${partial}${operandPosition(node, i)}`;
  const rule = spec.rule(at, i);
  return rule === f(local) ? `${head} = ${rule}` : `${head} = ${rule} = ${f(local)}`;
}
