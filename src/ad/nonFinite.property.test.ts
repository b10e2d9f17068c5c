import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis.ts';
import { evaluate } from '../eval/index.ts';
import type { Graph } from '../graph/index.ts';
import { naivePathSum } from '../lab/naive.ts';
import { graphOf } from '../testing/fixtures.ts';
import { forwardMode } from './forward.ts';
import { reverseMode } from './reverse.ts';

const RUNS = 600;

/** Input values that land on poles, kinks and cancellations. */
const VALUES = [-2, -1, -0.5, 0, 0, 0.5, 1, 2] as const;
const UNARY = ['sin', 'exp', 'log', 'sqrt', 'abs', 'relu', 'tanh', 'sigmoid', '-'] as const;
const BINARY = ['+', '-', '*', '/', '^', 'max', 'min'] as const;
const EXPONENTS = ['0', '-1', '0.5', '2', '3'] as const;

/**
 * One statement over earlier names `x` and `y`, chosen to hit the points where local partials
 * stop being finite: log/sqrt/division at 0, pow with a 0 or negative base (constant or input
 * exponent), cancellations (`x - x`), sigmoid/tanh of ±∞ (`sigmoid(x / 0)`), and products by 0.
 */
const statement = (names: readonly string[], target: string) =>
  fc
    .tuple(
      fc.integer({ min: 0, max: 7 }),
      fc.constantFrom(...UNARY),
      fc.constantFrom(...BINARY),
      fc.constantFrom(...EXPONENTS),
      fc.nat(names.length - 1),
      fc.nat(names.length - 1),
    )
    .map(([form, u, b, c, i, j]) => {
      const [x, y] = [names[i]!, names[j]!];
      const call = (arg: string) => (u === '-' ? `-(${arg})` : `${u}(${arg})`);
      switch (form) {
        case 0:
          return `${target} = ${call(x)}`;
        case 1:
          return b === 'max' || b === 'min'
            ? `${target} = ${b}(${x}, ${y})`
            : `${target} = ${x} ${b} ${y}`;
        case 2:
          return `${target} = ${x} ^ ${c}`;
        case 3:
          return `${target} = ${c} ^ ${x}`;
        case 4:
          return `${target} = ${x} - ${x}`;
        case 5:
          return `${target} = ${call(`${x} / 0`)}`;
        case 6:
          return `${target} = ${x} * 0 + ${y}`;
        default:
          return `${target} = ${call(`${x} - ${y}`)}`;
      }
    });

/** Small random programs (1–3 inputs, 1–6 statements) that hit those points often. */
const edgyProgram = fc
  .record({
    values: fc.array(fc.constantFrom(...VALUES), { minLength: 1, maxLength: 3 }),
    steps: fc.integer({ min: 1, max: 6 }),
  })
  .chain(({ values, steps }) => {
    const inputs = values.map((_, i) => `x${i}`);
    let lines: fc.Arbitrary<string[]> = fc.constant(values.map((v, i) => `x${i} = ${v}`));
    for (let k = 0; k < steps; k++) {
      const names = [...inputs, ...Array.from({ length: k }, (_, i) => `v${i}`)];
      lines = lines.chain((sofar) => statement(names, `v${k}`).map((s) => [...sofar, s]));
    }
    return lines.map((all) => all.join('\n'));
  });

/** What the convention prescribes for ∂to/∂from, by listing every path (brute force). */
interface PathSum {
  /** Some path crosses an edge whose local partial is not finite: the derivative is NaN. */
  readonly poisoned: boolean;
  /** Σ over paths of the product of their locals (meaningful when not poisoned). */
  readonly sum: number;
  /** Σ |product|, and whether any partial product left a safe range (then skip the value). */
  readonly scale: number;
  readonly overflow: boolean;
}

/**
 * The derivative ∂to/∂from by definition, written independently of the engine: a recursive
 * walk over every path (small graphs only), each path's product multiplied out in full.
 */
function bruteForce(graph: Graph, locals: Float64Array, from: number, to: number): PathSum {
  const out = graph.nodes.map(() => [] as { to: number; local: number }[]);
  for (const e of graph.edges) out[e.from]!.push({ to: e.to, local: locals[e.id]! });
  const result = { poisoned: false, sum: 0, scale: 0, overflow: false };
  const walk = (v: number, path: readonly number[]): void => {
    if (v === to) {
      if (path.some((l) => !Number.isFinite(l))) result.poisoned = true;
      let prefix = 1;
      for (const l of path) {
        prefix *= l;
        if (!(Math.abs(prefix) < 1e150)) result.overflow = true;
      }
      let suffix = 1;
      for (const l of [...path].reverse()) {
        suffix *= l;
        if (!(Math.abs(suffix) < 1e150)) result.overflow = true;
      }
      result.sum += prefix;
      result.scale += Math.abs(prefix);
      return;
    }
    for (const e of out[v]!) walk(e.to, [...path, e.local]);
  };
  walk(from, []);
  return result;
}

