import { describe, expect, it } from 'vitest';
import { type Analysis, analyze } from '../analysis.ts';
import { COLAH_PROGRAM } from '../testing/fixtures.ts';
import { replay } from '../trace/index.ts';
import { collapseStatements } from './collapse.ts';

function analysisOf(source: string): Analysis {
  const result = analyze(source);
  if (!result.ok) throw new Error(`does not compile: ${result.diagnostics[0]!.message}`);
  return result.analysis;
}

const labels = (a: Analysis) => a.nodes.map((n) => n.label);
const idOf = (a: Analysis, label: string) => a.nodes.find((n) => n.label === label)!.id;
/** `from->to` of each edge of a collapsed analysis, with its local. */
const edgeList = (a: Analysis) =>
  a.edges.map((e) => [`${a.nodes[e.from]!.label}->${a.nodes[e.to]!.label}`, e.local]);

const NEURON = `x1 = 0.5; x2 = -1; w11 = 0.1; w12 = -0.3; b1 = 0
h1 = tanh(w11*x1 + w12*x2 + b1)
loss = (h1 - 1)^2`;

describe('collapseStatements', () => {
  it('collapseStatements(neuron) keeps inputs, h1 and loss; h1’s locals are the closed forms', () => {
    const full = analysisOf(NEURON);
    const { analysis: c, members, fullId } = collapseStatements(full);
    expect(labels(c)).toEqual(['x1', 'x2', 'w11', 'w12', 'b1', 'h1', 'loss']);
    const [x1, x2, w11, w12] = [0.5, -1, 0.1, -0.3];
    const z = w11 * x1 + w12 * x2;
    const dh = 1 - Math.tanh(z) ** 2;
    const expected = [
      ['w11->h1', dh * x1],
      ['x1->h1', dh * w11],
      ['w12->h1', dh * x2],
      ['x2->h1', dh * w12],
      ['b1->h1', dh],
      ['h1->loss', 2 * (Math.tanh(z) - 1)],
    ] as const;
    const edges = edgeList(c);
    expect(edges.map(([name]) => name)).toEqual(expected.map(([name]) => name));
    for (const [i, [name, local]] of expected.entries())
      expect(Math.abs((edges[i]![1] as number) - local), name).toBeLessThanOrEqual(1e-12);
    expect(c.edges.map((e) => e.operandIndex)).toEqual([0, 1, 2, 3, 4, 0]);
    expect(c.nodes[5]!.operands).toEqual([2, 0, 3, 1, 4]);
    // The constants 1 and 2 are hidden inside loss, with its subtraction.
    const loss = members[6]!.map((id) => full.nodes[id]!.label);
    expect(loss.sort()).toEqual(['-', '1', '2', 'loss'].sort());
    expect(c.gradient).toEqual(fullId.map((id) => full.gradient[id]));
  });

  it("collapseStatements(colah) is colah's graph minus the constant 1; b’s sum is 5", () => {
    const full = analysisOf(COLAH_PROGRAM);
    const { analysis: c, collapsedId } = collapseStatements(full);
    expect(labels(c)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(edgeList(c)).toEqual(
      full.edges
        .filter((e) => full.nodes[e.from]!.kind !== 'constant')
        .map((e) => [`${full.nodes[e.from]!.label}->${full.nodes[e.to]!.label}`, e.local]),
    );
    expect(collapsedId[idOf(full, '1')]).toBe(-1);
    const reverse = c.traces!.reverse;
    const end = replay(reverse, c.nodes.length, reverse.steps.length);
    expect(end.shown.slice(0, 2)).toEqual([2, 5]);
    expect(c.traces!.values.steps.map((s) => s.kind === 'value' && s.value)).toEqual([
      2, 1, 3, 2, 6,
    ]);
  });

  it('makes a*b visible when two statements share it by hash-consing', () => {
    const full = analysisOf('a = 3; b = 4\np = a*b + 1\nq = a*b + 2\nr = p*q');
    const { analysis: c } = collapseStatements(full);
    expect(labels(c)).toEqual(['a', 'b', '*', 'p', 'q', 'r']);
    expect(edgeList(c)).toEqual([
      ['a->*', 4],
      ['b->*', 3],
      ['*->p', 1],
      ['*->q', 1],
      ['p->r', 14],
      ['q->r', 13],
    ]);
  });

  it('sums the paths inside one statement into one edge: y = x*x + x', () => {
    const { analysis: c } = collapseStatements(analysisOf('x = 3\ny = x*x + x'));
    expect(edgeList(c)).toEqual([['x->y', 7]]);
    expect(c.nodes[1]!.operands).toEqual([0]);
  });

  it('expanded shows the unnamed operations of that statement, and only those', () => {
    const full = analysisOf(NEURON);
    const h1 = idOf(full, 'h1');
    const { analysis: c, members } = collapseStatements(full, { expanded: new Set([h1]) });
    expect(labels(c)).toEqual(['x1', 'x2', 'w11', 'w12', 'b1', '*', '*', '+', '+', 'h1', 'loss']);
    expect(edgeList(c).map(([name]) => name)).toEqual([
      'w11->*',
      'x1->*',
      'w12->*',
      'x2->*',
      '*->+',
      '*->+',
      '+->+',
      'b1->+',
      '+->h1',
      'h1->loss',
    ]);
    expect(members.every((m, i) => i === 10 || m.length === 1)).toBe(true);
    // Ignored: an id that is not a visible node's.
    const hidden = idOf(full, '+');
    expect(collapseStatements(full, { expanded: new Set([hidden]) }).analysis.nodes).toHaveLength(
      7,
    );
  });

  it('keeps a bare expression statement nobody uses, and hides a named constant', () => {
    const { analysis: c } = collapseStatements(analysisOf('x = 2\nsin(x) * 3\nk = (3)\ny = k*x'));
    expect(labels(c)).toEqual(['x', '*', 'y']);
    expect(edgeList(c)).toEqual([
      ['x->*', 3 * Math.cos(2)],
      ['x->y', 3],
    ]);
  });

  it('shows a constant output, the only case where a constant is visible', () => {
    const { analysis: c } = collapseStatements(analysisOf('2 + 3'));
    expect(labels(c)).toEqual(['+']);
    expect(collapseStatements(analysisOf('(4)')).analysis.nodes.map((n) => n.kind)).toEqual([
      'constant',
    ]);
  });

  it('seeds: traces start from the mapped seeds; a hidden one falls back', () => {
    const full = analysisOf(NEURON);
    const [h1, x2, minus] = [idOf(full, 'h1'), idOf(full, 'x2'), idOf(full, '-')];
    const seeded = collapseStatements(full, { seeds: { forward: x2, reverse: h1 } }).analysis;
    expect(seeded.traces!.reverse.seed).toBe(5);
    expect(seeded.traces!.forward!.seed).toBe(1);
    const fallback = collapseStatements(full, { seeds: { forward: minus, reverse: minus } });
    expect(fallback.analysis.traces!.reverse.seed).toBe(6);
    expect(fallback.analysis.traces!.forward!.seed).toBe(0);
  });

  it('collapses a statement 40,000 operations deep without recursion', () => {
    const depth = 40_000;
    const full = analysisOf(`x = 0.5\ny = x${' + sin(x)'.repeat(depth)}`);
    expect(full.traces).toBeUndefined();
    const { analysis: c, members } = collapseStatements(full);
    expect(labels(c)).toEqual(['x', 'y']);
    expect(c.edges[0]!.local).toBeCloseTo(1 + depth * Math.cos(0.5), 8);
    expect(members[1]).toHaveLength(depth + 1);
  });

  it('returns an analysis without per-node detail as it is', () => {
    const full = { ...analysisOf(COLAH_PROGRAM), detailed: false, nodes: [], edges: [] };
    expect(collapseStatements(full)).toEqual({
      analysis: full,
      fullId: [],
      collapsedId: [],
      members: [],
    });
  });
});

describe('collapsing a program with several outputs', () => {
  it('keeps every output visible and maps its id', () => {
    const result = analyze('x = 2; y = 0; u = x*y; v = x + sin(y); u, v');
    if (!result.ok) throw new Error('does not compile');
    const { analysis } = collapseStatements(result.analysis);
    expect(analysis.outputs.map((o) => analysis.nodes[o.id]?.name)).toEqual(['u', 'v']);
    const unnamed = analyze('x = 2; y = 3; x*y + 1, sin(x) * y');
    if (!unnamed.ok) throw new Error('does not compile');
    const collapsed = collapseStatements(unnamed.analysis).analysis;
    expect(collapsed.outputs.map((o) => collapsed.nodes[o.id]?.name)).toEqual(['out1', 'out2']);
  });
});
