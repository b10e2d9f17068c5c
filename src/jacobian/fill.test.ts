import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sayEnglish } from '../phrases/index.ts';
import { compileTape, type Tape, tapeForward, tapeForwardWithLocals } from '../tape/index.ts';
import { close, smoothHere } from '../testing/compare.ts';
import { graphOf } from '../testing/fixtures.ts';
import { randomProgram } from '../testing/randomPrograms.ts';
import { jacobianCosts } from './cost.ts';
import { jacobianByColumns, jacobianByRows, jacobianSlots } from './fill.ts';
import { jacobianVerdict } from './verdict.ts';

/** Values, locals and the Jacobian slots of a program at its starting values. */
function prepared(source: string, schedule: 'ids' | 'levels' = 'levels') {
  const graph = graphOf(source);
  const tape = compileTape(graph, { schedule });
  const values = new Float64Array(tape.size);
  const locals = new Float64Array(2 * tape.size);
  tapeForwardWithLocals(tape, undefined, values, locals);
  const slots = jacobianSlots(tape, graph.outputs, graph.inputs);
  return { graph, tape, values, locals, slots };
}

const rowsOf = (m: { rows: number; columns: number; values: Float64Array }) =>
  Array.from({ length: m.rows }, (_, i) => [
    ...m.values.subarray(i * m.columns, (i + 1) * m.columns),
  ]);

describe('the Jacobian, DOMAIN.md §8 worked example', () => {
  const { graph, tape, values, locals, slots } = prepared(
    'x = 2\ny = 0\nu = x*y; v = x + sin(y); u, v',
  );

  it('u = 0 and v = 2 at x = 2, y = 0', () => {
    expect(graph.outputNames).toEqual(['u', 'v']);
    expect(Array.from(slots.outputs, (s) => values[s])).toEqual([0, 2]);
  });

  it('forward mode fills it by columns, reverse mode by rows: ∂u = (0, 2), ∂v = (1, 1)', () => {
    expect(rowsOf(jacobianByColumns(tape, values, locals, slots))).toEqual([
      [0, 2],
      [1, 1],
    ]);
    expect(rowsOf(jacobianByRows(tape, values, locals, slots))).toEqual([
      [0, 2],
      [1, 1],
    ]);
  });

  it('costs: 2 passes each; forward crosses 5 edges, reverse 5, about the same', () => {
    // Edges: x→u, y→u, x→v, y→sin, sin→v. From x: x→u, x→v; from y: y→u, y→sin, sin→v.
    // Into u's ancestors: x→u, y→u; into v's: x→v, sin→v, y→sin.
    const costs = jacobianCosts(tape, slots);
    expect(costs).toEqual({
      forward: { passes: 2, multiplyAdds: 5 },
      reverse: { passes: 2, multiplyAdds: 5 },
    });
    expect(sayEnglish(jacobianVerdict(costs))).toBe(
      'Forward and reverse mode cost about the same here: 2 passes forward take 5 multiply-adds, 2 passes reverse take 5 multiply-adds.',
    );
  });
});

describe('jacobianCosts and the verdict', () => {
  it('3 inputs, 6 outputs of two operands each: equal crossings, 3 passes against 6', () => {
    const outputs = ['a*b', 'b*c', 'c*a', 'a+b', 'b+c', 'c+a'].join(', ');
    const { tape, slots } = prepared(outputs);
    const costs = jacobianCosts(tape, slots);
    // Forward: each input feeds 4 of the 6 operations (one edge each) → 3 × 4 = 12.
    // Reverse: each output has two edges in → 6 × 2 = 12. Equal crossings, passes differ.
    expect(costs.forward).toEqual({ passes: 3, multiplyAdds: 12 });
    expect(costs.reverse).toEqual({ passes: 6, multiplyAdds: 12 });
  });

  it('one output of a shared chain: reverse wins, and the verdict says by how much', () => {
    // s = x*y*z; t = sin(s); out = t*t: forward from x crosses x→, (xy)→, s→sin, 2 sin→out…
    const { tape, slots } = prepared('s = x*y*z\nt = sin(s)\nt*t');
    const costs = jacobianCosts(tape, slots);
    expect(costs.reverse).toEqual({ passes: 1, multiplyAdds: 7 });
    // x: x→xy, xy→s, s→t, t→out twice = 5; y the same 5; z: z→s, s→t, 2 = 4.
    expect(costs.forward).toEqual({ passes: 3, multiplyAdds: 14 });
    expect(sayEnglish(jacobianVerdict(costs))).toBe(
      'Reverse mode is 2× cheaper here: 1 pass, one per output, take 7 multiply-adds; forward mode needs 3 passes, one per input, and 14 multiply-adds.',
    );
  });

  it('no inputs: the verdict says so', () => {
    const { tape, slots } = prepared('2*3, 4');
    expect(sayEnglish(jacobianVerdict(jacobianCosts(tape, slots)))).toBe(
      'This program has no inputs, so its Jacobian has no columns.',
    );
  });
});

