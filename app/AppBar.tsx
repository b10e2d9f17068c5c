import { UndoControls } from './history/UndoControls.tsx';
import { LanguageControl } from './i18n/LanguageControl.tsx';
import { CHAPTERS } from './lessons/chapters/index.ts';
import { LessonsMenu } from './lessons/LessonsMenu.tsx';
import { ThemeControl } from './theme/ThemeControl.tsx';

/** The page's own controls, beside its title: lessons, undo and redo, the theme, the language. */
export function AppBar() {
  return (
    <div className="app-bar">
      <LessonsMenu chapters={CHAPTERS} />
      <UndoControls />
      <ThemeControl />
      <LanguageControl />
    </div>
  );
}
