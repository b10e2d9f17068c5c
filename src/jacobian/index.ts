/**
 * Several outputs: the Jacobian by either mode with exact costs and a verdict, the chain view of
 * the two modes, and store-or-recompute (checkpointing) costs for reverse mode.
 */
export { type ChainProductCosts, chainProductCosts } from './chain.ts';
export {
  type CheckpointCost,
  type CheckpointSweep,
  checkpointCosts,
  checkpointSweep,
  segmentLengths,
} from './checkpoint.ts';
export { type CheckpointedGradient, checkpointedGradient } from './checkpointGradient.ts';
export { type JacobianCosts, jacobianCosts, type ModeCost } from './cost.ts';
export {
  type JacobianMatrix,
  type JacobianSlots,
  jacobianByColumns,
  jacobianByRows,
  jacobianSlots,
} from './fill.ts';
export {
  JACOBIAN_ENTRY_LIMIT,
  JACOBIAN_WORK_LIMIT,
  type JacobianInfo,
  jacobianInfo,
} from './info.ts';
export { jacobianVerdict } from './verdict.ts';
