import type { StateCreator } from 'zustand';
import type { FamilyId, Method, PathsReport, Phrase } from '../../src/index.ts';
import type { GrowthPoint, Timing } from '../../src/protocol.ts';
import type { AppState } from './state.ts';

/** Where a measurement is: not started, running, finished, cancelled, or failed. */
export type LabStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

/** How far a running measurement has got. */
export interface LabProgress {
  readonly method: Method;
  /** 0-based index of the method being timed, of `methods`. */
  readonly index: number;
  readonly methods: number;
  readonly runs: number;
}

/** The lab's measurement of the current program: what was measured (`key`) and the times. */
export interface LabState {
  readonly status: LabStatus;
  /** The program, inputs and seeds measured (see `measureKey`); null before any. */
  readonly key: string | null;
  readonly progress: LabProgress | null;
  readonly timings: readonly Timing[] | null;
  /** Why a measurement failed, said by the lab. */
  readonly failure: Phrase | null;
}

/** A family's exact costs over a range of sizes, for the growth chart. */
export interface GrowthData {
  readonly family: FamilyId;
  readonly points: readonly GrowthPoint[];
}

/** The paths panel: the engine's paths report, the hovered path, the lab and the chart. */
export interface PathsSlice {
  /** The paths report that came with `analysis` (null above its size limit). */
  readonly pathsReport: PathsReport | null;
  /** The edges of the path being hovered or focused in the list, highlighted in the graph. */
  readonly hoveredPath: readonly number[] | null;
  readonly family: FamilyId;
  readonly familySize: number;
  readonly lab: LabState;
  readonly growth: GrowthData | null;
  setHoveredPath(edges: readonly number[] | null): void;
  chooseFamily(family: FamilyId, size: number): void;
  labStarted(key: string): void;
  labProgressed(progress: LabProgress): void;
  labMeasured(timings: readonly Timing[]): void;
  labStopped(status: 'cancelled' | 'failed', failure?: Phrase): void;
  growthReceived(growth: GrowthData): void;
}

const IDLE: LabState = { status: 'idle', key: null, progress: null, timings: null, failure: null };

/** What a measurement is of: it is shown only while the page still shows the same thing. */
export function measureKey(s: AppState): string {
  // The program whose answer is on screen, not the one being typed: the panel then changes
  // only when an answer arrives, not at every keystroke.
  const { sharing, seeds, overrides, answeredSource } = s;
  return JSON.stringify([sharing, seeds.forward, seeds.reverse, overrides, answeredSource]);
}

export const createPathsSlice: StateCreator<AppState, [], [], PathsSlice> = (set, get) => ({
  pathsReport: null,
  hoveredPath: null,
  family: 'ladder',
  familySize: 10,
  lab: IDLE,
  growth: null,
  setHoveredPath: (hoveredPath) => set({ hoveredPath }),
  chooseFamily: (family, familySize) => set({ family, familySize }),
  labStarted: (key) => set({ lab: { ...IDLE, status: 'running', key } }),
  labProgressed: (progress) => {
    if (get().lab.status === 'running') set({ lab: { ...get().lab, progress } });
  },
  labMeasured: (timings) =>
    set({ lab: { ...get().lab, status: 'done', progress: null, timings, failure: null } }),
  labStopped: (status, failure) =>
    set({ lab: { ...get().lab, status, progress: null, timings: null, failure: failure ?? null } }),
  growthReceived: (growth) => set({ growth }),
});
