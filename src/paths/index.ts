export {
  evaluationCost,
  forwardModeCost,
  naivePathSumCost,
  type OpCount,
  reverseModeCost,
} from './cost.ts';
export { countPaths, countPathsTo, type PathTotals, pathTotals } from './count.ts';
export { enumeratePaths, type PathTerm } from './enumerate.ts';
export {
  clampSize,
  FAMILIES,
  type Family,
  type FamilyId,
  familyOf,
  growthSizes,
} from './families.ts';
export {
  FORWARD_COUNT_WORK_LIMIT,
  METHOD_NAMES,
  METHODS,
  type Method,
  type MethodCost,
  methodCosts,
} from './methods.ts';
export {
  type CostRow,
  FACTORED_ROW_LIMIT,
  type FactoredRow,
  LISTED_EDGE_BUDGET,
  LISTED_PATH_LIMIT,
  type ListedPath,
  PATHS_REPORT_NODE_LIMIT,
  type PathsReport,
  pathsReport,
} from './report.ts';
export { ratio, verdict } from './verdict.ts';
