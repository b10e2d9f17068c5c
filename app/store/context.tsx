import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState } from './state.ts';
import type { AppStore } from './store.ts';

const StoreContext = createContext<AppStore | null>(null);

/** Makes `store` the one that `useAppStore` reads below it. */
export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** Reads the app store through a selector; wrap object-returning selectors in `useShallow`. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a StoreProvider');
  return useStore(store, selector);
}

/** The store itself, for effects that subscribe to it or read it at the moment they run. */
export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStoreApi needs a StoreProvider');
  return store;
}
