import { memo } from 'react';
import type { Analysis, ListedPath, PathsReport } from '../../src/index.ts';
import { formatNumber } from '../format.ts';
import { type TFunction, useTranslation } from '../i18n/i18n.ts';
import { usePages } from '../usePages.ts';
import { powerForm } from './format.ts';

/**
 * Paths drawn at first, and added by each "Show more": a list box shows about six at a time,
 * and drawing all the listed paths (up to 300) at every answer cost the page tens of ms.
 */
export const PATHS_PER_PAGE = 40;

/** Factors and nodes shown at each end of a long path before the middle is elided. */
const SHOWN_AT_ENDS = 4;

/** The first and last few items, with "…" between when there are many. */
function elide(items: readonly string[]): string[] {
  if (items.length <= 2 * SHOWN_AT_ENDS + 1) return [...items];
  return [...items.slice(0, SHOWN_AT_ENDS), '…', ...items.slice(-SHOWN_AT_ENDS)];
}

interface PathItemProps {
  readonly path: ListedPath;
  readonly route: string;
  readonly onHover: (edges: readonly number[] | null) => void;
  /** Passed down, not a hook per item: a new language gives a new `t`, which redraws them. */
  readonly t: TFunction;
}

/** One path: its route, its product of local partials written out, the running total. */
const PathItem = memo(function PathItem({ path, route, onHover, t }: PathItemProps) {
  const factors = elide(path.locals.map(formatNumber));
  const product = path.locals.length === 0 ? t('paths.noEdges') : factors.join(' · ');
  return (
    <li>
      <button
        type="button"
        className="path-item"
        onMouseEnter={() => onHover(path.edges)}
        onMouseLeave={() => onHover(null)}
        onFocus={() => onHover(path.edges)}
        onBlur={() => onHover(null)}
      >
        <span className="path-route">{route}</span>
        <span className="path-product">
          {product} = {formatNumber(path.product)}
          {path.locals.length > 2 * SHOWN_AT_ENDS + 1 && (
            <span className="muted"> {t('paths.factors', { count: path.locals.length })}</span>
          )}
        </span>
        <span className="path-running">
          {t('paths.total', { value: formatNumber(path.running) })}
        </span>
      </button>
    </li>
  );
});

interface PathListProps {
  readonly report: PathsReport;
  readonly analysis: Analysis;
  readonly fromName: string;
  readonly toName: string;
  readonly onHover: (edges: readonly number[] | null) => void;
}

/** The sum over paths written out: the first paths, each a product, and the running total. */
export const PathList = memo(function PathList({
  report,
  analysis,
  fromName,
  toName,
  onHover,
}: PathListProps) {
  const { t } = useTranslation();
  const label = (id: number) => analysis.nodes[id]?.name ?? '?';
  const routeOf = (path: ListedPath) =>
    elide([label(report.from), ...path.edges.map((e) => label(analysis.edges[e]?.to ?? -1))]).join(
      ' → ',
    );
  // How many paths are drawn, for this report only: a new answer starts again at one page.
  const pages = usePages(report, report.listed.length, PATHS_PER_PAGE);
  const all = report.listed.length === Number(report.count);
  const last = report.listed.at(-1);
  const power = powerForm(report.count);
  return (
    <section className="paths-section" aria-labelledby="path-list-title">
      <h3 id="path-list-title" className="paths-subtitle">
        {t('paths.listTitle')}
      </h3>
      <p className="muted">{t('paths.listNote', { from: fromName, to: toName })}</p>
      {report.listed.length === 0 ? (
        <p className="muted">{t('paths.noPath', { from: fromName, to: toName })}</p>
      ) : (
        <>
          <p className="muted path-list-count">
            {all
              ? t('paths.all', { count: report.listed.length })
              : t('paths.showing', { shown: report.listed.length, total: power ?? report.count })}
          </p>
          <ol className="path-list">
            {report.listed.slice(0, pages.count).map((path, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed for one report
              <PathItem key={i} path={path} route={routeOf(path)} onHover={onHover} t={t} />
            ))}
          </ol>
          {pages.next > 0 && (
            <button type="button" className="link-button" onClick={pages.more}>
              {t('paths.more', {
                count: pages.next,
                shown: pages.count,
                listed: report.listed.length,
              })}
            </button>
          )}
          {all && last && (
            <p className="path-sum">
              {t('paths.sum', {
                sum: formatNumber(last.running),
                from: fromName,
                to: toName,
                reverse: formatNumber(report.derivative),
                forward: formatNumber(report.forwardDerivative),
              })}
            </p>
          )}
        </>
      )}
    </section>
  );
});
