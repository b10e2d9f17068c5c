import { useEffect } from 'react';
import { editsText, undoCommand } from './undoKeys.ts';

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The shortcuts as this platform writes them (titles) and as `aria-keyshortcuts` names them. */
export const UNDO_SHORTCUTS = MAC
  ? { undo: '⌘Z', redo: '⇧⌘Z', undoAria: 'Meta+Z', redoAria: 'Meta+Shift+Z Meta+Y' }
  : {
      undo: 'Ctrl+Z',
      redo: 'Ctrl+Shift+Z',
      undoAria: 'Control+Z',
      redoAria: 'Control+Shift+Z Control+Y',
    };

/** Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (Cmd on macOS) anywhere on the page but in text fields. */
export function useUndoKeys(undo: () => void, redo: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || editsText(event.target)) return;
      const command = undoCommand(event, MAC);
      if (!command) return;
      event.preventDefault();
      if (command === 'undo') undo();
      else redo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);
}
