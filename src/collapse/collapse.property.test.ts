import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forwardMode, reverseMode } from '../ad/index.ts';
import { type Analysis, analyze } from '../analysis.ts';
import type { Graph } from '../graph/index.ts';
import { close } from '../testing/compare.ts';
import { randomProgram } from '../testing/randomPrograms.ts';
import { statementProgram } from '../testing/statementPrograms.ts';
import { replay } from '../trace/index.ts';
import { type CollapsedAnalysis, collapseStatements } from './collapse.ts';

const RUNS = 300;

/** Programs with multi-operation statements, and plain one-operation ones. */
const programs = (kind: 'smooth' | 'edgy') =>
  fc.oneof(
    { arbitrary: statementProgram(3, 5, kind), weight: 3 },
    { arbitrary: randomProgram(3, 6, kind).map((p) => p.source), weight: 1 },
  );

/** A program, a mask choosing statements to expand, and two seeds (full ids, modulo size). */
const cases = (kind: 'smooth' | 'edgy') =>
  fc.record({ source: programs(kind), mask: fc.nat(), forward: fc.nat(), reverse: fc.nat() });

function analysisOf(source: string): { full: Analysis; graph: Graph } {
  const result = analyze(source);
  if (!result.ok) throw new Error(`does not compile: ${source}`);
  return { full: result.analysis, graph: result.graph };
}

/** Ids, operands, edge order and the maps between the two graphs are consistent. */
function expectWellFormed(full: Analysis, c: CollapsedAnalysis): void {
  const { analysis: a, fullId, collapsedId, members } = c;
  expect(a.nodeCount).toBe(fullId.length);
  expect(a.edgeCount).toBe(a.edges.length);
  fullId.forEach((f, id) => {
    expect(collapsedId[f]).toBe(id);
    expect(a.nodes[id]!.id).toBe(id);
    if (id > 0) expect(f).toBeGreaterThan(fullId[id - 1]!);
    expect(a.nodes[id]!.operands.every((u) => u < id)).toBe(true);
    expect(new Set(a.nodes[id]!.operands).size).toBe(a.nodes[id]!.operands.length);
  });
  expect(collapsedId.filter((id) => id >= 0)).toHaveLength(fullId.length);
  a.edges.forEach((e, i) => {
    expect(e.id).toBe(i);
    expect(e.from).toBeLessThan(e.to);
    expect(a.nodes[e.to]!.operands[e.operandIndex]).toBe(e.from);
    const previous = a.edges[i - 1];
    if (previous && previous.to === e.to) expect(e.operandIndex).toBe(previous.operandIndex + 1);
    else expect(e.operandIndex).toBe(0);
  });
  expect(a.output).toBe(collapsedId[full.output]);
  expect(a.inputs.map((i) => fullId[i.node])).toEqual(full.inputs.map((i) => i.node));
  expect(a.gradient).toEqual(fullId.map((f) => full.gradient[f]));
  // Members: ascending, disjoint, each holding its node; every non-constant node in one.
  const holders = new Array<number>(full.nodes.length).fill(0);
  members.forEach((m, id) => {
    expect(m).toContain(fullId[id]);
    expect([...m].sort((x, y) => x - y)).toEqual(m);
    for (const f of m) holders[f]!++;
  });
  for (const node of full.nodes)
    if (node.kind === 'constant') expect(holders[node.id]).toBeLessThanOrEqual(1);
    else expect(holders[node.id]).toBe(1);
}

/**
 * The visible set, checked against its definition without the owner pass: a hidden node is an
 * unnamed operation (or a constant) that exactly one visible node reaches through hidden ones;
 * a visible unnamed operation is the output, expanded, or used by 2+ or by no visible nodes.
 */
function expectVisibleByDefinition(full: Analysis, c: CollapsedAnalysis, expanded: boolean) {
  const reachedBy = new Array<number>(full.nodes.length).fill(0);
  const usedBy = full.nodes.map(() => new Set<number>());
  for (const v of c.fullId) {
    const seen = new Set<number>();
    const stack = [...full.nodes[v]!.operands];
    while (stack.length > 0) {
      const w = stack.pop()!;
      if (seen.has(w)) continue;
      seen.add(w);
      if (c.collapsedId[w]! >= 0) usedBy[w]!.add(v);
      else if (full.nodes[w]!.kind === 'op') {
        reachedBy[w]!++;
        stack.push(...full.nodes[w]!.operands);
      }
    }
  }
  const users = full.nodes.map(() => 0);
  for (const e of full.edges) users[e.from]!++;
  for (const node of full.nodes) {
    const named = node.names.length > 0 || node.id === full.output || node.kind === 'input';
    if (c.collapsedId[node.id] === -1) {
      expect(named && node.kind !== 'constant').toBe(false);
      if (node.kind === 'op') expect(reachedBy[node.id]).toBe(1);
    } else if (!named && !expanded) {
      expect(node.kind).toBe('op');
      expect(usedBy[node.id]!.size !== 1 || users[node.id] === 0).toBe(true);
    }
  }
}

