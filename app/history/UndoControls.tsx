import './history.css';
import { useShallow } from 'zustand/react/shallow';
import { useTranslation } from '../i18n/i18n.ts';
import { useAppStore } from '../store/context.tsx';
import type { AppState } from '../store/state.ts';
import { UNDO_SHORTCUTS, useUndoKeys } from './useUndoKeys.ts';

const selectUndo = (s: AppState) => ({
  canUndo: s.past.length > 0,
  canRedo: s.future.length > 0,
  undo: s.undo,
  redo: s.redo,
});

/**
 * The Undo and Redo buttons of the page's bar, and their keys outside text fields. They undo
 * program edits (a word or a pause at a time), example loads, input values and mode changes.
 */
export function UndoControls() {
  const { canUndo, canRedo, undo, redo } = useAppStore(useShallow(selectUndo));
  useUndoKeys(undo, redo);
  const { t } = useTranslation();
  return (
    <div className="undo-controls">
      <button
        type="button"
        onClick={undo}
        disabled={!canUndo}
        title={t('bar.undoTitle', { keys: UNDO_SHORTCUTS.undo })}
        aria-keyshortcuts={UNDO_SHORTCUTS.undoAria}
      >
        <span aria-hidden="true">↶</span> {t('bar.undo')}
      </button>
      <button
        type="button"
        onClick={redo}
        disabled={!canRedo}
        title={t('bar.redoTitle', { keys: UNDO_SHORTCUTS.redo })}
        aria-keyshortcuts={UNDO_SHORTCUTS.redoAria}
      >
        <span aria-hidden="true">↷</span> {t('bar.redo')}
      </button>
    </div>
  );
}
