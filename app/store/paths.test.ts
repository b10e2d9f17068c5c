import { describe, expect, it } from 'vitest';
import { measureKey } from './paths.ts';
import { createAppStore } from './store.ts';

describe('the paths slice', () => {
  it('a measurement runs, reports progress, and keeps its times', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().labStarted('k');
    s().labProgressed({ method: 'reverse', index: 3, methods: 5, runs: 2 });
    expect(s().lab).toMatchObject({ status: 'running', key: 'k', progress: { runs: 2 } });
    s().labMeasured([]);
    expect(s().lab).toMatchObject({ status: 'done', key: 'k', progress: null, timings: [] });
    // Late progress from a finished run changes nothing.
    s().labProgressed({ method: 'reverse', index: 3, methods: 5, runs: 9 });
    expect(s().lab.progress).toBeNull();
    s().labStopped('cancelled');
    expect(s().lab).toMatchObject({ status: 'cancelled', timings: null, failure: null });
  });

  it('the measured key changes with the program, the inputs and the chosen ends', () => {
    const store = createAppStore();
    const s = () => store.getState();
    const before = measureKey(s());
    s().setInput('a', 3);
    const inputs = measureKey(s());
    expect(inputs).not.toBe(before);
    // The program counts once its answer is on screen, not while it is typed.
    s().setSource('x*x');
    expect(measureKey(s())).toBe(inputs);
    s().requestSent('x*x');
    s().receive({ type: 'invalid', id: 1, diagnostics: [] });
    expect(measureKey(s())).not.toBe(inputs);
  });

  it('From and To set the seeds of both modes whatever the mode shown', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().setMode('reverse');
    s().setForwardFrom('b');
    s().setReverseFrom('c');
    expect([s().forwardFrom, s().reverseFrom, s().mode]).toEqual(['b', 'c', 'reverse']);
  });
});
