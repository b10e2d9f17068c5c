import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawnLength } from './nodeBox.ts';

/** The definition, slowly: code points that are not combining marks. */
const byDefinition = (text: string) => [...text].filter((ch) => !/\p{M}/u.test(ch)).length;

describe('drawnLength', () => {
  it('counts what is drawn: combining bars and dots add nothing, astral letters count once', () => {
    expect(drawnLength('c = a + b')).toBe(9);
    expect(drawnLength('b̄ = 3')).toBe(5);
    expect(drawnLength('ẋ += ḃ · ∂x/∂b')).toBe(14);
    expect(drawnLength('𝑥 = 1')).toBe(5);
    expect(drawnLength('\ud835a\udc65')).toBe(3); // lone surrogates count as one each
  });

  it('agrees with the definition on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(drawnLength(text)).toBe(byDefinition(text));
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(drawnLength(text)).toBe(byDefinition(text));
      }),
    );
  });
});
