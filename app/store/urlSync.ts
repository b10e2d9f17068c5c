import type { LinkNotice } from './link.ts';
import { sharedView } from './sharedView.ts';
import type { AppState } from './state.ts';
import type { AppStore } from './store.ts';
import {
  browserStorage,
  encodeHash,
  keepForeignParams,
  MAX_HASH_LENGTH,
  ownHash,
  programKey,
  readLink,
  STORED_PROGRAM_PREFIX,
  storedProgram,
} from './urlState.ts';

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
 * 2. when a person loads a program (an example: the store's `loads` grows), writes what they
 *    had into the current entry and pushes a new one (history.pushState), so Back returns to it;
 * 3. writes a pending change at once when the page is being left (reload, close);
 * 4. when the hash changes (a link pasted into this tab, Back, Forward), loads it into the store:
 *    a link with a program sets everything (what it leaves out takes its default); a link
 *    without one (`#mode=reverse`, `#at=a:3`, `#`) keeps the current program and whatever else
 *    it does not mention, and the hash is rewritten at once so that it carries the program again;
 * 5. keeps the hash parameters it does not own (`theme=`, `lang=`) as they are;
 * 6. says in the store (`linkNotice`) when the program lives in storage, or could not be kept.
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
  /** Our part of the hash as last written or read: a change elsewhere in the hash is not ours. */
  let ownWritten: string | null = null;

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

  /** The hash for `state`, and what the page should say about where its program is kept. */
  const hashFor = (state: AppState): { hash: string; notice: LinkNotice | null } => {
    const shared = { source: state.source, overrides: state.overrides, view: sharedView(state) };
    const full = encodeHash(shared);
    if (full.length <= MAX_HASH_LENGTH) {
      forget();
      return { hash: full, notice: null };
    }
    const key = programKey(state.source);
    const length = state.source.length;
    const kind = keep(key, state.source) ? 'stored' : 'not-stored';
    return { hash: encodeHash(shared, key), notice: { kind, length } };
  };

  const notify = (notice: LinkNotice | null) => {
    const state = store.getState();
    if (!sameNotice(state.linkNotice, notice)) state.setLinkNotice(notice);
  };

  /** Writes `state` into the current history entry, or into a new one (`push`). */
  const writeEntry = (state: AppState, how: 'replace' | 'push'): LinkNotice | null => {
    const { hash, notice } = hashFor(state);
    ownWritten = hash;
    const next = keepForeignParams(hash, win.location.hash);
    const { pathname, search } = win.location;
    if (how === 'push') win.history.pushState(null, '', `${pathname}${search}${next}`);
    else if (next !== win.location.hash)
      win.history.replaceState(win.history.state, '', `${pathname}${search}${next}`);
    return notice;
  };

  const write = () => {
    clearTimeout(timer);
    if (!pending) return;
    pending = false;
    notify(writeEntry(store.getState(), 'replace'));
  };

  /** A program was loaded: the entry left behind keeps what the person had, for Back. */
  const pushLoad = (before: AppState) => {
    clearTimeout(timer);
    pending = false;
    writeEntry(before, 'replace');
    // That entry may name a stored program: it must outlive this entry's edits.
    storedKey = undefined;
    notify(writeEntry(store.getState(), 'push'));
  };

  /** Loads the link in the hash (see 4 above). */
  const load = (hash: string, initial: boolean) => {
    ownWritten = ownHash(hash);
    const link = readLink(hash);
    const state = store.getState();
    const stored = link.storedKey ? storedProgram(link.storedKey, storage) : undefined;
    if (stored !== undefined) storedKey = link.storedKey;
    const source = link.source ?? stored;
    // A link with a program is a whole state (its hash leaves out only defaults: Back to an
    // entry in values mode says no mode); one without a program changes only what it says.
    const whole = link.source !== undefined || link.storedKey !== undefined;
    if (!initial)
      state.openLink({
        source: source ?? state.source,
        overrides: link.overrides ?? (whole ? {} : state.overrides),
        view: link.view ?? (whole ? {} : sharedView(state)),
      });
    if (source === undefined) {
      // The hash does not carry the program (or names one this browser lacks): write it in.
      pending = true;
      write();
    }
    if (stored !== undefined) notify({ kind: 'stored', length: stored.length });
    if (link.storedKey && stored === undefined) notify({ kind: 'missing' });
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.loads !== previous.loads) {
      pushLoad(previous);
      return;
    }
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
    // Only another parameter changed (the theme's): our part, and a pending write, stand.
    if (ownHash(win.location.hash) === ownWritten) return;
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
