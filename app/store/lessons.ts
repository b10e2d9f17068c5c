import type { StateCreator } from 'zustand';
import { lessonState } from '../lessons/apply.ts';
import type { Chapter } from '../lessons/types.ts';
import type { TrainingConfig } from '../training/config.ts';
import { snapshotOf } from './history.ts';
import type { SharedState } from './program.ts';
import { viewFromShared } from './sharedView.ts';
import type { AppState } from './state.ts';

/** Where a reader is in a lesson. */
export interface LessonPlace {
  readonly chapter: string;
  readonly step: number;
  /** The step's prediction has been revealed. */
  readonly revealed: boolean;
}

export interface LessonsSlice {
  readonly lesson: LessonPlace | null;
  /** What the person had before the lesson: leaving returns it (their training data too). */
  readonly lessonHome: SharedState | null;
  readonly lessonTrainingHome: TrainingConfig | null;
  /**
   * Opens `chapter` at `step`, keeping what the person had to return to (`home`, when a
   * reload in a lesson found it in the session's storage).
   */
  openLesson(chapter: Chapter, step?: number, home?: SharedState): void;
  /** Shows step `step` (clamped), its prediction not revealed. */
  showLessonStep(chapter: Chapter, step: number): void;
  revealLesson(chapter: Chapter): void;
  /** Leaves the lesson: the person's own program, inputs and view again. */
  closeLesson(): void;
}

/**
 * The lesson slice: a lesson sets the program, inputs and view of each step directly, without
 * undo steps (Undo inside a lesson would fight it), and leaving restores what the person had.
 */
export const createLessonsSlice: StateCreator<AppState, [], [], LessonsSlice> = (set, get) => {
  const show = (chapter: Chapter, step: number, revealed: boolean, home: SharedState | null) => {
    // The first step of a lesson puts the person's training set-up aside with their program.
    const trainingHome = get().lesson ? get().lessonTrainingHome : get().training;
    const clamped = Math.max(0, Math.min(step, chapter.steps.length - 1));
    const { source, overrides, view, training } = lessonState(chapter, clamped, revealed);
    // The same set-up as the step before keeps its training history (Train across steps).
    const setUp = (c: TrainingConfig | null) =>
      c && JSON.stringify([c.data, c.learningRate, c.steps, c.fixed]);
    const same = get().lesson !== null && setUp(training) === setUp(get().training);
    set({
      source,
      overrides,
      ...viewFromShared(view),
      prune: false,
      lesson: { chapter: chapter.id, step: clamped, revealed },
      lessonHome: home,
      lessonTrainingHome: trainingHome,
      ...(same ? {} : { training, trainHistory: null, trainStop: null, trainError: null }),
    });
  };
  return {
    lesson: null,
    lessonHome: null,
    lessonTrainingHome: null,
    openLesson: (chapter, step = 0, home) =>
      show(chapter, step, false, home ?? get().lessonHome ?? snapshotOf(get())),
    showLessonStep: (chapter, step) => show(chapter, step, false, get().lessonHome),
    revealLesson: (chapter) => {
      const place = get().lesson;
      if (place) show(chapter, place.step, true, get().lessonHome);
    },
    closeLesson: () => {
      const home = get().lessonHome;
      if (!home) {
        set({ lesson: null });
        return;
      }
      set({
        source: home.source,
        overrides: home.overrides,
        ...viewFromShared(home.view),
        training: get().lessonTrainingHome,
        lesson: null,
        lessonHome: null,
        lessonTrainingHome: null,
      });
    },
  };
};
