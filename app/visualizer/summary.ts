import {
  type Analysis,
  adjointSymbol,
  formatNumber,
  type TraceMode,
  tangentSymbol,
} from '../../src/index.ts';
import type { Seeds } from '../../src/protocol.ts';

/** The end of a pass in one short line: the result that matters, and where to see the rest. */
export function finishedSummary(
  analysis: Analysis,
  mode: TraceMode,
  seeds: Seeds,
  derivatives: readonly (number | undefined)[],
): string {
  const name = (id: number) => analysis.nodes[id]?.name ?? '?';
  const out = analysis.output;
  if (mode === 'values')
    return `The forward pass is done: ${name(out)} = ${formatNumber(analysis.value)}.`;
  if (mode === 'forward') {
    const s = name(seeds.forward);
    return `Forward mode from ${s} is done in one pass: ${tangentSymbol(name(out))} = ∂${name(out)}/∂${s} = ${formatNumber(derivatives[out] ?? 0)}; every node shows its own.`;
  }
  const s = name(seeds.reverse);
  return `Reverse mode is done in one pass: every node shows its ∂${s}/∂node; the inputs' are in the table below.`;
}

/** What to do before the first step, in one sentence. */
export function introText(mode: TraceMode, seedName: string): string {
  if (mode === 'values')
    return 'Press Play or Step forward to compute each node from its operands, inputs first.';
  if (mode === 'forward')
    return `Forward mode starts at ${seedName} with ${tangentSymbol(seedName)} = ∂${seedName}/∂${seedName} = 1 and moves toward the output.`;
  return `Reverse mode starts at ${seedName} with ${adjointSymbol(seedName)} = ∂${seedName}/∂${seedName} = 1 and moves back toward the inputs.`;
}
