import type { StateCreator } from 'zustand';
import type {
  DataError,
  LossSurface,
  ModelFit,
  StepDetail,
  TrainingStop,
  TrainResponse,
} from '../../src/index.ts';
import { parameterNames, type TrainingConfig } from '../training/config.ts';
import { withHistory } from './history.ts';
import type { AppState } from './state.ts';

/** Fields of the set-up to change; undefined removes an optional one. */
export type TrainingChange = {
  readonly [K in keyof TrainingConfig]?: TrainingConfig[K] | undefined;
};

/** Where a training run is. */
export type TrainStatus = 'idle' | 'running' | 'paused' | 'stopped';

/**
 * What training has done since the data was set: the mean loss before each step from `first`
 * on, the parameters before each step (records in `names` order), and the last step written out.
 */
export interface TrainHistory {
  readonly names: readonly string[];
  /** The data columns of the run (inputs fed by the data). */
  readonly dataNames: readonly string[];
  readonly first: number;
  readonly losses: readonly number[];
  readonly path: readonly number[];
  readonly last?: StepDetail;
}

export interface TrainingSlice {
  /** The training set-up, or null when the program has no data. */
  readonly training: TrainingConfig | null;
  readonly trainStatus: TrainStatus;
  readonly trainHistory: TrainHistory | null;
  /** Why the last run stopped early, or why training was refused. */
  readonly trainStop: TrainingStop | null;
  readonly trainError: DataError | null;
  readonly trainViews: { readonly surface?: LossSurface; readonly fit?: ModelFit } | null;
  /** The link named data kept in another browser's storage (`ds=`): it is not here. */
  readonly trainDataMissing: boolean;
  noteDataMissing(): void;
  /**
   * Changes the set-up (a field given as undefined is removed: an emptied box); a change other
   * than `done` starts the history again. null removes the data.
   */
  setTraining(change: TrainingChange | null): void;
  trainingStarted(): void;
  trainingPaused(): void;
  trainingProgress(report: TrainResponse & { type: 'progress' }): void;
  trainingRefused(error: DataError): void;
  trainViewsReceived(views: TrainResponse & { type: 'views' }): void;
  /** The parameters take the program's values again, and the history is cleared. */
  resetParameters(): void;
  /**
   * Puts one row's values in the data inputs and shows reverse mode from the loss at its first
   * step: the pass, then each parameter's update, can be stepped on the graph. One undo step.
   */
  showRowOnGraph(row: Readonly<Record<string, number>>): void;
}

const CLEARED = { trainHistory: null, trainStop: null, trainError: null } as const;

export const createTrainingSlice =
  (initial: TrainingConfig | null): StateCreator<AppState, [], [], TrainingSlice> =>
  (set, get) => ({
    training: initial,
    trainStatus: 'idle',
    trainHistory: null,
    trainStop: null,
    trainError: null,
    trainViews: null,
    trainDataMissing: false,
    noteDataMissing: () => set({ trainDataMissing: true }),
    setTraining: (change) => {
      const current = get().training;
      if (change === null) {
        set({ training: null, trainStatus: 'idle', trainViews: null, ...CLEARED });
        return;
      }
      const base = current ?? { data: '', learningRate: 0.1, steps: 100, fixed: [], done: 0 };
      const next = Object.fromEntries(
        Object.entries({ ...base, ...change }).filter(([, value]) => value !== undefined),
      ) as unknown as TrainingConfig;
      const onlyDone = Object.keys(change).every((k) => k === 'done');
      set(
        onlyDone
          ? { training: next }
          : { training: next, trainStatus: 'idle', trainDataMissing: false, ...CLEARED },
      );
    },
    trainingStarted: () => set({ trainStatus: 'running', trainStop: null, trainError: null }),
    trainingPaused: () => {
      if (get().trainStatus === 'running') set({ trainStatus: 'paused' });
    },
    trainingProgress: (report) => {
      const state = get();
      const before = state.trainHistory;
      const same = before !== null && sameNames(before.names, report.names);
      const first = same ? before.first : report.from;
      const losses = same ? before.losses.slice(0, report.from - first) : [];
      const width = report.names.length;
      const path = same ? before.path.slice(0, (report.from - first) * width) : [];
      losses.push(...report.losses);
      path.push(...report.path);
      const overrides = { ...state.overrides, ...report.parameters };
      const change = {
        trainHistory: {
          names: report.names,
          dataNames: report.data,
          first,
          losses,
          path,
          ...(report.last ? { last: report.last } : {}),
        },
        trainStatus: report.done ? (report.stop ? 'stopped' : 'idle') : state.trainStatus,
        trainStop: report.stop && report.stop.reason !== 'steps' ? report.stop : null,
        training: state.training ? { ...state.training, done: report.steps } : null,
        overrides,
      } as const;
      // A run's reports come closer together than GROUP_PAUSE_MS: one undo step, which
      // returns the parameters from before the run.
      set(withHistory(state, change, { group: 'training' }));
    },
    trainingRefused: (error) => set({ trainStatus: 'idle', trainError: error }),
    trainViewsReceived: (views) =>
      set({
        trainError: null,
        trainViews: {
          ...(views.surface ? { surface: views.surface } : {}),
          ...(views.fit ? { fit: views.fit } : {}),
        },
      }),
    showRowOnGraph: (row) =>
      set(
        withHistory(get(), {
          overrides: { ...get().overrides, ...row },
          mode: 'reverse',
          reverseFrom: null,
          step: 0,
          playing: false,
        }),
      ),
    resetParameters: () => {
      const state = get();
      const inputs = (state.analysis?.inputs ?? []).map((input) => input.name);
      const names = new Set([
        ...(state.trainHistory?.names ?? []),
        ...(state.training ? parameterNames(inputs, state.training) : []),
      ]);
      const overrides = Object.fromEntries(
        Object.entries(state.overrides).filter(([name]) => !names.has(name)),
      );
      set(
        withHistory(state, {
          overrides,
          training: state.training ? { ...state.training, done: 0 } : null,
          trainStatus: 'idle',
          ...CLEARED,
        }),
      );
    },
  });

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, i) => name === b[i]);
}
