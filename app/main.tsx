import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { startLanguage } from './i18n/languageState.ts';
import { StoreProvider } from './store/context.tsx';
import { connectEngine } from './store/engineSync.ts';
import { createAppStore } from './store/store.ts';
import { decodeHash } from './store/urlState.ts';
import { connectUrl } from './store/urlSync.ts';
import './styles.css';
import { CHAPTERS } from './lessons/chapters/index.ts';
import { connectLessonUrl } from './lessons/lessonUrl.ts';
import { startTheme } from './theme/themeState.ts';
import { connectTrainingUrl, dataMissing, initialTraining } from './training/trainingUrl.ts';

// The theme first, synchronously: the page's first paint is already in it (no light flash).
startTheme();
// The language too: the first render is already in it.
startLanguage();

const store = createAppStore(
  decodeHash(window.location.hash),
  initialTraining(window.location.hash),
);
if (dataMissing(window.location.hash)) store.getState().noteDataMissing();
connectUrl(store);
// After urlSync: its entry for a loaded example is pushed before the training part is written.
connectTrainingUrl(store);
connectLessonUrl(store, CHAPTERS);
connectEngine(store);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
