import { derivative, FunctionNode, type MathNode, OperatorNode, SymbolNode } from 'mathjs';
import type { BenchProgram } from '../programs.ts';

const OPERATOR = {
  add: ['+', 'add'],
  sub: ['-', 'subtract'],
  mul: ['*', 'multiply'],
  div: ['/', 'divide'],
} as const;

const inputName = (i: number) => `x${i}`;

/**
 * The program as one mathjs expression: the DAG written out as a tree, as symbolic
 * differentiation needs it (subtrees are shared objects, but mathjs walks them once per use).
 */
export function mathjsExpression(p: BenchProgram): MathNode {
  const k = p.inputs.length;
  const nodes: MathNode[] = [];
  for (let i = 0; i < k; i++) nodes.push(new SymbolNode(inputName(i)));
  p.ops.forEach((op, j) => {
    const a = nodes[p.left[j]!]!;
    if (op === 'add' || op === 'sub' || op === 'mul' || op === 'div') {
      const [symbol, fn] = OPERATOR[op];
      nodes.push(new OperatorNode(symbol, fn, [a, nodes[p.right[j]!]!]));
    } else {
      nodes.push(new FunctionNode(new SymbolNode(op), [a]));
    }
  });
  return nodes[nodes.length - 1]!;
}

/** The number of nodes of an expression as a tree (what printing or evaluating it visits). */
export function treeSize(root: MathNode): number {
  let count = 0;
  root.traverse(() => {
    count++;
  });
  return count;
}

/** Symbolic gradient: `derivative` per input (without simplification), then evaluate each. */
export function mathjsGradient(
  p: BenchProgram,
  expression: MathNode,
): { gradient: Float64Array; derivativeNodes: number } {
  const scope: Record<string, number> = {};
  p.inputs.forEach((v, i) => {
    scope[inputName(i)] = v;
  });
  const gradient = new Float64Array(p.inputs.length);
  let derivativeNodes = 0;
  for (let i = 0; i < p.inputs.length; i++) {
    const d = derivative(expression, inputName(i), { simplify: false });
    derivativeNodes += treeSize(d);
    gradient[i] = d.compile().evaluate(scope) as number;
  }
  return { gradient, derivativeNodes };
}
