import type { StateCreator } from 'zustand';
import type { AppState } from './state.ts';

/**
 * Where the program is kept when the URL cannot hold it (urlSync.ts sets this):
 * `stored`: too long for a link, kept in this browser's storage; a reload restores it.
 * `not-stored`: too long for a link, and the storage refused it; a reload loses it.
 * `missing`: the link names a stored program this browser does not hold.
 */
export type LinkNotice =
  | { readonly kind: 'stored'; readonly length: number }
  | { readonly kind: 'not-stored'; readonly length: number }
  | { readonly kind: 'missing' };

export interface LinkSlice {
  readonly linkNotice: LinkNotice | null;
  setLinkNotice(notice: LinkNotice | null): void;
}

export const createLinkSlice: StateCreator<AppState, [], [], LinkSlice> = (set) => ({
  linkNotice: null,
  setLinkNotice: (linkNotice) => set({ linkNotice }),
});
