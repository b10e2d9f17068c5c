import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EngineEvent, EngineRequestBody } from '../engine/client.ts';
import { connectEngine } from './engineSync.ts';
import { type AppStore, createAppStore } from './store.ts';

describe('connectEngine', () => {
  let store: AppStore;
  let sent: EngineRequestBody[];
  let emit: (event: EngineEvent) => void;
  let disconnect: () => void;

  beforeEach(() => {
    vi.useFakeTimers();
    store = createAppStore({ source: 'a*b', overrides: {} });
    sent = [];
    disconnect = connectEngine(store, {
      debounceMs: 150,
      createClient: (listener) => {
        emit = listener;
        return { request: (body) => sent.push(body), dispose: () => {} };
      },
    });
  });
  afterEach(() => {
    disconnect();
    vi.useRealTimers();
  });

  it('sends the program at once, then once per pause in typing', () => {
    expect(sent).toEqual([{ type: 'analyze', source: 'a*b', inputs: {} }]);
    store.getState().setSource('a*b+');
    vi.advanceTimersByTime(100);
    store.getState().setSource('a*b+1');
    vi.advanceTimersByTime(149);
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sent.at(-1)).toEqual({ type: 'analyze', source: 'a*b+1', inputs: {} });
    expect(sent).toHaveLength(2);
  });

  it('sends an input change at once, with the pending program text', () => {
    store.getState().setSource('a*b*c');
    store.getState().setInput('a', 3);
    expect(sent.at(-1)).toEqual({ type: 'analyze', source: 'a*b*c', inputs: { a: 3 } });
    vi.advanceTimersByTime(1000);
    expect(sent).toHaveLength(2);
  });

  it('puts answers and restarts into the store', () => {
    emit({ type: 'response', response: { type: 'failed', id: 1, message: 'broken' } });
    expect(store.getState()).toMatchObject({ status: 'failed', statusMessage: 'broken' });
    emit({ type: 'restarted', reason: 'It stopped.' });
    expect(store.getState()).toMatchObject({ status: 'restarted', statusMessage: 'It stopped.' });
    emit({ type: 'stopped', reason: 'It stopped.' });
    expect(store.getState().status).toBe('failed');
    expect(store.getState().statusMessage).toMatch(/^The engine stopped working\. It stopped\./);
  });
});
