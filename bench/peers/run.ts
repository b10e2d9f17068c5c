import type { Graph } from '../../src/graph/index.ts';
import { micrograd } from '../../src/testing/micrograd.ts';
import type { BenchProgram } from '../programs.ts';
import { measure } from '../timing.ts';
import { mathjsExpression, mathjsGradient, treeSize } from './mathjs.ts';
import { loadTf, tfGradient } from './tfjs.ts';

/** One peer on one program: its full-gradient time, or why it was not run. */
export type PeerCell =
  | { readonly ms: number; readonly error: number; readonly extra?: string }
  | { readonly skipped: string };

/** The gradient agreement each peer must reach (relative to the gradient's largest entry). */
export const TOLERANCE = { micrograd: 1e-9, tfjs: 1e-2, mathjs: 1e-6 } as const;
export type PeerName = keyof typeof TOLERANCE;

/** max |peer − tape| / max(1, max |tape|) over the inputs. */
export function disagreement(peer: ArrayLike<number>, tape: ArrayLike<number>): number {
  let scale = 1;
  let worst = 0;
  for (let i = 0; i < tape.length; i++) scale = Math.max(scale, Math.abs(tape[i]!));
  for (let i = 0; i < tape.length; i++) {
    const d = Math.abs(peer[i]! - tape[i]!);
    worst = Math.max(worst, Number.isNaN(d) ? Number.POSITIVE_INFINITY : d);
  }
  return worst / scale;
}

/** Checks agreement first; times only a peer that agrees. */
function timed(
  name: PeerName,
  gradient: () => Float64Array,
  tape: Float64Array,
  heavy: boolean,
  extra?: string,
): PeerCell {
  const error = disagreement(gradient(), tape);
  if (!(error <= TOLERANCE[name]))
    return { skipped: `disagrees: error ${error.toExponential(1)} > ${TOLERANCE[name]}` };
  const options = heavy
    ? { samples: 3, warmupMs: 0, warmupCalls: 0, sampleMs: 0 }
    : { samples: 7, warmupMs: 300 };
  return { ms: measure(() => gradient(), options).ms, error, ...(extra ? { extra } : {}) };
}

/** The micrograd-style object graph: one object and one closure per node. */
export function runMicrograd(graph: Graph, tape: Float64Array): PeerCell {
  const gradient = () => {
    const values = micrograd(graph);
    values[graph.output]!.backward();
    return Float64Array.from(graph.inputs, (id) => values[id]!.grad);
  };
  return timed('micrograd', gradient, tape, graph.nodes.length > 200_000);
}

type Tf = Awaited<ReturnType<typeof loadTf>>;
let tf: Tf | undefined;
let tfProblem: string | undefined;

/** Loads TensorFlow.js once; afterwards `runTfjs` reports the failure instead of running. */
export async function prepareTfjs(): Promise<string> {
  try {
    tf = await loadTf();
    return `@tensorflow/tfjs ${tf.version.tfjs}, backend ${tf.getBackend()}`;
  } catch (error) {
    tfProblem = `cannot run: ${error instanceof Error ? error.message : String(error)}`;
    return tfProblem;
  }
}

/** TensorFlow.js `tf.grads` over scalar tensors; run while an estimate stays under `limitMs`. */
export function runTfjs(p: BenchProgram, tape: Float64Array, estimateMs: number): PeerCell {
  if (tf === undefined) return { skipped: tfProblem ?? 'not loaded' };
  if (estimateMs > TF_LIMIT_MS)
    return { skipped: `skipped: about ${(estimateMs / 1000).toFixed(0)} s per gradient` };
  const loaded = tf;
  return timed('tfjs', () => tfGradient(loaded, p), tape, p.ops.length > 50_000);
}
export const TF_LIMIT_MS = 4000;

/** Expression-tree nodes times inputs that mathjs may differentiate in one benchmark cell. */
export const MATHJS_LIMIT = 1_000_000;

/** mathjs: symbolic `derivative` per input of the program written as one expression tree. */
export function runMathjs(p: BenchProgram, tape: Float64Array): PeerCell {
  const nodes = treeNodes(p);
  const k = p.inputs.length;
  if (nodes * k > MATHJS_LIMIT)
    return { skipped: `skipped: ${group(nodes)}-node expression × ${k} inputs` };
  const expression = mathjsExpression(p);
  const size = treeSize(expression);
  let derivativeNodes = 0;
  const gradient = () => {
    const result = mathjsGradient(p, expression);
    derivativeNodes = result.derivativeNodes;
    return result.gradient;
  };
  const cell = timed('mathjs', gradient, tape, false);
  return 'ms' in cell
    ? { ...cell, extra: `expr ${group(size)} → derivatives ${group(derivativeNodes)} nodes` }
    : cell;
}

/** The size of the program written as a tree: the number of paths from the output, summed. */
function treeNodes(p: BenchProgram): number {
  const k = p.inputs.length;
  const count = k + p.ops.length;
  const paths = new Float64Array(count);
  paths[count - 1] = 1;
  for (let v = count - 1; v >= k; v--) {
    paths[p.left[v - k]!]! += paths[v]!;
    if (p.right[v - k]! >= 0) paths[p.right[v - k]!]! += paths[v]!;
  }
  let total = 0;
  for (const x of paths) total += x;
  return total;
}

export const group = (n: number) => Math.round(n).toLocaleString('en-US');
