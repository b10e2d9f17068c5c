// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { checkpointCosts } from '../../src/index.ts';
import { StoreProvider } from '../store/context.tsx';
import { createAppStore } from '../store/store.ts';
import { CheckpointPanel } from './CheckpointPanel.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let host: HTMLElement | undefined;
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
});

/** Mounts the panel for a chain of `nodes` values; `draw` re-renders it with new props. */
function mount(nodes: number, outputName = 'loss') {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  const store = createAppStore();
  const draw = (n: number) =>
    act(() =>
      root!.render(
        <StoreProvider store={store}>
          <CheckpointPanel nodes={n} outputName={outputName} />
        </StoreProvider>,
      ),
    );
  draw(nodes);
  const panel = host;
  const label = () => panel.querySelector('label')!;
  return {
    host: panel,
    draw,
    // The slider is named by the label's id, the field is the label's own control.
    slider: () =>
      [...panel.querySelectorAll<HTMLInputElement>('input[type="range"]')].find(
        (input) => input.getAttribute('aria-labelledby') === label().id,
      )!,
    field: () => document.getElementById(label().htmlFor) as HTMLInputElement,
    row: (id: string) =>
      [...panel.querySelectorAll(`tr[data-row="${id}"] > *`)].map((c) => c.textContent),
  };
}

/** Sets an input's value as a person would (React listens to `input`). */
function enter(input: HTMLInputElement, value: string) {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('CheckpointPanel', () => {
  it('is a region named by its heading, and names the output and n', () => {
    const panel = mount(100);
    const section = panel.host.querySelector('section')!;
    const heading = document.getElementById(section.getAttribute('aria-labelledby')!);
    expect(heading?.tagName).toBe('H2');
    expect(heading?.textContent).toBe('Store or recompute');
    expect(panel.host.querySelector('.checkpoint-explain var')?.textContent).toBe('loss');
    expect(panel.host.querySelector('.checkpoint-explain')?.textContent).toContain('100 of them');
  });

  it('starts at round(√n) − 1 checkpoints, with the slider and the field both labelled', () => {
    const panel = mount(100);
    expect(panel.field().value).toBe('9');
    expect(panel.field().type).toBe('number');
    expect(panel.host.querySelector('label')?.textContent).toBe('Checkpoints');
    expect(panel.slider().getAttribute('aria-valuetext')).toBe('9 checkpoints');
    const { peakStored, recomputed } = checkpointCosts(100, 9);
    expect(panel.row('chosen')).toEqual([
      'Chosen',
      '9',
      String(peakStored),
      `${recomputed} (+82%)`,
    ]);
    expect(panel.row('plain')).toEqual(['Store every value', '0', '100', '0 (0%)']);
    expect(panel.row('sqrt')?.slice(0, 3)).toEqual(['About √n segments', '9', String(peakStored)]);
  });

  it('follows a typed k, ignores one out of range, and puts the field back on leaving it', () => {
    const panel = mount(100);
    enter(panel.field(), '3');
    const three = checkpointCosts(100, 3);
    expect(panel.row('chosen')?.slice(1, 3)).toEqual(['3', String(three.peakStored)]);
    expect(panel.slider().value).toBe('3');
    expect(panel.host.querySelector('.checkpoint-summary')?.textContent).toContain(
      `at most ${three.peakStored} values`,
    );
    enter(panel.field(), '100');
    expect(panel.field().getAttribute('aria-invalid')).toBe('true');
    expect(panel.row('chosen')?.[1]).toBe('3');
    act(() => panel.field().dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    expect(panel.field().value).toBe('3');
  });

  it('moves over the sweep’s values of k with the slider on a long chain', () => {
    const panel = mount(5000);
    const slider = panel.slider();
    expect(Number(slider.max)).toBeLessThanOrEqual(201);
    enter(slider, slider.max);
    expect(panel.field().value).toBe('4999');
    expect(panel.row('chosen')?.[2]).toBe('5,000');
    enter(slider, '0');
    expect(panel.field().value).toBe('0');
  });

  it('keeps a chosen k when the program grows, clamped when it shrinks', () => {
    const panel = mount(100);
    enter(panel.field(), '40');
    panel.draw(200);
    expect(panel.field().value).toBe('40');
    panel.draw(20);
    expect(panel.field().value).toBe('19');
  });

  it('marks the chosen k and √n on the chart, on a log peak axis from n = 100', () => {
    const small = mount(12);
    expect(small.host.querySelector('.chart-axis-label')?.textContent).toBe('peak stored values');
    expect(small.host.querySelector('[data-mark="chosen"] text')?.textContent).toBe('k = 2 ≈ √n');
    expect(small.host.querySelector('[data-mark="sqrt"]')).toBeNull();
    enter(small.field(), '5');
    expect(small.host.querySelector('[data-mark="chosen"] text')?.textContent).toBe('k = 5');
    expect(small.host.querySelector('[data-mark="sqrt"] text')?.textContent).toBe('k ≈ √n');
    small.draw(100);
    expect(small.host.querySelector('.chart-axis-label')?.textContent).toBe(
      'peak stored values (log scale)',
    );
    expect(small.host.querySelectorAll('.checkpoint-dots circle')).toHaveLength(100);
  });

  it('draws exactly two guides to the chosen point, also after k = 0', () => {
    const panel = mount(100);
    enter(panel.field(), '0');
    enter(panel.field(), '5');
    const guides = [...panel.host.querySelectorAll('.checkpoint-guide')];
    expect(guides).toHaveLength(2);
    const dot = panel.host.querySelector('[data-mark="chosen"] circle')!;
    for (const guide of guides) expect(guide.getAttribute('x2')).toBe(dot.getAttribute('cx'));
  });

  it('says there is nothing to trade below two values', () => {
    const panel = mount(1);
    expect(panel.host.textContent).toContain('nothing to store or recompute');
    expect(panel.host.querySelector('input')).toBeNull();
  });
});
