import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Analysis, analyze } from '../analysis.ts';
import { COLAH_PROGRAM } from '../testing/fixtures.ts';
import { randomProgram } from '../testing/randomPrograms.ts';
import { statementProgram } from '../testing/statementPrograms.ts';
import { forwardSweep, reverseSweep } from './sweep.ts';

function analysisOf(source: string): Analysis {
  const result = analyze(source);
  if (!result.ok) throw new Error(`does not compile: ${source}`);
  return result.analysis;
}

const sweepGraph = (a: Analysis) => ({ nodeCount: a.nodes.length, edges: a.edges });

/** Both sweeps over a full analysis must record exactly the traces the tape recorded. */
function expectTapeTraces(source: string): void {
  const a = analysisOf(source);
  const reverse = reverseSweep(sweepGraph(a), a.output);
  expect(reverse.trace, source).toEqual(a.traces!.reverse);
  expect(Array.from(reverse.derivatives), source).toEqual(a.gradient);
  const firstInput = a.inputs[0]?.node;
  if (firstInput === undefined) expect(a.traces!.forward).toBeUndefined();
  else expect(forwardSweep(sweepGraph(a), firstInput).trace, source).toEqual(a.traces!.forward);
}

describe('reverseSweep and forwardSweep', () => {
  it('reverseSweep(colah) sums both paths into b: 5, and a gets 2', () => {
    const a = analysisOf(COLAH_PROGRAM);
    const { derivatives, trace } = reverseSweep(sweepGraph(a), a.output);
    expect(derivatives[0]).toBe(2);
    expect(derivatives[1]).toBe(5);
    expect(trace.steps[0]).toEqual({ kind: 'seed', node: a.output, value: 1 });
    expect(trace.steps.filter((s) => s.kind === 'edge' && s.receiver === 1)).toHaveLength(2);
  });

  it('forwardSweep(colah) from a records only edges out of reached nodes', () => {
    const a = analysisOf(COLAH_PROGRAM);
    const { derivatives, trace } = forwardSweep(sweepGraph(a), 0);
    expect(derivatives[a.output]).toBe(2);
    // a -> c, c -> e: d is not reached from a, so d -> e is no step.
    expect(trace.steps.map((s) => (s.kind === 'edge' ? `${s.from}->${s.to}` : s.kind))).toEqual([
      'seed',
      '0->2',
      '2->5',
    ]);
  });

  it('record exactly the tape’s traces on random programs (smooth, edgy, multi-op)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          randomProgram(4, 12, 'smooth').map((p) => p.source),
          randomProgram(4, 12, 'edgy').map((p) => p.source),
          statementProgram(3, 5, 'edgy'),
        ),
        expectTapeTraces,
      ),
      { numRuns: 300 },
    );
  });
});
