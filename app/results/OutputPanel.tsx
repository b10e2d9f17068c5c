import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/context.tsx';
import { selectResults } from '../store/selectors.ts';
import { OutputSummary } from './OutputSummary.tsx';

/** The output's value beside the program that computes it; dimmed while the program has errors. */
export function OutputPanel() {
  const { analysis, stale } = useAppStore(useShallow(selectResults));
  if (!analysis) return null;
  return (
    <div className={stale ? 'is-stale' : undefined}>
      <OutputSummary analysis={analysis} />
    </div>
  );
}