/** The class of a number for comparing modes: NaN, +∞, -∞ or finite. */
const kind = (x: number) =>
  Number.isNaN(x)
    ? 'NaN'
    : x === Number.POSITIVE_INFINITY
      ? '+∞'
      : x === -Infinity
        ? '-∞'
        : 'finite';

/** `got` is what the convention prescribes, `expected` being the brute-force path sum. */
function expectConvention(got: number, expected: PathSum, what: string): boolean {
  if (expected.poisoned) {
    expect(kind(got), `${what}: a path crosses a non-finite edge`).toBe('NaN');
    return true;
  }
  if (expected.overflow) return false;
  expect(kind(got), `${what}: ${got} vs ${expected.sum}`).toBe('finite');
  const tolerance = 1e-9 * Math.max(1, expected.scale);
  expect(Math.abs(got - expected.sum), `${what}: ${got} vs ${expected.sum}`).toBeLessThanOrEqual(
    tolerance,
  );
  return true;
}

describe('"Derivatives that are not finite" on random programs at poles and cancellations', () => {
  it('forward mode, reverse mode, the naive path sum and the analysis agree with every path', () => {
    let poisoned = 0;
    let checked = 0;
    fc.assert(
      fc.property(edgyProgram, (source) => {
        const graph = graphOf(source);
        const { locals } = evaluate(graph);
        const y = graph.output;
        const reverse = reverseMode(graph, locals, y).derivatives;
        const analysis = analyze(source);
        if (!analysis.ok) throw new Error(`does not compile: ${source}`);
        // Reverse mode: ∂y/∂v for every node, constants included.
        for (const v of graph.nodes.keys())
          expectConvention(reverse[v]!, bruteForce(graph, locals, v, y), `${source}\n∂y/∂${v}`);
        graph.inputs.forEach((x, j) => {
          // Forward mode: ∂v/∂x for every node v.
          const tangents = forwardMode(graph, locals, x).derivatives;
          for (const v of graph.nodes.keys())
            expectConvention(
              tangents[v]!,
              bruteForce(graph, locals, x, v),
              `${source}\n∂${v}/∂x${j}`,
            );
          const expected = bruteForce(graph, locals, x, y);
          const what = `${source}\n∂y/∂x${j}`;
          if (expected.poisoned) poisoned++;
          if (!expectConvention(tangents[y]!, expected, what)) return;
          checked++;
          // The modes agree with each other: same class, finite ones up to rounding.
          expect(kind(reverse[x]!), what).toBe(kind(tangents[y]!));
          const scale = Math.max(1, Math.abs(reverse[x]!), Math.abs(tangents[y]!), expected.scale);
          if (kind(tangents[y]!) === 'finite')
            expect(Math.abs(reverse[x]! - tangents[y]!), what).toBeLessThanOrEqual(1e-9 * scale);
          expectConvention(naivePathSum(graph, x, y, locals).sum, expected, `${what} (naive)`);
          const info = analysis.analysis.inputs[j]!;
          expectConvention(info.gradient, expected, `${what} (analysis, reverse)`);
          expectConvention(info.forward, expected, `${what} (analysis, forward)`);
        });
      }),
      { numRuns: RUNS },
    );
    // Not vacuous: many derivatives are poisoned, and most are checked.
    expect(poisoned).toBeGreaterThan(RUNS / 10);
    expect(checked).toBeGreaterThan(RUNS / 2);
  });

  it('traced and untraced sweeps give the same NaN pattern, and the steps sum to it', () => {
    fc.assert(
      fc.property(edgyProgram, fc.boolean(), (source, backwards) => {
        const graph = graphOf(source);
        const { locals } = evaluate(graph);
        const seed = backwards ? graph.output : graph.inputs[0]!;
        const sweep = backwards ? reverseMode : forwardMode;
        const plain = sweep(graph, locals, seed).derivatives;
        const { derivatives, trace } = sweep(graph, locals, seed, { trace: true });
        expect(Array.from(derivatives)).toEqual(Array.from(plain));
        const sums = new Float64Array(graph.nodes.length);
        for (const step of trace!.steps) {
          if (step.kind === 'seed') sums[step.node] = step.value;
          else if (step.kind === 'edge') sums[step.receiver]! += step.contribution;
        }
        expect(Array.from(sums).map(kind)).toEqual(Array.from(derivatives).map(kind));
      }),
      { numRuns: RUNS },
    );
  });
});
