export { type ReplayState, replay, stepTarget } from './replay.ts';
export { chainProduct, poisons, type Trace, type TraceMode, type TraceStep } from './trace.ts';
