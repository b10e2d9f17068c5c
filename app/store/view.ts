import type { StateCreator } from 'zustand';
import type { TraceMode } from '../../src/index.ts';
import { withHistory } from './history.ts';
import type { Orientation, SharedState } from './program.ts';
import { viewFromShared } from './sharedView.ts';
import type { AppState } from './state.ts';

/** How the graph is shown and stepped: all serialisable, most of it in the URL. */
export interface ViewSlice {
  readonly mode: TraceMode;
  /** Forward mode's starting node by name; null means the engine's default (the first input). */
  readonly forwardFrom: string | null;
  /** Reverse mode's differentiated node by name; null means the default (the output). */
  readonly reverseFrom: string | null;
  /** The step shown; null means the end of the trace (everything computed). */
  readonly step: number | null;
  readonly playing: boolean;
  readonly speed: number;
  /** false shows the tree variant, without sharing. */
  readonly sharing: boolean;
  /** The drawing's direction; null chooses the one that reads larger in the panel. */
  readonly orientation: Orientation | null;
  /** Statements as single nodes (true) or as operations (false); null lets the engine choose. */
  readonly collapse: boolean | null;
  /** Statements drawn expanded while the others are collapsed, by name. */
  readonly expanded: readonly string[];
  /** The view pans to the current step when it is outside. */
  readonly follow: boolean;
  /** Nodes on no path from the chosen input to the chosen output are drawn faint. */
  readonly prune: boolean;
  /** The engine adds the nodes that compute the adjoints (symbol-to-symbol) to the drawing. */
  readonly derivativeGraph: boolean;
  /** Reverse mode on the graph with this many checkpoints (recomputing segments); null: plain. */
  readonly checkpointed: number | null;
  /**
   * The graph panel's size on screen, rounded (VIEWPORT_STEP px), for the engine's automatic
   * orientation and collapse; null until the panel is drawn.
   */
  readonly viewport: { readonly width: number; readonly height: number } | null;
  setMode(mode: TraceMode): void;
  /** A node was chosen (clicked, or picked in a menu) as the current mode's seed. */
  chooseNode(name: string): void;
  /** Sets forward mode's starting node (the paths panel's "from"), whatever the mode. */
  setForwardFrom(name: string): void;
  /** Sets reverse mode's differentiated node (the paths panel's "to"), whatever the mode. */
  setReverseFrom(name: string): void;
  setStep(step: number | null): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: number): void;
  setSharing(sharing: boolean): void;
  setOrientation(orientation: Orientation | null): void;
  setCollapse(collapse: boolean): void;
  /** Expands a collapsed statement alone, or collapses it again. */
  toggleExpanded(name: string): void;
  setFollow(follow: boolean): void;
  setPrune(prune: boolean): void;
  setDerivativeGraph(on: boolean): void;
  /** Plays reverse mode with `k` checkpoints from its first step; null for the plain pass. */
  playCheckpointed(k: number | null): void;
  setViewport(width: number, height: number): void;
}

/** Viewport sizes are rounded to this, so that a resize by a few px does not lay out again. */
export const VIEWPORT_STEP = 80;

export const createViewSlice =
  (initial: SharedState): StateCreator<AppState, [], [], ViewSlice> =>
  (set, get) => {
    // Changes of what a link carries (mode, seeds, tree, orientation, collapse) are undo steps;
    // steps, playback, speed, follow and the panel's size are not.
    const record = (change: Partial<AppState>) => set(withHistory(get(), change));
    return {
      ...viewFromShared(initial.view),
      speed: 1,
      viewport: null,
      // A new mode starts at its first step, so that Play shows it from the beginning.
      setMode: (mode) => {
        if (mode !== get().mode) record({ mode, step: 0, playing: false });
      },
      chooseNode: (name) => {
        const { mode } = get();
        if (mode === 'reverse') record({ reverseFrom: name, step: 0, playing: false });
        else
          record({ forwardFrom: name, ...(mode === 'forward' ? { step: 0, playing: false } : {}) });
      },
      setForwardFrom: (name) =>
        record({
          forwardFrom: name,
          ...(get().mode === 'forward' ? { step: 0, playing: false } : {}),
        }),
      setReverseFrom: (name) =>
        record({
          reverseFrom: name,
          ...(get().mode === 'reverse' ? { step: 0, playing: false } : {}),
        }),
      setStep: (step) => set({ step }),
      setPlaying: (playing) => set({ playing }),
      setSpeed: (speed) => set({ speed }),
      setSharing: (sharing) => record({ sharing, forwardFrom: null, reverseFrom: null }),
      setOrientation: (orientation) => record({ orientation }),
      // Stepping goes statement by statement when collapsed: the trace changes, so start over.
      setCollapse: (collapse) => record({ collapse, expanded: [], step: 0, playing: false }),
      toggleExpanded: (name) => {
        const { expanded } = get();
        const next = expanded.includes(name)
          ? expanded.filter((n) => n !== name)
          : [...expanded, name];
        record({ expanded: next, step: 0, playing: false });
      },
      setFollow: (follow) => set({ follow }),
      prune: false,
      setPrune: (prune) => set({ prune }),
      derivativeGraph: false,
      setDerivativeGraph: (derivativeGraph) => set({ derivativeGraph }),
      checkpointed: null,
      playCheckpointed: (checkpointed) =>
        set(
          checkpointed === null
            ? { checkpointed }
            : { checkpointed, mode: 'reverse', reverseFrom: null, step: 0, playing: false },
        ),
      setViewport: (width, height) => {
        const round = (v: number) =>
          Math.max(VIEWPORT_STEP, Math.round(v / VIEWPORT_STEP) * VIEWPORT_STEP);
        const next = { width: round(width), height: round(height) };
        const old = get().viewport;
        if (old?.width !== next.width || old?.height !== next.height) set({ viewport: next });
      },
    };
  };
