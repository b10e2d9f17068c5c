import { chainProduct, type TraceStep } from '../trace/index.ts';
import { gradientByValue, tangentsByValue } from './byValue.ts';
import type { Tape } from './types.ts';
import { localsOf } from './values.ts';

/** The options of the derivative sweeps. */
export interface SweepOptions {
  /** The local partials from `tapeForwardWithLocals` (computed from `values` when absent). */
  readonly locals?: Float64Array;
  /** Record every step here (needs the `ids` schedule: steps name node and edge ids). */
  readonly trace?: TraceStep[];
  /** Write the derivatives here (its old contents are cleared). */
  readonly into?: Float64Array;
}

/**
 * Reverse mode from slot `seed`: ∂seed/∂seed = 1, then one backward loop over the slots; each
 * slot that reaches the seed sends (its adjoint · local partial) to each operand, which sums
 * (`+=`) what arrives. Returns ∂seed/∂slot for every slot (0 for slots that do not reach it).
 * Which slots reach the seed is structural, not read from the adjoints: a slot whose adjoint
 * is 0 still passes on the poison of a non-finite local partial (`chainProduct`). When tracing,
 * every edge into a reaching slot records a step, in descending node id and operand order.
 * Untraced, the fast path `gradientByValue` runs first; it gives the same numbers.
 */
export function tapeGradient(
  tape: Tape,
  values: Float64Array,
  seed: number,
  options: SweepOptions = {},
): Float64Array {
  const L = options.locals ?? localsOf(tape, values);
  const adj = cleared(options.into, tape.size);
  if (options.trace === undefined && gradientByValue(tape, L, seed, adj)) return adj;
  adj.fill(0);
  const o = tape.operands;
  const steps = options.trace;
  const edgeBase = steps && edgeNumbering(tape);
  const reaching = new Uint8Array(tape.size);
  adj[seed] = 1;
  reaching[seed] = 1;
  if (steps) steps.push({ kind: 'seed', node: seed, value: 1 });
  for (let s = seed; s >= 0; s--) {
    if (reaching[s] === 0) continue;
    const a = o[2 * s]!;
    if (a < 0) continue;
    const incoming = adj[s]!;
    const b = o[2 * s + 1]!;
    const localA = L[2 * s]!;
    reaching[a] = 1;
    adj[a]! += chainProduct(incoming, localA);
    if (steps) record(s, 0, a, localA, incoming);
    if (b < 0) continue;
    const localB = L[2 * s + 1]!;
    reaching[b] = 1;
    adj[b]! += chainProduct(incoming, localB);
    if (steps) record(s, 1, b, localB, incoming);
  }
  return adj;

  /** Records the step that just sent slot s's adjoint to operand i (slot u). */
  function record(s: number, i: number, u: number, local: number, incoming: number): void {
    steps!.push({
      kind: 'edge',
      edge: edgeBase![s]! + i,
      from: u,
      to: s,
      receiver: u,
      local,
      incoming,
      contribution: chainProduct(incoming, local),
      accumulated: adj[u]!,
    });
  }
}

/**
 * Forward mode from slot `seed`: ∂seed/∂seed = 1, then one loop over the later slots; each
 * slot reached from the seed sums (∂operand/∂seed · local partial) over its reached operands.
 * Returns ∂slot/∂seed for every slot (0 for slots not reached). Reached is structural, not read
 * from the tangents: an operand with tangent 0 still passes on the poison of a non-finite local
 * partial, and an unreached operand (a constant) passes nothing, whatever its partial
 * (`chainProduct`). When tracing, every edge from a reached operand records a step, in node id
 * and operand order. Untraced, the fast path `tangentsByValue` runs first (same numbers).
 */
export function tapeTangents(
  tape: Tape,
  values: Float64Array,
  seed: number,
  options: SweepOptions = {},
): Float64Array {
  const L = options.locals ?? localsOf(tape, values);
  const t = cleared(options.into, tape.size);
  if (options.trace === undefined && tangentsByValue(tape, L, seed, t)) return t;
  t.fill(0);
  const o = tape.operands;
  const steps = options.trace;
  const edgeBase = steps && edgeNumbering(tape);
  const reached = new Uint8Array(tape.size);
  t[seed] = 1;
  reached[seed] = 1;
  if (steps) steps.push({ kind: 'seed', node: seed, value: 1 });
  for (let s = seed + 1; s < tape.size; s++) {
    const a = o[2 * s]!;
    if (a < 0) continue;
    const b = o[2 * s + 1]!;
    const fromA = reached[a] === 1;
    const fromB = b >= 0 && reached[b] === 1;
    if (!fromA && !fromB) continue;
    reached[s] = 1;
    let sum = 0;
    if (fromA) {
      sum += chainProduct(t[a]!, L[2 * s]!);
      if (steps) record(s, 0, a, sum);
    }
    if (fromB) {
      sum += chainProduct(t[b]!, L[2 * s + 1]!);
      if (steps) record(s, 1, b, sum);
    }
    t[s] = sum;
  }
  return t;

  /** Records the step that just sent operand i's (slot u's) tangent into slot s. */
  function record(s: number, i: number, u: number, accumulated: number): void {
    const local = L[2 * s + i]!;
    const incoming = t[u]!;
    steps!.push({
      kind: 'edge',
      edge: edgeBase![s]! + i,
      from: u,
      to: s,
      receiver: s,
      local,
      incoming,
      contribution: chainProduct(incoming, local),
      accumulated,
    });
  }
}

function cleared(into: Float64Array | undefined, size: number): Float64Array {
  if (into === undefined) return new Float64Array(size);
  into.fill(0);
  return into;
}

/**
 * The graph's edge id of operand 0 of each slot: edges are numbered by target node, then
 * operand, so this is a running count. Only an `ids` tape has node ids as slots.
 */
function edgeNumbering(tape: Tape): Int32Array {
  if (tape.schedule !== 'ids') throw new Error('tape: traces need the ids schedule');
  const base = new Int32Array(tape.size);
  let edges = 0;
  for (let s = 0; s < tape.size; s++) {
    base[s] = edges;
    if (tape.operands[2 * s]! >= 0) edges++;
    if (tape.operands[2 * s + 1]! >= 0) edges++;
  }
  return base;
}
