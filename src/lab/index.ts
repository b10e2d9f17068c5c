export { growthPoints } from './growth.ts';
export { handleLab } from './handle.ts';
export {
  finiteDifferences,
  measureProgram,
  NAIVE_OPERATION_CAP,
  NAIVE_PATH_CAP,
  REPEATED_PASS_WORK_CAP,
} from './measure.ts';
export { type NaiveSum, naivePathSum } from './naive.ts';
export type {
  CheckpointTimesRequest,
  GrowthPoint,
  GrowthRequest,
  JacobianTimesRequest,
  LabRequest,
  LabResponse,
  MeasureRequest,
  MedianTime,
  Timing,
} from './protocol.ts';
export {
  type Clock,
  DEFAULT_BUDGET,
  median,
  type RunTimes,
  type TimingBudget,
  timeRuns,
} from './timing.ts';
