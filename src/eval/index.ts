export {
  type Evaluation,
  edgeLocals,
  evaluate,
  type InputValues,
  idsTapeOf,
  inputValuesOf,
  inputVector,
  type NodeWarning,
  slotLocals,
  tapeWarnings,
} from './evaluate.ts';
export { valuesTrace } from './trace.ts';
