import { EngineClient, type EngineEvent } from '../engine/client.ts';
import type { AppStore } from './store.ts';

/** The client calls this module uses; tests pass a fake. */
export type EngineClientLike = Pick<EngineClient, 'request' | 'dispose'>;

export interface EngineSyncOptions {
  /** Quiet time after the last keystroke before the program is sent. */
  readonly debounceMs?: number;
  readonly createClient?: (listener: (event: EngineEvent) => void) => EngineClientLike;
}

export const TYPING_DEBOUNCE_MS = 150;

/**
 * Keeps the store's results in step with its program and inputs:
 * 1. sends the current program at once;
 * 2. on typing, sends it again after `debounceMs` of quiet;
 * 3. on an input value change, sends at once (the client drops answers to older requests);
 * 4. puts answers and restarts into the store.
 * Returns a function that disconnects and stops the worker.
 */
export function connectEngine(store: AppStore, options: EngineSyncOptions = {}): () => void {
  const debounceMs = options.debounceMs ?? TYPING_DEBOUNCE_MS;
  const createClient = options.createClient ?? ((listener) => new EngineClient(listener));
  const client = createClient((event) => {
    const state = store.getState();
    if (event.type === 'response') state.receive(event.response);
    else if (event.type === 'restarted') state.engineRestarted(event.reason);
    else state.engineStopped(event.reason);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;

  const send = () => {
    clearTimeout(timer);
    const state = store.getState();
    const { source, overrides, requestSent, sharing, forwardFrom, reverseFrom } = state;
    const { collapse, expanded, orientation, viewport } = state;
    requestSent(source);
    client.request({
      type: 'analyze',
      source,
      inputs: overrides,
      ...(sharing ? {} : { sharing: false }),
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
      state.forwardFrom !== previous.forwardFrom ||
      state.reverseFrom !== previous.reverseFrom ||
      state.collapse !== previous.collapse ||
      state.expanded !== previous.expanded ||
      state.orientation !== previous.orientation ||
      (automatic && state.viewport !== previous.viewport);
    if (state.overrides !== previous.overrides || viewChanged) send();
    else if (state.source !== previous.source) {
      clearTimeout(timer);
      timer = setTimeout(send, debounceMs);
    }
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
    client.dispose();
  };
}
