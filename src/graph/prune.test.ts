import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLAH_PROGRAM, graphOf, nodeNamed } from '../testing/fixtures.ts';
import { randomProgram } from '../testing/randomPrograms.ts';
import { nodesBetween } from './prune.ts';
import type { Graph } from './types.ts';

/** Every node on some path from `from` to `to`, by listing the paths one by one. */
function onSomePath(graph: Graph, from: number, to: number): number[] {
  const found = new Set<number>();
  const walk = (v: number, path: number[]) => {
    if (v === to) for (const u of [...path, v]) found.add(u);
    for (const e of graph.outEdges[v]!) walk(graph.edges[e]!.to, [...path, v]);
  };
  walk(from, []);
  return [...found].sort((a, b) => a - b);
}

describe('nodesBetween', () => {
  it("colah's example: a reaches e through c only; b through c and d", () => {
    const g = graphOf(COLAH_PROGRAM);
    const names = (from: string) =>
      nodesBetween(g, nodeNamed(g, from), g.output).nodes.map((v) => g.nodes[v]!.label);
    expect(names('a')).toEqual(['a', 'c', 'e']);
    expect(names('b')).toEqual(['b', 'c', 'd', 'e']);
  });

  it('leaves out branches that do not reach the chosen output', () => {
    const g = graphOf('u = sin(x) * y\nv = cos(x)\nu, v');
    const { nodes, count } = nodesBetween(g, nodeNamed(g, 'x'), nodeNamed(g, 'v'));
    expect(nodes.map((v) => g.nodes[v]!.label)).toEqual(['x', 'v']);
    expect(count).toBe(2);
    expect(nodesBetween(g, nodeNamed(g, 'y'), nodeNamed(g, 'v')).count).toBe(0);
  });

  it('equals the nodes of a brute-force path enumeration on random DAGs, for every pair', () => {
    fc.assert(
      fc.property(randomProgram(3, 9), ({ source }) => {
        const g = graphOf(source);
        for (const from of g.nodes)
          for (const to of g.nodes) {
            const pruned = nodesBetween(g, from.id, to.id);
            expect(pruned.nodes, `${source}\n${from.id} → ${to.id}`).toEqual(
              onSomePath(g, from.id, to.id),
            );
            expect(pruned.count).toBe(pruned.nodes.length);
          }
      }),
      { numRuns: 150 },
    );
  });
});
