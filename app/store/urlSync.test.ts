import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from './store.ts';
import { decodeHash, MAX_HASH_LENGTH, STORED_PROGRAM_PREFIX } from './urlState.ts';
import { connectUrl, URL_DEBOUNCE_MS, type UrlWindow } from './urlSync.ts';

/**
 * A window with a location, a history of entries and hashchange listeners; `open(hash)` pastes a
 * link, `go(-1)` is the browser's Back.
 */
function fakeWindow(hash: string) {
  const listeners = new Map<string, () => void>();
  const location = { hash, pathname: '/', search: '' };
  const entries = [hash];
  let index = 0;
  const hashOf = (url: string) => url.slice(url.indexOf('#'));
  const win = {
    location,
    history: {
      state: null,
      replaceState: (_state: unknown, _title: string, url: string) => {
        location.hash = hashOf(url);
        entries[index] = location.hash;
      },
      pushState: (_state: unknown, _title: string, url: string) => {
        location.hash = hashOf(url);
        entries.splice(index + 1, entries.length, location.hash);
        index++;
      },
    },
    addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
    removeEventListener: (type: string) => listeners.delete(type),
  };
  const open = (link: string) => {
    location.hash = link;
    entries[index] = link;
    listeners.get('hashchange')?.();
  };
  const go = (delta: number) => {
    index += delta;
    const changed = location.hash !== entries[index];
    location.hash = entries[index]!;
    if (changed) listeners.get('hashchange')?.();
  };
  return { win: win as unknown as UrlWindow, location, open, go, entries };
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

  it('loading an example keeps the typed program in the entry left behind: Back, Forward', () => {
    const { store, entries, go } = connect('');
    store.getState().setSource(TYPED);
    // Loaded within the debounce: the typed program is written before the new entry.
    store.getState().loadShared({ source: 'z = 1', overrides: {}, view: { mode: 'reverse' } });
    expect(entries.map((hash) => decodeHash(hash).source)).toEqual([TYPED, 'z = 1']);
    go(-1);
    expect(store.getState()).toMatchObject({ source: TYPED, mode: 'values' });
    go(1);
    expect(store.getState()).toMatchObject({ source: 'z = 1', mode: 'reverse' });
    // Back is a change like any other: undo returns to the example it left.
    go(-1);
    store.getState().undo();
    expect(store.getState().source).toBe('z = 1');
  });

  it('edits after a load rewrite the new entry, not the one Back returns to', () => {
    const { store, entries, go } = connect('');
    store.getState().setSource(TYPED);
    store.getState().loadShared({ source: 'z = 1', overrides: {} });
    store.getState().setInput('z', 5);
    vi.advanceTimersByTime(URL_DEBOUNCE_MS);
    expect(entries.map((hash) => decodeHash(hash).overrides)).toEqual([{}, { z: 5 }]);
    go(-1);
    expect(store.getState()).toMatchObject({ source: TYPED, overrides: {} });
  });

  it('a program kept in storage outlives a load, so Back still finds it', () => {
    const { store, storage, go } = connect('');
    store.getState().setSource(HUGE);
    vi.advanceTimersByTime(URL_DEBOUNCE_MS);
    store.getState().loadShared({ source: 'z = 1', overrides: {} });
    expect(storage.items.size).toBe(1);
    expect(store.getState().linkNotice).toBeNull();
    go(-1);
    expect(store.getState().source).toBe(HUGE);
    expect(store.getState().linkNotice).toEqual({ kind: 'stored', length: 1_500_001 });
  });

  it("keeps the hash parameters it does not own (the theme's, the language's)", () => {
    const { store, location } = connect('#theme=dark&p=x&lang=zh');
    store.getState().setSource(TYPED);
    vi.advanceTimersByTime(URL_DEBOUNCE_MS);
    expect(location.hash).toMatch(/^#p=x%20%3D%203.*&theme=dark&lang=zh$/);
    store.getState().loadShared({ source: 'z = 1', overrides: {} });
    expect(location.hash).toBe('#p=z%20%3D%201&theme=dark&lang=zh');
  });

  it('a hash change of another parameter alone neither reloads nor loses a pending edit', () => {
    const { store, location, open } = connect('');
    store.getState().setSource(TYPED);
    vi.advanceTimersByTime(URL_DEBOUNCE_MS);
    store.getState().setMode('reverse');
    store.getState().setStep(2);
    open(`${location.hash}&theme=light`);
    expect(store.getState()).toMatchObject({ mode: 'reverse', step: 2 });
    vi.advanceTimersByTime(URL_DEBOUNCE_MS);
    expect(location.hash).toMatch(/&mode=reverse&step=2&theme=light$/);
    expect(store.getState().past).toHaveLength(2);
  });
});
