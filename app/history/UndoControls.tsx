/** The Undo and Redo buttons of the page's bar (the undo history is issue 11's third point). */
export function UndoControls() {
  return null;
}
