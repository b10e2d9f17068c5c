import { useDeferredValue } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { PathsPanel } from '../paths/PathsPanel.tsx';
import { useAppStore } from '../store/context.tsx';
import { selectResults } from '../store/selectors.ts';
import { Visualizer } from '../visualizer/Visualizer.tsx';
import { InputTable } from './InputTable.tsx';
import { NodeTable } from './NodeTable.tsx';

/**
 * The newest good results: graph, paths, derivatives and nodes. While the program has errors
 * they stay on screen, dimmed, so that a half-typed line does not blank the page.
 */
export function Results() {
  const { analysis, stale } = useAppStore(useShallow(selectResults));
  // The tables follow a moment after the graph (a deferred render): see PathsPanel.
  const tables = useDeferredValue(analysis);
  if (!analysis) {
    return (
      <div className="results">
        <p className="panel muted">Results appear here once the program runs.</p>
      </div>
    );
  }
  return (
    <div className={stale ? 'results is-stale' : 'results'}>
      {stale && (
        <p className="stale-note">These are the results of the last version that worked.</p>
      )}
      <Visualizer />
      <PathsPanel />
      {tables && <InputTable analysis={tables} />}
      {tables && <NodeTable analysis={tables} />}
    </div>
  );
}
