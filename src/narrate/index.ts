export { formatNumber } from './format.ts';
export { applyOp, displayNames, type NamedNode } from './names.ts';
export { type Narration, narrateStep } from './narrate.ts';
