import { useShallow } from 'zustand/react/shallow';
import { type TFunction, useTranslation } from './i18n/i18n.ts';
import { useSay } from './i18n/say.ts';
import { useAppStore } from './store/context.tsx';
import type { LinkNotice } from './store/link.ts';
import { selectStatus } from './store/selectors.ts';
import type { AppState } from './store/state.ts';

/** Programs this long get a progress line that says how much is being worked on. */
const LARGE_PROGRAM_STATEMENTS = 200;

const selectLinkNotice = (s: AppState) => s.linkNotice;

/**
 * What the engine is doing, announced politely to screen readers; below it, when the URL cannot
 * carry the program, where it is kept.
 */
export function StatusLine() {
  const { status, message, statements } = useAppStore(useShallow(selectStatus));
  const linkNotice = useAppStore(selectLinkNotice);
  const { t } = useTranslation();
  const say = useSay();
  return (
    <>
      <p role="status" className={`status status-${status}`}>
        {status === 'working' &&
          (statements >= LARGE_PROGRAM_STATEMENTS
            ? t('status.analysing', { count: statements })
            : t('status.computing'))}
        {status === 'restarted' && `${t('status.restarted')} ${message ? say(message) : ''}`}
        {status === 'failed' && (message ? say(message) : t('status.failed'))}
      </p>
      {linkNotice && (
        <p className="status status-link" aria-live="polite" data-testid="link-notice">
          {linkNoticeText(linkNotice, t)}
        </p>
      )}
    </>
  );
}

function linkNoticeText(notice: LinkNotice, t: TFunction): string {
  switch (notice.kind) {
    case 'stored':
      return t('status.stored', { length: notice.length });
    case 'not-stored':
      return t('status.notStored', { length: notice.length });
    case 'missing':
      return t('status.missing');
  }
}
