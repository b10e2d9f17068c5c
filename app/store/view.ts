import type { StateCreator } from 'zustand';
import type { TraceMode } from '../../src/index.ts';
import type { SharedState, SharedView } from './program.ts';
import type { AppState } from './state.ts';

/** How the graph is shown and stepped: all serialisable, most of it in the URL. */
export interface ViewSlice {
  readonly mode: TraceMode;
  /** Forward mode's starting node; null means the engine's default (the first input). */
  readonly forwardFrom: number | null;
  /** Reverse mode's differentiated node; null means the engine's default (the output). */
  readonly reverseFrom: number | null;
  /** The step shown; null means the end of the trace (everything computed). */
  readonly step: number | null;
  readonly playing: boolean;
  readonly speed: number;
  /** false shows the tree variant, without sharing. */
  readonly sharing: boolean;
  setMode(mode: TraceMode): void;
  /** A node was chosen (clicked, or picked in a menu) as the current mode's seed. */
  chooseNode(node: number): void;
  /** Sets forward mode's starting node (the paths panel's "from"), whatever the mode. */
  setForwardFrom(node: number): void;
  /** Sets reverse mode's differentiated node (the paths panel's "to"), whatever the mode. */
  setReverseFrom(node: number): void;
  setStep(step: number | null): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: number): void;
  setSharing(sharing: boolean): void;
}

/** The slice's fields for a shared view (defaults where the link says nothing). */
export function viewFromShared(view: SharedView | undefined) {
  return {
    mode: view?.mode ?? 'values',
    forwardFrom: view?.forwardFrom ?? null,
    reverseFrom: view?.reverseFrom ?? null,
    step: view?.step ?? null,
    playing: false,
    sharing: !view?.tree,
  } satisfies Partial<ViewSlice>;
}

/** The view as a link carries it. */
export function sharedView(state: ViewSlice): SharedView {
  return {
    mode: state.mode,
    ...(state.forwardFrom !== null ? { forwardFrom: state.forwardFrom } : {}),
    ...(state.reverseFrom !== null ? { reverseFrom: state.reverseFrom } : {}),
    ...(state.step !== null ? { step: state.step } : {}),
    ...(state.sharing ? {} : { tree: true }),
  };
}

export const createViewSlice =
  (initial: SharedState): StateCreator<AppState, [], [], ViewSlice> =>
  (set, get) => ({
    ...viewFromShared(initial.view),
    speed: 1,
    // A new mode starts at its first step, so that Play shows it from the beginning.
    setMode: (mode) => {
      if (mode !== get().mode) set({ mode, step: 0, playing: false });
    },
    chooseNode: (node) => {
      const { mode } = get();
      if (mode === 'reverse') set({ reverseFrom: node, step: 0, playing: false });
      else set({ forwardFrom: node, ...(mode === 'forward' ? { step: 0, playing: false } : {}) });
    },
    setForwardFrom: (node) =>
      set({ forwardFrom: node, ...(get().mode === 'forward' ? { step: 0, playing: false } : {}) }),
    setReverseFrom: (node) =>
      set({ reverseFrom: node, ...(get().mode === 'reverse' ? { step: 0, playing: false } : {}) }),
    setStep: (step) => set({ step }),
    setPlaying: (playing) => set({ playing }),
    setSpeed: (speed) => set({ speed }),
    setSharing: (sharing) => set({ sharing, forwardFrom: null, reverseFrom: null }),
  });
