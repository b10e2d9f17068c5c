export { forwardMode, type ModeResult } from './forward.ts';
export { type ReplayState, replay, stepTarget } from './replay.ts';
export { reverseMode } from './reverse.ts';
export { chainProduct, type Trace, type TraceMode, type TraceStep } from './trace.ts';
