export { BINARY_OPS, FUNCTIONS, OP_NAMES, OPS, OPS_BY_CODE } from './table.ts';
export type { NodeMaker, OpName, OpSpec } from './types.ts';
