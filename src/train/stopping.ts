import { type Phrase, phrase, sayEnglish } from '../phrases/index.ts';
/**
 * Why a training run stopped, at which step (the index into its losses), and a sentence to show.
 * `steps`: the number of steps asked for is done. `tolerance`: the mean loss fell below the
 * tolerance. `diverged`: the loss or a gradient is not finite, or the loss grew past the bound
 * of `divergenceBound`; no update is made from a non-finite gradient.
 */
export interface TrainingStop {
  readonly reason: 'steps' | 'tolerance' | 'diverged';
  readonly step: number;
  readonly message: string;
  /** `message` as a phrase, for the page. */
  readonly phrase: Phrase;
}

function stop(reason: TrainingStop['reason'], step: number, said: Phrase): TrainingStop {
  return { reason, step, message: sayEnglish(said), phrase: said };
}

/** A run has diverged when |loss| passes this many times max(|starting loss|, 1). */
export const DIVERGENCE_FACTOR = 1e12;

/**
 * The largest |mean loss| a run may reach before it counts as diverged: DIVERGENCE_FACTOR ×
 * max(|starting loss|, 1). Relative, so a loss that starts in the millions may grow a little;
 * floored at 1 times the factor, so a loss that starts near 0 may still rise to about 1e12.
 * Gradient descent with a small enough step never raises the full-batch loss, so growth by
 * twelve orders of magnitude means the steps are too large (or the loss has no minimum).
 */
export function divergenceBound(startingLoss: number): number {
  return DIVERGENCE_FACTOR * Math.max(Math.abs(startingLoss), 1);
}

/** The stop that the mean loss at step `step` calls for, if any. */
export function stopForLoss(
  loss: number,
  step: number,
  bound: number,
  tolerance: number | undefined,
): TrainingStop | undefined {
  if (!Number.isFinite(loss)) {
    const shown = String(loss);
    return stop(
      'diverged',
      step,
      step === 0
        ? phrase('train.startNotFinite', { loss: shown })
        : phrase('train.divergedNotFinite', { step, loss: shown }),
    );
  }
  if (Math.abs(loss) > bound)
    return stop(
      'diverged',
      step,
      phrase('train.divergedGrew', {
        step,
        loss: short(loss),
        bound: short(bound),
        factor: short(DIVERGENCE_FACTOR),
      }),
    );
  if (tolerance !== undefined && loss < tolerance)
    return stop(
      'tolerance',
      step,
      phrase('train.belowTolerance', {
        loss: short(loss),
        tolerance: String(tolerance),
        steps: phrase('train.steps', { count: step }),
      }),
    );
  return undefined;
}

/** The stop for a gradient component that is not finite (no update is made from it). */
export function stopForGradient(name: string, value: number, step: number): TrainingStop {
  return stop(
    'diverged',
    step,
    phrase('train.gradientNotFinite', { step, name, value: String(value) }),
  );
}

/** The stop when the steps asked for are done. */
export function stopForSteps(step: number): TrainingStop {
  return stop(
    'steps',
    step,
    phrase('train.done', { steps: phrase('train.steps', { count: step }) }),
  );
}

function short(x: number): string {
  return Math.abs(x) >= 1e6 || (x !== 0 && Math.abs(x) < 1e-4)
    ? x.toExponential(3)
    : String(Number(x.toPrecision(6)));
}
