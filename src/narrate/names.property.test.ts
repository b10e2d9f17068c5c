import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { graphOf } from '../testing/fixtures.ts';
import { randomProgram } from '../testing/randomPrograms.ts';
import { statementProgram } from '../testing/statementPrograms.ts';
import { displayNames, formulaOf } from './names.ts';

const programs = fc.oneof(
  randomProgram(4, 16).map((p) => p.source),
  statementProgram(3, 6),
  // Programs that already use t-names and `output`: display names must step around them.
  fc.constantFrom('t1 = 2\nt3 = t1 * t1\nt3 + 1', 'output = 1\nt2 = output + 1\nsin(t2) * 2'),
);

describe('displayNames', () => {
  test.prop([programs], { numRuns: 500 })(
    'names every input and operation once, never `node #`, keeping the names the program gives',
    (source) => {
      const graph = graphOf(source);
      const names = displayNames(graph.nodes, graph.output);
      const seen = new Set<string>();
      graph.nodes.forEach((node, id) => {
        const name = names[id]!;
        expect(name).not.toMatch(/#/);
        if (node.kind === 'input') expect(name).toBe(node.label);
        if (node.names.length > 0) expect(name).toBe(node.names[0]);
        if (node.kind === 'constant') return;
        expect(seen.has(name), `${name} twice in\n${source}`).toBe(false);
        seen.add(name);
        // What an operation computes is written over names that are drawn.
        for (const u of node.operands) expect(formulaOf(node, names)).toContain(names[u]!);
      });
    },
  );
});
