import { OPS } from '../ops/index.ts';

/** The parts of a node that naming needs (NodeInfo and GraphNode both fit). */
export interface NamedNode {
  readonly kind: 'input' | 'constant' | 'op';
  readonly op?: keyof typeof OPS;
  readonly label: string;
  readonly names: readonly string[];
  readonly operands: readonly number[];
}

const MAX_INLINE = 18;

/** Parenthesizes an expression unless it is one token. */
export function atom(text: string): string {
  return /^[\p{L}\p{N}_.π]+$/u.test(text) || /^[\p{L}_]+\(.*\)$/u.test(text) ? text : `(${text})`;
}

/** `a + b`, `-x`, `sin(x)`: an op applied to operand texts, as the language writes it. */
export function applyOp(op: keyof typeof OPS, operands: readonly string[]): string {
  const spec = OPS[op];
  if (spec.notation === 'infix')
    return `${atom(operands[0]!)} ${spec.symbol} ${atom(operands[1]!)}`;
  if (spec.notation === 'prefix') return `${spec.symbol}${atom(operands[0]!)}`;
  return `${spec.symbol}(${operands.join(', ')})`;
}

/**
 * A readable name for every node, for narration: the node's name when it has one, else its
 * expression in terms of its operands' names when short (`b + 1`), else `node #id`.
 * One pass in topological order, no recursion.
 */
export function displayNames(nodes: readonly NamedNode[]): string[] {
  const names: string[] = [];
  nodes.forEach((node, id) => {
    if (node.kind !== 'op' || node.names.length > 0 || node.op === undefined) {
      names.push(node.label);
      return;
    }
    const text = applyOp(
      node.op,
      node.operands.map((u) => names[u]!),
    );
    names.push(text.length <= MAX_INLINE ? text : `node #${id}`);
  });
  return names;
}
