/**
 * Fuzzing the worker's `handle`: thousands of texts from a seeded generator (random characters,
 * grammar-made programs with extreme numbers, their mutations, deep nesting). Every answer must
 * be data, never a throw or an engine failure; every span must lie inside the text; and no
 * answer may take much longer per character than well-formed programs measured in the same run.
 * Replay a failure with `FUZZ_SEED=<seed> npx vitest run src/fuzz.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis } from './analysis.ts';
import { sayEnglish } from './phrases/index.ts';
import { type EngineResponse, handle } from './protocol.ts';
import { lineColumnAt, MAX_DIAGNOSTICS, type Span } from './syntax/index.ts';
import { type FuzzKind, fuzzProgram, fuzzSeed } from './testing/fuzzPrograms.ts';
import { seededRandom } from './testing/seededRandom.ts';

const PROGRAMS = 10_000;
const SEED = fuzzSeed(process.env.FUZZ_SEED);
/** An answer may take this many times the reference's median time per character… */
const TIMES_PER_CHARACTER = 40;
/** …plus this many times the reference's median time per program (start-up costs). */
const TIMES_PER_PROGRAM = 40;

function timed(source: string, id: number): { response: EngineResponse; ms: number } {
  const start = performance.now();
  const response = handle({ type: 'analyze', id, source });
  return { response, ms: performance.now() - start };
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Past this size a product or sum of doubles may overflow in one order and not another. */
const NEAR_OVERFLOW = 1e300;

/**
 * What the convention says of ∂output/∂input, by a computation independent of the engine's:
 * `poisoned` when a path crosses an edge whose local partial is not finite (then both modes
 * must give NaN); `size`, the sum over paths of |product of local partials| (both modes add
 * these terms, in different orders, so they may differ by rounding of about 1e-16 of it: a
 * cancellation `c/x*x + x` with c = 2^53 loses the 1 in one order only); and `nearOverflow`
 * when some path's running product, from either end, or the size passes NEAR_OVERFLOW (then an
 * overflow to ±∞ in one order and not the other, or ∞ - ∞ = NaN, is IEEE's, not the
 * convention's: the modes need not agree).
 */
function convention(analysis: Analysis, input: number) {
  const { nodes, edges, output } = analysis;
  const n = nodes.length;
  // Node ids are topological: edges run from lower to higher ids.
  const order = edges.map((_, i) => i).sort((a, b) => edges[a]!.to - edges[b]!.to);
  const fromInput = new Float64Array(n); // max |prefix product| from the input (0: unreached)
  fromInput[input] = 1;
  const reached = new Uint8Array(n);
  reached[input] = 1;
  for (const i of order) {
    const { from, to, local } = edges[i]!;
    if (!reached[from]) continue;
    reached[to] = 1;
    if (Number.isFinite(local))
      fromInput[to] = Math.max(fromInput[to]!, fromInput[from]! * Math.abs(local));
  }
  const toOutput = new Float64Array(n); // max |suffix product| to the output
  const size = new Float64Array(n); // sum over paths to the output of |product|
  const reaches = new Uint8Array(n);
  toOutput[output] = 1;
  size[output] = 1;
  reaches[output] = 1;
  for (let k = order.length - 1; k >= 0; k--) {
    const { from, to, local } = edges[order[k]!]!;
    if (!reaches[to]) continue;
    reaches[from] = 1;
    if (!Number.isFinite(local)) continue;
    toOutput[from] = Math.max(toOutput[from]!, toOutput[to]! * Math.abs(local));
    size[from]! += size[to]! * Math.abs(local);
  }
  const poisoned = edges.some(
    (e) => reached[e.from] === 1 && reaches[e.to] === 1 && !Number.isFinite(e.local),
  );
  let nearOverflow = !(size[input]! <= NEAR_OVERFLOW);
  for (let v = 0; v < n; v++)
    if (reached[v] && reaches[v] && (fromInput[v]! > NEAR_OVERFLOW || toOutput[v]! > NEAR_OVERFLOW))
      nearOverflow = true;
  return { poisoned, size: size[input]!, nearOverflow };
}

/**
 * Where reverse and forward mode break "Derivatives that are not finite" on an input's
 * derivative (see `convention`), or undefined.
 */
function modesDisagree(analysis: Analysis): string | undefined {
  for (const { name, node, gradient: r, forward: f, forwardComputed } of analysis.inputs) {
    if (!forwardComputed) continue;
    const { poisoned, size, nearOverflow } = convention(analysis, node);
    const says = `∂/∂${name}: reverse ${r}, forward ${f} (poisoned ${poisoned}, terms ${size})`;
    if (poisoned) {
      if (!Number.isNaN(r) || !Number.isNaN(f)) return `NaN expected, ${says}`;
    } else if (!nearOverflow) {
      if (!Number.isFinite(r) || !Number.isFinite(f)) return `finite expected, ${says}`;
      if (Math.abs(r - f) > 1e-9 * Math.max(1, size)) return `the modes disagree, ${says}`;
    }
  }
  return undefined;
}

/** What is wrong with an answer to `source`, or undefined. */
function problemWith(source: string, response: EngineResponse): string | undefined {
  const inside = (span: Span) =>
    0 <= span.start && span.start <= span.end && span.end <= source.length;
  switch (response.type) {
    case 'failed':
      return `the engine failed: ${sayEnglish(response.phrase)}`;
    case 'invalid': {
      const { diagnostics } = response;
      const count = response.diagnosticCount ?? diagnostics.length;
      if (diagnostics.length === 0 || diagnostics.length > MAX_DIAGNOSTICS)
        return `${diagnostics.length} diagnostics`;
      if (count < diagnostics.length) return `diagnosticCount ${count} < ${diagnostics.length}`;
      for (const [i, d] of diagnostics.entries()) {
        const spans = [d.span, ...(d.related ?? []).map((r) => r.span)];
        if (!spans.every(inside)) return `span outside the text: ${JSON.stringify(d)}`;
        if (i > 0 && diagnostics[i - 1]!.span.start > d.span.start) return 'diagnostics not sorted';
        const at = lineColumnAt(source, d.span.start);
        if (at.line !== d.line || at.column !== d.column)
          return `wrong line:column in ${d.message}`;
      }
      return undefined;
    }
    case 'analysis': {
      const outside = response.analysis.nodes.find((n) => !inside(n.span));
      if (outside) return `node span outside the text: ${JSON.stringify(outside.span)}`;
      return modesDisagree(response.analysis);
    }
    default:
      return undefined;
  }
}

describe(`fuzzing handle (FUZZ_SEED=${SEED})`, () => {
  it(`answers ${PROGRAMS} generated texts with data, spans inside the text, in time`, () => {
    console.log(`fuzz: FUZZ_SEED=${SEED}`);
    const random = seededRandom(SEED);
    // 1. Warm up, then time well-formed grammar programs: the reference for this machine now.
    for (let i = 0; i < 200; i++)
      handle({ type: 'analyze', id: i, source: fuzzProgram(random).source });
    const perCharacter: number[] = [];
    const perProgram: number[] = [];
    while (perProgram.length < 200) {
      const { kind, source } = fuzzProgram(random);
      if (kind !== 'grammar') continue;
      const { response, ms } = timed(source, 0);
      if (response.type !== 'analysis') continue;
      perCharacter.push(ms / source.length);
      perProgram.push(ms);
    }
    const msPerCharacter = median(perCharacter);
    const msPerProgram = median(perProgram);
    console.log(
      `fuzz: reference ${msPerProgram.toFixed(3)} ms per program, ${(msPerCharacter * 1000).toFixed(2)} µs per character`,
    );
    const bound = (length: number) =>
      TIMES_PER_CHARACTER * msPerCharacter * length + TIMES_PER_PROGRAM * msPerProgram;
    // 2. The fuzz texts.
    const kinds = new Map<FuzzKind, number>();
    for (let i = 0; i < PROGRAMS; i++) {
      const { kind, source } = fuzzProgram(random);
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      const replay = `FUZZ_SEED=${SEED}, text #${i} (${kind}): ${JSON.stringify(source.slice(0, 300))}`;
      let response: EngineResponse;
      let ms: number;
      try {
        ({ response, ms } = timed(source, i));
      } catch (error) {
        throw new Error(`handle threw ${String(error)} on ${replay}`);
      }
      const problem = problemWith(source, response);
      if (problem) expect.fail(`${problem}, on ${replay}`);
      if (ms > bound(source.length)) {
        // A pause of the machine is not the engine's: slow only if it is slow every time.
        const best = Math.min(ms, ...[0, 1, 2].map(() => timed(source, i).ms));
        expect(
          best,
          `time in ms (reference ${msPerProgram.toFixed(2)} ms), on ${replay}`,
        ).toBeLessThanOrEqual(bound(source.length));
      }
    }
    for (const kind of ['bytes', 'grammar', 'mutant', 'nested'] as const)
      expect(kinds.get(kind), kind).toBeGreaterThan(PROGRAMS / 100);
  }, 120_000);
});
