import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis.ts';
import { runCli } from '../cli/run.ts';
import { evaluate } from '../eval/index.ts';
import { naivePathSum } from '../lab/naive.ts';
import { narrateStep } from '../narrate/index.ts';
import { enumeratePaths } from '../paths/enumerate.ts';
import { graphOf, nodeNamed } from '../testing/fixtures.ts';
import { forwardMode } from './forward.ts';
import { reverseMode } from './reverse.ts';

/** ∂output/∂input for every input, by reverse mode (one pass) and forward mode (one per input). */
function bothModes(source: string): { reverse: number[]; forward: number[] } {
  const graph = graphOf(source);
  const { locals } = evaluate(graph);
  const gradient = reverseMode(graph, locals, graph.output).derivatives;
  return {
    reverse: graph.inputs.map((x) => gradient[x]!),
    forward: graph.inputs.map((x) => forwardMode(graph, locals, x).derivatives[graph.output]!),
  };
}

/**
 * LANGUAGE.md, "Derivatives that are not finite": each program with what the convention gives
 * for ∂output/∂input, in input order. The first four are issue 10's reproducers, where the modes
 * used to disagree (reverse NaN / forward 0, reverse 0 / forward NaN, …).
 */
const CASES: readonly { source: string; expected: number[]; why: string }[] = [
  { source: 'log(a-a)', expected: [Number.NaN], why: "log'(0) = ∞ after a cancellation" },
  { source: 'sigmoid(w/0)', expected: [Number.NaN], why: '∂(w/0)/∂w = ∞ under a flat sigmoid' },
  { source: 'x = 0; sqrt(x*x)', expected: [Number.NaN], why: "sqrt'(0) = ∞ after a zero tangent" },
  { source: 'x = 0; x*log(x)', expected: [Number.NaN], why: 'log(0) = -∞ as a factor' },
  { source: 'x = -3; x^2', expected: [-6], why: "the constant exponent's NaN edge is on no path" },
  { source: 'x = 2; c = log(0); x + c*0', expected: [1], why: 'non-finite edges among constants' },
  {
    source: 'a = 0; t = log(a); y = a * 2',
    expected: [2],
    why: 'the poisoned node does not reach y',
  },
  { source: 'a = 1; b = 2; log(a-a) + b', expected: [Number.NaN, 1], why: 'only a crosses log' },
  { source: 'x = 1; log(x - x) * 0', expected: [Number.NaN], why: 'a zero local does not heal' },
  { source: 'x = -2; y = 2; x^y', expected: [-4, Number.NaN], why: 'ln of a negative base' },
  { source: 'x = 0; y = 2; x^y', expected: [0, 0], why: "the op table's limit 0 at 0^y" },
  { source: 'x = 0; y = -1; x^y', expected: [Number.NaN, Number.NaN], why: '0^y = ∞ for y < 0' },
  {
    source: 'x = 1; max(2, x) * 1e308 * 10',
    expected: [0],
    why: 'an adjoint that overflowed meets a zero partial: 0, as forward mode meets the 0 first',
  },
];

describe('both modes follow "Derivatives that are not finite" (issue 10, item 3)', () => {
  it.each(CASES)('$source: $why', ({ source, expected }) => {
    const { reverse, forward } = bothModes(source);
    expect(reverse).toEqual(expected);
    expect(forward).toEqual(expected);
  });

  it.each(CASES)('$source: the analysis, the CLI and the naive path sum say the same', (c) => {
    const result = analyze(c.source);
    if (!result.ok) throw new Error('does not compile');
    const { analysis, graph } = result;
    expect(analysis.inputs.map((i) => i.gradient)).toEqual(c.expected);
    expect(analysis.inputs.map((i) => i.forward)).toEqual(c.expected);
    // JSON has no NaN: the CLI writes null, the same in both fields.
    const body = JSON.parse(runCli([c.source, '--json'], () => '').stdout);
    expect(Object.values(body.forward)).toEqual(Object.values(body.gradient));
    expect(Object.values(body.gradient)).toEqual(
      c.expected.map((d) => (Number.isNaN(d) ? null : d)),
    );
    const { locals } = evaluate(graph);
    for (const [j, x] of graph.inputs.entries()) {
      expect(naivePathSum(graph, x, graph.output, locals).sum).toEqual(c.expected[j]);
      let listed = 0;
      for (const path of enumeratePaths(graph, x, graph.output, locals)) listed += path.product;
      expect(listed).toEqual(c.expected[j]);
    }
  });
});

describe('traces, narration and edges across a non-finite local partial', () => {
  const graph = graphOf('a = 1\nd = a - a\ny = log(d)');
  const { locals, values } = evaluate(graph);
  const context = { nodes: graph.nodes, values: Array.from(values), edges: graph.edges };
  const [a, d, y] = ['a', 'd', 'y'].map((name) => nodeNamed(graph, name));

  it('reverse mode: the step back across log says why it gives NaN, though 0 is not what arrives', () => {
    const { trace, derivatives } = reverseMode(graph, locals, y!, { trace: true });
    const step = trace!.steps.find((s) => s.kind === 'edge' && s.to === y)!;
    expect(step).toMatchObject({ local: Number.POSITIVE_INFINITY, incoming: 1 });
    expect(Number.isNaN(step.kind === 'edge' && step.contribution)).toBe(true);
    const told = narrateStep(step, 'reverse', y!, context);
    expect(told.rule).toContain("log'(0) = ∞ is not finite");
    expect(told.sentence).toContain("log'(0) = ∞ is not finite");
    expect(Number.isNaN(derivatives[a!]!)).toBe(true);
  });

  it('forward mode: 0 arrives at log (a - a), and the step still gives NaN, saying why', () => {
    const { trace, derivatives } = forwardMode(graph, locals, a!, { trace: true });
    const step = trace!.steps.find((s) => s.kind === 'edge' && s.to === y)!;
    expect(step).toMatchObject({ from: d, incoming: 0, local: Number.POSITIVE_INFINITY });
    expect(Number.isNaN(step.kind === 'edge' && step.contribution)).toBe(true);
    expect(narrateStep(step, 'forward', a!, context).rule).toContain("log'(0) = ∞");
    expect(derivatives[d!]).toBe(0);
    expect(Number.isNaN(derivatives[y!]!)).toBe(true);
  });

  it('a step that only carries NaN from upstream says where it comes from', () => {
    const g = graphOf('x = 0\nr = sqrt(x)\ny = r * 2');
    const { trace } = forwardMode(g, evaluate(g).locals, 0, { trace: true });
    const last = trace!.steps.at(-1)!;
    const ctx = { nodes: g.nodes, values: Array.from(evaluate(g).values), edges: g.edges };
    expect(narrateStep(last, 'forward', 0, ctx).sentence).toContain('NaN arrives');
  });

  it('the analysis marks exactly the non-finite edges, with the reason in the narration’s words', () => {
    const result = analyze('w = 1\nu = w / 0\nz = sigmoid(u)\nq = 0\nr = sqrt(q) + log(q - q)');
    if (!result.ok) throw new Error('does not compile');
    const marked = result.analysis.edges.filter((e) => e.nonFinite !== undefined);
    expect(marked.map((e) => e.nonFinite)).toEqual([
      '∂(w / 0)/∂w = 1/0 = ∞',
      '∂(w / 0)/∂0 = -1/0² = -∞',
      "sqrt'(0) = ∞",
      "log'(0) = ∞",
    ]);
    for (const e of result.analysis.edges)
      expect(e.nonFinite !== undefined).toBe(!Number.isFinite(e.local));
  });
});
