export { forwardMode, type ModeResult } from './forward.ts';
export { reverseMode } from './reverse.ts';
