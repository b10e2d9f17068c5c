import type { StateCreator } from 'zustand';
import type { TraceMode } from '../../src/index.ts';
import { startsWord, withHistory } from './history.ts';
import { viewFromShared } from './sharedView.ts';
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
  /** How it is shown: mode, chosen nodes, step, tree view; absent means the defaults. */
  readonly view?: SharedView;
}

/** The view settings a link carries; every field is optional and defaults sensibly. */
export interface SharedView {
  readonly mode?: TraceMode;
  /** Forward mode's starting node, by display name (an id in links made before names). */
  readonly forwardFrom?: string;
  /** Reverse mode's differentiated node, by display name (or an id, as above). */
  readonly reverseFrom?: string;
  /** The step shown; absent means the end of the trace. */
  readonly step?: number;
  /** true shows the tree variant (no sharing). */
  readonly tree?: boolean;
  /** The drawing's direction; absent means chosen automatically. */
  readonly orientation?: Orientation;
  /** Statements drawn as one node (true) or as their operations (false); absent: automatic. */
  readonly collapse?: boolean;
  /** Statements (by name) drawn as their operations while the rest are collapsed. */
  readonly expanded?: readonly string[];
  /** false: the view does not pan to the current step. */
  readonly follow?: boolean;
}

/** Bottom to top (colah) or left to right (Saito, CS231n). */
export type Orientation = 'up' | 'right';

/** The program text. */
export interface ProgramSlice {
  readonly source: string;
  /**
   * How many programs a person has loaded (examples, the paths lab's families): each load opens
   * a new browser history entry (urlSync.ts), so that Back returns to what they had.
   */
  readonly loads: number;
  /** The person typed: an undo step per word or pause (GROUP_PAUSE_MS), not per keystroke. */
  setSource(source: string): void;
  /** Loads a program, its input values and view (an example): one undo step and a new entry. */
  loadShared(shared: SharedState): void;
  /** Applies a link opened in this tab or reached by Back/Forward: an undo step, no new entry. */
  openLink(shared: SharedState): void;
}

export const createProgramSlice =
  (initial: SharedState): StateCreator<AppState, [], [], ProgramSlice> =>
  (set, get) => ({
    source: initial.source,
    loads: 0,
    setSource: (source) => {
      const before = get().source;
      const options = { group: 'typing', newStep: startsWord(before, source) } as const;
      set(withHistory(get(), { source }, options));
    },
    loadShared: ({ source, overrides, view }) =>
      set(
        withHistory(get(), {
          source,
          overrides,
          ...viewFromShared(view),
          loads: get().loads + 1,
        }),
      ),
    openLink: ({ source, overrides, view }) =>
      set(withHistory(get(), { source, overrides, ...viewFromShared(view) })),
  });
