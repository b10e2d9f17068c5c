import { beforeEach, describe, expect, it } from 'vitest';
import { sayEnglish } from '../../src/index.ts';
import type { LabRequest, LabResponse } from '../../src/protocol.ts';
import { type LabChannel, LabClient, type LabWorkerLike } from './labClient.ts';

/** A worker that records what it is sent and answers only when the test says so. */
class FakeWorker implements LabWorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly received: LabRequest[] = [];
  terminated = false;

  postMessage(message: LabRequest): void {
    this.received.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(response: LabResponse): void {
    this.onmessage?.({ data: response } as MessageEvent);
  }
  fail(message: string): void {
    this.onerror?.({ message, preventDefault: () => {} } as ErrorEvent);
  }
}

const MEASURE = { type: 'measure', source: 'x*x', from: 0, to: 1 } as const;
const GROWTH = { type: 'growth', family: 'ladder', sizes: [1, 2] } as const;
const measured = (id: number): LabResponse => ({ type: 'measured', id, timings: [] });
const progress = (id: number): LabResponse => ({
  type: 'progress',
  id,
  method: 'reverse',
  index: 3,
  methods: 5,
  runs: 1,
});

describe('LabClient', () => {
  let workers: FakeWorker[];
  let heard: [LabChannel, LabResponse][];
  let client: LabClient;

  beforeEach(() => {
    workers = [];
    heard = [];
    const createWorker = () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    };
    client = new LabClient((channel, response) => heard.push([channel, response]), {
      createWorker,
    });
  });

  it('measures and counts growth on two workers, so a chart never waits for a measurement', () => {
    const m = client.measure(MEASURE);
    const g = client.growth(GROWTH);
    expect(workers).toHaveLength(2);
    expect(workers[0]!.received).toEqual([{ ...MEASURE, id: m }]);
    expect(workers[1]!.received).toEqual([{ ...GROWTH, id: g }]);
    workers[1]!.answer({ type: 'growth', id: g, family: 'ladder', points: [] });
    workers[0]!.answer(progress(m));
    workers[0]!.answer(measured(m));
    expect(heard.map(([channel, r]) => [channel, r.type])).toEqual([
      ['growth', 'growth'],
      ['measure', 'progress'],
      ['measure', 'measured'],
    ]);
  });

  it('cancel() terminates a running measurement, and the next one starts a fresh worker', () => {
    const first = client.measure(MEASURE);
    client.cancel();
    expect(workers[0]!.terminated).toBe(true);
    workers[0]!.answer(measured(first));
    expect(heard).toEqual([]);
    const second = client.measure(MEASURE);
    expect(workers).toHaveLength(2);
    workers[1]!.answer(measured(second));
    expect(heard).toEqual([['measure', measured(second)]]);
  });

  it('keeps an idle worker for the next measurement, and drops answers to older growth requests', () => {
    const first = client.measure(MEASURE);
    workers[0]!.answer(measured(first));
    client.cancel();
    expect(workers[0]!.terminated).toBe(false);
    const old = client.growth(GROWTH);
    const newer = client.growth(GROWTH);
    workers[1]!.answer({ type: 'growth', id: old, family: 'ladder', points: [] });
    workers[1]!.answer({ type: 'growth', id: newer, family: 'ladder', points: [] });
    expect(heard.map(([, r]) => r.id)).toEqual([first, newer]);
  });

  it('reports a worker that dies as a failure of its newest request', () => {
    const id = client.measure(MEASURE);
    workers[0]!.fail('out of memory');
    expect(heard).toHaveLength(1);
    const [channel, response] = heard[0]!;
    expect(channel).toBe('measure');
    expect(response).toMatchObject({ type: 'failed', id });
    expect(response.type === 'failed' && sayEnglish(response.phrase)).toBe(
      'The lab stopped with an error: out of memory',
    );
    expect(workers[0]!.terminated).toBe(true);
  });
});
