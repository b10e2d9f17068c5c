import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from './store/context.tsx';
import type { LinkNotice } from './store/link.ts';
import { selectStatus } from './store/selectors.ts';
import type { AppState } from './store/state.ts';

/** Programs this long get a progress line that says how much is being worked on. */
const LARGE_PROGRAM_STATEMENTS = 200;

const selectLinkNotice = (s: AppState) => s.linkNotice;
const grouped = (n: number) => n.toLocaleString('en-US');

/**
 * What the engine is doing, announced politely to screen readers; below it, when the URL cannot
 * carry the program, where it is kept.
 */
export function StatusLine() {
  const { status, message, statements } = useAppStore(useShallow(selectStatus));
  const linkNotice = useAppStore(selectLinkNotice);
  return (
    <>
      <p role="status" className={`status status-${status}`}>
        {status === 'working' &&
          (statements >= LARGE_PROGRAM_STATEMENTS
            ? `Analysing and laying out ${grouped(statements)} statements…`
            : 'Computing…')}
        {status === 'restarted' && `The engine was restarted. ${message ?? ''}`}
        {status === 'failed' && (message ?? 'The engine failed.')}
      </p>
      {linkNotice && (
        <p className="status status-link" aria-live="polite" data-testid="link-notice">
          {linkNoticeText(linkNotice)}
        </p>
      )}
    </>
  );
}

function linkNoticeText(notice: LinkNotice): string {
  switch (notice.kind) {
    case 'stored':
      return `This program (${grouped(notice.length)} characters) is too long for a link, so it is kept in this browser's storage: a reload restores it, but a copied link does not carry it.`;
    case 'not-stored':
      return `This program (${grouped(notice.length)} characters) is too long for a link, and this browser's storage refused it: a reload would lose it. Save it in a file.`;
    case 'missing':
      return "This link's program was kept in the storage of the browser that made it, and this browser does not have it.";
  }
}
