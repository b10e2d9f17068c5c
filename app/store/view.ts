import type { StateCreator } from 'zustand';
import type { TraceMode } from '../../src/index.ts';
import type { Orientation, SharedState, SharedView } from './program.ts';
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
  setViewport(width: number, height: number): void;
}

/** Viewport sizes are rounded to this, so that a resize by a few px does not lay out again. */
export const VIEWPORT_STEP = 80;

/** The slice's fields for a shared view (defaults where the link says nothing). */
export function viewFromShared(view: SharedView | undefined) {
  return {
    mode: view?.mode ?? 'values',
    forwardFrom: view?.forwardFrom ?? null,
    reverseFrom: view?.reverseFrom ?? null,
    step: view?.step ?? null,
    playing: false,
    sharing: !view?.tree,
    orientation: view?.orientation ?? null,
    collapse: view?.collapse ?? null,
    expanded: view?.expanded ?? [],
    follow: view?.follow ?? true,
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
    ...(state.orientation !== null ? { orientation: state.orientation } : {}),
    ...(state.collapse !== null ? { collapse: state.collapse } : {}),
    ...(state.expanded.length > 0 ? { expanded: state.expanded } : {}),
    ...(state.follow ? {} : { follow: false }),
  };
}

export const createViewSlice =
  (initial: SharedState): StateCreator<AppState, [], [], ViewSlice> =>
  (set, get) => ({
    ...viewFromShared(initial.view),
    speed: 1,
    viewport: null,
    // A new mode starts at its first step, so that Play shows it from the beginning.
    setMode: (mode) => {
      if (mode !== get().mode) set({ mode, step: 0, playing: false });
    },
    chooseNode: (name) => {
      const { mode } = get();
      if (mode === 'reverse') set({ reverseFrom: name, step: 0, playing: false });
      else set({ forwardFrom: name, ...(mode === 'forward' ? { step: 0, playing: false } : {}) });
    },
    setForwardFrom: (name) =>
      set({ forwardFrom: name, ...(get().mode === 'forward' ? { step: 0, playing: false } : {}) }),
    setReverseFrom: (name) =>
      set({ reverseFrom: name, ...(get().mode === 'reverse' ? { step: 0, playing: false } : {}) }),
    setStep: (step) => set({ step }),
    setPlaying: (playing) => set({ playing }),
    setSpeed: (speed) => set({ speed }),
    setSharing: (sharing) => set({ sharing, forwardFrom: null, reverseFrom: null }),
    setOrientation: (orientation) => set({ orientation }),
    // Stepping goes statement by statement when collapsed: the trace changes, so start over.
    setCollapse: (collapse) => set({ collapse, expanded: [], step: 0, playing: false }),
    toggleExpanded: (name) => {
      const { expanded } = get();
      const next = expanded.includes(name)
        ? expanded.filter((n) => n !== name)
        : [...expanded, name];
      set({ expanded: next, step: 0, playing: false });
    },
    setFollow: (follow) => set({ follow }),
    setViewport: (width, height) => {
      const round = (v: number) =>
        Math.max(VIEWPORT_STEP, Math.round(v / VIEWPORT_STEP) * VIEWPORT_STEP);
      const next = { width: round(width), height: round(height) };
      const old = get().viewport;
      if (old?.width !== next.width || old?.height !== next.height) set({ viewport: next });
    },
  });
