import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from './store/context.tsx';
import { selectStatus } from './store/selectors.ts';

/** Programs this long get a progress line that says how much is being worked on. */
const LARGE_PROGRAM_STATEMENTS = 200;

/** What the engine is doing, announced politely to screen readers. */
export function StatusLine() {
  const { status, message, statements } = useAppStore(useShallow(selectStatus));
  return (
    <p role="status" className={`status status-${status}`}>
      {status === 'working' &&
        (statements >= LARGE_PROGRAM_STATEMENTS
          ? `Analysing and laying out ${statements.toLocaleString('en-US')} statements…`
          : 'Computing…')}
      {status === 'restarted' && `The engine was restarted. ${message ?? ''}`}
      {status === 'failed' && (message ?? 'The engine failed.')}
    </p>
  );
}
