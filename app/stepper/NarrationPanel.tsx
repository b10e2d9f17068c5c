import type { Narration } from '../../src/index.ts';
import { useTranslation } from '../i18n/i18n.ts';
import { MathText } from '../math/MathText.tsx';

interface NarrationPanelProps {
  readonly narration: Narration | undefined;
  /** Shown before the first step. */
  readonly intro: string;
  readonly finished: boolean;
  readonly summary: string;
}

/**
 * The current step in numbers and in words, as a teacher writes it on the board, with its
 * formulas typeset (MathText keeps the plain text for screen readers). The sentence is also
 * announced to screen readers through a polite live region.
 */
export function NarrationPanel({ narration, intro, finished, summary }: NarrationPanelProps) {
  const { t } = useTranslation();
  const spoken = narration ? narration.sentence : intro;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: its fixed height scrolls; a keyboard must reach it
    <section className="narration" aria-label={t('stepper.currentStep')} tabIndex={0}>
      {narration ? (
        <>
          <p className="narration-equation">
            <MathText text={narration.equation} />
          </p>
          {narration.rule && (
            <p className="narration-rule">
              <MathText text={narration.rule} />
            </p>
          )}
        </>
      ) : (
        <p className="narration-intro">{intro}</p>
      )}
      {finished && <p className="narration-summary">{summary}</p>}
      <p className="visually-hidden" aria-live="polite">
        {finished ? `${spoken} ${summary}` : spoken}
      </p>
    </section>
  );
}
