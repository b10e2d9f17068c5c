import { describe, expect, it } from 'vitest';
import { type Analysis, phrase } from '../../src/index.ts';
import { createAppStore } from './store.ts';

const analysis = { value: 6 } as Analysis;
const seeds = { forward: 0, reverse: 1 };
const drawing = { structureKey: 'k', layout: null, refining: false };
const view = {
  drawn: analysis,
  seeds,
  collapsed: false,
  collapsible: false,
  expanded: [],
  expandable: [],
  shared: 0,
};
const diagnostic = {
  code: 'missing-close-paren',
  message: "Expected ')'",
  phrase: { key: 'syntax.missingClose', params: { open: '1:1' } },
  span: { start: 4, end: 4 },
  line: 1,
  column: 5,
  endLine: 1,
  endColumn: 5,
} as const;

describe('app store', () => {
  it('setInput and resetInput change only the overrides that need it', () => {
    const store = createAppStore({ source: 'a', overrides: { b: 1 } });
    store.getState().setInput('a', 2);
    expect(store.getState().overrides).toEqual({ b: 1, a: 2 });
    const before = store.getState().overrides;
    store.getState().setInput('a', 2);
    expect(store.getState().overrides).toBe(before);
    store.getState().resetInput('b');
    expect(store.getState().overrides).toEqual({ a: 2 });
  });

  it('receive keeps the last good analysis, marked stale, while the program has errors', () => {
    const store = createAppStore();
    store.getState().requestSent('(a+b)');
    store.getState().receive({ type: 'analysis', id: 1, analysis, seeds, drawing, view });
    expect(store.getState()).toMatchObject({ analysis, stale: false, status: 'idle' });
    store.getState().requestSent('(a+b');
    expect(store.getState().status).toBe('working');
    store.getState().receive({ type: 'invalid', id: 2, diagnostics: [diagnostic] });
    expect(store.getState()).toMatchObject({
      analysis,
      stale: true,
      diagnostics: [diagnostic],
      answeredSource: '(a+b',
    });
    store.getState().requestSent('(a+b)');
    store.getState().receive({ type: 'analysis', id: 3, analysis, seeds, drawing, view });
    expect(store.getState()).toMatchObject({ stale: false, diagnostics: [] });
  });

  it('engineRestarted and a failed answer set the status and its reason', () => {
    const store = createAppStore();
    const timedOut = phrase('engine.timedOut', { seconds: 10 });
    store.getState().engineRestarted(timedOut);
    expect(store.getState()).toMatchObject({ status: 'restarted', statusMessage: timedOut });
    const failure = phrase('engine.failed', { detail: 'x' });
    store.getState().receive({ type: 'failed', id: 1, phrase: failure });
    expect(store.getState()).toMatchObject({ status: 'failed', stale: true });
  });

  it('holds serialisable data only', () => {
    const store = createAppStore();
    store.getState().receive({ type: 'analysis', id: 1, analysis, seeds, drawing, view });
    const data = Object.fromEntries(
      Object.entries(store.getState()).filter(([, v]) => typeof v !== 'function'),
    );
    expect(structuredClone(data)).toEqual(data);
  });
});
