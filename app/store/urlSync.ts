import type { LinkNotice } from './link.ts';
import type { AppState } from './state.ts';
import type { AppStore } from './store.ts';
import {
  browserStorage,
  encodeHash,
  MAX_HASH_LENGTH,
  programKey,
  readLink,
  STORED_PROGRAM_PREFIX,
  storedProgram,
} from './urlState.ts';
import { sharedView } from './view.ts';

/** Quiet time before the URL is rewritten (browsers throttle frequent replaceState calls). */
export const URL_DEBOUNCE_MS = 150;

/** The parts of `window` this module uses; tests pass a fake. */
export type UrlWindow = Pick<Window, 'location' | 'history' | 'addEventListener'> &
  Pick<Window, 'removeEventListener'>;

/**
 * Keeps the URL hash and the store's program and inputs in step:
 * 1. after a change, replaces the hash (history.replaceState: no entry per keystroke);
 *    a program whose hash would pass MAX_HASH_LENGTH is kept in `storage` (localStorage) under
 *    a key made from its text, and the hash names the key (`s=`);
 * 2. writes a pending change at once when the page is being left (reload, close);
 * 3. when the hash changes (a link pasted into this tab), loads it into the store; a link
 *    without a program (`#mode=reverse`, `#at=a:3`, `#`) keeps the current program, and the
 *    hash is rewritten at once so that it carries the program again;
 * 4. says in the store (`linkNotice`) when the program lives in storage, or could not be kept.
 * Returns a function that disconnects.
 *
 * Why localStorage and not IndexedDB: it is synchronous, so the program is in the store before
 * the first render (no flash of the default example), and its quota (5 to 10 MB an origin, in
 * UTF-16) holds the longest program the engine accepts (2,000,000 characters).
 */
export function connectUrl(
  store: AppStore,
  win: UrlWindow = window,
  storage: Storage | null = browserStorage(),
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;
  /** The key this tab last stored a program under: removed when it is no longer needed. */
  let storedKey: string | undefined;

  /** Keeps `source` in storage; false when the storage refuses it (quota, privacy mode). */
  const keep = (key: string, source: string): boolean => {
    if (key === storedKey) return true;
    if (!storage) return false;
    try {
      storage.setItem(STORED_PROGRAM_PREFIX + key, source);
    } catch {
      return false;
    }
    forget();
    storedKey = key;
    return true;
  };
  const forget = () => {
    if (storedKey !== undefined) storage?.removeItem(STORED_PROGRAM_PREFIX + storedKey);
    storedKey = undefined;
  };

  const hashFor = (state: AppState): string => {
    const shared = { source: state.source, overrides: state.overrides, view: sharedView(state) };
    const full = encodeHash(shared);
    if (full.length <= MAX_HASH_LENGTH) {
      forget();
      notify(state, null);
      return full;
    }
    const key = programKey(state.source);
    const length = state.source.length;
    notify(state, { kind: keep(key, state.source) ? 'stored' : 'not-stored', length });
    return encodeHash(shared, key);
  };

  const notify = (state: AppState, notice: LinkNotice | null) => {
    if (!sameNotice(state.linkNotice, notice)) state.setLinkNotice(notice);
  };

  const write = () => {
    clearTimeout(timer);
    if (!pending) return;
    pending = false;
    const hash = hashFor(store.getState());
    if (hash === win.location.hash) return;
    const { pathname, search } = win.location;
    win.history.replaceState(win.history.state, '', `${pathname}${search}${hash}`);
  };

  /** Loads the link in the hash; what it leaves out keeps its current value. */
  const load = (hash: string, initial: boolean) => {
    const link = readLink(hash);
    const state = store.getState();
    const stored = link.storedKey ? storedProgram(link.storedKey, storage) : undefined;
    if (stored !== undefined) storedKey = link.storedKey;
    const source = link.source ?? stored;
    if (!initial)
      state.loadShared({
        source: source ?? state.source,
        overrides: link.overrides ?? state.overrides,
        view: link.view ?? sharedView(state),
      });
    if (source === undefined) {
      // The hash does not carry the program (or names one this browser lacks): write it in.
      pending = true;
      write();
    }
    if (stored !== undefined) notify(store.getState(), { kind: 'stored', length: stored.length });
    if (link.storedKey && stored === undefined) notify(store.getState(), { kind: 'missing' });
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
    load(win.location.hash, false);
  };
  // The store was made from this hash (decodeHash): note a stored program, found or missing.
  const start = readLink(win.location.hash);
  if (start.storedKey) load(win.location.hash, true);
  win.addEventListener('pagehide', write);
  win.addEventListener('hashchange', onHashChange);
  return () => {
    write();
    unsubscribe();
    win.removeEventListener('pagehide', write);
    win.removeEventListener('hashchange', onHashChange);
  };
}

function sameNotice(a: LinkNotice | null, b: LinkNotice | null): boolean {
  if (a === null || b === null) return a === b;
  return a.kind === b.kind && ('length' in a ? a.length : 0) === ('length' in b ? b.length : 0);
}
