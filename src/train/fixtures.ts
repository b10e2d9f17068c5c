import { compile } from '../compile.ts';
import { evaluate } from '../eval/index.ts';
import type { Graph } from '../graph/index.ts';
import {
  createTrainer,
  type DataTable,
  parseCsv,
  type Trainer,
  type TrainOptions,
} from './index.ts';

/*
 * Helpers for the training tests only (this file is not exported from index.ts): a trainer
 * from text, and an independent mean loss that evaluates the graph row by row by name.
 */

/** The graph of a program, failing the test when it does not compile. */
export function graphOf(program: string): Graph {
  const result = compile(program);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('; '));
  return result.graph;
}

/** The table of a CSV text, failing the test when it does not parse. */
export function tableOf(csv: string): DataTable {
  const result = parseCsv(csv);
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

/** A trainer for a program and CSV text, failing the test when either is refused. */
export function trainerOf(
  program: string,
  csv: string,
  options: TrainOptions,
): { trainer: Trainer; graph: Graph; data: DataTable } {
  const graph = graphOf(program);
  const data = tableOf(csv);
  const result = createTrainer(graph, data, options);
  if (!result.ok) throw new Error(result.error.message);
  return { trainer: result.trainer, graph, data };
}

/**
 * The mean over the rows of the program's output with the given inputs set by name, each row's
 * columns set by name: `evaluate` on the node-id tape, not the trainer's passes.
 */
export function meanLossAt(
  graph: Graph,
  data: DataTable,
  values: Readonly<Record<string, number>>,
): number {
  let sum = 0;
  for (let r = 0; r < data.rows; r++) {
    const row: Record<string, number> = { ...values };
    data.columns.forEach((name, c) => {
      row[name] = data.values[c]![r]!;
    });
    sum += evaluate(graph, row).values[graph.output]!;
  }
  return sum / data.rows;
}

/** Parameter values of path record k of a state, by name. */
export function pathRecord(
  names: readonly string[],
  path: Float64Array,
  k: number,
): Record<string, number> {
  return Object.fromEntries(names.map((name, p) => [name, path[k * names.length + p]!]));
}
