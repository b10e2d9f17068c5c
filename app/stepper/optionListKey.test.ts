import { describe, expect, it } from 'vitest';
import { optionListKey } from './optionListKey.ts';

describe('optionListKey', () => {
  it('is the same for the same options and changes when an option or its text does', () => {
    const list = [
      { id: 0, text: 'a' },
      { id: 3, text: 'c = a + b' },
    ];
    expect(optionListKey(list)).toBe(optionListKey(list.map((o) => ({ ...o }))));
    expect(optionListKey(list)).not.toBe(optionListKey(list.slice(0, 1)));
    expect(optionListKey(list)).not.toBe(optionListKey([list[0]!, { id: 3, text: 'c = a * b' }]));
    expect(optionListKey(list)).not.toBe(optionListKey([list[0]!, { id: 4, text: 'c = a + b' }]));
  });
});
