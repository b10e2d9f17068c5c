import type { StateCreator } from 'zustand';
import type { AppState } from './state.ts';

/** colah's example, written out with its intermediate variables: shown on a first visit. */
export const DEFAULT_PROGRAM = `# colah's example: e = (a+b)*(b+1)
a = 2
b = 1
c = a + b
d = b + 1
e = c * d
`;

/** What a person shares in a link: the program and the input values they set. */
export interface SharedState {
  readonly source: string;
  readonly overrides: Readonly<Record<string, number>>;
}

/** The program text. */
export interface ProgramSlice {
  readonly source: string;
  setSource(source: string): void;
  /** Replaces the program and the input values at once (a link was opened). */
  loadShared(shared: SharedState): void;
}

export const createProgramSlice =
  (initial: SharedState): StateCreator<AppState, [], [], ProgramSlice> =>
  (set) => ({
    source: initial.source,
    setSource: (source) => set({ source }),
    loadShared: ({ source, overrides }) => set({ source, overrides }),
  });
