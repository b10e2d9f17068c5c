import { memo } from 'react';
import type { Analysis, PathsReport } from '../../src/index.ts';
import { useTranslation } from '../i18n/i18n.ts';
import { MathText } from '../math/MathText.tsx';
import { Num } from '../results/Num.tsx';
import { usePages } from '../usePages.ts';
import { countText } from './format.ts';

interface FactoredTableProps {
  readonly report: PathsReport;
  readonly analysis: Analysis;
  readonly fromName: string;
  readonly toName: string;
}

/** Rows drawn at first, and added by each "Show more": the report sends up to 300. */
export const FACTORED_ROWS_PER_PAGE = 50;

/**
 * The factored view: at each node on a path, the sums forward mode and reverse mode have
 * accumulated there (the gradient table), next to how many paths each sum stands for.
 */
export const FactoredTable = memo(function FactoredTable({
  report,
  analysis,
  fromName,
  toName,
}: FactoredTableProps) {
  const { t, i18n } = useTranslation();
  const pages = usePages(report, report.factored.length, FACTORED_ROWS_PER_PAGE);
  const shownRows = report.factored.slice(0, pages.count);
  if (report.factored.length === 0) return null;
  return (
    <section className="paths-section" aria-labelledby="factored-title">
      <h3 id="factored-title" className="paths-subtitle">
        {t('paths.factoredTitle')}
      </h3>
      <p className="muted">{t('paths.factoredNote', { from: fromName, to: toName })}</p>
      {/* biome-ignore lint/a11y/useSemanticElements: a scroll box, named by its section's title */}
      <div
        className="table-scroll factored-scroll"
        role="region"
        aria-labelledby="factored-title"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a keyboard scrolls it (WCAG 2.1.1)
        tabIndex={0}
      >
        <table aria-label={t('paths.gradientTable')}>
          <thead>
            <tr>
              <th scope="col">{t('paths.node')}</th>
              <th scope="col" className="numeric">
                {t('paths.pathsFromNode', { name: fromName })}
              </th>
              <th scope="col" className="numeric">
                <MathText text={t('paths.forwardColumn', { name: fromName })} />
              </th>
              <th scope="col" className="numeric">
                {t('paths.pathsToNode', { name: toName })}
              </th>
              <th scope="col" className="numeric">
                <MathText text={t('paths.reverseColumn', { name: toName })} />
              </th>
            </tr>
          </thead>
          <tbody>
            {shownRows.map((row) => (
              <tr key={row.node}>
                <th scope="row" className="label">
                  {analysis.nodes[row.node]?.name ?? row.node}
                </th>
                <td className="numeric" title={row.pathsFrom}>
                  {countText(row.pathsFrom, i18n.language)}
                </td>
                <td className="numeric">
                  <Num value={row.forward} />
                </td>
                <td className="numeric" title={row.pathsTo}>
                  {countText(row.pathsTo, i18n.language)}
                </td>
                <td className="numeric">
                  <Num value={row.reverse} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.onPaths > shownRows.length && (
        <p className="muted">
          {t('paths.factoredShowing', { shown: shownRows.length, count: report.onPaths })}{' '}
          {pages.next > 0 && (
            <button type="button" className="link-button" onClick={pages.more}>
              {t('paths.factoredMore', { count: pages.next })}
            </button>
          )}
        </p>
      )}
    </section>
  );
});
