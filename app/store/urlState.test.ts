import { describe, expect, it } from 'vitest';
import { DEFAULT_PROGRAM } from './program.ts';
import { decodeHash, encodeHash, programKey, readLink, STORED_PROGRAM_PREFIX } from './urlState.ts';

describe('encodeHash / decodeHash', () => {
  it('encodeHash writes the program and the input values readably', () => {
    expect(encodeHash({ source: '(a+b)*(b+1)', overrides: { a: 2, b: 1 } })).toBe(
      '#p=(a%2Bb)*(b%2B1)&at=a:2,b:1',
    );
  });

  it.each([
    ['colah', DEFAULT_PROGRAM, { a: 2.5, b: -1 }],
    ['symbols that URLs treat specially', 'x = 1 # c & d = e + f; g%2B ? / ', {}],
    ['spaces, plus and tabs', 'a + b\t+ c  +  d', { c: 1e-7 }],
    ['Greek names', 'θ = 0.5\ny = sin(θ) ** 2', { θ: 0.1 + 0.2 }],
    ['an empty program', '', {}],
    ['blank lines and CRLF', 'a = 1\r\n\r\n\nb = a * a\n', { a: -0.5 }],
  ])('a hash round-trips %s exactly', (_, source, overrides) => {
    expect(decodeHash(encodeHash({ source, overrides }))).toEqual({ source, overrides });
  });

  it('encodeHash replaces a lone surrogate instead of throwing', () => {
    expect(decodeHash(encodeHash({ source: 'a\uD800b', overrides: {} })).source).toBe('a\uFFFDb');
  });

  it('decodeHash gives the default program and no values for an empty hash', () => {
    expect(decodeHash('')).toEqual({ source: DEFAULT_PROGRAM, overrides: {} });
    expect(decodeHash('#')).toEqual({ source: DEFAULT_PROGRAM, overrides: {} });
  });

  it('decodeHash skips malformed input values', () => {
    expect(decodeHash('#p=x&at=a:1,b:,:3,c,d:zz,e:Infinity,f: 4 ').overrides).toEqual({
      a: 1,
      f: 4,
    });
  });

  it('a view round-trips with seeds by name, orientation, collapse, expanded statements, follow', () => {
    const view = {
      mode: 'reverse' as const,
      forwardFrom: 'θ 1',
      reverseFrom: 'loss',
      step: 4,
      orientation: 'right' as const,
      collapse: true,
      expanded: ['h1', 'h2'],
      follow: false,
    };
    const hash = encodeHash({ source: 'x', overrides: {}, view });
    expect(hash).toContain('of=loss');
    expect(hash).toContain('orient=right&collapse=1&open=h1,h2&follow=0');
    expect(decodeHash(hash).view).toEqual(view);
    expect(decodeHash('#p=x&orient=sideways&collapse=2').view).toBeUndefined();
  });

  it('decodeHash reads a form-encoded plus as a space, and %2B as plus', () => {
    expect(decodeHash('#p=a+%2B+b').source).toBe('a + b');
  });

  it.each([
    ['#mode=reverse', { view: { mode: 'reverse' } }],
    ['#at=a:3', { overrides: { a: 3 } }],
    ['#foo', {}],
    ['#', {}],
    ['#p=x&s=k1', { source: 'x', storedKey: 'k1' }],
  ])('readLink(%s) gives only what the hash says', (hash, link) => {
    expect(readLink(hash)).toEqual(link);
  });

  it('a program named by its storage key round-trips through that storage, else the example', () => {
    const source = 'a = 1\nb = a * 2';
    const key = programKey(source);
    const hash = encodeHash({ source, overrides: { a: 1 } }, key);
    expect(hash).toBe(`#s=${key}&at=a:1`);
    const storage = { getItem: (k: string) => (k === STORED_PROGRAM_PREFIX + key ? source : null) };
    expect(decodeHash(hash, storage)).toEqual({ source, overrides: { a: 1 } });
    expect(decodeHash(hash, null).source).toBe(DEFAULT_PROGRAM);
  });

  it('programKey tells programs apart, by content and length', () => {
    expect(programKey('a = 1')).toBe(programKey('a = 1'));
    expect(programKey('a = 1')).not.toBe(programKey('a = 2'));
    expect(programKey('')).toMatch(/^[0-9a-f]{8}-0$/);
  });
});
