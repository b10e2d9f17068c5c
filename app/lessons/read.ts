import { type Analysis, formatNumber } from '../../src/index.ts';

// What a lesson's paragraph reads off the live analysis, by name (the names drawn on the graph).

const node = (analysis: Analysis, name: string) => analysis.nodes.find((n) => n.name === name);

/** The value of the node named `name`, formatted as the page writes numbers; `?` if absent. */
export function nodeValue(analysis: Analysis, name: string): string {
  const found = node(analysis, name);
  return found ? formatNumber(found.value) : '?';
}

/** ∂output/∂name by reverse mode (the program's first output), formatted; `?` if absent. */
export function gradientOf(analysis: Analysis, name: string): string {
  const found = node(analysis, name);
  const value = found ? analysis.gradient[found.id] : undefined;
  return value === undefined ? '?' : formatNumber(value);
}

/** The same as a number, for a prediction's answer; NaN if absent. */
export function gradientNumber(analysis: Analysis, name: string): number {
  const found = node(analysis, name);
  return (found && analysis.gradient[found.id]) ?? Number.NaN;
}

/** The value as a number, for a prediction's answer; NaN if absent. */
export function valueNumber(analysis: Analysis, name: string): number {
  return node(analysis, name)?.value ?? Number.NaN;
}

/** The exact number of paths from input `name` to the output, as a decimal string. */
export function pathsOf(analysis: Analysis, name: string): string {
  return analysis.inputs.find((input) => input.name === name)?.paths ?? '?';
}

/** How many nodes and edges the graph has. */
export const sizeOf = (analysis: Analysis) => ({
  nodes: analysis.nodeCount,
  edges: analysis.edgeCount,
});
