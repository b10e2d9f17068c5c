import { useEffect, useRef } from 'react';

export interface KeyboardActions {
  readonly togglePlay: () => void;
  readonly step: (delta: number) => void;
  readonly toStart: () => void;
  readonly toEnd: () => void;
}

/**
 * True when the focused control already uses this key: text fields use every key, sliders and
 * menus the arrows, Home and End, and buttons, checkboxes (and graph nodes) Space, which
 * presses them.
 */
function ownedByControl(key: string, target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input[type="checkbox"], input[type="radio"]')) return key === ' ';
  if (target.closest('textarea, [contenteditable], input:not([type="range"])')) return true;
  if (target.closest('input[type="range"], select')) return key !== ' ';
  if (target.closest('button, [role="button"]')) return key === ' ';
  return false;
}

function keyAction(key: string, actions: KeyboardActions): (() => void) | undefined {
  switch (key) {
    case ' ':
      return actions.togglePlay;
    case 'ArrowRight':
      return () => actions.step(1);
    case 'ArrowLeft':
      return () => actions.step(-1);
    case 'Home':
      return actions.toStart;
    case 'End':
      return actions.toEnd;
    default:
      return undefined;
  }
}

/**
 * Space plays or pauses, Left/Right step, Home/End jump, anywhere on the page except where the
 * focused control already uses the key (the editor, a number field, the timeline slider).
 */
export function useKeyboardControls(actions: KeyboardActions, enabled: boolean): void {
  // The listener reads the newest actions through a ref, so it is added once, not per render.
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || ownedByControl(event.key, event.target))
        return;
      const run = keyAction(event.key, latest.current);
      if (!run) return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
