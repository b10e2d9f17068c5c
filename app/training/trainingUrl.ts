import type { AppStore } from '../store/store.ts';
import { browserStorage, programKey } from '../store/urlState.ts';
import {
  MAX_DATA_IN_URL,
  readTraining,
  TRAINING_PARAMS,
  type TrainingConfig,
  trainingParams,
} from './config.ts';

// The training set-up in the URL hash, beside the program's parameters (urlSync keeps ours as
// they are, as it keeps `theme=` and `lang=`): `data=` with the CSV text, or `ds=` naming data
// too long for a link, kept in this browser's storage; the settings; `trained=` the steps done.
// The parameters' values travel as input values (`at=`), which urlSync writes.

/** The storage key prefix of data kept out of the URL. */
export const STORED_DATA_PREFIX = 'backprop-lens:data:';

type Storage_ = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const storedData = (storage: Storage_ | null) => (key: string) => {
  try {
    return storage?.getItem(STORED_DATA_PREFIX + key) ?? undefined;
  } catch {
    return undefined;
  }
};

/** The set-up a hash describes, for the store's first state. */
export function initialTraining(
  hash: string,
  storage: Storage_ | null = browserStorage(),
): TrainingConfig | null {
  return readTraining(hash, storedData(storage)).config;
}

/** Whether the hash names stored data (`ds=`) this browser does not hold. */
export function dataMissing(hash: string, storage: Storage_ | null = browserStorage()): boolean {
  return readTraining(hash, storedData(storage)).missing === true;
}

/** `hash` with its training parameters replaced by `parts`, every other part kept in place. */
export function withTrainingParams(hash: string, parts: readonly string[]): string {
  const own = new Set<string>(TRAINING_PARAMS);
  const kept = hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => part !== '' && !own.has(part.split('=', 1)[0]!));
  const all = [...kept, ...parts];
  return all.length > 0 ? `#${all.join('&')}` : '';
}

/** Quiet time before the URL is rewritten, as urlSync waits. */
const DEBOUNCE_MS = 150;

/**
 * Keeps the hash's training parameters and the store's set-up in step: a change of the set-up
 * rewrites them (replaceState, after urlSync has pushed an entry for a loaded example); a hash
 * changed from outside (a pasted link, Back) sets the store's set-up, or removes it when the
 * hash has none. Returns a function that disconnects.
 */
export function connectTrainingUrl(
  store: AppStore,
  win: Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'> = window,
  storage: Storage_ | null = browserStorage(),
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let storedKey: string | undefined;

  const partsFor = (config: TrainingConfig | null): string[] => {
    if (!config) return [];
    if (encodeURIComponent(config.data).length <= MAX_DATA_IN_URL) return trainingParams(config);
    const key = programKey(config.data);
    if (key !== storedKey) {
      try {
        storage?.setItem(STORED_DATA_PREFIX + key, config.data);
        storedKey = key;
      } catch {
        // Refused (quota, privacy mode): the link carries the data after all.
        return trainingParams(config);
      }
    }
    return trainingParams(config, key);
  };

  const write = () => {
    clearTimeout(timer);
    const parts = partsFor(store.getState().training);
    const { pathname, search, hash } = win.location;
    const next = withTrainingParams(hash, parts);
    if (next !== hash) win.history.replaceState(win.history.state, '', pathname + search + next);
  };

  const unsubscribe = store.subscribe((state, before) => {
    if (state.training === before.training) return;
    clearTimeout(timer);
    timer = setTimeout(write, DEBOUNCE_MS);
  });

  const onHash = () => {
    const hash = win.location.hash;
    const params = new URLSearchParams(hash.replace(/^#/, ''));
    const linked = readTraining(hash, storedData(storage)).config;
    const current = store.getState().training;
    if (sameTraining(linked, current)) return;
    // A link without a program (`#mode=reverse`) keeps the program, and the data with it.
    const whole = params.has('p') || params.has('s');
    if (linked === null && !whole) {
      write();
      return;
    }
    store.getState().setTraining(linked);
  };
  win.addEventListener('hashchange', onHash);
  write();
  return () => {
    clearTimeout(timer);
    unsubscribe();
    win.removeEventListener('hashchange', onHash);
  };
}

function sameTraining(a: TrainingConfig | null, b: TrainingConfig | null): boolean {
  if (a === null || b === null) return a === b;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof TrainingConfig>;
  return [...keys].every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}
