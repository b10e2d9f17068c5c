import { describe, expect, it } from 'vitest';
import { compile } from '../compile.ts';
import { graphOf, nodeNamed } from '../testing/fixtures.ts';

/** The diagnostics of a program that must not compile: code, message, span and related spans. */
function problems(source: string, sharing = true) {
  const result = compile(source, { sharing });
  if (result.ok) throw new Error('compiled');
  return result.diagnostics.map((d) => ({
    code: d.code,
    message: d.message,
    at: [d.span.start, d.span.end],
    related: d.related?.map((r) => [r.message, r.span.start, r.span.end]),
  }));
}

describe('buildGraph with several outputs', () => {
  it('lists the outputs in order; output is the first; names come from bare names', () => {
    const g = graphOf('u = x*y; v = x + sin(y); u, v');
    expect(g.outputs).toEqual([nodeNamed(g, 'u'), nodeNamed(g, 'v')]);
    expect(g.output).toBe(g.outputs[0]);
    expect(g.outputNames).toEqual(['u', 'v']);
  });

  it('names unnamed items out1, out2, … by their position in the list', () => {
    expect(graphOf('x*y, x + y').outputNames).toEqual(['out1', 'out2']);
    expect(graphOf('u = x*y\nx - y, u, x + y').outputNames).toEqual(['out1', 'u', 'out3']);
    expect(graphOf('x, y').outputNames).toEqual(['x', 'y']);
  });

  it('a made-up name the program already uses gets _ until it is free', () => {
    expect(graphOf('out1 = x*y\nx + y, out1').outputNames).toEqual(['out1_', 'out1']);
  });

  it('a program with one output has outputs [output] and its usual name', () => {
    const g = graphOf('a = 2\nb = a*a');
    expect(g.outputs).toEqual([g.output]);
    expect(g.outputNames).toEqual(['b']);
    expect(graphOf('x*y').outputNames).toEqual(['*']);
  });

  it('the tree variant lists its own nodes for the same items', () => {
    const g = graphOf('u = sin(x)\nv = u*u\nu, v', false);
    expect(g.outputNames).toEqual(['u', 'v']);
    expect(g.nodes[g.outputs[1]!]!.op).toBe('mul');
  });
});

describe('buildGraph: the same node listed twice', () => {
  const twice = "'u' is listed twice as an output; list each output once";

  it.each([true, false])('u, v, u points at both listings (sharing %s)', (sharing) => {
    expect(problems('u = x*y\nv = x\nu, v, u', sharing)).toEqual([
      {
        code: 'duplicate-output',
        message: twice,
        at: [20, 21],
        related: [["'u' is first listed here", 14, 15]],
      },
    ]);
  });

  it.each([true, false])('an expression that is the node of a name (sharing %s)', (sharing) => {
    expect(problems('u = x*y\nx*y, u', sharing)).toMatchObject([
      {
        code: 'duplicate-output',
        message: "'u' is the same node as the output 'x*y'; list each output once",
        at: [13, 14],
        related: [["'x*y' is first listed here", 8, 11]],
      },
    ]);
  });

  it('an input listed twice, and equal constants', () => {
    expect(problems('x, x').map((p) => p.code)).toEqual(['duplicate-output']);
    expect(problems('2, x, 2.0', false).map((p) => p.code)).toEqual(['duplicate-output']);
  });

  it('different nodes are not duplicates: a+b and b+a, sin(x) and sin(y)', () => {
    expect(graphOf('a+b, b+a', false).outputs).toHaveLength(2);
    expect(graphOf('sin(x), sin(y), x', false).outputs).toHaveLength(3);
  });
});
