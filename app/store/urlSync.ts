import type { AppStore } from './store.ts';
import { decodeHash, encodeHash } from './urlState.ts';
import { sharedView } from './view.ts';

/** Quiet time before the URL is rewritten (browsers throttle frequent replaceState calls). */
export const URL_DEBOUNCE_MS = 150;

/**
 * Keeps the URL hash and the store's program and inputs in step:
 * 1. after a change, replaces the hash (history.replaceState: no entry per keystroke);
 * 2. writes a pending change at once when the page is being left (reload, close);
 * 3. when the hash changes (a link pasted into this tab), loads it into the store.
 * Returns a function that disconnects.
 */
export function connectUrl(store: AppStore, win: Window = window): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;

  const write = () => {
    clearTimeout(timer);
    if (!pending) return;
    pending = false;
    const state = store.getState();
    const hash = encodeHash({
      source: state.source,
      overrides: state.overrides,
      view: sharedView(state),
    });
    if (hash === win.location.hash) return;
    const { pathname, search } = win.location;
    win.history.replaceState(win.history.state, '', `${pathname}${search}${hash}`);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    const same =
      state.source === previous.source &&
      state.overrides === previous.overrides &&
      state.mode === previous.mode &&
      state.forwardFrom === previous.forwardFrom &&
      state.reverseFrom === previous.reverseFrom &&
      state.step === previous.step &&
      state.sharing === previous.sharing &&
      state.orientation === previous.orientation &&
      state.collapse === previous.collapse &&
      state.expanded === previous.expanded &&
      state.follow === previous.follow;
    if (same) return;
    pending = true;
    clearTimeout(timer);
    timer = setTimeout(write, URL_DEBOUNCE_MS);
  });
  const onHashChange = () => {
    pending = false;
    store.getState().loadShared(decodeHash(win.location.hash));
  };
  win.addEventListener('pagehide', write);
  win.addEventListener('hashchange', onHashChange);
  return () => {
    write();
    unsubscribe();
    win.removeEventListener('pagehide', write);
    win.removeEventListener('hashchange', onHashChange);
  };
}
