import {
  type SweepOptions,
  type Tape,
  tapeForward,
  tapeForwardWithLocals,
  tapeGradient,
} from '../tape/index.ts';
import type { DataTable } from './data.ts';
import type { Roles } from './roles.ts';

/**
 * Passes of one tape over the rows of a data table: the mean loss, and the mean gradient with
 * respect to the parameters. The tape and every buffer are made once and reused for each row
 * and each step; a pass allocates nothing.
 *
 * `point` holds a value for every input in the graph's input order: parameters and fixed
 * inputs keep theirs, data inputs are overwritten by each row's value. The trainer updates the
 * parameters in `point` in place.
 */
export class DataPass {
  readonly point: Float64Array;
  private readonly values: Float64Array;
  private readonly locals: Float64Array;
  private readonly adjoints: Float64Array;
  private readonly sweep: SweepOptions;
  /** Input indices of the data inputs, and their columns, side by side. */
  private readonly dataInputs: Int32Array;
  private readonly dataColumns: readonly Float64Array[];
  /** Tape slots of the parameters, in parameter order. */
  readonly parameterSlots: Int32Array;

  constructor(
    readonly tape: Tape,
    readonly data: DataTable,
    roles: Roles,
    point: Float64Array,
  ) {
    this.point = point;
    this.values = new Float64Array(tape.size);
    this.locals = new Float64Array(2 * tape.size);
    this.adjoints = new Float64Array(tape.size);
    this.sweep = { locals: this.locals, into: this.adjoints };
    this.dataInputs = Int32Array.from(roles.data, (d) => d.input);
    this.dataColumns = roles.data.map((d) => data.values[d.column]!);
    this.parameterSlots = Int32Array.from(roles.parameters, (p) => tape.inputs[p.input]!);
  }

  /** The mean of the output (one row's loss) over every row: forward passes only. */
  meanLoss(): number {
    const { tape, point, values } = this;
    const out = tape.output;
    let sum = 0;
    for (let r = 0; r < this.data.rows; r++) {
      this.loadRow(r);
      tapeForward(tape, point, values);
      sum += values[out]!;
    }
    return sum / this.data.rows;
  }

  /**
   * The mean gradient over `rows` (every row when absent) into `gradient`, by parameter:
   * for each row, forward with local partials, then reverse mode from the output, adding each
   * parameter's adjoint. Returns the mean loss over the same rows (a by-product).
   */
  meanGradient(rows: Int32Array | undefined, gradient: Float64Array): number {
    const { tape, point, values, locals, adjoints, sweep, parameterSlots } = this;
    const out = tape.output;
    const count = rows === undefined ? this.data.rows : rows.length;
    const parameters = parameterSlots.length;
    gradient.fill(0);
    let sum = 0;
    for (let i = 0; i < count; i++) {
      this.loadRow(rows === undefined ? i : rows[i]!);
      tapeForwardWithLocals(tape, point, values, locals);
      sum += values[out]!;
      tapeGradient(tape, values, out, sweep);
      for (let p = 0; p < parameters; p++) gradient[p]! += adjoints[parameterSlots[p]!]!;
    }
    for (let p = 0; p < parameters; p++) gradient[p]! /= count;
    return sum / count;
  }

  /** Writes row r's data values into the point. */
  private loadRow(r: number): void {
    const { dataInputs, dataColumns, point } = this;
    for (let d = 0; d < dataInputs.length; d++) point[dataInputs[d]!] = dataColumns[d]![r]!;
  }
}
