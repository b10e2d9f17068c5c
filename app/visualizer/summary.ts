import {
  type Analysis,
  adjointSymbol,
  formatNumber,
  type TraceMode,
  tangentSymbol,
} from '../../src/index.ts';
import type { Seeds } from '../../src/protocol.ts';
import type { TFunction } from '../i18n/i18n.ts';

/** The end of a pass in one short line: the result that matters, and where to see the rest. */
export function finishedSummary(
  analysis: Analysis,
  mode: TraceMode,
  seeds: Seeds,
  derivatives: readonly (number | undefined)[],
  t: TFunction,
): string {
  const name = (id: number) => analysis.nodes[id]?.name ?? '?';
  const out = analysis.output;
  if (mode === 'values')
    return t('summary.valuesDone', { name: name(out), value: formatNumber(analysis.value) });
  if (mode === 'forward') {
    const seed = name(seeds.forward);
    const value = formatNumber(derivatives[out] ?? 0);
    return t('summary.forwardDone', {
      seed,
      out: name(out),
      tangent: tangentSymbol(name(out)),
      value,
    });
  }
  return t('summary.reverseDone', { seed: name(seeds.reverse) });
}

/** What to do before the first step, in one sentence. */
export function introText(mode: TraceMode, seedName: string, t: TFunction): string {
  if (mode === 'values') return t('summary.valuesIntro');
  if (mode === 'forward')
    return t('summary.forwardIntro', { seed: seedName, tangent: tangentSymbol(seedName) });
  return t('summary.reverseIntro', { seed: seedName, adjoint: adjointSymbol(seedName) });
}
