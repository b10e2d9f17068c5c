import './lessons.css';
import { useEffect, useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatNumber } from '../../src/index.ts';
import { Trans, useTranslation } from '../i18n/i18n.ts';
import { useAppStore } from '../store/context.tsx';
import type { AppState } from '../store/state.ts';
import type { Chapter } from './types.ts';

const selectLesson = (s: AppState) => ({
  lesson: s.lesson,
  // Only while a lesson is open does each answer matter here (its paragraph's numbers).
  analysis: s.lesson ? s.analysis : null,
  stale: s.lesson ? s.stale : false,
  source: s.answeredSource,
  showLessonStep: s.showLessonStep,
  revealLesson: s.revealLesson,
  closeLesson: s.closeLesson,
});

/** Within this relative distance a typed prediction counts as right (rounding as printed). */
const DEFAULT_TOLERANCE = 1e-3;

/**
 * The lesson beside the graph: the chapter's title, where the reader is, the step's paragraph
 * with numbers from the live analysis, a prediction to type and check before it is revealed,
 * Back / Next / Leave, and the keys N and B.
 */
export function LessonPanel({ chapters }: { chapters: readonly Chapter[] }) {
  const { t } = useTranslation();
  const p = useAppStore(useShallow(selectLesson));
  const titleId = useId();
  const answerId = useId();
  const [typed, setTyped] = useState('');
  const [verdict, setVerdict] = useState<'right' | 'wrong' | 'nan' | null>(null);
  const chapter = chapters.find((c) => c.id === p.lesson?.chapter);
  const index = p.lesson?.step ?? 0;
  const total = chapter?.steps.length ?? 0;

  // A new step starts with an empty answer.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the step changes
  useEffect(() => {
    setTyped('');
    setVerdict(null);
  }, [p.lesson?.chapter, index]);

  // N and B move through the steps, outside text fields (where they are letters).
  useEffect(() => {
    if (!chapter) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const key = event.key.toLowerCase();
      if (key === 'n' && index < total - 1) p.showLessonStep(chapter, index + 1);
      else if (key === 'b' && index > 0) p.showLessonStep(chapter, index - 1);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [chapter, index, total, p.showLessonStep]);

  if (!chapter || !p.lesson) return null;
  const step = chapter.steps[index]!;
  // The paragraph's numbers come from the answer to this step's program: until it arrives
  // (or while it is another program's), the paragraph waits.
  const current = p.analysis && !p.stale ? p.analysis : null;
  const values = current && step.values ? step.values(current) : undefined;
  const answer = current && step.predict ? step.predict.answer(current) : undefined;
  const check = () => {
    const x = Number(typed.replace(',', '.').replace('−', '-'));
    if (typed.trim() === '' || !Number.isFinite(x)) return setVerdict('nan');
    if (answer === undefined) return;
    const tolerance = step.predict?.tolerance ?? DEFAULT_TOLERANCE;
    const right = Math.abs(x - answer) <= tolerance * Math.max(1, Math.abs(answer));
    setVerdict(right ? 'right' : 'wrong');
    if (right) p.revealLesson(chapter);
  };
  return (
    <section className="panel lesson" aria-labelledby={titleId}>
      <p className="lesson-where muted">
        {t('lessons.panel.lesson')} · {t('lessons.panel.stepOf', { step: index + 1, total })}
      </p>
      <h2 id={titleId}>{t(`lessons.${chapter.title}` as never)}</h2>
      <p className="lesson-text" aria-live="polite">
        {values || !step.values ? (
          <Trans
            i18nKey={`lessons.${step.text}` as never}
            values={values}
            components={{ var: <var />, b: <strong /> }}
          />
        ) : (
          '…'
        )}
      </p>
      {step.predict && (
        <div className="lesson-predict">
          <p>
            <Trans
              i18nKey={`lessons.${step.predict.question}` as never}
              values={values}
              components={{ var: <var />, b: <strong /> }}
            />
          </p>
          <label htmlFor={answerId}>{t('lessons.panel.yourAnswer')}</label>{' '}
          <input
            id={answerId}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') check();
            }}
          />{' '}
          <button type="button" onClick={check}>
            {t('lessons.panel.check')}
          </button>{' '}
          <button
            type="button"
            disabled={p.lesson.revealed}
            onClick={() => p.revealLesson(chapter)}
          >
            {t('lessons.panel.reveal')}
          </button>
          <p className="lesson-verdict" role="status">
            {verdict === 'nan'
              ? t('lessons.panel.notANumber')
              : verdict === 'wrong' && !p.lesson.revealed
                ? t('lessons.panel.wrong')
                : p.lesson.revealed && answer !== undefined
                  ? verdict === 'right'
                    ? t('lessons.panel.right', { answer: formatNumber(answer) })
                    : t('lessons.panel.revealed', { answer: formatNumber(answer) })
                  : ''}
          </p>
        </div>
      )}
      <div className="lesson-buttons">
        <button
          type="button"
          disabled={index === 0}
          onClick={() => p.showLessonStep(chapter, index - 1)}
        >
          {t('lessons.panel.back')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={index >= total - 1}
          onClick={() => p.showLessonStep(chapter, index + 1)}
        >
          {t('lessons.panel.next')}
        </button>
        <button type="button" onClick={p.closeLesson}>
          {t('lessons.panel.leave')}
        </button>
        <span className="muted lesson-keys">
          {index >= total - 1 ? t('lessons.panel.done') : t('lessons.panel.keys')}
        </span>
      </div>
    </section>
  );
}
