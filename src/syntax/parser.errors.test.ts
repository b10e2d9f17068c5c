import { describe, expect, it } from 'vitest';
import type { DiagnosticCode } from './diagnostics.ts';
import { parseProgram } from './parser.ts';
import { toSExpression } from './sexpr.ts';

interface FailureRow {
  readonly input: string;
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

const row = (input: string, code: DiagnosticCode, message: string, start: number, end: number) => ({
  input,
  code,
  message,
  start,
  end,
});

const FAILURES: readonly FailureRow[] = [
  // Every row of the error table in LANGUAGE.md.
  row('(a+b', 'missing-close-paren', "Expected ')' to close '(' at 1:1", 4, 4),
  row('a+*b', 'unexpected-token', "Unexpected '*' at 1:3", 2, 3),
  row(
    'sin()',
    'wrong-arity',
    'Wrong number of arguments at 1:1: sin takes 1 argument, got 0',
    0,
    5,
  ),
  row(
    'max(a)',
    'wrong-arity',
    'Wrong number of arguments at 1:1: max takes 2 arguments, got 1',
    0,
    6,
  ),
  row('foo(a)', 'unknown-function', "Unknown function 'foo' at 1:1; did you mean 'cos'?", 0, 3),
  row('c = a\nc = 2', 'redefined-name', "'c' is already defined at 1:1", 6, 7),
  row(
    'x = y + 1\ny = 2',
    'used-before-assigned',
    "'y' is used at 1:5 before it is assigned at 2:1",
    4,
    5,
  ),
  row('3 $ 4', 'unexpected-character', "Unexpected character '$' at 1:3", 2, 3),
  // More of the same kinds.
  row('x = sin(a', 'missing-close-paren', "Expected ')' to close '(' at 1:8", 9, 9),
  row('(a+b  # c\nd', 'missing-close-paren', "Expected ')' to close '(' at 1:1", 4, 4),
  row('sinn(x)', 'unknown-function', "Unknown function 'sinn' at 1:1; did you mean 'sin'?", 0, 4),
  row('frobnicate(x)', 'unknown-function', "Unknown function 'frobnicate' at 1:1", 0, 10),
  row(
    'pow(2, 3, 4)',
    'wrong-arity',
    'Wrong number of arguments at 1:1: pow takes 2 arguments, got 3',
    0,
    12,
  ),
  row(
    'x = x + 1',
    'used-before-assigned',
    "'x' is used at 1:5 in its own assignment at 1:1; each name is assigned once, so give the new value a new name",
    4,
    5,
  ),
  row('1 + 😀', 'unexpected-character', "Unexpected character '😀' at 1:5", 4, 6),
  row('a\u200b', 'unexpected-character', 'Unexpected character U+200B at 1:2', 1, 2),
  row('a $%', 'unexpected-character', "Unexpected characters '$%' at 1:3", 2, 4),
  row('x.y', 'unexpected-character', "Unexpected character '.' at 1:2", 1, 2),
  row('1e', 'invalid-number', "Invalid number '1e' at 1:1; expected digits after 'e'", 0, 2),
  row('2 * 1E+x', 'invalid-number', "Invalid number '1E' at 1:5; expected digits after 'E'", 4, 6),
  row(
    '1.2.3',
    'invalid-number',
    "Invalid number '1.2.3' at 1:1; a number has at most one decimal point",
    0,
    5,
  ),
  row(
    'a = ',
    'unexpected-end',
    "Unexpected end of the program at 1:4; expected an expression after '='",
    3,
    3,
  ),
  row(
    'a = \nb = 2',
    'unexpected-end',
    "Unexpected end of the line at 1:4; expected an expression after '='",
    3,
    3,
  ),
  row(
    'a = ;',
    'unexpected-end',
    "Unexpected end of the statement at 1:4; expected an expression after '='",
    3,
    3,
  ),
  row(
    '2 +',
    'unexpected-end',
    "Unexpected end of the program at 1:4; expected an expression after '+'",
    3,
    3,
  ),
  row('()', 'unexpected-token', "Unexpected ')' at 1:2", 1, 2),
  row('max(a,)', 'unexpected-token', "Unexpected ')' at 1:7", 6, 7),
  row('= 3', 'unexpected-token', "Unexpected '=' at 1:1", 0, 1),
  row(
    'a b',
    'unexpected-token',
    "Unexpected 'b' at 1:3; expected an operator such as '*' or the end of the statement",
    2,
    3,
  ),
  row(
    '2x',
    'unexpected-token',
    "Unexpected 'x' at 1:2; expected an operator such as '*' or the end of the statement",
    1,
    2,
  ),
  row('a+b)', 'unexpected-token', "Unexpected ')' at 1:4; there is no '(' for it to close", 3, 4),
  row(
    'a = b = 3',
    'unexpected-token',
    "Unexpected '=' at 1:7; a statement assigns one name, as in 'c = a + b'",
    6,
    7,
  ),
  row('(a b)', 'unexpected-token', "Unexpected 'b' at 1:4; expected ')' to close '(' at 1:1", 3, 4),
  row(
    'max(a b)',
    'unexpected-token',
    "Unexpected 'b' at 1:7; expected ',' or ')' to close '(' at 1:4",
    6,
    7,
  ),
  row('pi = 3', 'reserved-name', "Cannot assign to 'pi' at 1:1; it is the constant π", 0, 2),
  row('', 'empty-program', 'The program is empty: type an expression such as (a+b)*(b+1)', 0, 0),
  row(
    ' # nothing\n\n',
    'empty-program',
    'The program is empty: type an expression such as (a+b)*(b+1)',
    0,
    12,
  ),
];

describe('parseProgram on invalid programs', () => {
  it.each(FAILURES)('$input gives $code', ({ input, code, message, start, end }) => {
    const { diagnostics } = parseProgram(input);
    expect(diagnostics.map((d) => ({ code: d.code, message: d.message, ...d.span }))).toEqual([
      { code, message, start, end },
    ]);
  });

  it('points a redefinition at the first definition too', () => {
    const [diagnostic] = parseProgram('c = a\nc = 2').diagnostics;
    expect(diagnostic?.related).toMatchObject([
      { message: "'c' is first defined here", span: { start: 0, end: 1 } },
    ]);
  });

  it('reports an error in each statement and keeps the statements that parse', () => {
    const { program, diagnostics } = parseProgram('a+*b\nok = 1\nsin()\n3 $ 4; (x');
    expect(diagnostics.map((d) => [d.code, d.span.start])).toEqual([
      ['unexpected-token', 2],
      ['wrong-arity', 12],
      ['unexpected-character', 20],
      ['missing-close-paren', 27],
    ]);
    expect(
      program.statements.map((s) => (s.kind === 'expr' ? toSExpression(s.expr) : s.kind)),
    ).toEqual(['input', '(sin)']);
  });

  it('reports every use before assignment and every redefinition', () => {
    const { diagnostics } = parseProgram('s = y * y\ny = 1\ny = 2');
    expect(diagnostics.map((d) => [d.code, d.span.start])).toEqual([
      ['used-before-assigned', 4],
      ['used-before-assigned', 8],
      ['redefined-name', 16],
    ]);
  });

  it('gives line and column on later lines', () => {
    const [diagnostic] = parseProgram('a = 1\n\n  b = a +* 2').diagnostics;
    expect(diagnostic?.message).toBe("Unexpected '*' at 3:10");
  });
});
