import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';
import { describeOperation } from './describe.ts';

const operations = (source: string): string[] => {
  const result = analyze(source);
  if (!result.ok) throw new Error(result.diagnostics[0]?.message);
  const { nodes } = result.analysis;
  return nodes.map((node) => `${node.label}: ${describeOperation(nodes, node)}`);
};

describe('describeOperation', () => {
  it('describeOperation names the operands of named steps', () => {
    expect(operations('a = 2\nb = 1\nc = a + b\nd = b + 1\ne = c * d')).toEqual([
      'a: input',
      'b: input',
      'c: a + b',
      '1: constant',
      'd: b + 1',
      'e: c * d',
    ]);
  });

  it('describeOperation writes out unnamed operands in parentheses, calls without', () => {
    expect(operations('(a+b)*(b+1)').at(-1)).toBe('*: (a + b) * (b + 1)');
    expect(operations('y = -sin(x) * max(x, 3)').at(-1)).toBe('y: (-sin(x)) * max(x, 3)');
    expect(operations('y = log(x - 1) + -(x * 2)').at(-1)).toBe('y: log(x - 1) + (-(x * 2))');
  });

  it('describeOperation stops writing out deep operands at two levels', () => {
    expect(operations('y = (a+b)*c + 1').at(-1)).toBe('y: ((a + b) * c) + 1');
    expect(operations('y = ((a+b)*c)^2 + 1').at(-1)).toBe('y: ((… * c) ^ 2) + 1');
  });
});
