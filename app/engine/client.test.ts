import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { phrase, sayEnglish } from '../../src/index.ts';
import type {
  EngineCommand,
  EngineNotice,
  EngineRequest,
  EngineResponse,
} from '../../src/protocol.ts';
import { EngineClient, type EngineEvent, LARGE_ANSWER_NODES, type WorkerLike } from './client.ts';
import type { LockWatch } from './liveness.ts';

/** A worker that records what it is sent and answers only when the test says so. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  readonly received: EngineRequest[] = [];
  lock: string | null = null;
  terminated = false;

  postMessage(message: EngineCommand): void {
    if (message.type === 'watch') this.lock = message.lock;
    else this.received.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(response: EngineResponse): void {
    this.onmessage?.({ data: response } as MessageEvent);
  }
  say(notice: EngineNotice): void {
    this.onmessage?.({ data: notice } as MessageEvent);
  }
  /** What the real worker says on start, and on taking a request. */
  ready(): void {
    this.say({ type: 'ready' });
  }
  start(id: number): void {
    this.say({ type: 'progress', id, phase: 'started' });
  }
  fail(message: string): void {
    this.onerror?.({ message, preventDefault: () => {} } as ErrorEvent);
  }
}

const failed = (id: number): EngineResponse => ({
  type: 'failed',
  id,
  phrase: phrase('engine.failed', { detail: `answer ${id}` }),
});

/** An event as a person reads it: its reason in English. */
type SaidEvent =
  | Exclude<EngineEvent, { reason: unknown }>
  | { readonly type: 'restarted' | 'stopped'; readonly reason: string };
const said = (event: EngineEvent): SaidEvent =>
  event.type === 'response' ? event : { type: event.type, reason: sayEnglish(event.reason) };

