import { type Analysis, formatNumber, type Narration, type TraceStep } from '../../src/index.ts';
import type { TFunction } from '../i18n/i18n.ts';
import { parameterNames, type TrainingConfig } from '../training/config.ts';

/**
 * One step of gradient descent after reverse mode, for one parameter: its value, its
 * derivative from the pass just shown (this row's loss: the adjoint), and the value after
 * `w ← w − η·w̄`.
 */
export interface UpdateStep {
  readonly name: string;
  readonly node: number;
  readonly before: number;
  readonly adjoint: number;
  readonly rate: number;
  readonly after: number;
}

/**
 * The update steps that follow reverse mode when the program trains (it has data) and reverse
 * mode differentiates its output, the loss: one per parameter, in input order. Empty otherwise.
 */
export function updateSteps(
  analysis: Analysis,
  training: TrainingConfig | null,
  reverseSeed: number,
): UpdateStep[] {
  if (!training || reverseSeed !== analysis.output) return [];
  const names = new Set(
    parameterNames(
      analysis.inputs.map((i) => i.name),
      training,
    ),
  );
  const rate = training.learningRate;
  return analysis.inputs
    .filter((input) => names.has(input.name))
    .map((input) => ({
      name: input.name,
      node: input.node,
      before: input.value,
      adjoint: input.gradient,
      rate,
      after: input.value - rate * input.gradient,
    }));
}

/** The graph's highlight at an update step: the parameter node, as a value step lights it. */
export const updateHighlight = (update: UpdateStep): TraceStep => ({
  kind: 'value',
  node: update.node,
  value: update.after,
});

/** A number inside a formula: negative ones in brackets (`0.1·(−0.3)`). */
const term = (x: number) => (x < 0 ? `(${formatNumber(x)})` : formatNumber(x));

/** The update told as the narration tells a step: `w ← w − η·w̄ = 0.5 − 0.1·0.3 = 0.47`. */
export function narrateUpdate(update: UpdateStep, t: TFunction): Narration {
  const values = {
    name: update.name,
    adjoint: `${update.name}\u0304`,
    before: formatNumber(update.before),
    rate: formatNumber(update.rate),
    value: term(update.adjoint),
    after: formatNumber(update.after),
  };
  return {
    equation: t('training.graphUpdate', values),
    rule: t('training.graphUpdateRule'),
    sentence: t('training.graphUpdateSentence', { ...values, value: formatNumber(update.adjoint) }),
  };
}
