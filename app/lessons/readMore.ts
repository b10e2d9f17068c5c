import { type Analysis, chainProduct, formatNumber } from '../../src/index.ts';

// More of what a lesson's paragraph reads off the live analysis (read.ts has the first ones):
// local partials on edges, forward mode's tangents from any input, and counts.

const idOf = (analysis: Analysis, name: string) => analysis.nodes.find((n) => n.name === name)?.id;

/** Formats a number as the page writes numbers (`?` for undefined). */
export const fmt = (value: number | undefined): string =>
  value === undefined ? '?' : formatNumber(value);

/** The local partial ∂to/∂from on the (first) edge from `from` to `to`; NaN if there is none. */
export function localNumber(analysis: Analysis, from: string, to: string): number {
  const [f, t] = [idOf(analysis, from), idOf(analysis, to)];
  return analysis.edges.find((e) => e.from === f && e.to === t)?.local ?? Number.NaN;
}

/** The same, formatted; `?` if there is no such edge. */
export function localOf(analysis: Analysis, from: string, to: string): string {
  const local = localNumber(analysis, from, to);
  return Number.isNaN(local) ? '?' : formatNumber(local);
}

/**
 * Forward mode's tangents from the node named `seed`: ∂node/∂seed for every node, by id (a pass
 * in id order, which is topological). Empty when there is no such node.
 */
export function tangentsFrom(analysis: Analysis, seed: string): number[] {
  const seedId = idOf(analysis, seed);
  if (seedId === undefined) return [];
  const incoming = analysis.nodes.map(() => [] as { from: number; local: number }[]);
  for (const e of analysis.edges) incoming[e.to]?.push({ from: e.from, local: e.local });
  // Only edges on a path from the seed count (a poisoned edge elsewhere changes nothing).
  const tangents: number[] = [];
  const reached: boolean[] = [];
  for (const node of analysis.nodes) {
    let sum = node.id === seedId ? 1 : 0;
    reached[node.id] = node.id === seedId;
    for (const { from, local } of incoming[node.id] ?? [])
      if (reached[from]) {
        sum += chainProduct(tangents[from] ?? 0, local);
        reached[node.id] = true;
      }
    tangents[node.id] = sum;
  }
  return tangents;
}

/** ∂name/∂seed by forward mode as a number; NaN if either is absent. */
export function tangentNumber(analysis: Analysis, seed: string, name: string): number {
  const id = idOf(analysis, name);
  return (id !== undefined ? tangentsFrom(analysis, seed)[id] : undefined) ?? Number.NaN;
}

/** ∂name/∂seed by forward mode, formatted; `?` if either is absent. */
export function tangentOf(analysis: Analysis, seed: string, name: string): string {
  const tangent = tangentNumber(analysis, seed, name);
  return Number.isNaN(tangent) ? '?' : formatNumber(tangent);
}

/** How many operation nodes (not inputs or constants) the graph has. */
export const operationCount = (analysis: Analysis): number =>
  analysis.nodes.filter((n) => n.kind === 'op').length;

/** How many inputs the program has. */
export const inputCount = (analysis: Analysis): number => analysis.inputs.length;
