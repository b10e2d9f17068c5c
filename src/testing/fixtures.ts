import { compile } from '../compile.ts';
import type { Graph } from '../graph/index.ts';

/** colah's example written out with its intermediates (DOMAIN.md §1). */
export const COLAH_PROGRAM = 'a = 2\nb = 1\nc = a + b\nd = b + 1\ne = c * d';

/** Builds a graph from text, failing the test with the diagnostics when it does not compile. */
export function graphOf(source: string, sharing = true): Graph {
  const result = compile(source, { sharing });
  if (!result.ok)
    throw new Error(`does not compile: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return result.graph;
}

/** The id of the node labelled `label` (the first one, if several share it). */
export function nodeNamed(graph: Graph, label: string): number {
  const node = graph.nodes.find((n) => n.label === label || n.names.includes(label));
  if (!node) throw new Error(`no node labelled ${label}`);
  return node.id;
}

/** A ladder of k stages `x_{i+1} = sin(x_i) * cos(x_i)`: 2^k paths from x0 to the output. */
export function ladderProgram(k: number): string {
  const lines = ['x0 = 0.5'];
  for (let i = 0; i < k; i++) lines.push(`x${i + 1} = sin(x${i}) * cos(x${i})`);
  return lines.join('\n');
}

/** colah's 3-edge stages stacked k times: 3^k paths. Each stage is `y = (x+1) + (x*2) + sin(x)`. */
export function tripleStagesProgram(k: number): string {
  const lines = ['x0 = 0.3'];
  for (let i = 0; i < k; i++) lines.push(`x${i + 1} = sin(x${i}) + cos(x${i}) + tanh(x${i})`);
  return lines.join('\n');
}
