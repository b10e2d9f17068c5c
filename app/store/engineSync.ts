import { EngineClient, type EngineEvent } from '../engine/client.ts';
import type { AppStore } from './store.ts';

/** The client calls this module uses; tests pass a fake. */
export type EngineClientLike = Pick<EngineClient, 'request' | 'dispose'>;

export interface EngineSyncOptions {
  /** The longest quiet time after a keystroke before the program is sent (see `typingWait`). */
  readonly debounceMs?: number;
  readonly createClient?: (listener: (event: EngineEvent) => void) => EngineClientLike;
}

export const TYPING_DEBOUNCE_MS = 150;

/** An engine answer faster than this (round trip) lets the next keystroke go at once. */
export const FAST_ANSWER_MS = 120;

/**
 * How long to wait after a keystroke before sending: nothing when the engine answered the last
 * request quickly (the client drops stale answers, so sending every keystroke costs nothing
 * visible); otherwise as long as that answer took, at most `max`, so a slow program is not
 * re-analysed at every key. Unknown (no answer yet): `max`.
 */
export function typingWait(lastRoundTripMs: number | undefined, max: number): number {
  if (lastRoundTripMs === undefined) return max;
  return lastRoundTripMs < FAST_ANSWER_MS ? 0 : Math.min(max, lastRoundTripMs);
}

/**
 * Keeps the store's results in step with its program and inputs:
 * 1. sends the current program at once;
 * 2. on typing, sends it again at once while the engine answers fast, else after a quiet time
 *    as long as its last answer took (`typingWait`, at most `debounceMs`);
 * 3. on an input value change, sends at once (the client drops answers to older requests);
 * 4. puts answers and restarts into the store.
 * Returns a function that disconnects and stops the worker.
 */
export function connectEngine(store: AppStore, options: EngineSyncOptions = {}): () => void {
  const debounceMs = options.debounceMs ?? TYPING_DEBOUNCE_MS;
  const createClient = options.createClient ?? ((listener) => new EngineClient(listener));
  let sentAt = 0;
  let lastRoundTrip: number | undefined;
  const client = createClient((event) => {
    const state = store.getState();
    if (event.type === 'response' && event.response.type !== 'drawing')
      lastRoundTrip = Date.now() - sentAt;
    if (event.type === 'response') state.receive(event.response);
    else if (event.type === 'restarted') state.engineRestarted(event.reason);
    else state.engineStopped(event.reason);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;

  const send = () => {
    clearTimeout(timer);
    const state = store.getState();
    const { source, overrides, requestSent, sharing, forwardFrom, reverseFrom } = state;
    const { collapse, expanded, orientation, viewport, derivativeGraph } = state;
    requestSent(source);
    sentAt = Date.now();
    client.request({
      type: 'analyze',
      source,
      inputs: overrides,
      ...(sharing ? {} : { sharing: false }),
      ...(derivativeGraph ? { derivativeGraph: true } : {}),
      ...(forwardFrom !== null ? { forwardFrom } : {}),
      ...(reverseFrom !== null ? { reverseFrom } : {}),
      ...(collapse !== null ? { collapse } : {}),
      ...(expanded.length > 0 ? { expanded } : {}),
      ...(orientation !== null ? { orientation } : {}),
      ...(viewport ? { viewport } : {}),
    });
  };

  send();
  const unsubscribe = store.subscribe((state, previous) => {
    // The panel's size only matters while the engine chooses orientation or collapse.
    const automatic = state.orientation === null || state.collapse === null;
    const viewChanged =
      state.sharing !== previous.sharing ||
      state.derivativeGraph !== previous.derivativeGraph ||
      state.forwardFrom !== previous.forwardFrom ||
      state.reverseFrom !== previous.reverseFrom ||
      state.collapse !== previous.collapse ||
      state.expanded !== previous.expanded ||
      state.orientation !== previous.orientation ||
      (automatic && state.viewport !== previous.viewport);
    if (state.overrides !== previous.overrides || viewChanged) send();
    else if (state.source !== previous.source) {
      clearTimeout(timer);
      const wait = typingWait(lastRoundTrip, debounceMs);
      if (wait === 0) send();
      else timer = setTimeout(send, wait);
    }
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
    client.dispose();
  };
}
