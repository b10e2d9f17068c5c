import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { compile } from '../compile.ts';
import { inputVector } from '../eval/index.ts';
import { compileTape, tapeForwardWithLocals, tapeGradient } from '../tape/index.ts';
import { randomProgram } from '../testing/randomPrograms.ts';
import { checkpointedGradient } from './checkpointGradient.ts';

function plainPass(source: string) {
  const built = compile(source);
  if (!built.ok) throw new Error('does not compile');
  const tape = compileTape(built.graph, { schedule: 'ids' });
  const inputs = inputVector(built.graph);
  const values = new Float64Array(tape.size);
  const locals = new Float64Array(2 * tape.size);
  tapeForwardWithLocals(tape, inputs, values, locals);
  // The plain loop (a trace forces it), whose order of additions the checkpointed pass keeps.
  const adjoints = tapeGradient(tape, values, tape.output, { locals, trace: [] });
  return { tape, inputs, adjoints };
}

describe('checkpointedGradient', () => {
  it('k = 0 is the plain pass: every value stored, nothing recomputed', () => {
    const { tape, inputs, adjoints } = plainPass('a = 2\nb = 1\ne = (a + b) * (b + 1)');
    const result = checkpointedGradient(tape, inputs, tape.output, 0);
    expect([...result.adjoints]).toEqual([...adjoints]);
    expect(result.recomputed).toBe(0);
    expect(result.peakStored).toBe(tape.size);
  });

  it('on a chain of 100 values, √n segments hold about 2√n values and recompute under n', () => {
    const lines = ['x0 = 0.3', ...Array.from({ length: 99 }, (_, i) => `x${i + 1} = sin(x${i})`)];
    const { tape, inputs, adjoints } = plainPass(lines.join('\n'));
    const result = checkpointedGradient(tape, inputs, tape.output, 9);
    expect([...result.adjoints]).toEqual([...adjoints]);
    expect(result.peakStored).toBeLessThanOrEqual(2 * 10 + 1);
    expect(result.recomputed).toBeLessThan(100);
  });

  test.prop([randomProgram(4, 14), fc.integer({ min: 0, max: 20 })])(
    'gives exactly the plain pass’s derivatives on random programs, for any number of checkpoints',
    (program, k) => {
      const { tape, inputs, adjoints } = plainPass(program.source);
      const result = checkpointedGradient(tape, inputs, tape.output, k);
      for (let s = 0; s < tape.size; s++)
        expect(Object.is(result.adjoints[s], adjoints[s])).toBe(true);
      expect(result.recomputed).toBeLessThan(tape.size);
    },
  );
});
