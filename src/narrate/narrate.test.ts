import { describe, expect, it } from 'vitest';
import { forwardMode, reverseMode } from '../ad/index.ts';
import { evaluate, valuesTrace } from '../eval/index.ts';
import { COLAH_PROGRAM, graphOf, nodeNamed } from '../testing/fixtures.ts';
import { formatNumber } from './format.ts';
import { displayNames } from './names.ts';
import { narrateStep } from './narrate.ts';

const graph = graphOf(COLAH_PROGRAM);
const { values, locals } = evaluate(graph);
const valueList = Array.from(values);

describe('narrateStep', () => {
  it("tells reverse mode's second contribution to b as a teacher writes it", () => {
    const { trace } = reverseMode(graph, locals, graph.output, { trace: true });
    const b = nodeNamed(graph, 'b');
    const intoB = trace!.steps.filter((s) => s.kind === 'edge' && s.receiver === b);
    const lines = intoB.map((s) => narrateStep(s, 'reverse', graph.output, graph.nodes, valueList));
    expect(lines.map((l) => l.equation)).toEqual([
      '∂e/∂b += ∂e/∂d · ∂d/∂b = 3 · 1 = 3  (now 3)',
      '∂e/∂b += ∂e/∂c · ∂c/∂b = 2 · 1 = 2  (now 5)',
    ]);
    expect(lines[0]!.rule).toBe('d = b + 1, so ∂d/∂b = 1');
  });

  it('tells forward mode and the product rule with the other operand', () => {
    const b = nodeNamed(graph, 'b');
    const { trace } = forwardMode(graph, locals, b, { trace: true });
    const last = trace!.steps.at(-1)!;
    const told = narrateStep(last, 'forward', b, graph.nodes, valueList);
    expect(told.equation).toBe('∂e/∂b += ∂e/∂d · ∂d/∂b = 3 · 1 = 3  (now 5)');
    expect(told.rule).toBe('e = c * d, so ∂e/∂d = c = 3');
  });

  it('tells values with their numbers, and names unnamed nodes by their expression', () => {
    const g = graphOf('(a+b)*(b+1)');
    expect(displayNames(g.nodes)).toEqual(['a', 'b', 'a + b', '1', 'b + 1', '(a + b) * (b + 1)']);
    const { values: v } = evaluate(g, { a: 2, b: 1 });
    const trace = valuesTrace(g, v);
    expect(narrateStep(trace.steps[5]!, 'values', -1, g.nodes, Array.from(v)).equation).toBe(
      '(a + b) * (b + 1) = 3 * 2 = 6',
    );
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