/** A random program whose last line lists 2–4 of its statements that are distinct nodes. */
const multiOutputProgram = randomProgram(4, 12, 'smooth')
  .map(({ source }) => {
    const graph = graphOf(source);
    const byNode = new Map<number, string>();
    for (const node of graph.nodes)
      for (const name of node.names) if (!byNode.has(node.id)) byNode.set(node.id, name);
    return { source, names: [...byNode.values()] };
  })
  .chain(({ source, names }) =>
    fc
      .shuffledSubarray(names, {
        minLength: Math.min(2, names.length),
        maxLength: Math.min(4, names.length),
      })
      .map((listed) => `${source}\n${listed.join(', ')}`),
  );

/** Central differences of every output with respect to every input, row-major. */
function centralDifferences(tape: Tape, outputs: ArrayLike<number>, values: Float64Array) {
  const point = Float64Array.from(tape.inputs, (s) => values[s]!);
  const m = outputs.length;
  const n = point.length;
  const fd = new Float64Array(m * n);
  for (let j = 0; j < n; j++) {
    const x = point[j]!;
    const h = 1e-6 * Math.max(1, Math.abs(x));
    const at = (t: number) => {
      const moved = point.slice();
      moved[j] = t;
      return tapeForward(tape, moved);
    };
    const plus = at(x + h);
    const minus = at(x - h);
    for (let i = 0; i < m; i++)
      fd[i * n + j] = (plus[outputs[i]!]! - minus[outputs[i]!]!) / (2 * h);
  }
  return fd;
}

describe('the Jacobian on random programs with several outputs', () => {
  it('by columns equals by rows, and both ≈ central differences where smooth', () => {
    let smooth = 0;
    fc.assert(
      fc.property(multiOutputProgram, (source) => {
        const { graph, tape, values, locals, slots } = prepared(source);
        const columns = jacobianByColumns(tape, values, locals, slots);
        const rows = jacobianByRows(tape, values, locals, slots);
        expect([columns.rows, columns.columns]).toEqual([
          graph.outputs.length,
          graph.inputs.length,
        ]);
        columns.values.forEach((c, k) => {
          expect(
            close(c, rows.values[k]!, 1e-9),
            `${source}\nentry ${k}: ${c} vs ${rows.values[k]}`,
          ).toBe(true);
        });
        const byNode = Float64Array.from(tape.slotOf, (s) => values[s]!);
        if (!smoothHere(graph, byNode, 1e-3)) return;
        smooth++;
        const fd = centralDifferences(tape, slots.outputs, values);
        fd.forEach((d, k) => {
          expect(
            close(rows.values[k]!, d, 1e-4),
            `${source}\nentry ${k}: ${rows.values[k]} vs ${d}`,
          ).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
    expect(smooth).toBeGreaterThan(30);
  });

  it('the counted costs are what the sweeps do: one pass per input or output', () => {
    fc.assert(
      fc.property(multiOutputProgram, (source) => {
        const { graph, tape, slots } = prepared(source);
        const costs = jacobianCosts(tape, slots);
        expect(costs.forward.passes).toBe(graph.inputs.length);
        expect(costs.reverse.passes).toBe(graph.outputs.length);
        // Crossings summed over passes equal edges counted by the reach of each end.
        let forward = 0;
        for (const input of graph.inputs)
          for (const e of graph.edges) if (reaches(graph, input, e.from)) forward++;
        let reverse = 0;
        for (const output of graph.outputs)
          for (const e of graph.edges) if (reaches(graph, e.to, output)) reverse++;
        expect(costs.forward.multiplyAdds).toBe(forward);
        expect(costs.reverse.multiplyAdds).toBe(reverse);
      }),
      { numRuns: 200 },
    );
  });
});

/** Whether `to` is reachable from `from`, by a plain search over operands backwards. */
function reaches(graph: ReturnType<typeof graphOf>, from: number, to: number): boolean {
  const stack = [to];
  const seen = new Set<number>();
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (v === from) return true;
    if (seen.has(v)) continue;
    seen.add(v);
    stack.push(...graph.nodes[v]!.operands);
  }
  return false;
}
