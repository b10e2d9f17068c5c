import { useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from '../i18n/i18n.ts';
import { useAppStore } from '../store/context.tsx';
import type { AppState } from '../store/state.ts';
import type { Chapter } from './types.ts';

const selectOpen = (s: AppState) => s.openLesson;

/** The `Lessons` button and its list of chapters: Start opens one beside the live graph. */
export function LessonsMenu({ chapters }: { chapters: readonly Chapter[] }) {
  const { t } = useTranslation();
  const openLesson = useAppStore(selectOpen);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  return (
    <>
      <button type="button" className="lessons-button" onClick={() => dialog.current?.showModal()}>
        {t('lessons.panel.open')}
      </button>
      {/* In the body, not the bar: a modal dialog's place in the page is its own. */}
      {createPortal(
        <dialog ref={dialog} className="lessons-dialog" aria-labelledby={titleId}>
          <h2 id={titleId}>{t('lessons.panel.chapters')}</h2>
          <ol>
            {chapters.map((chapter) => (
              <li key={chapter.id}>
                <strong>{t(`lessons.${chapter.title}` as never)}</strong>
                <p className="muted">{t(`lessons.${chapter.summary}` as never)}</p>
                <button
                  type="button"
                  aria-label={`${t('lessons.panel.start')}: ${t(`lessons.${chapter.title}` as never)}`}
                  onClick={() => {
                    dialog.current?.close();
                    openLesson(chapter);
                  }}
                >
                  {t('lessons.panel.start')}
                </button>
              </li>
            ))}
          </ol>
          <form method="dialog">
            <button type="submit">{t('lessons.panel.close')}</button>
          </form>
        </dialog>,
        document.body,
      )}
    </>
  );
}
