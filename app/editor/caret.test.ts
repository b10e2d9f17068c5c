import { describe, expect, it } from 'vitest';
import { type DiagnosticView, phrase } from '../../src/index.ts';
import { caretSnippet } from './caret.ts';

const at = (line: number, column: number, endLine: number, endColumn: number): DiagnosticView => ({
  code: 'unexpected-token',
  message: 'x',
  phrase: phrase('syntax.empty'),
  span: { start: 0, end: 0 },
  line,
  column,
  endLine,
  endColumn,
});

describe('caretSnippet', () => {
  it.each([
    ['an empty span at the end of the text', '(a+b', at(1, 5, 1, 5), '(a+b', '    ^'],
    ['one character', 'a+*b', at(1, 3, 1, 4), 'a+*b', '  ^'],
    ['a word on a later line', 'a = 1\nfoo(a)', at(2, 1, 2, 4), 'foo(a)', '^^^'],
    ['after a tab', '\tx $ 1', at(1, 4, 1, 5), '\tx $ 1', '\t  ^'],
    ['a span running onto the next line', 'ab\ncd', at(1, 2, 2, 1), 'ab', ' ^'],
    ['a line ending in CRLF', 'a\r\nb +\r\n', at(2, 4, 2, 4), 'b +', '   ^'],
  ])('caretSnippet points at %s', (_, source, diagnostic, text, caret) => {
    expect(caretSnippet(source, diagnostic)).toEqual({ text, caret });
  });

  it('caretSnippet cuts a long line around the position', () => {
    const source = `${'x'.repeat(200)}$${'y'.repeat(200)}`;
    const snippet = caretSnippet(source, at(1, 201, 1, 202));
    expect(snippet.text).toBe(`…${'x'.repeat(60)}$${'y'.repeat(59)}…`);
    expect(snippet.caret).toBe(`${' '.repeat(61)}^`);
  });
});
