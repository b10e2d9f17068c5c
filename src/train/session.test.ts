import { describe, expect, it } from 'vitest';
import { sayEnglish } from '../phrases/index.ts';
import { FIT_A_LINE, WORKED_EXAMPLE } from './examples.ts';
import { trainerOf } from './fixtures.ts';
import type { TrainRequest, TrainResponse, TrainSettings } from './session.ts';
import { TrainingSession } from './session.ts';

type Progress = TrainResponse & { type: 'progress' };

/** A session whose clock moves 30 ms a call and whose scheduled slices wait to be run by hand. */
function sessionHarness() {
  const heard: TrainResponse[] = [];
  const pending: (() => void)[] = [];
  let now = 0;
  const session = new TrainingSession(
    (r) => heard.push(r),
    (next) => pending.push(next),
    () => (now += 30),
  );
  const drain = () => {
    while (pending.length > 0) pending.shift()!();
  };
  return { session, heard, pending, drain };
}

const settings: TrainSettings = { learningRate: 0.1, fixed: [] };

function train(
  id: number,
  steps: number,
  done = 0,
  start: Record<string, number> = {},
  more: Partial<TrainSettings> = {},
): TrainRequest {
  return {
    type: 'train',
    id,
    source: WORKED_EXAMPLE.program,
    data: WORKED_EXAMPLE.csv,
    start,
    settings: { ...settings, ...more },
    done,
    steps,
  };
}

/** The losses and the last parameters the page would put together from the reports. */
function assembled(heard: readonly TrainResponse[]) {
  const losses: number[] = [];
  let parameters: Readonly<Record<string, number>> = {};
  for (const r of heard) {
    if (r.type !== 'progress') continue;
    losses.length = r.from;
    losses.push(...r.losses);
    parameters = r.parameters;
  }
  return { losses, parameters };
}

describe('TrainingSession', () => {
  it('one step of the worked example: the loss before and after, w = 2.2667 and b = 1', () => {
    const { session, heard } = sessionHarness();
    session.handle(train(1, 1));
    expect(heard).toHaveLength(1);
    const report = heard[0] as Progress;
    expect(report).toMatchObject({ type: 'progress', from: 0, steps: 1, done: true });
    expect(report.losses[0]).toBeCloseTo(83 / 3, 12);
    expect(report.parameters.w).toBeCloseTo((0.1 * 68) / 3, 12);
    expect(report.parameters.b).toBeCloseTo(1, 12);
    expect(report.last).toMatchObject({ step: 0, learningRate: 0.1, rows: 3 });
  });

  it('a long run comes in slices whose reports add up to one uninterrupted run', () => {
    const { session, heard, pending, drain } = sessionHarness();
    session.handle(train(1, 400));
    expect(pending.length).toBe(1);
    drain();
    const reports = heard.filter((r): r is Progress => r.type === 'progress');
    expect(reports.length).toBeGreaterThan(2);
    expect(reports.at(-1)).toMatchObject({ steps: 400, done: true });
    const { trainer } = trainerOf(WORKED_EXAMPLE.program, WORKED_EXAMPLE.csv, settings);
    trainer.step(400);
    expect(assembled(heard).losses).toEqual([...trainer.state().losses]);
  });

  it('a pause stops the run; Train again goes on with the same minibatch order', () => {
    const minibatch = { batchSize: 2, seed: 7 };
    const program = FIT_A_LINE.program;
    const request = (id: number, steps: number, done: number, start = {}): TrainRequest => ({
      ...(train(id, steps, done, start, minibatch) as TrainRequest & { type: 'train' }),
      source: program,
      data: FIT_A_LINE.csv,
    });
    const { session, heard, pending, drain } = sessionHarness();
    session.handle(request(1, 300, 0));
    session.handle({ type: 'pause', id: 2 });
    drain();
    const paused = heard.at(-1) as Progress;
    expect(paused.steps).toBeLessThan(300);
    expect(pending).toHaveLength(0);
    session.handle(request(3, 300 - paused.steps, paused.steps, paused.parameters));
    drain();
    const { trainer } = trainerOf(program, FIT_A_LINE.csv, { ...settings, ...minibatch });
    trainer.step(300);
    const whole = assembled(heard);
    expect(whole.losses).toEqual([...trainer.state().losses]);
    expect(whole.parameters).toEqual(trainer.state().parameters);
  });

  it('other starting values start a new run from them', () => {
    const { session, heard } = sessionHarness();
    session.handle(train(1, 1));
    session.handle(train(2, 1, 1, { w: 2, b: 1 }));
    const report = heard.at(-1) as Progress;
    expect(report.from).toBe(1);
    // At w = 2, b = 1 the rows (1,3), (2,5), (3,7) lie on the line: the loss is 0.
    expect(report.losses[0]).toBe(0);
    expect(report.parameters).toEqual({ w: 2, b: 1 });
  });

  it('bad data or a broken program is refused with a sentence naming the place', () => {
    const { session, heard } = sessionHarness();
    session.handle({ ...(train(1, 1) as TrainRequest & { type: 'train' }), data: 'x,t\n1,oops' });
    const refused = heard.at(-1)!;
    expect(refused.type).toBe('refused');
    if (refused.type !== 'refused') return;
    expect(refused.error).toMatchObject({ row: 1, column: 't' });
    expect(sayEnglish(refused.error.phrase)).toContain("'oops' is not a number");
    session.handle({ ...(train(2, 1) as TrainRequest & { type: 'train' }), source: 'w * (x' });
    expect(heard.at(-1)).toMatchObject({
      type: 'refused',
      error: { phrase: { key: 'train.programErrors' } },
    });
  });

  it('a diverging run ends with its stop at the global step', () => {
    const { session, heard, drain } = sessionHarness();
    session.handle(train(1, 5, 10, {}, { learningRate: 10 }));
    drain();
    const last = heard.at(-1) as Progress;
    expect(last.done).toBe(true);
    expect(last.stop?.reason).toBe('diverged');
    expect(last.stop!.step).toBeGreaterThanOrEqual(10);
  });

  it('views: the surface over w and b, and the fit of the model', () => {
    const { session, heard } = sessionHarness();
    session.handle({
      type: 'views',
      id: 1,
      source: FIT_A_LINE.program,
      data: FIT_A_LINE.csv,
      start: { w: 2, b: 1 },
      fixed: [],
      visited: [0.5, 0, 1, 0.5],
    });
    const answer = heard.at(-1)!;
    expect(answer.type).toBe('views');
    if (answer.type !== 'views') return;
    expect(answer.surface?.names).toEqual(['w', 'b']);
    expect(answer.fit).toMatchObject({ xName: 'x', yName: 'y', model: 'prediction' });
    expect(answer.fit!.curve.y[5]).toBeCloseTo(2 * answer.fit!.curve.x[5]! + 1, 12);
  });
});
