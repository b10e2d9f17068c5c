import type { Graph } from '../graph/index.ts';
import { evaluationCost, forwardModeCost, naivePathSumCost, reverseModeCost } from './cost.ts';

/** The ways to get derivatives that the paths lab compares. */
export type Method = 'naive' | 'forwardOne' | 'forwardAll' | 'reverse' | 'finiteDifferences';

/** Every method, in the order the cost table and the chart list them. */
export const METHODS: readonly Method[] = [
  'naive',
  'forwardOne',
  'forwardAll',
  'reverse',
  'finiteDifferences',
];

/** Short names for a table row or a chart legend. */
export const METHOD_NAMES: Readonly<Record<Method, string>> = {
  naive: 'Sum over paths (naive)',
  forwardOne: 'Forward mode, this input',
  forwardAll: 'Forward mode, all inputs',
  reverse: 'Reverse mode',
  finiteDifferences: 'Finite differences',
};

/**
 * The work of one method, exact. `total` counts every multiplication, addition and node
 * evaluation as one operation: total = multiplications + additions + evaluations × op nodes.
 */
export interface MethodCost {
  readonly multiplications: bigint;
  readonly additions: bigint;
  /** Whole-graph evaluations: one for values and local partials; n + 1 for finite differences. */
  readonly evaluations: bigint;
  readonly total: bigint;
}

/**
 * Counting forward mode for all inputs visits n × (nodes after the input) nodes; above this the
 * count is left out (null) rather than keep the engine busy.
 */
export const FORWARD_COUNT_WORK_LIMIT = 20_000_000;

const cost = (multiplications: bigint, additions: bigint, evaluations: bigint, ops: bigint) => ({
  multiplications,
  additions,
  evaluations,
  total: multiplications + additions + evaluations * ops,
});

/**
 * The cost of each method for the derivatives of `outputs` (usually one) with respect to
 * `from` (one input: the naive sum, forward mode for this input) or to every input:
 * 1. naive: Σ over outputs of the sum over every path from `from`, plus one evaluation;
 * 2. forward mode: one tangent pass from `from`, or one per input, plus one evaluation;
 * 3. reverse mode: one adjoint pass per output, plus one evaluation;
 * 4. finite differences: n + 1 evaluations, then per input and output one subtraction and one
 *    division (counted as a multiplication).
 * A method that does not apply (no such input) or too costly to count is null.
 */
export function methodCosts(
  graph: Graph,
  from: number,
  outputs: readonly number[],
  workLimit = FORWARD_COUNT_WORK_LIMIT,
): Record<Method, MethodCost | null> {
  const ops = BigInt(evaluationCost(graph));
  const n = BigInt(graph.inputs.length);
  const m = BigInt(outputs.length);
  let naive: MethodCost | null = null;
  let forwardOne: MethodCost | null = null;
  if (from >= 0) {
    let multiplications = 0n;
    let additions = 0n;
    for (const to of outputs) {
      const c = naivePathSumCost(graph, from, to);
      multiplications += c.multiplications;
      additions += c.additions;
    }
    naive = cost(multiplications, additions, 1n, ops);
    const f = forwardModeCost(graph, from);
    forwardOne = cost(f.multiplications, f.additions, 1n, ops);
  }
  let reverseMultiplications = 0n;
  let reverseAdditions = 0n;
  for (const to of outputs) {
    const c = reverseModeCost(graph, to);
    reverseMultiplications += c.multiplications;
    reverseAdditions += c.additions;
  }
  return {
    naive,
    forwardOne,
    forwardAll: forwardAllCost(graph, ops, workLimit),
    reverse: cost(reverseMultiplications, reverseAdditions, 1n, ops),
    finiteDifferences: cost(n * m, n * m, n + 1n, ops),
  };
}

/** One forward pass per input, or null when counting them would pass `workLimit` node visits. */
function forwardAllCost(graph: Graph, ops: bigint, workLimit: number): MethodCost | null {
  let work = 0;
  for (const input of graph.inputs) work += graph.nodes.length - input;
  if (work > workLimit) return null;
  let multiplications = 0n;
  let additions = 0n;
  for (const input of graph.inputs) {
    const c = forwardModeCost(graph, input);
    multiplications += c.multiplications;
    additions += c.additions;
  }
  return cost(multiplications, additions, 1n, ops);
}
