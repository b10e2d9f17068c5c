export { type CompileTapeOptions, compileTape, tapeBytes } from './compile.ts';
export { type SweepOptions, tapeGradient, tapeTangents } from './sweeps.ts';
export { LEAF, type Tape, type TapeSchedule } from './types.ts';
export { inputsOf, localsOf, tapeForward, tapeForwardWithLocals } from './values.ts';
