import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forwardMode, reverseMode } from '../ad/index.ts';
import { evaluate, inputVector } from '../eval/index.ts';
import type { Graph } from '../graph/index.ts';
import { close, smoothHere } from '../testing/compare.ts';
import { graphOf } from '../testing/fixtures.ts';
import { micrograd } from '../testing/micrograd.ts';
import { type InputValueKind, randomProgram } from '../testing/randomPrograms.ts';
import { compileTape, type Tape, tapeForward, tapeGradient, tapeTangents } from './index.ts';

const RUNS = 1000;

/** Slot-indexed numbers of a tape, by node id. */
const byNode = (tape: Tape, slots: Float64Array) =>
  Float64Array.from(tape.slotOf, (slot) => slots[slot]!);

/** The reference: micrograd's values and ∂output/∂node, by node id. */
function reference(graph: Graph) {
  const values = micrograd(graph);
  values[graph.output]!.backward();
  return { values: values.map((v) => v.data), gradient: values.map((v) => v.grad) };
}

describe.each<InputValueKind>(['smooth', 'edgy'])('the tape on random %s programs', (kind) => {
  it('values and gradient equal the micrograd reference (1e-9 relative)', () => {
    fc.assert(
      fc.property(randomProgram(4, 12, kind), ({ source }) => {
        const graph = graphOf(source);
        const tape = compileTape(graph);
        const values = tapeForward(tape);
        const gradient = byNode(tape, tapeGradient(tape, values, tape.output));
        const expected = reference(graph);
        const valuesById = byNode(tape, values);
        for (const node of graph.nodes) {
          const v = node.id;
          expect(
            close(valuesById[v]!, expected.values[v]!, 1e-12),
            `${source}\nvalue of ${v}`,
          ).toBe(true);
          // Sums in another order may round apart; with infinities they may differ (∞ - ∞).
          if (!Number.isFinite(gradient[v]!) && !Number.isFinite(expected.gradient[v]!)) continue;
          expect(
            close(gradient[v]!, expected.gradient[v]!, 1e-9),
            `${source}\n∂/∂node ${v}: ${gradient[v]} vs ${expected.gradient[v]}`,
          ).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('the levels tape equals the traced ids tape: gradient and every input’s tangent', () => {
    fc.assert(
      fc.property(randomProgram(4, 12, kind), ({ source }) => {
        const graph = graphOf(source);
        const { locals } = evaluate(graph);
        const traced = reverseMode(graph, locals, graph.output, { trace: true });
        const tape = compileTape(graph, { schedule: 'levels' });
        const values = tapeForward(tape);
        const gradient = byNode(tape, tapeGradient(tape, values, tape.output));
        for (const node of graph.nodes) {
          const [x, y] = [gradient[node.id]!, traced.derivatives[node.id]!];
          if (!Number.isFinite(x) && !Number.isFinite(y)) continue;
          expect(close(x, y, 1e-9), `${source}\nreverse, node ${node.id}: ${x} vs ${y}`).toBe(true);
        }
        graph.inputs.forEach((input, j) => {
          const x = tapeTangents(tape, values, tape.inputs[j]!)[tape.output]!;
          const y = forwardMode(graph, locals, input, { trace: true }).derivatives[graph.output]!;
          if (!Number.isFinite(x) && !Number.isFinite(y)) return;
          expect(close(x, y, 1e-9), `${source}\nforward from ${input}: ${x} vs ${y}`).toBe(true);
        });
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the tape in node id order', () => {
  it('records traces without changing a number: traced and untraced sweeps are identical', () => {
    fc.assert(
      fc.property(randomProgram(4, 12, 'edgy'), fc.nat(), ({ source }, pick) => {
        const graph = graphOf(source);
        const tape = compileTape(graph, { schedule: 'ids' });
        const values = tapeForward(tape);
        const seed = graph.inputs[pick % graph.inputs.length]!;
        const same = (a: Float64Array, b: Float64Array) =>
          expect(Array.from(a, (x, i) => Object.is(x, b[i]))).not.toContain(false);
        same(
          tapeGradient(tape, values, graph.output, { trace: [] }),
          tapeGradient(tape, values, graph.output),
        );
        same(tapeTangents(tape, values, seed, { trace: [] }), tapeTangents(tape, values, seed));
      }),
      { numRuns: RUNS },
    );
  });

  it('inputs override starting values, in the graph’s input order', () => {
    const graph = graphOf('a = 2\nb = 1\nc = a + b\nd = b + 1\ne = c * d');
    const tape = compileTape(graph);
    expect(tapeForward(tape, inputVector(graph, { b: 3 }))[tape.output]).toBe(20);
  });
});

describe('the tape against finite differences', () => {
  it('gradient ≈ central differences where the function is smooth (1e-4 relative)', () => {
    let checked = 0;
    fc.assert(
      fc.property(randomProgram(4, 12, 'smooth'), ({ source }) => {
        const graph = graphOf(source);
        const tape = compileTape(graph);
        const values = tapeForward(tape);
        if (!smoothHere(graph, byNode(tape, values), 1e-3)) return;
        checked++;
        const gradient = tapeGradient(tape, values, tape.output);
        const point = Float64Array.from(tape.inputs, (s) => values[s]!);
        tape.inputs.forEach((slot, j) => {
          const x = point[j]!;
          const h = 1e-6 * Math.max(1, Math.abs(x));
          const at = (t: number) => {
            const moved = point.slice();
            moved[j] = t;
            return tapeForward(tape, moved)[tape.output]!;
          };
          const fd = (at(x + h) - at(x - h)) / (2 * h);
          expect(
            close(gradient[slot]!, fd, 1e-4),
            `${source}\ninput ${j}: ${gradient[slot]} vs ${fd}`,
          ).toBe(true);
        });
      }),
      { numRuns: RUNS },
    );
    expect(checked).toBeGreaterThan(RUNS / 10);
  });
});
