import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reverseMode } from '../ad/reverse.ts';
import { evaluate } from '../eval/index.ts';
import type { Graph } from '../graph/index.ts';
import { close } from '../testing/compare.ts';
import { COLAH_PROGRAM, graphOf, nodeNamed } from '../testing/fixtures.ts';
import { randomProgram } from '../testing/randomPrograms.ts';
import { withDerivativeGraph } from './derivativeGraph.ts';

const RUNS = 500;

/**
 * True when a step (max, min, relu, abs) meets an operand that is not finite: their symbolic
 * rules compare by a difference (a − b ≤ 0), which is NaN there, and give NaN for a NaN operand
 * where `partial` gives 0 or 1 (documented in indicators.ts).
 */
const STEPS = new Set(['max', 'min', 'relu', 'abs']);

function comparesNonFinite(graph: Graph, values: ArrayLike<number>): boolean {
  return graph.nodes.some(
    (n) => STEPS.has(n.op!) && n.operands.some((u) => !Number.isFinite(values[u]!)),
  );
}

/**
 * The derivative graph's size against the original's: each edge adds at most a rule (≤ 4 nodes
 * for max and min), a product and a sum, each node a seed; measured on random programs below.
 */
const GROWTH_BOUND = 8;

describe('withDerivativeGraph on random programs', () => {
  for (const kind of ['smooth', 'edgy'] as const) {
    it(`its gradient nodes equal reverse mode (${kind} inputs; finite equal to 1e-12, NaN where reverse mode gives NaN is not finite)`, () => {
      fc.assert(
        fc.property(randomProgram(4, 12, kind), ({ source }) => {
          const graph = graphOf(source);
          const { values: original, locals } = evaluate(graph);
          if (comparesNonFinite(graph, original)) return;
          const reverse = reverseMode(graph, locals, graph.output).derivatives;
          const derived = withDerivativeGraph(graph)!;
          const values = evaluate(derived.graph).values;
          graph.inputs.forEach((input, j) => {
            const symbolic = values[derived.gradient[j]!]!;
            const numeric = reverse[input]!;
            const message = `${source}\n∂/∂${graph.nodes[input]!.label}: ${symbolic} vs ${numeric}`;
            if (Number.isFinite(numeric))
              expect(close(symbolic, numeric, 1e-12), message).toBe(true);
            // The documented differences: a non-finite partial gives ±∞ here, NaN in reverse
            // mode; and a base of exactly 0 under a variable exponent (powPartialGraph).
            else if (!/\^ [^0-3]/.test(source))
              expect(Number.isFinite(symbolic), message).toBe(false);
          });
        }),
        { numRuns: RUNS },
      );
    });
  }

  it(`has at most ${GROWTH_BOUND} times the original's nodes`, () => {
    let worst = 0;
    fc.assert(
      fc.property(randomProgram(4, 30), ({ source }) => {
        const graph = graphOf(source);
        const derived = withDerivativeGraph(graph)!;
        const ratio = derived.graph.nodes.length / graph.nodes.length;
        worst = Math.max(worst, ratio);
        expect(ratio, source).toBeLessThanOrEqual(GROWTH_BOUND);
      }),
      { numRuns: RUNS },
    );
    console.log(
      `derivative graph / original graph, nodes: at most ${worst.toFixed(2)} (bound ${GROWTH_BOUND})`,
    );
  });
});

describe("withDerivativeGraph on colah's example", () => {
  it('adds only ∂e/∂b = d + c and the seed: the other adjoints are existing nodes', () => {
    const graph = graphOf(COLAH_PROGRAM);
    const derived = withDerivativeGraph(graph)!;
    const nodes = derived.graph.nodes;
    const adjointOf = (name: string) => nodes.find((n) => n.adjointNames?.includes(`∂e/∂${name}`))!;
    expect(adjointOf('c').id).toBe(nodeNamed(graph, 'd'));
    expect(adjointOf('d').id).toBe(nodeNamed(graph, 'c'));
    expect(adjointOf('a').id).toBe(nodeNamed(graph, 'd'));
    const b = adjointOf('b');
    expect(b.derivative).toBe(true);
    expect(b.op).toBe('add');
    expect(evaluate(derived.graph).values[b.id]).toBe(5);
    expect(nodes.slice(0, graph.nodes.length).every((n) => n.derivative === undefined)).toBe(true);
  });
});
