import { describe, expect, it } from 'vitest';
import { compile } from '../compile.ts';
import { graphOf, ladderProgram, nodeNamed } from '../testing/fixtures.ts';

describe('buildGraph', () => {
  it('(a+b)*(b+1) has one b with two outgoing edges', () => {
    const g = graphOf('(a+b)*(b+1)');
    const b = nodeNamed(g, 'b');
    expect(g.outEdges[b]).toHaveLength(2);
    expect(g.nodes.map((n) => n.label)).toEqual(['a', 'b', '+', '1', '+', '*']);
  });

  it('x*x has two parallel edges from x', () => {
    const g = graphOf('x*x');
    expect(g.edges.map((e) => [e.from, e.to, e.operandIndex])).toEqual([
      [0, 1, 0],
      [0, 1, 1],
    ]);
  });

  it('shares identical operations and equal constants, but not a+b and b+a', () => {
    expect(graphOf('sin(x)*sin(x)').nodes.filter((n) => n.op === 'sin')).toHaveLength(1);
    expect(graphOf('(x+2)*(y+2)').nodes.filter((n) => n.kind === 'constant')).toHaveLength(1);
    expect(graphOf('(a+b)*(b+a)').nodes.filter((n) => n.op === 'add')).toHaveLength(2);
  });

  it('the tree variant gives every occurrence its own node, keeps inputs shared', () => {
    const tree = graphOf('s = sin(x)\ny = s*s', false);
    expect(tree.nodes.filter((n) => n.op === 'sin')).toHaveLength(2);
    expect(tree.nodes.filter((n) => n.kind === 'input')).toHaveLength(1);
    expect(tree.nodes.filter((n) => n.label === 's')).toHaveLength(2);
  });

  it('the tree variant of a deep ladder is refused with a message naming the limit', () => {
    const result = compile(ladderProgram(40), { sharing: false, maxNodes: 10_000 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics[0]?.message).toContain('10,000');
  });

  it('labels named nodes by name, unnamed ones by operator, and knows the output', () => {
    const result = compile('a = 2\nb = 1\nc = a + b\nc * 3');
    expect(result.ok && result.graph.nodes.map((n) => n.label)).toEqual(['a', 'b', 'c', '3', '*']);
    expect(result.ok && result.outputName).toBe('*');
  });

  it('keeps nodes in topological order, even for a 100,000-statement chain', () => {
    const lines = ['x0 = 1'];
    for (let i = 1; i <= 100_000; i++) lines.push(`x${i} = x${i - 1} + 1`);
    const g = graphOf(lines.join('\n'));
    expect(g.nodes).toHaveLength(100_002);
    for (const e of g.edges) expect(e.from).toBeLessThan(e.to);
  });
});
