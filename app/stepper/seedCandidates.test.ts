import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';
import { ALL_NODES_LISTED, seedCandidates } from './seedCandidates.ts';

const nodesOf = (source: string) => {
  const result = analyze(source);
  if (!result.ok) throw new Error('expected a program');
  return result.analysis.nodes;
};

describe('seedCandidates', () => {
  it('lists every node but constants in a small graph', () => {
    const nodes = nodesOf('(a+b)*(b+1)');
    expect(seedCandidates(nodes, -1).map((n) => n.name)).toEqual(['a', 'b', 't1', 't2', 'output']);
  });

  it('lists inputs, named nodes and the current choice in a large graph', () => {
    const lines = ['x0 = 0.5'];
    for (let i = 0; i < ALL_NODES_LISTED / 2; i++)
      lines.push(`x${i + 1} = sin(x${i}) * cos(x${i})`);
    const nodes = nodesOf(lines.join('\n'));
    const t5 = nodes.find((n) => n.name === 't5')!.id;
    const names = seedCandidates(nodes, t5).map((n) => n.name);
    expect(names).toContain('x0');
    expect(names).toContain('x150');
    expect(names).toContain('t5');
    expect(names).not.toContain('t6');
    expect(names).toHaveLength(152);
  });
});
