import type { SharedState, SharedView } from '../store/program.ts';
import { DEFAULT_TRAINING, type TrainingConfig } from '../training/config.ts';
import type { Chapter } from './types.ts';

/**
 * What the page shows at step `index` of `chapter`: the program of the nearest step at or
 * before it that sets one, the input values set since that program was set, and this step's
 * view (mode, seeds, step, collapse); after a reveal, the prediction's `revealStep`.
 */
export function lessonState(
  chapter: Chapter,
  index: number,
  revealed: boolean,
): SharedState & { readonly training: TrainingConfig | null } {
  const steps = chapter.steps;
  const at = Math.max(0, Math.min(index, steps.length - 1));
  let source = '';
  let overrides: Readonly<Record<string, number>> = {};
  let training: TrainingConfig | null = null;
  for (let i = 0; i <= at; i++) {
    const step = steps[i]!;
    if (step.source !== undefined) {
      source = step.source;
      overrides = {};
      training = null;
    }
    if (step.training)
      training = {
        ...DEFAULT_TRAINING,
        data: step.training.data,
        learningRate: step.training.learningRate,
        steps: step.training.steps ?? DEFAULT_TRAINING.steps,
        fixed: step.training.fixed ?? [],
      };
    if (step.inputs) overrides = { ...overrides, ...step.inputs };
  }
  const step = steps[at]!;
  const shown =
    revealed && step.predict?.revealStep !== undefined ? step.predict.revealStep : step.step;
  const view: SharedView = {
    mode: step.mode ?? 'values',
    ...(step.forwardFrom !== undefined ? { forwardFrom: step.forwardFrom } : {}),
    ...(step.reverseFrom !== undefined ? { reverseFrom: step.reverseFrom } : {}),
    // 'end' is the whole pass: the store's `step: null`.
    ...(shown === 'end' ? {} : { step: shown ?? 0 }),
    ...(step.collapse !== undefined ? { collapse: step.collapse } : {}),
  };
  return { source, overrides, view, training };
}
