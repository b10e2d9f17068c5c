import { describe, expect, it } from 'vitest';
import { forwardMode, reverseMode } from '../ad/index.ts';
import { analyze } from '../analysis.ts';
import { evaluate, valuesTrace } from '../eval/index.ts';
import type { Graph } from '../graph/index.ts';
import { COLAH_PROGRAM, graphOf, nodeNamed } from '../testing/fixtures.ts';
import { formatNumber } from './format.ts';
import { adjointSymbol, captionOf, displayNames, formulaOf, tangentSymbol } from './names.ts';
import { type NarrationContext, narrateStep } from './narrate.ts';

function contextOf(graph: Graph, inputs?: Record<string, number>): NarrationContext {
  const { values } = evaluate(graph, inputs);
  return { nodes: graph.nodes, values: Array.from(values), edges: graph.edges };
}

const graph = graphOf(COLAH_PROGRAM);
const { locals } = evaluate(graph);
const colah = contextOf(graph);
const bar = adjointSymbol;

describe('narrateStep', () => {
  it("tells reverse mode's two contributions to b with adjoints, never one symbol for two things", () => {
    const { trace } = reverseMode(graph, locals, graph.output, { trace: true });
    const b = nodeNamed(graph, 'b');
    const intoB = trace!.steps.filter((s) => s.kind === 'edge' && s.receiver === b);
    const lines = intoB.map((s) => narrateStep(s, 'reverse', graph.output, colah));
    expect(lines.map((l) => l.equation)).toEqual([
      `${bar('b')} += ${bar('d')} · ∂d/∂b = 3 · 1 = 3   (${bar('b')} now 3)`,
      `${bar('b')} += ${bar('c')} · ∂c/∂b = 2 · 1 = 2   (${bar('b')} now 5)`,
    ]);
    expect(lines[0]!.rule).toBe('d = b + 1, so ∂d/∂b = 1');
    // A constant's adjoint is written out: a bar over a digit cannot be read.
    const one = graph.nodes.findIndex((n) => n.kind === 'constant');
    const intoOne = trace!.steps.find((s) => s.kind === 'edge' && s.receiver === one)!;
    expect(narrateStep(intoOne, 'reverse', graph.output, colah).equation).toBe(
      `∂e/∂1 += ${bar('d')} · ∂d/∂1 = 3 · 1 = 3   (∂e/∂1 now 3)`,
    );
  });

  it('tells forward mode with tangents, and the product rule with the other operand', () => {
    const b = nodeNamed(graph, 'b');
    const { trace } = forwardMode(graph, locals, b, { trace: true });
    const last = trace!.steps.at(-1)!;
    const told = narrateStep(last, 'forward', b, colah);
    const [e, d] = [tangentSymbol('e'), tangentSymbol('d')];
    expect(told.equation).toBe(`${e} += ∂e/∂d · ${d} = 3 · 1 = 3   (${e} now 5)`);
    expect(told.rule).toBe('e = c · d, so ∂e/∂d = c = 3');
  });

  it('names both edges of x · x by operand position (the issue: ∂y/∂x was both 3 and 6)', () => {
    const g = graphOf('x = 3\ny = x * x');
    const { trace } = reverseMode(g, evaluate(g).locals, g.output, { trace: true });
    const edges = trace!.steps.filter((s) => s.kind === 'edge');
    const told = edges.map((s) => narrateStep(s, 'reverse', g.output, contextOf(g)));
    const [x, y] = [adjointSymbol('x'), adjointSymbol('y')];
    expect(told.map((t) => t.equation).sort()).toEqual([
      `${x} += ${y} · ∂y/∂x (left) = 1 · 3 = 3   (${x} now 3)`,
      `${x} += ${y} · ∂y/∂x (right) = 1 · 3 = 3   (${x} now 6)`,
    ]);
    expect(told.map((t) => t.rule).sort()).toEqual([
      'y = x · x, so ∂y/∂x (left) = x = 3',
      'y = x · x, so ∂y/∂x (right) = x = 3',
    ]);
  });

  it('names unnamed operations t1, t2, … and never restates a rule as a tautology', () => {
    const g = graphOf('w = 0.5\nx = 2\nh = tanh(w * x + 1)');
    const names = displayNames(g.nodes, g.output);
    expect(names.filter((name) => /^t\d$/.test(name))).toEqual(['t1', 't2']);
    const { trace } = reverseMode(g, evaluate(g).locals, g.output, { trace: true });
    const rules = trace!.steps
      .filter((s) => s.kind === 'edge')
      .map((s) => narrateStep(s, 'reverse', g.output, contextOf(g)).rule);
    expect(rules).toContain('t1 = w · x, so ∂t1/∂w = x = 2');
    for (const rule of rules) {
      const [lhs, rhs] = rule.split(', so ');
      expect(rhs, rule).not.toBe(lhs);
      expect(rule).not.toMatch(/node #/);
    }
  });

  it('tells values with their numbers, the unnamed output called output', () => {
    const g = graphOf('(a+b)*(b+1)');
    expect(displayNames(g.nodes, g.output)).toEqual(['a', 'b', 't1', '1', 't2', 'output']);
    const ctx = contextOf(g, { a: 2, b: 1 });
    const trace = valuesTrace(g, evaluate(g, { a: 2, b: 1 }).values);
    expect(narrateStep(trace.steps[5]!, 'values', -1, ctx).equation).toBe(
      'output = t1 · t2 = 3 · 2 = 6',
    );
  });

  it('never uses internal ids, on a two-layer network in every mode', () => {
    const source = [
      'x1 = 0.5; x2 = -1; w11 = 0.1; w12 = -0.3; w21 = 0.4; w22 = 0.2; b1 = 0; b2 = 0.1',
      'h1 = tanh(w11*x1 + w12*x2 + b1)',
      'h2 = tanh(w21*x1 + w22*x2 + b2)',
      'loss = (h1 - h2)^2',
    ].join('\n');
    const result = analyze(source);
    if (!result.ok) throw new Error('expected a program');
    const { analysis } = result;
    const ctx: NarrationContext = {
      nodes: analysis.nodes,
      values: analysis.nodes.map((n) => n.value),
      edges: analysis.edges,
      names: analysis.nodes.map((n) => n.name),
    };
    const drawn = new Set(analysis.nodes.map((n) => n.name));
    for (const mode of ['values', 'reverse', 'forward'] as const) {
      const trace = analysis.traces![mode]!;
      for (const step of trace.steps) {
        const told = narrateStep(step, mode, trace.seed, ctx);
        const text = `${told.equation} ${told.rule} ${told.sentence}`;
        expect(text).not.toMatch(/node #|#\d/);
        // Every name-like token in the equation is a node drawn on the graph.
        const tokens = told.equation.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
        for (const token of tokens.match(/\b[a-z_][\w]*\b/gi) ?? [])
          if (!['tanh', 'now'].includes(token))
            expect(drawn, `${token} in ${told.equation}`).toContain(token);
      }
    }
  });
});

describe('captions', () => {
  it('write what an operation computes over its operands, as colah does', () => {
    const g = graphOf(COLAH_PROGRAM);
    const names = displayNames(g.nodes, g.output);
    const captions = g.nodes.map((n) => captionOf(names[n.id]!, formulaOf(n, names)));
    expect(captions).toEqual(['a', 'b', 'c = a + b', '1', 'd = b + 1', 'e = c · d']);
  });

  it('mark adjoints with a bar and tangents with a dot on the first character', () => {
    expect(adjointSymbol('w11')).toBe('w\u030411');
    expect(tangentSymbol('b')).toBe('b\u0307');
  });
});

describe('formatNumber', () => {
  it.each([
    [2.2000000000000006, '2.2'],
    [6, '6'],
    [-0, '0'],
    [1 / 3, '0.333333'],
    [1e-7, '1e-7'],
    [123456789.5, '1.2346e+8'],
    [Number.NaN, 'NaN'],
    [Number.NEGATIVE_INFINITY, '-∞'],
  ])('%d → %s', (x, text) => expect(formatNumber(x)).toBe(text));
});
