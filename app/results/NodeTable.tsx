import { memo } from 'react';
import { type Analysis, NODE_DETAIL_LIMIT } from '../../src/index.ts';
import { MathText } from '../math/MathText.tsx';
import { Num } from './Num.tsx';
import { outputLabel } from './OutputSummary.tsx';

/** Larger graphs show their first rows only; the graph view shows them all. */
export const NODE_ROW_LIMIT = 500;

/** Every node: its label, what it computes, its value and ∂output/∂node (reverse mode). */
export const NodeTable = memo(function NodeTable({ analysis }: { analysis: Analysis }) {
  const { nodes, gradient, output } = analysis;
  const shown = nodes.slice(0, NODE_ROW_LIMIT);
  const hasWarnings = shown.some((node) => node.warnings.length > 0);
  return (
    <section className="panel" aria-labelledby="nodes-title">
      <h2 id="nodes-title" className="panel-title">
        Nodes
      </h2>
      <p className="muted">
        In order of evaluation. The last column is the derivative of the output{' '}
        <var>{outputLabel(analysis)}</var> with respect to each node, from one reverse pass.
      </p>
      {/* biome-ignore lint/a11y: a scroll box takes focus, so a keyboard can scroll it (WCAG 2.1.1) */}
      <div className="table-scroll" role="region" aria-labelledby="nodes-title" tabIndex={0}>
        <table aria-labelledby="nodes-title">
          <thead>
            <tr>
              <th scope="col">Node</th>
              <th scope="col">Operation</th>
              <th scope="col" className="numeric">
                Value
              </th>
              <th scope="col" className="numeric">
                <MathText text="∂output/∂node" />
              </th>
              {hasWarnings && <th scope="col">Warnings</th>}
            </tr>
          </thead>
          <tbody>
            {shown.map((node) => (
              <tr key={node.id} className={node.id === output ? 'is-output' : undefined}>
                <th scope="row" className="label">
                  {node.name}
                </th>
                <td className={`operation kind-${node.kind}`}>{node.formula ?? node.kind}</td>
                <td className="numeric">
                  <Num value={node.value} />
                </td>
                <td className="numeric">
                  <Num value={gradient[node.id] ?? Number.NaN} />
                </td>
                {hasWarnings && (
                  <td className="warnings">
                    {node.warnings.map((warning) => (
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
          This graph has {analysis.nodeCount.toLocaleString('en-US')} nodes: the value and the
          gradient above are exact, but nodes are listed only for graphs of up to{' '}
          {NODE_DETAIL_LIMIT.toLocaleString('en-US')} nodes.
        </p>
      )}
      {nodes.length > shown.length && (
        <p className="muted">
          Showing the first {shown.length} of {nodes.length} nodes.
        </p>
      )}
    </section>
  );
});
