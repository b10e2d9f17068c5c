import { describe, expect, it } from 'vitest';
import { handleLab } from './handle.ts';
import { measureCheckpoints, measureJacobian } from './jacobian.ts';
import type { TimingBudget } from './timing.ts';

/** A clock that moves 1 ms each time it is read. */
function fakeClock() {
  let now = 0;
  return () => (now += 1);
}

const QUICK: TimingBudget = { maxRuns: 3, budgetMs: 0, minRuns: 3, minRunMs: 0, warmupMs: 0 };
const TWO_OUTPUTS = 'x = 2; y = 0; u = x*y; v = x + sin(y); u, v';

describe('the lab times the Jacobian both ways', () => {
  it('answers with two medians whose Jacobians agree', () => {
    const response = measureJacobian(
      { type: 'jacobian', id: 7, source: TWO_OUTPUTS },
      fakeClock(),
      QUICK,
    );
    expect(response).toMatchObject({
      type: 'jacobianTimes',
      id: 7,
      agree: true,
      forward: { runs: 3 },
      reverse: { runs: 3 },
    });
  });

  it('refuses a program that does not compile, through the lab worker’s handler', () => {
    expect(handleLab({ type: 'jacobian', id: 1, source: 'u, (' }, fakeClock())).toMatchObject({
      type: 'failed',
      phrase: { key: 'engine.labNotCompiled' },
    });
  });
});

describe('the lab times reverse mode with checkpoints', () => {
  it('answers with the plain and the checkpointed medians, whose gradients agree', () => {
    const source = [
      'x0 = 0.3',
      ...Array.from({ length: 30 }, (_, i) => `x${i + 1} = sin(x${i})`),
    ].join('\n');
    const response = measureCheckpoints(
      { type: 'checkpoint', id: 3, source, checkpoints: 5 },
      fakeClock(),
      QUICK,
    );
    expect(response).toMatchObject({ type: 'checkpointTimes', id: 3, checkpoints: 5, agree: true });
  });
});
