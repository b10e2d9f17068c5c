import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EngineRequest, EngineResponse } from '../../src/protocol.ts';
import { EngineClient, type EngineEvent, type WorkerLike } from './client.ts';

/** A worker that records what it is sent and answers only when the test says so. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  readonly received: EngineRequest[] = [];
  terminated = false;

  postMessage(message: EngineRequest): void {
    this.received.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(response: EngineResponse): void {
    this.onmessage?.({ data: response } as MessageEvent);
  }
  fail(message: string): void {
    this.onerror?.({ message, preventDefault: () => {} } as ErrorEvent);
  }
}

const failed = (id: number): EngineResponse => ({ type: 'failed', id, message: `answer ${id}` });

describe('EngineClient', () => {
  let workers: FakeWorker[];
  let events: EngineEvent[];
  let client: EngineClient;

  beforeEach(() => {
    vi.useFakeTimers();
    workers = [];
    events = [];
    const createWorker = () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    };
    client = new EngineClient((event) => events.push(event), { timeoutMs: 1000, createWorker });
  });
  afterEach(() => {
    client.dispose();
    vi.useRealTimers();
  });

  it('request() assigns increasing ids and sends the body with them', () => {
    expect(client.request({ type: 'analyze', source: 'a' })).toBe(1);
    expect(client.request({ type: 'analyze', source: 'b', inputs: { a: 2 } })).toBe(2);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.received).toEqual([
      { type: 'analyze', source: 'a', id: 1 },
      { type: 'analyze', source: 'b', inputs: { a: 2 }, id: 2 },
    ]);
  });

  it('reports only the answer to the newest request', () => {
    client.request({ type: 'analyze', source: 'a' });
    client.request({ type: 'analyze', source: 'b' });
    workers[0]!.answer(failed(1));
    workers[0]!.answer(failed(2));
    expect(events).toEqual([{ type: 'response', response: failed(2) }]);
  });

  it('restarts a worker that does not answer within the limit, and says so', () => {
    client.request({ type: 'analyze', source: 'slow' });
    vi.advanceTimersByTime(999);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(events).toEqual([{ type: 'restarted', reason: 'It did not answer within 1 s.' }]);
    client.request({ type: 'analyze', source: 'a' });
    expect(workers[1]!.received).toEqual([{ type: 'analyze', source: 'a', id: 2 }]);
  });

  it('does not restart a worker that answered in time', () => {
    client.request({ type: 'analyze', source: 'a' });
    workers[0]!.answer(failed(1));
    vi.advanceTimersByTime(5000);
    expect(workers).toHaveLength(1);
    expect(events).toEqual([{ type: 'response', response: failed(1) }]);
  });

  it('restarts a worker that errors, and ignores anything the dead worker sends later', () => {
    client.request({ type: 'analyze', source: 'a' });
    workers[0]!.fail('boom');
    expect(workers[0]!.terminated).toBe(true);
    expect(events).toEqual([{ type: 'restarted', reason: 'It stopped with an error: boom' }]);
    workers[0]!.answer(failed(1));
    expect(events).toHaveLength(1);
    vi.advanceTimersByTime(5000);
    expect(workers).toHaveLength(2);
  });

  it('stops restarting a worker that keeps failing, and tries again on the next request', () => {
    client.request({ type: 'analyze', source: 'a' });
    for (let i = 0; i < 4; i++) workers.at(-1)!.fail('cannot load');
    expect(events.map((event) => event.type)).toEqual([
      'restarted',
      'restarted',
      'restarted',
      'stopped',
    ]);
    expect(workers).toHaveLength(4);
    expect(workers.every((worker) => worker.terminated)).toBe(true);
    client.request({ type: 'analyze', source: 'b' });
    expect(workers).toHaveLength(5);
    expect(workers[4]!.received).toEqual([{ type: 'analyze', source: 'b', id: 2 }]);
  });

  it('counts restarts in a row only: an answer in between starts the count again', () => {
    for (let i = 0; i < 6; i++) {
      const id = client.request({ type: 'analyze', source: 'a' });
      workers.at(-1)!.answer(failed(id));
      workers.at(-1)!.fail('crash');
    }
    expect(events.filter((event) => event.type === 'stopped')).toEqual([]);
  });
});
