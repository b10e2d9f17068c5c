import { formatNumber, type StepDetail } from '../../src/index.ts';
import { useTranslation } from '../i18n/i18n.ts';
import { MathText } from '../math/MathText.tsx';

/** A number inside a formula: negative ones in brackets (`0.1·(−22.6667)`). */
const term = (x: number) => (x < 0 ? `(${formatNumber(x)})` : formatNumber(x));

/**
 * The last update written out for every parameter, as a teacher writes it:
 * `w ← w − η·∂C/∂w = 0 − 0.1·(−22.6667) = 2.26667`.
 */
export function LastStep({ last, names }: { last: StepDetail; names: readonly string[] }) {
  const { t } = useTranslation();
  const rate = formatNumber(last.learningRate);
  return (
    <div className="training-last">
      <p>
        {t('training.lastStep', {
          step: last.step,
          rate,
          rows: t('training.rows', { count: last.rows }),
        })}
      </p>
      <ul>
        {names.map((name, p) => (
          <li key={name}>
            <MathText
              text={t('training.updateRule', {
                name,
                gradient: `∂C/∂${name}`,
                before: formatNumber(last.before[p]!),
                rate,
                value: term(last.gradient[p]!),
                after: formatNumber(last.after[p]!),
              })}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
