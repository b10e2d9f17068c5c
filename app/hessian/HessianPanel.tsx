import './hessian.css';
import { memo, useId } from 'react';
import type { Analysis } from '../../src/index.ts';
import { useTranslation } from '../i18n/i18n.ts';
import { Num } from '../results/Num.tsx';
import { StepsPicture } from './StepsPicture.tsx';

/**
 * Second order: the Hessian table (up to 20 inputs), a Hessian-vector product with its cost
 * against the full Hessian's (any size), and for one or two inputs a Newton step next to a
 * gradient step. The engine computes them forward over reverse on the derivative graph.
 */
export const HessianPanel = memo(function HessianPanel({ analysis }: { analysis: Analysis }) {
  const { t, i18n } = useTranslation();
  const { hessian, hessianVector, newton, outputName: output } = analysis;
  const titleId = useId();
  if (!hessian && !hessianVector) return null;
  const count = (x: number) => new Intl.NumberFormat(i18n.language).format(x);
  return (
    <section className="panel hessian" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('hessian.title')}</h2>
      <p className="muted">{t('hessian.intro', { output: output ?? '' })}</p>
      {hessian && (
        // biome-ignore lint/a11y: a scroll box takes focus, so a keyboard can scroll it (WCAG 2.1.1)
        <div className="table-scroll" role="region" aria-label={t('hessian.table')} tabIndex={0}>
          <table aria-label={t('hessian.table')}>
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">{t('hessian.corner')}</span>
                </th>
                {hessian.names.map((name) => (
                  <th key={name} scope="col">
                    ∂/∂<var>{name}</var>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {hessian.names.map((row, i) => (
                <tr key={row}>
                  <th scope="row">
                    ∂/∂<var>{row}</var>
                  </th>
                  {hessian.names.map((column, j) => (
                    <td key={column} className="numeric" data-cell={`${row},${column}`}>
                      <Num value={hessian.values[i]![j]!} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {hessianVector && (
        <p className="hessian-vector">
          {t('hessian.vector', {
            operations: count(hessianVector.operations),
            full: count(hessianVector.fullHessianOperations),
          })}
        </p>
      )}
      {newton && hessian && <StepsPicture newton={newton} names={hessian.names} />}
    </section>
  );
});
