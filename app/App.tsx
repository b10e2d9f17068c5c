import { AppBar } from './AppBar.tsx';
import { ProgramEditor } from './editor/ProgramEditor.tsx';
import { ExamplesMenu } from './examples/ExamplesMenu.tsx';
import { useTranslation } from './i18n/i18n.ts';
import { InputsPanel } from './inputs/InputsPanel.tsx';
import { OutputPanel } from './results/OutputPanel.tsx';
import { Results } from './results/Results.tsx';
import { StatusLine } from './StatusLine.tsx';

/** The page: program and inputs on the left, what they compute on the right. */
export function App() {
  const { t } = useTranslation();
  return (
    <div className="app">
      <header className="app-header">
        <div className="app-title">
          <h1>Backprop Lens</h1>
          <AppBar />
        </div>
        <p>{t('header.intro')}</p>
      </header>
      <main className="layout">
        <div className="side">
          <ExamplesMenu />
          <ProgramEditor />
          <InputsPanel />
          <OutputPanel />
          <StatusLine />
        </div>
        <Results />
      </main>
    </div>
  );
}
