import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store/store.ts';
import { lessonState } from './apply.ts';
import type { Chapter } from './types.ts';

const CHAPTER: Chapter = {
  id: 'test',
  title: 'title',
  summary: 'title',
  steps: [
    { source: 'a = 2\nb = 1\ne = (a + b) * (b + 1)', text: 'title' },
    { inputs: { a: 3 }, mode: 'reverse', step: 2, text: 'title' },
    {
      mode: 'forward',
      forwardFrom: 'b',
      step: 'end',
      text: 'title',
      predict: { question: 'title', answer: () => 5, revealStep: 'end' },
    },
    { source: 'x = 1\ny = x * x', text: 'title' },
    {
      source: 'w = 0\nloss = (w*x - t)^2',
      training: { data: 'x,t\n1,2\n', learningRate: 0.5 },
      text: 'title',
    },
    { mode: 'reverse', text: 'title' },
  ],
};

describe('lessonState', () => {
  it('carries the program and the inputs forward, and takes each step’s view', () => {
    expect(lessonState(CHAPTER, 0, false)).toEqual({
      source: 'a = 2\nb = 1\ne = (a + b) * (b + 1)',
      overrides: {},
      view: { mode: 'values', step: 0 },
      training: null,
    });
    expect(lessonState(CHAPTER, 1, false)).toMatchObject({
      overrides: { a: 3 },
      view: { mode: 'reverse', step: 2 },
    });
    // 'end' is the whole pass: no step in the view.
    expect(lessonState(CHAPTER, 2, true).view).toEqual({ mode: 'forward', forwardFrom: 'b' });
    // A new program starts its inputs afresh.
    expect(lessonState(CHAPTER, 3, false)).toMatchObject({
      source: 'x = 1\ny = x * x',
      overrides: {},
    });
  });
});

describe('a lesson in the store', () => {
  it('sets each step, and leaving returns what the person had, their training data too', () => {
    const store = createAppStore(
      { source: 'mine = 1', overrides: { mine: 4 } },
      {
        data: 'mine\n1\n',
        learningRate: 0.1,
        steps: 100,
        fixed: [],
        done: 0,
      },
    );
    const s = () => store.getState();
    s().openLesson(CHAPTER);
    expect(s()).toMatchObject({ source: CHAPTER.steps[0]!.source, training: null });
    expect(s().lesson).toEqual({ chapter: 'test', step: 0, revealed: false });
    s().showLessonStep(CHAPTER, 1);
    expect(s()).toMatchObject({ overrides: { a: 3 }, mode: 'reverse', step: 2 });
    // A training step sets the data and settings; the next step keeps them (and their history).
    s().showLessonStep(CHAPTER, 4);
    expect(s().training).toMatchObject({ data: 'x,t\n1,2\n', learningRate: 0.5, done: 0 });
    s().setTraining({ done: 3 });
    s().showLessonStep(CHAPTER, 5);
    expect(s().training?.done).toBe(3);
    s().showLessonStep(CHAPTER, 99);
    expect(s().lesson?.step).toBe(5);
    s().closeLesson();
    expect(s()).toMatchObject({ source: 'mine = 1', overrides: { mine: 4 }, lesson: null });
    expect(s().training?.data).toBe('mine\n1\n');
    // Lessons leave no undo steps behind.
    expect(s().past).toEqual([]);
  });
});
