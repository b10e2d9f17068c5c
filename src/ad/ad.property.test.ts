import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../eval/index.ts';
import { OPS } from '../ops/index.ts';
import { close, smoothHere } from '../testing/compare.ts';
import { graphOf } from '../testing/fixtures.ts';
import { randomProgram } from '../testing/randomPrograms.ts';
import { forwardMode } from './forward.ts';
import { reverseMode } from './reverse.ts';

const RUNS = 1000;

describe('forward and reverse mode on random programs', () => {
  it('reverse mode equals forward mode for every input (1e-9 relative)', () => {
    fc.assert(
      fc.property(randomProgram(), ({ source }) => {
        const graph = graphOf(source);
        const { values, locals } = evaluate(graph);
        // With an infinite value, IEEE sums in different orders may differ (∞ - ∞ is NaN).
        if (![...values, ...locals].every(Number.isFinite)) return;
        const gradient = reverseMode(graph, locals, graph.output).derivatives;
        for (const input of graph.inputs) {
          const tangent = forwardMode(graph, locals, input).derivatives[graph.output]!;
          expect(
            close(gradient[input]!, tangent, 1e-9),
            `${source}\ninput ${input}: ${gradient[input]} vs ${tangent}`,
          ).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('both agree with central finite differences where the function is smooth', () => {
    let checked = 0;
    fc.assert(
      fc.property(randomProgram(), ({ source, inputs }) => {
        const graph = graphOf(source);
        const { values, locals } = evaluate(graph);
        if (!smoothHere(graph, values, 1e-3)) return;
        checked++;
        const gradient = reverseMode(graph, locals, graph.output).derivatives;
        inputs.forEach((name, i) => {
          const id = graph.inputs[i]!;
          const x = values[id]!;
          const h = 1e-6 * Math.max(1, Math.abs(x));
          const at = (t: number) => evaluate(graph, { [name]: t }).values[graph.output]!;
          const fd = (at(x + h) - at(x - h)) / (2 * h);
          expect(
            close(gradient[id]!, fd, 1e-4),
            `${source}\n∂/∂${name}: ${gradient[id]} vs FD ${fd}`,
          ).toBe(true);
        });
      }),
      { numRuns: RUNS },
    );
    // The property must not pass vacuously: about a fifth of random points are smooth and tame.
    expect(checked).toBeGreaterThan(RUNS / 10);
  });

  it('the trace replays to the result: contributions into each node sum to its derivative', () => {
    fc.assert(
      fc.property(randomProgram(3, 8), fc.boolean(), ({ source }, reverse) => {
        const graph = graphOf(source);
        const { locals } = evaluate(graph);
        const seed = reverse ? graph.output : graph.inputs[0]!;
        const result = (reverse ? reverseMode : forwardMode)(graph, locals, seed, { trace: true });
        const sums = new Float64Array(graph.nodes.length);
        for (const step of result.trace!.steps) {
          if (step.kind === 'seed') sums[step.node] = step.value;
          if (step.kind === 'edge') sums[step.receiver]! += step.contribution;
        }
        for (const n of graph.nodes)
          expect(close(sums[n.id]!, result.derivatives[n.id]!, 1e-12)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('op table conventions', () => {
  it("relu'(0) = 0, abs'(0) = 0, max and min ties go to the first operand", () => {
    expect(OPS.relu.partial(0, 0, 0, 0)).toBe(0);
    expect(OPS.abs.partial(0, 0, 0, 0)).toBe(0);
    expect([0, 1].map((i) => OPS.max.partial(i, 2, 2, 2))).toEqual([1, 0]);
    expect([0, 1].map((i) => OPS.min.partial(i, 2, 2, 2))).toEqual([1, 0]);
  });

  it('x^2 at x < 0 has a finite gradient: the constant exponent edge contributes nothing', () => {
    const graph = graphOf('x = -3\ny = x^2');
    const { locals } = evaluate(graph);
    expect(reverseMode(graph, locals, graph.output).derivatives[0]).toBe(-6);
    expect(forwardMode(graph, locals, 0).derivatives[graph.output]).toBe(-6);
  });

  it('log(-1) and 0/0 give NaN without throwing', () => {
    const { values } = evaluate(graphOf('x = -1\nlog(x) + 0/0'));
    expect(Number.isNaN(values[values.length - 1]!)).toBe(true);
  });
});
