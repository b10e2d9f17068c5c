import { memo, useState } from 'react';
import type { Analysis, ListedPath, PathsReport } from '../../src/index.ts';
import { formatNumber } from '../format.ts';
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
}

/** One path: its route, its product of local partials written out, the running total. */
const PathItem = memo(function PathItem({ path, route, onHover }: PathItemProps) {
  const factors = elide(path.locals.map(formatNumber));
  const product = path.locals.length === 0 ? '1 (no edges)' : factors.join(' · ');
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
            <span className="muted"> ({path.locals.length} factors)</span>
          )}
        </span>
        <span className="path-running">total {formatNumber(path.running)}</span>
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
  const label = (id: number) => analysis.nodes[id]?.name ?? '?';
  const routeOf = (path: ListedPath) =>
    elide([label(report.from), ...path.edges.map((e) => label(analysis.edges[e]?.to ?? -1))]).join(
      ' → ',
    );
  // How many paths are drawn, for this report only: a new answer starts again at one page.
  const [more, setMore] = useState({ report, shown: PATHS_PER_PAGE });
  const shown = more.report === report ? more.shown : PATHS_PER_PAGE;
  const all = report.listed.length === Number(report.count);
  const last = report.listed.at(-1);
  const power = powerForm(report.count);
  return (
    <section className="paths-section" aria-labelledby="path-list-title">
      <h3 id="path-list-title" className="paths-subtitle">
        Sum over paths
      </h3>
      <p className="muted">
        Each path contributes the product of the local partials along it; ∂{toName}/∂{fromName} is
        the sum of those products. Hover or focus a path to see it in the graph.
      </p>
      {report.listed.length === 0 ? (
        <p className="muted">
          No path leads from {fromName} to {toName}: the derivative is 0.
        </p>
      ) : (
        <>
          <p className="muted path-list-count">
            {all
              ? `All ${report.listed.length} ${report.listed.length === 1 ? 'path' : 'paths'}.`
              : `Showing ${report.listed.length} of ${power ?? report.count} paths.`}
          </p>
          <ol className="path-list">
            {report.listed.slice(0, shown).map((path, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed for one report
              <PathItem key={i} path={path} route={routeOf(path)} onHover={onHover} />
            ))}
          </ol>
          {shown < report.listed.length && (
            <button
              type="button"
              className="link-button"
              onClick={() => setMore({ report, shown: shown + PATHS_PER_PAGE })}
            >
              Show {Math.min(PATHS_PER_PAGE, report.listed.length - shown)} more paths ({shown} of{' '}
              {report.listed.length} listed)
            </button>
          )}
          {all && last && (
            <p className="path-sum">
              Sum of the products: {formatNumber(last.running)} = ∂{toName}/∂{fromName}, as reverse
              mode ({formatNumber(report.derivative)}) and forward mode (
              {formatNumber(report.forwardDerivative)}) compute it without listing paths.
            </p>
          )}
        </>
      )}
    </section>
  );
});
