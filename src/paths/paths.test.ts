import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reverseMode } from '../ad/index.ts';
import { evaluate } from '../eval/index.ts';
import type { Graph } from '../graph/index.ts';
import {
  COLAH_PROGRAM,
  graphOf,
  ladderProgram,
  nodeNamed,
  tripleStagesProgram,
} from '../testing/fixtures.ts';
import { randomProgram } from '../testing/randomPrograms.ts';
import { forwardModeCost, naivePathSumCost, reverseModeCost } from './cost.ts';
import { countPaths, countPathsTo } from './count.ts';
import { enumeratePaths } from './enumerate.ts';

/** Independent check: every path by plain recursion over outgoing edges (small graphs only). */
function bruteForcePaths(graph: Graph, from: number, to: number): number[][] {
  if (from === to) return [[]];
  return graph.outEdges[from]!.flatMap((e) =>
    bruteForcePaths(graph, graph.edges[e]!.to, to).map((rest) => [e, ...rest]),
  );
}

describe('path counts', () => {
  it("colah's example: one path from a, two from b", () => {
    const g = graphOf(COLAH_PROGRAM);
    expect(countPaths(g, nodeNamed(g, 'a'), g.output)).toBe(1n);
    expect(countPaths(g, nodeNamed(g, 'b'), g.output)).toBe(2n);
  });

  it('x*x counts its parallel edges: two paths', () => {
    const g = graphOf('x*x');
    expect(countPaths(g, 0, g.output)).toBe(2n);
  });

  it.each([1, 10, 53, 54, 100])('a ladder of %i stages has 2^k paths', (k) => {
    const g = graphOf(ladderProgram(k));
    expect(countPaths(g, 0, g.output)).toBe(2n ** BigInt(k));
  });

  it('a 100-stage ladder has exactly 1267650600228229401496703205376 paths', () => {
    const g = graphOf(ladderProgram(100));
    expect(countPathsTo(g, g.output)[0]!.toString()).toBe('1267650600228229401496703205376');
  });

  it.each([1, 5, 40])('%i stacked three-way stages have 3^k paths', (k) => {
    const g = graphOf(tripleStagesProgram(k));
    expect(countPaths(g, 0, g.output)).toBe(3n ** BigInt(k));
  });

  it('equal a brute-force enumeration on random small DAGs, from every node', () => {
    fc.assert(
      fc.property(randomProgram(3, 10), ({ source }) => {
        const g = graphOf(source);
        const to = countPathsTo(g, g.output);
        for (const node of g.nodes) {
          const brute = bruteForcePaths(g, node.id, g.output);
          expect(countPaths(g, node.id, g.output)).toBe(BigInt(brute.length));
          expect(to[node.id]).toBe(BigInt(brute.length));
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('enumeratePaths', () => {
  it('lists the same paths as brute force, and their products sum to the derivative', () => {
    fc.assert(
      fc.property(randomProgram(3, 10), ({ source }) => {
        const g = graphOf(source);
        const { locals } = evaluate(g);
        const gradient = reverseMode(g, locals, g.output).derivatives;
        for (const input of g.inputs) {
          const listed = [...enumeratePaths(g, input, g.output, locals)];
          const brute = bruteForcePaths(g, input, g.output);
          expect(listed.map((p) => p.edges.join(',')).sort()).toEqual(
            brute.map((p) => p.join(',')).sort(),
          );
          const sum = listed.reduce((s, p) => s + p.product, 0);
          const d = gradient[input]!;
          if (Number.isFinite(sum) && Number.isFinite(d))
            expect(Math.abs(sum - d)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(d)));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is lazy: the first paths of a 100-stage ladder come at once', () => {
    const g = graphOf(ladderProgram(100));
    const { locals } = evaluate(g);
    const first = [];
    for (const path of enumeratePaths(g, 0, g.output, locals)) {
      first.push(path);
      if (first.length === 300) break;
    }
    expect(first).toHaveLength(300);
    expect(first[0]!.edges).toHaveLength(200);
  });
});

describe('costs', () => {
  it("colah's example: naive sum vs factored modes", () => {
    const g = graphOf(COLAH_PROGRAM);
    const b = nodeNamed(g, 'b');
    // Two paths of two edges: 2 multiplications, 1 addition.
    expect(naivePathSumCost(g, b, g.output)).toEqual({ multiplications: 2n, additions: 1n });
    expect(forwardModeCost(g, b)).toEqual({ multiplications: 4n, additions: 1n });
    expect(reverseModeCost(g, g.output)).toEqual({ multiplications: 6n, additions: 1n });
  });

  it('the naive multiplication count equals the brute-force count on random small graphs', () => {
    fc.assert(
      fc.property(randomProgram(3, 10), ({ source }) => {
        const g = graphOf(source);
        for (const input of g.inputs) {
          const brute = bruteForcePaths(g, input, g.output);
          const multiplications = brute.reduce((s, p) => s + Math.max(0, p.length - 1), 0);
          const cost = naivePathSumCost(g, input, g.output);
          expect(cost.multiplications).toBe(BigInt(multiplications));
          expect(cost.additions).toBe(BigInt(Math.max(0, brute.length - 1)));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('grows exponentially for the naive sum and linearly for reverse mode on ladders', () => {
    const g = graphOf(ladderProgram(60));
    expect(naivePathSumCost(g, 0, g.output).multiplications).toBe(2n ** 60n * 119n);
    expect(reverseModeCost(g, g.output).multiplications).toBe(240n);
  });
});
