import { fc, test as property } from '@fast-check/vitest';
import temml from 'temml';
import { describe, expect, test } from 'vitest';
import { narrationSegments, narrationTex } from './narrationTex.ts';

// The engine writes marks as combining characters (NFD): b̄ is b + U+0304.
const nfd = (s: string) => s.normalize('NFD');

describe('narrationTex(line)', () => {
  test.each([
    ['e = c · d = 3 · 2 = 6', String.raw`e = c \cdot d = 3 \cdot 2 = 6`],
    [nfd('ē = ∂e/∂e = 1'), String.raw`\bar{e} = \frac{\partial e}{\partial e} = 1`],
    [
      nfd('b̄ += d̄ · ∂d/∂b = 3 · 1 = 3   (b̄ now 5)'),
      String.raw`\bar{b} \mathrel{+}= \bar{d} \cdot \frac{\partial d}{\partial b} = 3 \cdot 1 = 3 \text{   (} \bar{b} \text{ now } 5 \text{)}`,
    ],
    [
      nfd('ė += ∂e/∂d · ḋ = 3 · 1 = 3   (ė now 5)'),
      String.raw`\dot{e} \mathrel{+}= \frac{\partial e}{\partial d} \cdot \dot{d} = 3 \cdot 1 = 3 \text{   (} \dot{e} \text{ now } 5 \text{)}`,
    ],
    [
      'e = c · d, so ∂e/∂d = c = 3',
      String.raw`e = c \cdot d \text{, so } \frac{\partial e}{\partial d} = c = 3`,
    ],
    [
      'y = x · x, so ∂y/∂x (left) = x = 3',
      String.raw`y = x \cdot x \text{, so } \frac{\partial y}{\partial x} \text{ (left) } = x = 3`,
    ],
    [
      'y = x^2, so ∂y/∂x = 2·x^(2-1) = 3',
      String.raw`y = x ^{2} \text{, so } \frac{\partial y}{\partial x} = 2 \cdot x ^{ 2 - 1 } = 3`,
    ],
    [
      'z = max(a, b), so ∂z/∂a = (a ≥ b ? 1 : 0) = 1',
      String.raw`z = \max ( a , b ) \text{, so } \frac{\partial z}{\partial a} = ( a \ge b \mathrel{?} 1 \mathrel{:} 0 ) = 1`,
    ],
    [
      'y = x^y, so ∂y/∂y = x^y·ln x = 0.5',
      String.raw`y = x ^{y} \text{, so } \frac{\partial y}{\partial y} = x ^{y} \cdot \ln x = 0.5`,
    ],
    [
      'y = w / 0, so ∂y/∂w = 1/0 = ∞. ∂(w / 0)/∂w = 1/0 = ∞ is not finite, so every derivative along this edge is NaN, even where 0 arrives',
      String.raw`y = w / 0 \text{, so } \frac{\partial y}{\partial w} = 1 / 0 = \infty \text{. } \frac{\partial ( w / 0 )}{\partial w} = 1 / 0 = \infty \text{ is not finite, so every derivative along this edge is NaN, even where } 0 \text{ arrives}`,
    ],
    ["log'(0) = ∞ is not finite", String.raw`\log ' ( 0 ) = \infty \text{ is not finite}`],
    [
      nfd('h̄1 += ∂loss/∂loss · 1e-5 = 2   (h̄1 now 2)'),
      String.raw`\overline{\mathrm{h1}} \mathrel{+}= \frac{\partial \mathrm{loss}}{\partial \mathrm{loss}} \cdot 1\mathrm{e}{-5} = 2 \text{   (} \overline{\mathrm{h1}} \text{ now } 2 \text{)}`,
    ],
    [
      's = σ(t1), so ∂s/∂t1 = σ(t1)·(1 - σ(t1)) = 0.196612',
      String.raw`s = \sigma ( \mathrm{t1} ) \text{, so } \frac{\partial s}{\partial \mathrm{t1}} = \sigma ( \mathrm{t1} ) \cdot ( 1 - \sigma ( \mathrm{t1} ) ) = 0.196612`,
    ],
    ['y = a*b + sin(c) = 6', String.raw`y = a \cdot b + \sin ( c ) = 6`],
    [
      'Reverse mode starts at e, which changes one for one with itself.',
      String.raw`\text{Reverse mode starts at } e \text{, which changes one for one with itself.}`,
    ],
    [
      'One statement, drawn as one node: its operations are computed in turn.',
      String.raw`\text{One statement, drawn as one node: its operations are computed in turn.}`,
    ],
    ['从 b 开始', String.raw`\text{从 } b \text{ 开始}`],
    ['2', '2'],
    ['', ''],
  ])('%s', (line, tex) => {
    expect(narrationTex(line)).toBe(tex);
  });
});

test('narrationSegments cuts formulas before relations, so a narrow screen can wrap them', () => {
  const formulas = narrationSegments('e = c · d = 3 · 2 = 6').filter((s) => s.kind === 'math');
  expect(formulas.map((s) => s.plain)).toEqual(['e', '= c · d', '= 3 · 2', '= 6']);
});

test('a table header becomes one fraction and its note', () => {
  expect(narrationTex('∂output/∂node')).toBe(
    String.raw`\frac{\partial \mathrm{output}}{\partial \mathrm{node}}`,
  );
  expect(narrationTex('∂node/∂learning_rate (forward)')).toBe(
    String.raw`\frac{\partial \mathrm{node}}{\partial \mathrm{learning\_rate}} \text{ (forward)}`,
  );
});

// Lines built from narration's own characters, so the odd cases (lone marks, brackets, ∂) come up.
const narrationish = fc
  .array(
    fc.oneof(
      fc.constantFrom(...'∂/()^·=+-*,.:?\'"{}\\$&#%_~ ²∞σ\u0304\u0307abxyz019e'.split('')),
      fc.constantFrom('+=', ' so ', 'now', 'NaN', 'ln ', 'max(', "log'(", '1e-5', '开始', 'и'),
      fc.string({ maxLength: 3, unit: 'grapheme' }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('narrationTex never fails', () => {
  property.prop([fc.oneof(fc.string({ unit: 'binary' }), narrationish)])(
    'on any string: it returns, and Temml parses every formula',
    (line) => {
      const segments = narrationSegments(line);
      for (const s of segments)
        if (s.kind === 'math')
          expect(() => temml.renderToString(s.tex, { throwOnError: true })).not.toThrow();
      // Nothing is lost: the segments' plain text is the line again.
      expect(segments.map((s) => (s.kind === 'math' ? s.plain : s.text)).join('')).toBe(line);
      expect(typeof narrationTex(line)).toBe('string');
    },
  );
});

describe('narrationTex, characters Temml takes only in maths mode', () => {
  test.each([
    "''",
    "f'' = 2",
    "'^/",
    "f'^2",
    'x²^3',
    "g'²",
    '∏',
    'a ∏ b',
    'x̄ += ∑ · 2',
    'b\u2029c = 1',
    '∫ and ⨀',
  ])('%s parses', (line) => {
    for (const s of narrationSegments(line))
      if (s.kind === 'math')
        expect(() => temml.renderToString(s.tex, { throwOnError: true })).not.toThrow();
  });
});

describe('names with digits', () => {
  test.each(['w11', 'w12', 'x112', 'abc12', 'h1', 'w11\u0304'])('%s keeps every digit', (name) => {
    const text = temml.renderToString(narrationTex(`${name} = 2`)).replace(/<[^>]+>/g, '');
    expect(text).toContain(name.replace(/\p{M}/gu, ''));
  });
});
