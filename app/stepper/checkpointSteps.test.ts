import { describe, expect, it } from 'vitest';
import { analyze, checkpointCosts } from '../../src/index.ts';
import { checkpointedSchedule } from './checkpointSteps.ts';

const CHAIN = 'x = 0.5\na = sin(x)\nb = sin(a)\nc = sin(b)\nd = sin(c)\ne = sin(d)';

function chain() {
  const result = analyze(CHAIN);
  if (!result.ok || !result.analysis.traces) throw new Error('no trace');
  return { analysis: result.analysis, trace: result.analysis.traces.reverse };
}

describe('checkpointedSchedule', () => {
  it('with no checkpoint is the plain reverse pass', () => {
    const { analysis, trace } = chain();
    const items = checkpointedSchedule(trace, analysis, 0);
    expect(items.every((i) => i.kind === 'trace')).toBe(true);
    expect(items).toHaveLength(trace.steps.length);
  });

  it('recomputes a dropped segment just before the first backward step that needs it', () => {
    const { analysis, trace } = chain();
    // Six values, one checkpoint: segments x, a, b and c, d, e; the second is kept in memory.
    const items = checkpointedSchedule(trace, analysis, 1);
    const recomputed = items.filter((i) => i.kind === 'recompute');
    expect(
      recomputed.map((i) => (i.kind === 'recompute' ? analysis.nodes[i.node]!.name : '')),
    ).toEqual(['a', 'b']);
    // As many evaluations as the store-or-recompute panel counts.
    expect(recomputed).toHaveLength(checkpointCosts(6, 1).recomputed);
    // Every trace step once, in order, and the recomputation before the step into c's operand b.
    const traceIndices = items.flatMap((i) => (i.kind === 'trace' ? [i.index] : []));
    expect(traceIndices).toEqual(trace.steps.map((_, i) => i));
    const firstRecompute = items.findIndex((i) => i.kind === 'recompute');
    const next = items[firstRecompute + recomputed.length]!;
    expect(next.kind).toBe('trace');
    const step = next.kind === 'trace' ? trace.steps[next.index]! : undefined;
    expect(step?.kind === 'edge' && analysis.nodes[step.to]!.name).toBe('b');
  });
});