/** Both collapsed sweeps, replayed to the end, equal the full graph's at visible nodes. */
function expectSameDerivatives(
  full: Analysis,
  graph: Graph,
  c: CollapsedAnalysis,
  mode: 'reverse' | 'forward',
) {
  const trace = c.analysis.traces![mode]!;
  const locals = Float64Array.from(full.edges, (e) => e.local);
  const sweep = mode === 'reverse' ? reverseMode : forwardMode;
  const reference = sweep(graph, locals, c.fullId[trace.seed]!, { trace: true });
  const expected = replay(reference.trace!, full.nodes.length, Infinity).shown;
  const shown = replay(trace, c.analysis.nodes.length, Infinity).shown;
  // Forward mode's 0·∞: a hidden path with a zero then an infinite local gives 0 in the full
  // graph's forward sweep but NaN in the collapsed local (a reverse sweep, as the full
  // graph's reverse sweep gives), so non-finite partials are compared in reverse mode only.
  const anyInfinite = full.edges.some((e) => !Number.isFinite(e.local));
  c.fullId.forEach((f, id) => {
    const [x, y] = [shown[id], expected[f]];
    const message = `${mode} from ${c.fullId[trace.seed]} at node ${f}: ${x} vs ${y}`;
    expect(x === undefined, message).toBe(y === undefined);
    if (x === undefined || y === undefined) return;
    // Sums in another order may round apart; with infinities they may differ (∞ - ∞).
    if (!Number.isFinite(x) && !Number.isFinite(y)) return;
    if (mode === 'forward' && anyInfinite && !(Number.isFinite(x) && Number.isFinite(y))) return;
    expect(close(x, y, 1e-9), message).toBe(true);
  });
}

describe.each(['smooth', 'edgy'] as const)('collapseStatements on random %s programs', (kind) => {
  it('is well formed, visible as defined, and its sweeps equal the full graph’s', () => {
    fc.assert(
      fc.property(cases(kind), ({ source, mask, forward, reverse }) => {
        const { full, graph } = analysisOf(source);
        const n = full.nodes.length;
        const seeds = { forward: forward % n, reverse: reverse % n };
        const collapsed = collapseStatements(full, { seeds });
        expectWellFormed(full, collapsed);
        expectVisibleByDefinition(full, collapsed, false);
        for (const mode of ['reverse', 'forward'] as const)
          if (collapsed.analysis.traces![mode]) expectSameDerivatives(full, graph, collapsed, mode);
        // From the output, the replayed reverse sweep is the analysis's gradient.
        const fromOutput = collapseStatements(full).analysis;
        const shown = replay(fromOutput.traces!.reverse, fromOutput.nodes.length, Infinity).shown;
        collapsed.fullId.forEach((f, id) => {
          if (Number.isFinite(full.gradient[f]!) || Number.isFinite(shown[id] ?? 0))
            expect(close(shown[id] ?? 0, full.gradient[f]!, 1e-9), `${source}\n${f}`).toBe(true);
        });
        // Expanding some statements keeps all of this true.
        const roots = collapsed.fullId.filter((_, i) => (mask >> (i % 30)) & 1);
        const expanded = collapseStatements(full, { expanded: new Set(roots), seeds });
        expectWellFormed(full, expanded);
        expectVisibleByDefinition(full, expanded, true);
        for (const mode of ['reverse', 'forward'] as const)
          if (expanded.analysis.traces![mode]) expectSameDerivatives(full, graph, expanded, mode);
      }),
      { numRuns: RUNS },
    );
  });

  it('expanding every collapsed node shows every node but the constants (and the output)', () => {
    fc.assert(
      fc.property(programs(kind), (source) => {
        const { full } = analysisOf(source);
        const all = new Set(collapseStatements(full).fullId);
        const { fullId } = collapseStatements(full, { expanded: all });
        const expected = full.nodes.filter((n) => n.kind !== 'constant' || n.id === full.output);
        expect(fullId).toEqual(expected.map((n) => n.id));
      }),
      { numRuns: RUNS },
    );
  });
});
