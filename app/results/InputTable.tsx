import { memo } from 'react';
import type { Analysis } from '../../src/index.ts';
import { Trans, useTranslation } from '../i18n/i18n.ts';
import { MathText } from '../math/MathText.tsx';
import { Num } from './Num.tsx';
import { outputLabel } from './OutputSummary.tsx';

/** Each input's derivative by both modes, which agree, and its number of paths to the output. */
export const InputTable = memo(function InputTable({ analysis }: { analysis: Analysis }) {
  const { t } = useTranslation();
  const name = outputLabel(analysis, t);
  return (
    <section className="panel" aria-labelledby="inputs-table-title">
      <h2 id="inputs-table-title" className="panel-title">
        <Trans i18nKey="tables.derivativesOf" values={{ name }} components={{ var: <var /> }} />
      </h2>
      <p className="muted">
        <Trans i18nKey="tables.derivativesNote" values={{ name }} components={{ var: <var /> }} />
      </p>
      {/* biome-ignore lint/a11y: a scroll box takes focus, so a keyboard can scroll it (WCAG 2.1.1) */}
      <div className="table-scroll" role="region" aria-labelledby="inputs-table-title" tabIndex={0}>
        <table aria-labelledby="inputs-table-title">
          <thead>
            <tr>
              <th scope="col">{t('tables.input')}</th>
              <th scope="col" className="numeric">
                {t('tables.value')}
              </th>
              <th scope="col" className="numeric">
                <MathText text={t('tables.byReverse')} />
              </th>
              <th scope="col" className="numeric">
                <MathText text={t('tables.byForward')} />
              </th>
              <th scope="col" className="numeric">
                {t('tables.pathsToOutput')}
              </th>
            </tr>
          </thead>
          <tbody>
            {analysis.inputs.map((input) => (
              <tr key={input.name}>
                <th scope="row" className="label">
                  {input.name}
                </th>
                <td className="numeric">
                  <Num value={input.value} />
                </td>
                <td className="numeric">
                  <Num value={input.gradient} />
                </td>
                <td className="numeric">
                  {input.forwardComputed ? (
                    <Num value={input.forward} />
                  ) : (
                    <span className="muted" title={t('tables.leftOut')}>
                      —
                    </span>
                  )}
                </td>
                <td className="numeric paths">{input.paths}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});