describe('EngineClient', () => {
  let workers: FakeWorker[];
  let events: SaidEvent[];
  let client: EngineClient;
  const createWorker = () => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  };

  beforeEach(() => {
    vi.useFakeTimers();
    workers = [];
    events = [];
    client = new EngineClient((event) => events.push(said(event)), {
      timeoutMs: 1000,
      silenceMs: 200,
      createWorker,
      watchLock: null,
    });
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

  it('puts a large answer in the store a task later, unless a newer request went out meanwhile', () => {
    const large = (id: number) =>
      ({
        type: 'analysis',
        id,
        analysis: { nodeCount: LARGE_ANSWER_NODES + 1 },
        drawing: { structureKey: 'k', layout: null, refining: false },
      }) as unknown as EngineResponse;
    client.request({ type: 'analyze', source: 'big' });
    workers[0]!.answer(large(1));
    expect(events).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(events).toEqual([{ type: 'response', response: large(1) }]);
    client.request({ type: 'analyze', source: 'big, edited' });
    workers[0]!.answer(large(2));
    client.request({ type: 'analyze', source: 'big, edited again' });
    vi.advanceTimersByTime(0);
    expect(events).toHaveLength(1);
  });

  it('restarts a worker that does not answer within the limit, sends the newest request again, and says so', () => {
    client.request({ type: 'analyze', source: 'slow' });
    vi.advanceTimersByTime(999);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(events).toEqual([
      { type: 'restarted', reason: 'It did not answer within 1 s. The program was sent again.' },
    ]);
    expect(workers[1]!.received).toEqual([{ type: 'analyze', source: 'slow', id: 1 }]);
    workers[1]!.answer(failed(1));
    expect(events.at(-1)).toEqual({ type: 'response', response: failed(1) });
  });

  it('does not send again a program that made the worker time out twice, and keeps quiet after', () => {
    client.request({ type: 'analyze', source: 'loop' });
    vi.advanceTimersByTime(2000);
    expect(events.map((event) => event.type)).toEqual(['restarted', 'stopped']);
    expect(events[1]).toEqual({
      type: 'stopped',
      reason:
        'It did not answer within 1 s. This program made it fail twice, so it was not sent again.',
    });
    expect(workers.every((worker) => worker.terminated)).toBe(true);
    vi.advanceTimersByTime(60_000);
    expect(events).toHaveLength(2);
    expect(workers).toHaveLength(2);
    client.request({ type: 'analyze', source: 'fine' });
    expect(workers[2]!.received).toEqual([{ type: 'analyze', source: 'fine', id: 2 }]);
  });

  it('does not restart a worker that answered in time', () => {
    client.request({ type: 'analyze', source: 'a' });
    workers[0]!.answer(failed(1));
    vi.advanceTimersByTime(5000);
    expect(workers).toHaveLength(1);
    expect(events).toEqual([{ type: 'response', response: failed(1) }]);
  });

  it('after an answer, a worker that errors is restarted without sending anything again', () => {
    client.request({ type: 'analyze', source: 'a' });
    workers[0]!.answer(failed(1));
    workers[0]!.fail('boom');
    expect(events.at(-1)).toEqual({ type: 'restarted', reason: 'It stopped with an error: boom' });
    expect(workers[1]!.received).toEqual([]);
  });

  it('restarts a worker that errors, and ignores anything the dead worker sends later', () => {
    client.request({ type: 'analyze', source: 'a' });
    workers[0]!.fail('boom');
    expect(workers[0]!.terminated).toBe(true);
    expect(events).toEqual([
      { type: 'restarted', reason: 'It stopped with an error: boom The program was sent again.' },
    ]);
    workers[0]!.answer(failed(1));
    expect(events).toHaveLength(1);
    workers[1]!.answer(failed(1));
    expect(events.at(-1)).toEqual({ type: 'response', response: failed(1) });
    vi.advanceTimersByTime(5000);
    expect(workers).toHaveLength(2);
  });

  it('stops restarting a worker that keeps failing while idle, and tries again on the next request', () => {
    client.request({ type: 'analyze', source: 'a' });
    workers[0]!.answer(failed(1));
    for (let i = 0; i < 4; i++) workers.at(-1)!.fail('cannot load');
    expect(events.map((event) => event.type)).toEqual([
      'response',
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

  it('restarts a ready, idle worker that leaves a request unacknowledged, long before the limit', () => {
    client.request({ type: 'analyze', source: 'a' });
    workers[0]!.ready();
    vi.advanceTimersByTime(199);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual([
      { type: 'restarted', reason: 'It stopped answering. The program was sent again.' },
    ]);
    expect(workers[1]!.received).toEqual([{ type: 'analyze', source: 'a', id: 1 }]);
  });

  it('waits for a busy worker: acknowledged, silent inside a phase, answered before the limit', () => {
    client.request({ type: 'analyze', source: 'a' });
    workers[0]!.ready();
    workers[0]!.start(1);
    client.request({ type: 'analyze', source: 'b' });
    vi.advanceTimersByTime(400);
    workers[0]!.say({ type: 'progress', id: 1, phase: 'analysed' });
    workers[0]!.answer(failed(1));
    workers[0]!.start(2);
    vi.advanceTimersByTime(500);
    workers[0]!.answer(failed(2));
    expect(workers).toHaveLength(1);
    expect(events).toEqual([{ type: 'response', response: failed(2) }]);
  });

  it('a worker refining a layout is busy, not silent', () => {
    client.request({ type: 'analyze', source: 'a' });
    workers[0]!.ready();
    workers[0]!.start(1);
    workers[0]!.answer(failed(1));
    workers[0]!.say({ type: 'progress', id: 1, phase: 'refining' });
    client.request({ type: 'analyze', source: 'b' });
    vi.advanceTimersByTime(500);
    expect(workers).toHaveLength(1);
  });
});

/** A Web Lock watch the test releases by hand, as the browser does when the holder ends. */
function fakeLocks() {
  const watched = new Map<string, (released: boolean) => void>();
  const watchLock = (name: string): LockWatch => {
    let settle: (released: boolean) => void = () => {};
    const released = new Promise<boolean>((resolve) => {
      settle = resolve;
    });
    watched.set(name, settle);
    return { released, cancel: () => settle(false) };
  };
  return { watchLock, release: (name: string) => watched.get(name)?.(true), watched };
}

describe('EngineClient with a liveness lock', () => {
  afterEach(() => vi.useRealTimers());

  it('restarts a worker that dies inside a phase at once, and the new one answers the program sent again', async () => {
    vi.useFakeTimers();
    const workers: FakeWorker[] = [];
    const events: SaidEvent[] = [];
    const locks = fakeLocks();
    const client = new EngineClient((event) => events.push(said(event)), {
      timeoutMs: 10_000,
      createWorker: () => {
        const worker = new FakeWorker();
        workers.push(worker);
        return worker;
      },
      watchLock: locks.watchLock,
    });
    client.request({ type: 'analyze', source: 'big' });
    const first = workers[0]!;
    expect(first.lock).not.toBeNull();
    expect(locks.watched.size).toBe(0);
    first.ready();
    first.say({ type: 'holding', lock: first.lock! });
    first.start(1);
    expect(locks.watched.has(first.lock!)).toBe(true);

    locks.release(first.lock!);
    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual([
      { type: 'restarted', reason: 'It stopped. The program was sent again.' },
    ]);
    const second = workers[1]!;
    expect(second.lock).not.toBe(first.lock);
    expect(second.received).toEqual([{ type: 'analyze', source: 'big', id: 1 }]);
    second.answer(failed(1));
    expect(events.at(-1)).toEqual({ type: 'response', response: failed(1) });
    client.dispose();
  });
});
