/**
 * The Jacobian by both modes on two shapes of a small two-layer network: 3 inputs × 50 outputs
 * (forward mode's case: 3 passes against 50) and 50 inputs × 3 outputs (reverse mode's case).
 * Times are medians in the same run; passes and multiply-adds are the engine's exact counts.
 */
import { compile } from '../src/compile.ts';
import {
  type JacobianCosts,
  jacobianByColumns,
  jacobianByRows,
  jacobianCosts,
  jacobianSlots,
} from '../src/jacobian/index.ts';
import { compileTape, tapeForwardWithLocals } from '../src/tape/index.ts';
import { measure } from './timing.ts';

/** Units in each hidden layer. */
const HIDDEN = 30;

/** A coefficient in (-1, 1) from its indices (a fixed hash), so every run builds the same program. */
const weight = (a: number, b: number, layer: number) =>
  ((Math.sin(a * 12.9898 + b * 78.233 + layer * 37.719) * 43758.5453) % 1).toFixed(3);

/** `inputs` inputs → two tanh layers of HIDDEN units → `outputs` weighted sums, listed last. */
export function networkProgram(inputs: number, outputs: number): string {
  const lines = Array.from({ length: inputs }, (_, j) => `x${j} = ${(0.1 * (j + 1)).toFixed(1)}`);
  const layer = (name: string, from: string, count: number, size: number, l: number) => {
    for (let i = 0; i < size; i++) {
      const sum = Array.from({ length: count }, (_, j) => `${weight(i, j, l)}*${from}${j}`).join(
        ' + ',
      );
      lines.push(`${name}${i} = tanh(${sum})`);
    }
  };
  layer('h', 'x', inputs, HIDDEN, 1);
  layer('g', 'h', HIDDEN, HIDDEN, 2);
  for (let k = 0; k < outputs; k++) {
    const sum = Array.from({ length: HIDDEN }, (_, j) => `${weight(k, j, 3)}*g${j}`).join(' + ');
    lines.push(`y${k} = ${sum}`);
  }
  lines.push(Array.from({ length: outputs }, (_, k) => `y${k}`).join(', '));
  return lines.join('\n');
}

export interface JacobianBench {
  readonly inputs: number;
  readonly outputs: number;
  readonly nodes: number;
  readonly forwardMs: number;
  readonly reverseMs: number;
  readonly costs: JacobianCosts;
  /** Largest difference between the two Jacobians (they add in different orders). */
  readonly maxDifference: number;
}

/** Both fills of one network's Jacobian, timed alternately so that load affects both alike. */
export function measureJacobian(inputs: number, outputs: number): JacobianBench {
  const built = compile(networkProgram(inputs, outputs));
  if (!built.ok) throw new Error(built.diagnostics.map((d) => d.message).join('; '));
  const { graph } = built;
  const tape = compileTape(graph);
  const values = new Float64Array(tape.size);
  const locals = new Float64Array(2 * tape.size);
  tapeForwardWithLocals(tape, undefined, values, locals);
  const slots = jacobianSlots(tape, graph.outputs, graph.inputs);
  const byColumns = () => jacobianByColumns(tape, values, locals, slots);
  const byRows = () => jacobianByRows(tape, values, locals, slots);
  const forward: number[] = [];
  const reverse: number[] = [];
  for (let round = 0; round < 5; round++) {
    forward.push(measure(byColumns, { samples: 5, budgetMs: 400 }).ms);
    reverse.push(measure(byRows, { samples: 5, budgetMs: 400 }).ms);
  }
  const a = byColumns().values;
  const b = byRows().values;
  let maxDifference = 0;
  for (let k = 0; k < a.length; k++)
    maxDifference = Math.max(maxDifference, Math.abs(a[k]! - b[k]!));
  return {
    inputs,
    outputs,
    nodes: tape.size,
    forwardMs: medianOf(forward),
    reverseMs: medianOf(reverse),
    costs: jacobianCosts(tape, slots),
    maxDifference,
  };
}

const medianOf = (xs: number[]) => [...xs].sort((p, q) => p - q)[xs.length >> 1]!;

export function printJacobian(rows: readonly JacobianBench[]): void {
  console.log(
    '\nThe Jacobian by forward mode (a column per pass) and reverse mode (a row per pass)',
  );
  console.log(
    'inputs × outputs   nodes   forward: passes  mul-adds     ms   reverse: passes  mul-adds     ms   faster     |Δ|',
  );
  for (const r of rows) {
    const { forward, reverse } = r.costs;
    const faster =
      r.forwardMs < r.reverseMs
        ? `fwd ${(r.reverseMs / r.forwardMs).toFixed(1)}×`
        : `rev ${(r.forwardMs / r.reverseMs).toFixed(1)}×`;
    console.log(
      [
        `${r.inputs} × ${r.outputs}`.padEnd(16),
        String(r.nodes).padStart(7),
        String(forward.passes).padStart(16),
        String(forward.multiplyAdds).padStart(9),
        r.forwardMs.toFixed(3).padStart(8),
        String(reverse.passes).padStart(16),
        String(reverse.multiplyAdds).padStart(9),
        r.reverseMs.toFixed(3).padStart(8),
        faster.padStart(10),
        r.maxDifference.toExponential(1).padStart(9),
      ].join(' '),
    );
  }
}

/** The two shapes of the issue: 3 inputs × 50 outputs, 50 inputs × 3 outputs. */
export function jacobianBench(): JacobianBench[] {
  return [measureJacobian(3, 50), measureJacobian(50, 3)];
}

if (import.meta.url === `file://${process.argv[1]}`) printJacobian(jacobianBench());
