import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from './store.ts';
import { decodeHash, MAX_HASH_LENGTH, STORED_PROGRAM_PREFIX } from './urlState.ts';
import { connectUrl, URL_DEBOUNCE_MS, type UrlWindow } from './urlSync.ts';

/** A window with a location, a history and hashchange listeners; `open(hash)` pastes a link. */
function fakeWindow(hash: string) {
  const listeners = new Map<string, () => void>();
  const location = { hash, pathname: '/', search: '' };
  const win = {
    location,
    history: {
      state: null,
      replaceState: (_state: unknown, _title: string, url: string) => {
        location.hash = url.slice(url.indexOf('#'));
      },
    },
    addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
    removeEventListener: (type: string) => listeners.delete(type),
  };
  const open = (link: string) => {
    location.hash = link;
    listeners.get('hashchange')?.();
  };
  return { win: win as unknown as UrlWindow, location, open };
}

/** Web Storage over a Map; `full` makes it refuse writes as a full quota does. */
function fakeStorage() {
  const items = new Map<string, string>();
  const storage = {
    full: false,
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (storage.full) throw new DOMException('quota', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key: string) => items.delete(key),
  };
  return storage;
}

const TYPED = 'x = 3\ny = x * x';
/** 1,500,001 characters: its hash is longer than a URL may be. */
const HUGE = 'x = 2\ny = x * x\n#'.padEnd(1_500_001, 'a');

describe('connectUrl', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const connect = (hash: string, storage = fakeStorage()) => {
    const window = fakeWindow(hash);
    const store = createAppStore(decodeHash(hash, storage as unknown as Storage));
    const disconnect = connectUrl(store, window.win, storage as unknown as Storage);
    return { ...window, store, storage, disconnect };
  };

  it.each([['#mode=reverse'], ['#at=x:4'], ['#foo'], ['#']])(
    'a link without a program (%s) keeps the typed one, and the hash carries it again',
    (link) => {
      const { store, location, open } = connect('');
      store.getState().setSource(TYPED);
      vi.advanceTimersByTime(URL_DEBOUNCE_MS);
      open(link);
      expect(store.getState().source).toBe(TYPED);
      vi.advanceTimersByTime(URL_DEBOUNCE_MS);
      expect(decodeHash(location.hash).source).toBe(TYPED);
    },
  );

  it('a link without a program applies what it does carry: the mode, the input values', () => {
    const { store, open } = connect('');
    store.getState().setSource(TYPED);
    open('#mode=reverse');
    expect(store.getState().mode).toBe('reverse');
    open('#at=x:4');
    expect(store.getState().overrides).toEqual({ x: 4 });
    expect(store.getState().mode).toBe('reverse');
    open(`#p=${encodeURIComponent('z = 1')}`);
    expect(store.getState().source).toBe('z = 1');
  });

  it('keeps a program too long for a URL in storage, says so, and a reload restores it', () => {
    const { store, location, storage, disconnect } = connect('');
    store.getState().setSource(HUGE);
    vi.advanceTimersByTime(URL_DEBOUNCE_MS);
    expect(location.hash.length).toBeLessThan(100);
    expect(location.hash).toMatch(/^#s=[\w-]+$/);
    expect(store.getState().linkNotice).toEqual({ kind: 'stored', length: 1_500_001 });
    disconnect();

    const reloaded = connect(location.hash, storage);
    expect(reloaded.store.getState().source).toBe(HUGE);
    expect(reloaded.store.getState().linkNotice).toEqual({ kind: 'stored', length: 1_500_001 });
  });

  it('a program that fits a URL again leaves storage, and the notice goes', () => {
    const { store, location, storage } = connect('');
    store.getState().setSource(HUGE);
    vi.advanceTimersByTime(URL_DEBOUNCE_MS);
    store.getState().setSource(`${HUGE}b`);
    vi.advanceTimersByTime(URL_DEBOUNCE_MS);
    expect([...storage.items.values()]).toEqual([`${HUGE}b`]);
    store.getState().setSource(TYPED);
    vi.advanceTimersByTime(URL_DEBOUNCE_MS);
    expect(storage.items.size).toBe(0);
    expect(store.getState().linkNotice).toBeNull();
    expect(location.hash.length).toBeLessThan(MAX_HASH_LENGTH);
  });

  it('says so when the storage refuses a program too long for a URL', () => {
    const storage = fakeStorage();
    storage.full = true;
    const { store } = connect('', storage);
    store.getState().setSource(HUGE);
    vi.advanceTimersByTime(URL_DEBOUNCE_MS);
    expect(store.getState().linkNotice).toEqual({ kind: 'not-stored', length: 1_500_001 });
  });

  it('a link naming a stored program this browser lacks opens the example and says why', () => {
    const { store, storage } = connect('#s=0badc0de-1');
    expect(store.getState().linkNotice).toEqual({ kind: 'missing' });
    expect(storage.items.has(`${STORED_PROGRAM_PREFIX}0badc0de-1`)).toBe(false);
  });
});
