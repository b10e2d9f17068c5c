import { describe, expect, it } from 'vitest';
import { assignRoles } from './index.ts';

describe('assignRoles', () => {
  it('columns are data, fixed names are fixed, every other input is a parameter', () => {
    const result = assignRoles(['w', 'x', 'b', 'scale', 't'], { columns: ['t', 'x'] }, ['scale']);
    expect(result).toEqual({
      ok: true,
      roles: {
        data: [
          { name: 'x', input: 1, column: 1 },
          { name: 't', input: 4, column: 0 },
        ],
        parameters: [
          { name: 'w', input: 0 },
          { name: 'b', input: 2 },
        ],
        fixed: [{ name: 'scale', input: 3 }],
      },
    });
  });

  it.each([
    [
      ['w', 'x'],
      ['x', 'y'],
      [],
      "Column 'y' of the header (line 1) is not an input of the program (its inputs: w, x).",
    ],
    [
      ['w', 'x'],
      ['x'],
      ['q'],
      "'q' is marked fixed but is not an input of the program (its inputs: w, x).",
    ],
    [['w', 'x'], ['x'], ['x'], "'x' is a data column and cannot also be fixed."],
    [
      ['x', 't'],
      ['x', 't'],
      [],
      'No parameter is left to train: every input of the program (x, t) is a data column.',
    ],
    [
      ['w', 'x'],
      ['x'],
      ['w'],
      'No parameter is left to train: every input of the program (w, x) is a data column or fixed.',
    ],
  ])('inputs %j, columns %j, fixed %j: %s', (inputs, columns, fixed, message) => {
    const result = assignRoles(inputs, { columns }, fixed);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toBe(message);
  });
});
