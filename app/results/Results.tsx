import { useDeferredValue } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CheckpointPanel } from '../checkpoint/CheckpointPanel.tsx';
import { HessianPanel } from '../hessian/HessianPanel.tsx';
import { useTranslation } from '../i18n/i18n.ts';
import { JacobianPanel } from '../jacobian/JacobianPanel.tsx';
import { CHAPTERS } from '../lessons/chapters/index.ts';
import { LessonPanel } from '../lessons/LessonPanel.tsx';
import { PathsPanel } from '../paths/PathsPanel.tsx';
import { useAppStore } from '../store/context.tsx';
import { selectResults } from '../store/selectors.ts';
import { TrainingPanel } from '../training/TrainingPanel.tsx';
import { Visualizer } from '../visualizer/Visualizer.tsx';
import { InputTable } from './InputTable.tsx';
import { NodeTable } from './NodeTable.tsx';

/**
 * The newest good results: graph, paths, derivatives and nodes. While the program has errors
 * they stay on screen, dimmed, so that a half-typed line does not blank the page.
 */
export function Results() {
  const { t } = useTranslation();
  const { analysis, stale } = useAppStore(useShallow(selectResults));
  // The tables follow a moment after the graph (a deferred render): see PathsPanel.
  const tables = useDeferredValue(analysis, null);
  if (!analysis) {
    return (
      <div className="results">
        <p className="panel muted">{t('results.waiting')}</p>
      </div>
    );
  }
  return (
    <div className={stale ? 'results is-stale' : 'results'}>
      {stale && <p className="stale-note">{t('results.stale')}</p>}
      <LessonPanel chapters={CHAPTERS} />
      <Visualizer />
      <JacobianPanel />
      {/* Deferred like the tables: a 20 × 20 Hessian should not hold up the graph's redraw. */}
      {tables && <HessianPanel analysis={tables} />}
      <TrainingPanel />
      <PathsPanel />
      {tables && <CheckpointPanel nodes={tables.nodeCount} outputName={tables.outputName} />}
      {tables && <InputTable analysis={tables} />}
      {tables && <NodeTable analysis={tables} />}
    </div>
  );
}
