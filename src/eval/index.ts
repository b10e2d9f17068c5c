export {
  type Evaluation,
  evaluate,
  type InputValues,
  inputValuesOf,
  type NodeWarning,
} from './evaluate.ts';
export { valuesTrace } from './trace.ts';
