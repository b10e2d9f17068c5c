import { describe, expect, it } from 'vitest';
import { graphOf } from '../testing/fixtures.ts';
import { gradientByValue, tangentsByValue } from './byValue.ts';
import { compileTape, tapeForwardWithLocals } from './index.ts';

/** A program's tape and its local partials at the starting values. */
function tapeOf(source: string) {
  const graph = graphOf(source);
  const tape = compileTape(graph);
  const values = new Float64Array(tape.size);
  const locals = new Float64Array(2 * tape.size);
  tapeForwardWithLocals(tape, undefined, values, locals);
  return { tape, locals, scratch: () => new Float64Array(tape.size) };
}

describe('the sweeps by value', () => {
  it('skip a constant subgraph with a non-finite partial while zeros can only mean unreached', () => {
    const { tape, locals, scratch } = tapeOf('x = 2\ny = x + log(0) * 0');
    const t = scratch();
    expect(tangentsByValue(tape, locals, tape.inputs[0]!, t)).toBe(true);
    expect(t[tape.output]).toBe(1);
  });

  it('finish where every derivative that meets a non-finite local partial is not 0', () => {
    const { tape, locals, scratch } = tapeOf('x = 0\ny = 2 * x + log(x)');
    expect(gradientByValue(tape, locals, tape.output, scratch())).toBe(true);
    expect(tangentsByValue(tape, locals, tape.inputs[0]!, scratch())).toBe(true);
  });

  it('give up where a 0 meets a non-finite local partial: only structure can say if it poisons', () => {
    // Forward: the tangent of a - a is 0 when it reaches log'(0) = ∞ (on a path: NaN).
    const cancelled = tapeOf('a = 1\ny = log(a - a)');
    expect(tangentsByValue(cancelled.tape, cancelled.locals, 0, cancelled.scratch())).toBe(false);
    // Reverse: ∂y/∂log is 0 (times 0) when it meets log'(0) = ∞ (on a path: NaN).
    const times0 = tapeOf('x = 1\ny = log(x - x) * 0');
    const { tape, locals, scratch } = times0;
    expect(gradientByValue(tape, locals, tape.output, scratch())).toBe(false);
  });
});
