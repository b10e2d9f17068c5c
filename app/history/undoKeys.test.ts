import { describe, expect, it } from 'vitest';
import { type UndoKeyEvent, undoCommand } from './undoKeys.ts';

const press = (
  key: string,
  mods: Partial<UndoKeyEvent> = {},
  code = `Key${key.toUpperCase()}`,
) => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('undoCommand', () => {
  it.each([
    ['Ctrl+Z', press('z', { ctrlKey: true }), false, 'undo'],
    ['Ctrl+Shift+Z', press('Z', { ctrlKey: true, shiftKey: true }), false, 'redo'],
    ['Ctrl+Y', press('y', { ctrlKey: true }), false, 'redo'],
    ['Cmd+Z on macOS', press('z', { metaKey: true }), true, 'undo'],
    ['Cmd+Shift+Z on macOS', press('z', { metaKey: true, shiftKey: true }), true, 'redo'],
    ['Ctrl+Z on macOS', press('z', { ctrlKey: true }), true, null],
    ['Win+Z elsewhere', press('z', { metaKey: true }), false, null],
    ['Z alone', press('z'), false, null],
    ['Ctrl+Alt+Z', press('z', { ctrlKey: true, altKey: true }), false, null],
    ['Ctrl+Shift+Y', press('Y', { ctrlKey: true, shiftKey: true }), false, null],
    ['Ctrl+A', press('a', { ctrlKey: true }), false, null],
    ['Ctrl+Z on a Russian layout (я)', press('я', { ctrlKey: true }, 'KeyZ'), false, 'undo'],
    [
      'Ctrl+Z on a German layout (y key types z)',
      press('z', { ctrlKey: true }, 'KeyY'),
      false,
      'undo',
    ],
  ])('%s', (_, event, mac, expected) => {
    expect(undoCommand(event, mac)).toBe(expected);
  });
});
