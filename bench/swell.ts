import { derivative } from 'mathjs';
import { compile } from '../src/compile.ts';
import { withDerivativeGraph } from '../src/symbolic/index.ts';
import { mathjsExpression, treeSize } from './peers/mathjs.ts';
import { benchProgram, programText } from './programs.ts';

/** One program's expression swell: graph nodes against tree nodes. */
export interface SwellRow {
  readonly n: number;
  readonly k: number;
  readonly graphNodes: number;
  readonly derivativeGraphNodes: number;
  readonly expressionTreeNodes: number;
  readonly mathjsDerivativeNodes: number;
}

/**
 * Expression swell, measured: the derivative graph (every ∂output/∂input, built symbol-to-symbol
 * and shared by hash-consing) against the original graph, and mathjs's symbolic derivative of
 * the same function written as one expression (one tree per input, without simplification).
 */
export function measureSwell(n: number, k: number): SwellRow {
  const program = benchProgram(n, k, 1);
  const built = compile(programText(program));
  if (!built.ok) throw new Error('bench program does not compile');
  const derived = withDerivativeGraph(built.graph)!;
  const expression = mathjsExpression(program);
  let mathjsDerivativeNodes = 0;
  for (let i = 0; i < k; i++)
    mathjsDerivativeNodes += treeSize(derivative(expression, `x${i}`, { simplify: false }));
  return {
    n,
    k,
    graphNodes: built.graph.nodes.length,
    derivativeGraphNodes: derived.graph.nodes.length,
    expressionTreeNodes: treeSize(expression),
    mathjsDerivativeNodes,
  };
}

/** The table `npm run bench` prints. */
export function swellReport(rows: readonly SwellRow[]): string {
  const lines = [
    'Expression swell: derivative graph (all inputs, shared) vs mathjs derivative trees (one per input)',
    'n\tk\tgraph\tderivative graph (×)\tone expression\tmathjs derivatives (×)',
  ];
  for (const r of rows) {
    const graphRatio = (r.derivativeGraphNodes / r.graphNodes).toFixed(1);
    const treeRatio = (r.mathjsDerivativeNodes / r.expressionTreeNodes).toFixed(1);
    lines.push(
      `${r.n}\t${r.k}\t${r.graphNodes}\t${r.derivativeGraphNodes} (${graphRatio}×)\t${r.expressionTreeNodes}\t${r.mathjsDerivativeNodes} (${treeRatio}×)`,
    );
  }
  return lines.join('\n');
}
