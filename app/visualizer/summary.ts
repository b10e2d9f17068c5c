import { type Analysis, formatNumber, type TraceMode } from '../../src/index.ts';
import type { Seeds } from '../../src/protocol.ts';

/** What the finished pass computed, in one sentence. */
export function finishedSummary(
  analysis: Analysis,
  mode: TraceMode,
  seeds: Seeds,
  derivatives: readonly (number | undefined)[],
): string {
  const label = (id: number) => analysis.nodes[id]?.label ?? '?';
  const out = analysis.output;
  if (mode === 'values')
    return `The forward pass is done: ${analysis.outputName} = ${formatNumber(analysis.value)}.`;
  if (mode === 'forward') {
    const s = label(seeds.forward);
    return `Forward mode from ${s} is done: one pass gave ∂node/∂${s} for every node, so ∂${label(out)}/∂${s} = ${formatNumber(derivatives[out] ?? 0)}.`;
  }
  const s = label(seeds.reverse);
  const inputs = analysis.inputs
    .map((i) => `∂${s}/∂${i.name} = ${formatNumber(derivatives[i.node] ?? 0)}`)
    .join(', ');
  return `Reverse mode is done: one pass gave ∂${s}/∂node for every node${inputs ? `: ${inputs}` : ''}.`;
}

/** What to do before the first step, in one sentence. */
export function introText(mode: TraceMode, seedLabel: string): string {
  if (mode === 'values')
    return 'Press Play or Step forward to compute each node from its operands, inputs first.';
  if (mode === 'forward')
    return `Forward mode starts at ${seedLabel} with ∂${seedLabel}/∂${seedLabel} = 1 and moves toward the output.`;
  return `Reverse mode starts at ${seedLabel} with ∂${seedLabel}/∂${seedLabel} = 1 and moves back toward the inputs.`;
}
