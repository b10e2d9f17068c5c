import type { StateCreator } from 'zustand';
import type { TraceMode } from '../../src/index.ts';
import type { AppState } from './state.ts';
import { viewFromShared } from './view.ts';

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
  /** How it is shown: mode, chosen nodes, step, tree view; absent means the defaults. */
  readonly view?: SharedView;
}

/** The view settings a link carries; every field is optional and defaults sensibly. */
export interface SharedView {
  readonly mode?: TraceMode;
  /** Forward mode's starting node id. */
  readonly forwardFrom?: number;
  /** Reverse mode's differentiated node id. */
  readonly reverseFrom?: number;
  /** The step shown; absent means the end of the trace. */
  readonly step?: number;
  /** true shows the tree variant (no sharing). */
  readonly tree?: boolean;
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
    loadShared: ({ source, overrides, view }) =>
      set({ source, overrides, ...viewFromShared(view) }),
  });
