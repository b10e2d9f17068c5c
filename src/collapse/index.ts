export {
  type CollapsedAnalysis,
  type CollapseOptions,
  collapseStatements,
} from './collapse.ts';
