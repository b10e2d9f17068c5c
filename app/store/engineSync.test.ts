import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { phrase, sayEnglish } from '../../src/index.ts';
import type { EngineEvent, EngineRequestBody } from '../engine/client.ts';
import { connectEngine, typingWait } from './engineSync.ts';
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

  it('sends each keystroke at once while the engine answers fast, and waits again when it is slow', () => {
    const analysis = { value: 1 } as never;
    const answer = (id: number) =>
      emit({
        type: 'response',
        response: {
          type: 'analysis',
          id,
          analysis,
          seeds: { forward: 0, reverse: 0 },
          drawing: { structureKey: 'k', layout: null, refining: false },
          view: {
            drawn: analysis,
            seeds: { forward: 0, reverse: 0 },
            collapsed: false,
            collapsible: false,
            expanded: [],
            expandable: [],
            shared: 0,
          },
        },
      });
    vi.advanceTimersByTime(10);
    answer(1);
    store.getState().setSource('a*b+');
    expect(sent.at(-1)).toMatchObject({ source: 'a*b+' });
    // This one takes 130 ms to answer: the next keystroke waits 130 ms.
    vi.advanceTimersByTime(130);
    answer(2);
    store.getState().setSource('a*b+1');
    expect(sent).toHaveLength(2);
    vi.advanceTimersByTime(130);
    expect(sent.at(-1)).toMatchObject({ source: 'a*b+1' });
  });

  it('typingWait: none after a fast answer, as long as a slow one took, at most the maximum', () => {
    expect(typingWait(undefined, 150)).toBe(150);
    expect(typingWait(12, 150)).toBe(0);
    expect(typingWait(130, 150)).toBe(130);
    expect(typingWait(900, 150)).toBe(150);
  });

  it('sends an input change at once, with the pending program text', () => {
    store.getState().setSource('a*b*c');
    store.getState().setInput('a', 3);
    expect(sent.at(-1)).toEqual({ type: 'analyze', source: 'a*b*c', inputs: { a: 3 } });
    vi.advanceTimersByTime(1000);
    expect(sent).toHaveLength(2);
  });

  it('puts answers and restarts into the store', () => {
    const broken = phrase('engine.failed', { detail: 'broken' });
    emit({ type: 'response', response: { type: 'failed', id: 1, phrase: broken } });
    expect(store.getState()).toMatchObject({ status: 'failed', statusMessage: broken });
    const stopped = phrase('engine.stopped');
    emit({ type: 'restarted', reason: stopped });
    expect(store.getState()).toMatchObject({ status: 'restarted', statusMessage: stopped });
    emit({ type: 'stopped', reason: stopped });
    expect(store.getState().status).toBe('failed');
    const message = store.getState().statusMessage;
    expect(message && sayEnglish(message)).toMatch(/^The engine stopped working\. It stopped\./);
  });
});
