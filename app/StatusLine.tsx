import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from './store/context.tsx';
import { selectStatus } from './store/selectors.ts';

/** What the engine is doing, announced politely to screen readers. */
export function StatusLine() {
  const { status, message } = useAppStore(useShallow(selectStatus));
  return (
    <p role="status" className={`status status-${status}`}>
      {status === 'working' && 'Computing…'}
      {status === 'restarted' && `The engine was restarted. ${message ?? ''}`}
      {status === 'failed' && (message ?? 'The engine failed.')}
    </p>
  );
}
