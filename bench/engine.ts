import { compile } from '../src/compile.ts';
import { buildGraph, type Graph } from '../src/graph/index.ts';
import { MAX_PROGRAM_LENGTH } from '../src/syntax/index.ts';
import {
  compileTape,
  LEAF,
  type Tape,
  tapeForward,
  tapeForwardWithLocals,
  tapeGradient,
  tapeTangents,
} from '../src/tape/index.ts';
import { floorLoops, opGroups } from './floor.ts';
import { type BenchProgram, programAst, programText } from './programs.ts';
import { measure, measurePair } from './timing.ts';

/** A cost that was measured, or estimated from a measured part when too slow to run whole. */
export interface Cost {
  readonly ms: number;
  readonly estimated: boolean;
}

/** What the benchmark measured of the engine on one program. */
export interface EngineResult {
  readonly graph: Graph;
  readonly tape: Tape;
  readonly opNodes: number;
  /** Parse and build from text, or build alone from the AST when the text is over the limit. */
  readonly build: { readonly ms: number; readonly via: 'text' | 'ast' };
  readonly tapeMs: number;
  readonly forwardMs: number;
  readonly floorMs: number;
  /** Forward time / floor time, the median of ratios of samples taken in alternation. */
  readonly forwardPerFloor: number;
  /** A full gradient: forward with local partials, then the backward sweep. */
  readonly gradientMs: number;
  /** Gradient time / forward time, the median of ratios of samples taken in alternation. */
  readonly gradientPerForward: number;
  /** Forward mode: forward with local partials, then one tangent pass per input. */
  readonly forwardMode: Cost;
  /** Forward differences: k + 1 evaluations. */
  readonly differences: Cost;
  /** ∂output/∂input for each input, by the tape. */
  readonly gradient: Float64Array;
}

/** Measures parse+build, compile, forward, floor, gradient, forward mode and differences. */
export function measureEngine(program: BenchProgram): EngineResult {
  const text = programText(program);
  const viaText = text.length <= MAX_PROGRAM_LENGTH;
  const heavy = program.ops.length >= 500_000;
  const buildOnce = () => {
    const built = viaText ? compile(text) : buildGraph(programAst(program));
    if (!built.ok)
      throw new Error(`bench: program does not build: ${built.diagnostics[0]?.message}`);
    return built.graph;
  };
  const graph = buildOnce();
  const build = measure(
    buildOnce,
    heavy ? { samples: 3, warmupMs: 0, warmupCalls: 0 } : { samples: 7, warmupMs: 500 },
  );
  const tape = compileTape(graph);
  const tapeTime = measure(() => compileTape(graph), { samples: heavy ? 3 : 7 });
  const opNodes = countOps(tape);
  const k = tape.inputs.length;
  const inputs = Float64Array.from(tape.inputs, (s) => tape.initial[s]!);
  const values = tapeForward(tape, inputs);
  const locals = new Float64Array(2 * tape.size);
  const derivatives = new Float64Array(tape.size);
  const groups = opGroups(tape);
  const forwardOnce = () => tapeForward(tape, inputs, values);
  const gradientOnce = () => {
    tapeForwardWithLocals(tape, inputs, values, locals);
    tapeGradient(tape, values, tape.output, { locals, into: derivatives });
  };
  // Ratios from samples taken in alternation, so both sides saw the same machine load.
  const samples = heavy ? 9 : 21;
  const floorVsForward = measurePair(() => floorLoops(groups, values), forwardOnce, { samples });
  const forwardVsGradient = measurePair(forwardOnce, gradientOnce, { samples });
  tapeForward(tape, inputs, values);
  const adjoints = Float64Array.from(tape.inputs, (s) => derivatives[s]!);
  // Forward mode and differences: measured whole when quick, else from one measured pass.
  const onePass = measure(() =>
    tapeTangents(tape, values, tape.inputs[0]!, { locals, into: derivatives }),
  ).ms;
  const localsMs = measure(() => tapeForwardWithLocals(tape, inputs, values, locals)).ms;
  const forwardMode = costOf(localsMs + k * onePass, () => {
    tapeForwardWithLocals(tape, inputs, values, locals);
    for (const slot of tape.inputs) tapeTangents(tape, values, slot, { locals, into: derivatives });
  });
  const moved = inputs.slice();
  const differences = costOf((k + 1) * forwardVsGradient.a, () => {
    tapeForward(tape, inputs, values);
    for (let j = 0; j < k; j++) {
      moved[j] = inputs[j]! + 1e-7;
      tapeForward(tape, moved, values);
      moved[j] = inputs[j]!;
    }
  });
  return {
    graph,
    tape,
    opNodes,
    build: { ms: build.ms, via: viaText ? 'text' : 'ast' },
    tapeMs: tapeTime.ms,
    forwardMs: forwardVsGradient.a,
    floorMs: floorVsForward.a,
    forwardPerFloor: floorVsForward.ratio,
    gradientMs: forwardVsGradient.b,
    gradientPerForward: forwardVsGradient.ratio,
    forwardMode,
    differences,
    gradient: adjoints,
  };
}

/** Runs `whole` when its estimate is under 300 ms; otherwise reports the estimate. */
function costOf(estimateMs: number, whole: () => void): Cost {
  if (estimateMs > 300) return { ms: estimateMs, estimated: true };
  return { ms: measure(whole, { samples: 5, budgetMs: 2000 }).ms, estimated: false };
}

function countOps(tape: Tape): number {
  let ops = 0;
  for (const code of tape.codes) if (code !== LEAF) ops++;
  return ops;
}
