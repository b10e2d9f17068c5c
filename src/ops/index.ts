export { BINARY_OPS, FUNCTIONS, OPS } from './table.ts';
export type { OpName, OpSpec } from './types.ts';
