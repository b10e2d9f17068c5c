export {
  evaluationCost,
  forwardModeCost,
  naivePathSumCost,
  type OpCount,
  reverseModeCost,
} from './cost.ts';
export { countPaths, countPathsTo, type PathTotals, pathTotals } from './count.ts';
export { enumeratePaths, type PathTerm } from './enumerate.ts';
