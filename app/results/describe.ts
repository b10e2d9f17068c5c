import { type NodeInfo, OPS } from '../../src/index.ts';

/** How many levels of unnamed operations are written out inside an operand before `…`. */
export const OPERAND_DEPTH = 2;

/**
 * How node `id` reads as an operand: its name or number, or an unnamed operation written out,
 * in parentheses unless it is a call or the argument of one.
 */
function operandText(
  nodes: readonly NodeInfo[],
  id: number,
  depth: number,
  inCall: boolean,
): string {
  const node = nodes[id];
  if (!node) return '?';
  if (node.kind !== 'op' || node.op === undefined || node.names.length > 0) return node.label;
  if (depth === 0) return '…';
  const text = expressionText(nodes, node, depth - 1);
  return inCall || OPS[node.op].notation === 'call' ? text : `(${text})`;
}

function expressionText(nodes: readonly NodeInfo[], node: NodeInfo, depth: number): string {
  if (node.op === undefined) return node.label;
  const spec = OPS[node.op];
  const inCall = spec.notation === 'call';
  const args = node.operands.map((id) => operandText(nodes, id, depth, inCall));
  switch (spec.notation) {
    case 'infix':
      return `${args[0]} ${spec.symbol} ${args[1]}`;
    case 'prefix':
      return `${spec.symbol}${args[0]}`;
    case 'call':
      return `${spec.symbol}(${args.join(', ')})`;
  }
}

/**
 * What a node computes, for the node table: `input`, `constant`, or its operation on its
 * operands, e.g. `c * d`; unnamed operands are written out (`(a + b) * (b + 1)`) up to
 * OPERAND_DEPTH levels.
 */
export function describeOperation(nodes: readonly NodeInfo[], node: NodeInfo): string {
  if (node.kind !== 'op') return node.kind;
  return expressionText(nodes, node, OPERAND_DEPTH);
}
