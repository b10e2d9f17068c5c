import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../eval/index.ts';
import type { Graph } from '../graph/index.ts';
import { sayEnglish } from '../phrases/index.ts';
import { handle } from '../protocol.ts';
import { COLAH_PROGRAM, graphOf, ladderProgram, nodeNamed } from '../testing/fixtures.ts';
import { randomProgram } from '../testing/randomPrograms.ts';
import {
  LISTED_EDGE_BUDGET,
  LISTED_PATH_LIMIT,
  PATHS_REPORT_NODE_LIMIT,
  pathsReport,
} from './report.ts';

const reportOf = (g: Graph, forward: number, reverse = g.output) =>
  pathsReport(g, evaluate(g).locals, { forward, reverse });

/** Independent check: every path by plain recursion over outgoing edges (small graphs only). */
function bruteForcePaths(graph: Graph, from: number, to: number): number[][] {
  if (from === to) return [[]];
  return graph.outEdges[from]!.flatMap((e) =>
    bruteForcePaths(graph, graph.edges[e]!.to, to).map((rest) => [e, ...rest]),
  );
}

const close = (a: number, b: number) =>
  !Number.isFinite(a) || !Number.isFinite(b) || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe('pathsReport', () => {
  it("colah's example from b: two paths, 2 · 1 + 3 · 1 = 5, and the gradient table", () => {
    const g = graphOf(COLAH_PROGRAM);
    const report = reportOf(g, nodeNamed(g, 'b'));
    expect(report.count).toBe('2');
    expect(report.listed.map((p) => p.product)).toEqual([1 * 2, 1 * 3]);
    expect(report.listed.map((p) => p.running)).toEqual([2, 5]);
    expect(report.listed.map((p) => p.locals)).toEqual([
      [1, 2],
      [1, 3],
    ]);
    expect(report.derivative).toBe(5);
    expect(report.forwardDerivative).toBe(5);
    // DOMAIN.md §4: forward from b gives 1, 1, 1, 5; reverse from e gives 5, 2, 3, 1.
    const label = (id: number) => g.nodes[id]!.label;
    expect(report.factored.map((r) => [label(r.node), r.forward, r.reverse])).toEqual([
      ['b', 1, 5],
      ['c', 1, 2],
      ['d', 1, 3],
      ['e', 5, 1],
    ]);
    expect(report.factored.map((r) => [r.pathsFrom, r.pathsTo])).toEqual([
      ['1', '2'],
      ['1', '1'],
      ['1', '1'],
      ['2', '1'],
    ]);
    expect(sayEnglish(report.verdict)).toMatch(/about the same/);
  });

  it('a 100-stage ladder: the exact count, and only the first paths listed', () => {
    const g = graphOf(ladderProgram(100));
    const report = reportOf(g, 0);
    expect(report.count).toBe('1267650600228229401496703205376');
    expect(report.listed).toHaveLength(LISTED_PATH_LIMIT);
    expect(report.listed[0]!.edges).toHaveLength(200);
    expect(report.onPaths).toBe(301);
    const naive = report.costs.find((c) => c.method === 'naive')!;
    expect(naive.multiplications).toBe((2n ** 100n * 199n).toString());
  });

  it('lists fewer, longer paths within the edge budget: a 1,000-stage ladder', () => {
    const g = graphOf(ladderProgram(1000));
    const report = reportOf(g, 0);
    expect(report.count).toBe((2n ** 1000n).toString());
    expect(report.listed).toHaveLength(LISTED_EDGE_BUDGET / 2000);
    expect(report.listed.every((p) => p.edges.length === 2000)).toBe(true);
  });

  it('the listed products sum to the derivative that both modes compute, from any node', () => {
    fc.assert(
      fc.property(randomProgram(3, 10), fc.nat(), ({ source }, pick) => {
        const g = graphOf(source);
        const candidates = g.nodes.filter((n) => n.kind !== 'constant');
        const from = candidates[pick % candidates.length]!.id;
        const report = reportOf(g, from);
        if (BigInt(report.count) > BigInt(LISTED_PATH_LIMIT)) return;
        expect(report.listed).toHaveLength(Number(report.count));
        const total = report.listed.at(-1)?.running ?? 0;
        expect(close(total, report.derivative)).toBe(true);
        expect(close(report.forwardDerivative, report.derivative)).toBe(true);
        for (const path of report.listed) {
          const product = path.locals.reduce((p, x) => p * x, 1);
          expect(Object.is(product, path.product) || close(product, path.product)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("the naive row's counts equal a brute-force count over every path", () => {
    fc.assert(
      fc.property(randomProgram(3, 10), ({ source }) => {
        const g = graphOf(source);
        for (const input of g.inputs) {
          const brute = bruteForcePaths(g, input, g.output);
          const naive = reportOf(g, input).costs.find((c) => c.method === 'naive')!;
          const multiplications = brute.reduce((s, p) => s + Math.max(0, p.length - 1), 0);
          expect(naive.multiplications).toBe(String(multiplications));
          expect(naive.additions).toBe(String(Math.max(0, brute.length - 1)));
          expect(reportOf(g, input).count).toBe(String(brute.length));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives a verdict in words: which mode is cheaper and by how much', () => {
    const wide = graphOf(`y = ${Array.from({ length: 1000 }, (_, i) => `x${i}`).join(' + ')}`);
    expect(sayEnglish(reportOf(wide, 0).verdict)).toBe(
      'Reverse mode is 167× cheaper here: one pass gives all 1,000 derivatives, forward mode needs 1,000 passes (2,997 operations against 501,498 operations).',
    );
    // One input: forward mode skips the edge from the constant that reverse mode visits.
    const scaled = graphOf('x = 2\ny = x * 3');
    expect(sayEnglish(reportOf(scaled, 0).verdict)).toBe(
      'Forward mode is 1.5× cheaper here: 2 operations for 1 pass forward against 3 operations for one reverse pass.',
    );
  });

  it('reports no paths from a node after the output, nor from no input', () => {
    const g = graphOf('y = 2 * 3');
    const report = reportOf(g, -1);
    expect(report.count).toBe('0');
    expect(report.listed).toEqual([]);
    expect(sayEnglish(report.verdict)).toMatch(/no inputs/);
  });
});

describe("the engine's answer carries the paths report", () => {
  it('for the seeds the request chose', () => {
    const response = handle({ type: 'analyze', id: 1, source: COLAH_PROGRAM, forwardFrom: 0 });
    expect(response.type).toBe('analysis');
    if (response.type !== 'analysis') return;
    expect(response.paths?.from).toBe(0);
    expect(response.paths?.count).toBe('1');
    expect(response.paths?.derivative).toBe(2);
  });

  it(`not above ${PATHS_REPORT_NODE_LIMIT} nodes`, () => {
    const stages = Math.ceil(PATHS_REPORT_NODE_LIMIT / 3);
    const response = handle({ type: 'analyze', id: 1, source: ladderProgram(stages) });
    expect(response.type).toBe('analysis');
    if (response.type === 'analysis') expect(response.paths).toBeUndefined();
  });
});
