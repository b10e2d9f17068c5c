import { memo } from 'react';
import { type Analysis, NODE_DETAIL_LIMIT } from '../../src/index.ts';
import { Trans, useTranslation } from '../i18n/i18n.ts';
import { useSay } from '../i18n/say.ts';
import { MathText } from '../math/MathText.tsx';
import { usePages } from '../usePages.ts';
import { Num } from './Num.tsx';
import { outputLabel } from './OutputSummary.tsx';

/** Larger graphs show their first rows only; the graph view shows them all. */
export const NODE_ROW_LIMIT = 500;

/**
 * Rows drawn at first, and added by each "Show more" up to NODE_ROW_LIMIT: the table sits below
 * the graph, and laying out 500 rows at every new program cost a 3,000-node load tens of ms.
 */
export const NODE_ROWS_PER_PAGE = 100;

/** Every node: its label, what it computes, its value and ∂output/∂node (reverse mode). */
export const NodeTable = memo(function NodeTable({ analysis }: { analysis: Analysis }) {
  const { t } = useTranslation();
  const say = useSay();
  const { nodes, gradient, output } = analysis;
  const pages = usePages(analysis, nodes.length, NODE_ROWS_PER_PAGE, NODE_ROW_LIMIT);
  const shown = nodes.slice(0, pages.count);
  const hasWarnings = shown.some((node) => node.warnings.length > 0);
  return (
    <section className="panel" aria-labelledby="nodes-title">
      <h2 id="nodes-title" className="panel-title">
        {t('tables.nodes')}
      </h2>
      <p className="muted">
        <Trans
          i18nKey="tables.nodesNote"
          values={{ name: outputLabel(analysis, t) }}
          components={{ var: <var /> }}
        />
      </p>
      {/* biome-ignore lint/a11y: a scroll box takes focus, so a keyboard can scroll it (WCAG 2.1.1) */}
      <div className="table-scroll" role="region" aria-labelledby="nodes-title" tabIndex={0}>
        <table aria-labelledby="nodes-title">
          <thead>
            <tr>
              <th scope="col">{t('tables.node')}</th>
              <th scope="col">{t('tables.operation')}</th>
              <th scope="col" className="numeric">
                {t('tables.value')}
              </th>
              <th scope="col" className="numeric">
                <MathText text={t('tables.nodeDerivative')} />
              </th>
              {hasWarnings && <th scope="col">{t('tables.warnings')}</th>}
            </tr>
          </thead>
          <tbody>
            {shown.map((node) => (
              <tr key={node.id} className={node.id === output ? 'is-output' : undefined}>
                <th scope="row" className="label">
                  {node.name}
                </th>
                <td className={`operation kind-${node.kind}`}>
                  {node.formula ??
                    (node.kind === 'input'
                      ? t('tables.kindInput')
                      : node.kind === 'constant'
                        ? t('tables.kindConstant')
                        : node.kind)}
                </td>
                <td className="numeric">
                  <Num value={node.value} />
                </td>
                <td className="numeric">
                  <Num value={gradient[node.id] ?? Number.NaN} />
                </td>
                {hasWarnings && (
                  <td className="warnings">
                    {node.warnings.map(say).map((warning) => (
                      <p key={warning}>⚠ {warning}</p>
                    ))}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!analysis.detailed && (
        <p className="muted">
          {t('tables.notDetailed', { count: analysis.nodeCount, limit: NODE_DETAIL_LIMIT })}
        </p>
      )}
      {nodes.length > shown.length && (
        <p className="muted">
          {t('tables.showingNodes', { shown: shown.length, count: nodes.length })}{' '}
          {pages.next > 0 && (
            <button type="button" className="link-button" onClick={pages.more}>
              {t('tables.showMoreNodes', { count: pages.next })}
            </button>
          )}
        </p>
      )}
    </section>
  );
});
