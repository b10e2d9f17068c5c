export { Batches, mulberry32, shuffle } from './batches.ts';
export {
  type DataError,
  type DataResult,
  type DataTable,
  dataError,
  dataFromColumns,
  formatCsv,
  parseCsv,
} from './data.ts';
export {
  AND_NEURON,
  APPLES,
  FIT_A_LINE,
  TRAINING_EXAMPLES,
  type TrainingExample,
  WORKED_EXAMPLE,
  XOR_NETWORK,
} from './examples.ts';
export { assignRoles, type RoleInput, type Roles, type RolesResult } from './roles.ts';
export {
  buildTraining,
  TrainingSession,
  type TrainRequest,
  type TrainResponse,
  type TrainSettings,
} from './session.ts';
export { DIVERGENCE_FACTOR, divergenceBound, type TrainingStop } from './stopping.ts';
export {
  createTrainer,
  type StepDetail,
  type Trainer,
  type TrainerResult,
  type TrainerState,
  type TrainOptions,
} from './trainer.ts';
export {
  type LossSurface,
  lossSurface,
  type ModelFit,
  modelFit,
  SURFACE_SIZE,
  surfaceRange,
} from './views.ts';
