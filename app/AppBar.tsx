import { UndoControls } from './history/UndoControls.tsx';
import { ThemeControl } from './theme/ThemeControl.tsx';

/** The page's own controls, beside its title: undo and redo, the theme. */
export function AppBar() {
  return (
    <div className="app-bar">
      <UndoControls />
      <ThemeControl />
    </div>
  );
}
