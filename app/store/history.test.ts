import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../../src/index.ts';
import {
  capped,
  GROUP_PAUSE_MS,
  HISTORY_LIMIT,
  HISTORY_TEXT_BUDGET,
  type Snapshot,
  startsWord,
  WORD_GROUPING_LIMIT,
} from './history.ts';
import { createAppStore } from './store.ts';

const START = 'a = 2\nb = a * a\n';
const EXAMPLE = { source: 'x = 1\ny = x + 1\n', overrides: {}, view: { collapse: false } };

/** Types `text` at the end of the program, one key every `gapMs`. */
function type(store: ReturnType<typeof createAppStore>, text: string, gapMs = 100) {
  for (const char of text) {
    vi.advanceTimersByTime(gapMs);
    store.getState().setSource(store.getState().source + char);
  }
}

describe('undo history', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const fresh = () => createAppStore({ source: START, overrides: {} });

  it('typing a word quickly is one undo step; a pause starts another', () => {
    const store = fresh();
    type(store, 'c');
    type(store, 'd');
    vi.advanceTimersByTime(GROUP_PAUSE_MS + 1);
    type(store, 'e');
    expect(store.getState().past).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().source).toBe(`${START}cd`);
    store.getState().undo();
    expect(store.getState().source).toBe(START);
    expect(store.getState().past).toHaveLength(0);
  });

  it('each word typed without pausing is its own step', () => {
    const store = fresh();
    type(store, 'c = a + b');
    expect(store.getState().past).toHaveLength(5);
    store.getState().undo();
    expect(store.getState().source).toBe(`${START}c = a + `);
    store.getState().undo();
    expect(store.getState().source).toBe(`${START}c = a `);
  });

  it('undo then redo returns to the newest state, without recording steps of their own', () => {
    const store = fresh();
    type(store, 'c');
    store.getState().loadShared(EXAMPLE);
    store.getState().undo();
    expect(store.getState()).toMatchObject({ source: `${START}c`, collapse: null });
    expect(store.getState().past).toHaveLength(1);
    expect(store.getState().future).toHaveLength(1);
    store.getState().redo();
    expect(store.getState()).toMatchObject({ source: EXAMPLE.source, collapse: false });
    expect(store.getState().past).toHaveLength(2);
    expect(store.getState().future).toHaveLength(0);
  });

  it('a new change after undo drops the redo states', () => {
    const store = fresh();
    store.getState().setMode('reverse');
    store.getState().undo();
    expect(store.getState().future).toHaveLength(1);
    store.getState().setInput('a', 3);
    expect(store.getState().future).toHaveLength(0);
    store.getState().redo();
    expect(store.getState()).toMatchObject({ mode: 'values', overrides: { a: 3 } });
  });

  it('typing after an undo starts a new step even within the pause', () => {
    const store = fresh();
    type(store, 'c');
    store.getState().undo();
    type(store, 'd');
    store.getState().undo();
    expect(store.getState().source).toBe(START);
  });

  it('a slider drag (one input, many values) is one step; another input is another', () => {
    const store = fresh();
    for (let i = 1; i <= 50; i++) {
      vi.advanceTimersByTime(16);
      store.getState().setInput('a', i / 10);
    }
    store.getState().setInput('b', 7);
    expect(store.getState().past).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().overrides).toEqual({ a: 5 });
    store.getState().undo();
    expect(store.getState().overrides).toEqual({});
  });

  it('mode changes are steps and restore the step shown; stepping and playing are not', () => {
    const store = fresh();
    store.getState().setStep(2);
    store.getState().setMode('reverse');
    store.getState().setStep(4);
    store.getState().setPlaying(true);
    store.getState().setStep(5);
    store.getState().setMode('forward');
    expect(store.getState().past.map((s) => s.view?.mode)).toEqual(['values', 'reverse']);
    store.getState().undo();
    expect(store.getState()).toMatchObject({ mode: 'reverse', step: 5, playing: false });
    store.getState().undo();
    expect(store.getState()).toMatchObject({ mode: 'values', step: 2 });
  });

  it('an engine answer, a viewport change or an unchanged value records nothing', () => {
    const store = fresh();
    const analysis = { value: 4 } as Analysis;
    const seeds = { forward: 0, reverse: 1 };
    store.getState().requestSent(START);
    store.getState().receive({
      type: 'analysis',
      id: 1,
      analysis,
      seeds,
      drawing: { structureKey: 'k', layout: null, refining: false },
      view: {
        drawn: analysis,
        seeds,
        collapsed: false,
        collapsible: false,
        expanded: [],
        expandable: [],
        shared: 0,
      },
    });
    store.getState().setViewport(800, 600);
    store.getState().setFollow(false);
    store.getState().setSource(START);
    store.getState().setMode('values');
    store.getState().openLink({ source: START, overrides: {} });
    expect(store.getState().past).toHaveLength(0);
  });

  it('undo keeps the follow preference and the engine results as they are', () => {
    const store = fresh();
    store.getState().setMode('reverse');
    store.getState().setFollow(false);
    store.getState().undo();
    expect(store.getState()).toMatchObject({ mode: 'values', follow: false });
  });

  it('seeds, tree view, orientation and collapse are steps (undo never reverts them silently)', () => {
    const store = fresh();
    store.getState().chooseNode('a');
    store.getState().setSharing(false);
    store.getState().setOrientation('right');
    store.getState().setCollapse(false);
    expect(store.getState().past).toHaveLength(4);
    store.getState().undo();
    expect(store.getState()).toMatchObject({ collapse: null, orientation: 'right' });
  });

  it(`keeps the newest ${HISTORY_LIMIT} steps`, () => {
    const store = fresh();
    for (let i = 0; i < HISTORY_LIMIT + 20; i++)
      store.getState().setMode(i % 2 ? 'values' : 'reverse');
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT);
    while (store.getState().past.length > 0) store.getState().undo();
    expect(store.getState().future).toHaveLength(HISTORY_LIMIT);
  });

  it('keeps the program text within its budget, counting a text shared by neighbours once', () => {
    const big = (c: string) => c.repeat(HISTORY_TEXT_BUDGET / 4);
    const snapshot = (source: string): Snapshot => ({ source, overrides: {} });
    const sameText = Array.from({ length: 10 }, () => snapshot(big('a')));
    expect(capped(sameText)).toHaveLength(10);
    const different = ['a', 'b', 'c', 'd', 'e', 'f'].map((c) => snapshot(big(c)));
    expect(capped(different).map((s) => s.source[0])).toEqual(['c', 'd', 'e', 'f']);
    // A single step larger than the budget is still kept: undo works once.
    expect(capped([snapshot(big('x').repeat(5))])).toHaveLength(1);
  });
});

describe('startsWord', () => {
  it.each([
    ['a', 'a ', false],
    ['a ', 'a b', true],
    ['a\n', 'a\nb', true],
    ['ab', 'abc', false],
    ['', 'a', false],
    ['a  b', 'a c b', true],
    ['a  b', 'a  cb', true],
    ['a b', 'a xyb', false],
  ])('%j -> %j: %s', (before, after, expected) => {
    expect(startsWord(before, after)).toBe(expected);
  });

  it('groups the typing of a very long program by pauses alone (no scan per keystroke)', () => {
    const long = `${'a'.repeat(WORD_GROUPING_LIMIT)} `;
    expect(startsWord(long, `${long}b`)).toBe(false);
  });
});
