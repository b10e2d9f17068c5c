import type { SharedState } from '../store/program.ts';
import type { AppStore } from '../store/store.ts';
import type { Chapter } from './types.ts';

// The lesson in the URL hash, beside the program's parameters (urlSync keeps them as they are):
// `lesson=<chapter>&ls=<step>` (1-based, as the panel counts). What the person had before the
// lesson is kept in the session's storage, so that leaving after a reload still returns it.

const HOME_KEY = 'backprop-lens:lesson-home';

type Session = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The lesson a hash names, if it is one of `chapters`, and its step (0-based). */
export function readLesson(
  hash: string,
  chapters: readonly Chapter[],
): { chapter: Chapter; step: number } | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const chapter = chapters.find((c) => c.id === params.get('lesson'));
  if (!chapter) return null;
  const step = Number(params.get('ls') ?? '1');
  return { chapter, step: Number.isInteger(step) && step >= 1 ? step - 1 : 0 };
}

/** `hash` with its lesson parameters replaced by `parts`, every other part kept in place. */
export function withLessonParams(hash: string, parts: readonly string[]): string {
  const kept = hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => part !== '' && !/^(lesson|ls)=/.test(part));
  const all = [...kept, ...parts];
  return all.length > 0 ? `#${all.join('&')}` : '';
}

function session(): Session | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

function storedHome(storage: Session | null): SharedState | undefined {
  try {
    const text = storage?.getItem(HOME_KEY);
    return text ? (JSON.parse(text) as SharedState) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps the hash's lesson parameters and the store's lesson in step, both ways, and opens the
 * lesson a link names at start. Returns a function that disconnects.
 */
export function connectLessonUrl(
  store: AppStore,
  chapters: readonly Chapter[],
  win: Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'> = window,
  storage: Session | null = session(),
): () => void {
  const write = () => {
    const { lesson, lessonHome } = store.getState();
    const parts = lesson
      ? [`lesson=${encodeURIComponent(lesson.chapter)}`, `ls=${lesson.step + 1}`]
      : [];
    const { pathname, search, hash } = win.location;
    const next = withLessonParams(hash, parts);
    if (next !== hash) win.history.replaceState(win.history.state, '', pathname + search + next);
    try {
      if (lessonHome) storage?.setItem(HOME_KEY, JSON.stringify(lessonHome));
      else storage?.removeItem(HOME_KEY);
    } catch {
      // Storage refused: leaving after a reload returns the lesson's program instead.
    }
  };
  const follow = () => {
    const linked = readLesson(win.location.hash, chapters);
    const { lesson } = store.getState();
    if (!linked) {
      if (lesson) store.getState().closeLesson();
      return;
    }
    if (lesson?.chapter === linked.chapter.id && lesson.step === linked.step) return;
    store
      .getState()
      .openLesson(linked.chapter, linked.step, lesson ? undefined : storedHome(storage));
  };
  follow();
  const unsubscribe = store.subscribe((state, before) => {
    if (state.lesson !== before.lesson || state.lessonHome !== before.lessonHome) write();
  });
  const onHash = () => follow();
  win.addEventListener('hashchange', onHash);
  return () => {
    unsubscribe();
    win.removeEventListener('hashchange', onHash);
  };
}
