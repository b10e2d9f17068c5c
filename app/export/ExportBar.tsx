import './export.css';
import { useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Analysis, TraceMode } from '../../src/index.ts';
import { type TFunction, useTranslation } from '../i18n/i18n.ts';
import { useAppStore } from '../store/context.tsx';
import type { AppState } from '../store/state.ts';
import { type FigureFacts, figureFileName, figureTitle } from './exportTitle.ts';
import { type Figure, type FigureSource, pngFigure, svgFigure } from './figure.ts';
import { copyText, saveBlob } from './share.ts';

interface ExportBarProps {
  /** The analysis drawn (its output name and traces) and the mode shown. */
  readonly analysis: Analysis;
  readonly mode: TraceMode;
  /** The drawing as it is now, or undefined while there is none. */
  readonly source: () => FigureSource | undefined;
}

const selectExport = (s: AppState) => ({ program: s.source, step: s.step });

/** What the person is told once a figure is saved. */
function savedMessage(fileName: string, figure: Figure, png: boolean, t: TFunction): string {
  if (!png) return t('export.saved', { file: fileName });
  const size = { file: fileName, width: figure.width, height: figure.height };
  return figure.reduced ? t('export.savedReduced', size) : t('export.savedPng', size);
}

/**
 * Export SVG, Export PNG and Copy link, with a line saying what happened. The figure is the
 * drawing at the current step, whole (not the current view), under a title line naming the
 * program, the mode and the step.
 */
export function ExportBar({ analysis, mode, source }: ExportBarProps) {
  const { t } = useTranslation();
  const { program, step } = useAppStore(useShallow(selectExport));
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [linkShown, setLinkShown] = useState<string | undefined>(undefined);
  const linkField = useRef<HTMLInputElement>(null);
  const total = analysis.traces?.[mode]?.steps.length ?? 0;
  const facts: FigureFacts = {
    source: program,
    outputName: analysis.outputName,
    mode,
    step: Math.min(step ?? total, total),
    total,
  };

  const save = async (format: 'svg' | 'png') => {
    const drawing = source();
    if (!drawing) return;
    setBusy(true);
    try {
      const title = figureTitle(facts, t);
      const figure = format === 'svg' ? svgFigure(drawing, title) : await pngFigure(drawing, title);
      const fileName = figureFileName(facts, format, t);
      saveBlob(figure.blob, fileName);
      setMessage(savedMessage(fileName, figure, format === 'png', t));
    } catch (error) {
      setMessage(t('export.failed', { message: (error as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  const copyLink = async () => {
    const url = window.location.href;
    if (await copyText(url)) {
      setLinkShown(undefined);
      setMessage(t('export.copied'));
      return;
    }
    // The clipboard was refused: the link is shown selected, for Ctrl+C (or copied the old way).
    setLinkShown(url);
    requestAnimationFrame(() => {
      const field = linkField.current;
      if (!field) return;
      field.focus();
      field.select();
      const copied = document.execCommand?.('copy') ?? false;
      setMessage(copied ? t('export.copied') : t('export.pressCopy'));
    });
  };

  return (
    <div className="export-bar">
      <button type="button" disabled={busy} onClick={() => save('svg')}>
        {t('export.svg')}
      </button>
      <button type="button" disabled={busy} onClick={() => save('png')}>
        {t('export.png')}
      </button>
      <button type="button" onClick={copyLink}>
        {t('export.copyLink')}
      </button>
      {linkShown && (
        <input
          ref={linkField}
          className="export-link"
          readOnly
          value={linkShown}
          aria-label={t('export.shareLink')}
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
      <span className="export-message" aria-live="polite">
        {message}
      </span>
    </div>
  );
}
