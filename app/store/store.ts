import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TrainingConfig } from '../training/config.ts';
import { createHistorySlice } from './history.ts';
import { createInputsSlice } from './inputs.ts';
import { createLessonsSlice } from './lessons.ts';
import { createLinkSlice } from './link.ts';
import { createPathsSlice } from './paths.ts';
import { createProgramSlice, DEFAULT_PROGRAM, type SharedState } from './program.ts';
import { createResultsSlice } from './results.ts';
import type { AppState } from './state.ts';
import { createTrainingSlice } from './training.ts';
import { createViewSlice } from './view.ts';

export type AppStore = StoreApi<AppState>;

/** One store built from the typed slices, starting from a shared program and its inputs. */
export function createAppStore(
  initial: SharedState = { source: DEFAULT_PROGRAM, overrides: {} },
  training: TrainingConfig | null = null,
): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createProgramSlice(initial)(...a),
    ...createInputsSlice(initial)(...a),
    ...createResultsSlice(...a),
    ...createViewSlice(initial)(...a),
    ...createPathsSlice(...a),
    ...createLinkSlice(...a),
    ...createHistorySlice(...a),
    ...createTrainingSlice(training)(...a),
    ...createLessonsSlice(...a),
  }));
}
