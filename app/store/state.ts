import type { HistorySlice } from './history.ts';
import type { InputsSlice } from './inputs.ts';
import type { LessonsSlice } from './lessons.ts';
import type { LinkSlice } from './link.ts';
import type { PathsSlice } from './paths.ts';
import type { ProgramSlice } from './program.ts';
import type { ResultsSlice } from './results.ts';
import type { TrainingSlice } from './training.ts';
import type { ViewSlice } from './view.ts';

/** The whole app state: serialisable data and the actions that change it. */
export type AppState = ProgramSlice &
  InputsSlice &
  ResultsSlice &
  ViewSlice &
  PathsSlice &
  LinkSlice &
  HistorySlice &
  TrainingSlice &
  LessonsSlice;
