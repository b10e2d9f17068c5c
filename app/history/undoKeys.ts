/** The keys of a keydown that undo cares about. */
export type UndoKeyEvent = Pick<
  KeyboardEvent,
  'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'
>;

/**
 * What a key press asks of the undo history: Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo
 * (Cmd instead of Ctrl on macOS). The letter is read from `key`, or from the physical key
 * where the layout types another alphabet (Cyrillic, for instance).
 */
export function undoCommand(event: UndoKeyEvent, mac: boolean): 'undo' | 'redo' | null {
  const primary = mac ? event.metaKey : event.ctrlKey;
  const other = mac ? event.ctrlKey : event.metaKey;
  if (!primary || other || event.altKey) return null;
  const letter = /^[a-z]$/i.test(event.key)
    ? event.key.toLowerCase()
    : event.code.replace(/^Key/, '').toLowerCase();
  if (letter === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (letter === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/**
 * True when the focused element edits text: there the browser's own undo applies (the program
 * editor, a number field), and the page's history must not take the keys from it.
 */
export function editsText(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('textarea, [contenteditable]:not([contenteditable="false"])')) return true;
  const input = target.closest('input');
  const notText = ['range', 'checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'file'];
  return input !== null && !notText.includes(input.type);
}
