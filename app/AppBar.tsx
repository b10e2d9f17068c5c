import { UndoControls } from './history/UndoControls.tsx';
import { LanguageControl } from './i18n/LanguageControl.tsx';
import { ThemeControl } from './theme/ThemeControl.tsx';

/** The page's own controls, beside its title: undo and redo, the theme, the language. */
export function AppBar() {
  return (
    <div className="app-bar">
      <UndoControls />
      <ThemeControl />
      <LanguageControl />
    </div>
  );
}
