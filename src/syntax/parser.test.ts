import { describe, expect, it } from 'vitest';
import type { Statement } from './ast.ts';
import { MAX_NESTING_DEPTH, MAX_PROGRAM_LENGTH, parseProgram } from './parser.ts';
import { namesUsedIn } from './resolve.ts';
import { toSExpression } from './sexpr.ts';

/** The statements of a program that must parse without diagnostics, in a compact form. */
function parsed(text: string): string[] {
  const { program, diagnostics } = parseProgram(text);
  expect(diagnostics).toEqual([]);
  return program.statements.map(describeStatement);
}

function describeStatement(s: Statement): string {
  if (s.kind === 'input') return `input ${s.name} = ${s.value}`;
  if (s.kind === 'assign') return `${s.name} = ${toSExpression(s.expr)}`;
  if (s.kind === 'outputs') return `outputs ${s.items.map((i) => toSExpression(i.expr)).join(' ')}`;
  return toSExpression(s.expr);
}

/** The single expression of a one-statement program, as an S-expression. */
const tree = (text: string): string => parsed(text)[0] ?? '';

describe('parseProgram on valid programs', () => {
  it("parses colah's program into inputs and named nodes", () => {
    const text = "# colah's example\na = 2\nb = 1\nc = a + b\nd = b + 1\ne = c * d\n";
    expect(parsed(text)).toEqual([
      'input a = 2',
      'input b = 1',
      'c = (+ a b)',
      'd = (+ b 1)',
      'e = (* c d)',
    ]);
  });

  it('parses (a+b)*(b+1) with spans that cover the parentheses of operands', () => {
    const { program } = parseProgram('(a+b)*(b+1)');
    const statement = program.statements[0];
    expect(statement?.kind).toBe('expr');
    if (statement?.kind !== 'expr') return;
    expect(toSExpression(statement.expr)).toBe('(* (+ a b) (+ b 1))');
    expect(statement.expr).toMatchObject({
      kind: 'binary',
      operator: '*',
      operatorSpan: { start: 5, end: 6 },
      span: { start: 0, end: 11 },
      left: { kind: 'binary', span: { start: 1, end: 4 }, left: { kind: 'name', name: 'a' } },
      right: { kind: 'binary', right: { kind: 'number', value: 1, text: '1' } },
    });
  });

  it.each([
    ['2^3^2', '(^ 2 (^ 3 2))'],
    ['2**3**2', '(^ 2 (^ 3 2))'],
    ['-x^2', '(- (^ x 2))'],
    ['2^-3', '(^ 2 (- 3))'],
    ['2^-3^2', '(^ 2 (- (^ 3 2)))'],
    ['(-x)^2', '(^ (- x) 2)'],
    ['a-b-c', '(- (- a b) c)'],
    ['a/b*c', '(* (/ a b) c)'],
    ['a+b*c', '(+ a (* b c))'],
    ['a*b^c', '(* a (^ b c))'],
    ['-a*b', '(* (- a) b)'],
    ['a - -b', '(- a (- b))'],
    ['--a', '(- (- a))'],
    ['+a', 'a'],
    ['a*+b', '(* a b)'],
    ['max(a+1, sin(b))', '(max (+ a 1) (sin b))'],
    ['((a))', 'a'],
    ['2*pi', '(* 2 pi)'],
  ])('parses %s as %s', (text, expected) => {
    expect(tree(text)).toBe(expected);
  });

  it('reads numbers in every documented form', () => {
    const values = ['12', '1.5', '.5', '1e-3', '2.5E+4', '3.', '7e2'].map((text) => {
      const [statement] = parseProgram(text).program.statements;
      return statement?.kind === 'expr' && statement.expr.kind === 'number'
        ? statement.expr.value
        : undefined;
    });
    expect(values).toEqual([12, 1.5, 0.5, 0.001, 25000, 3, 700]);
  });

  it('reads pi as the constant π', () => {
    const [statement] = parseProgram('pi').program.statements;
    expect(statement).toMatchObject({ expr: { kind: 'number', value: Math.PI, text: 'pi' } });
  });

  it('accepts Greek and other Unicode letters in names', () => {
    expect(parsed('θ = 0.5\nα_1 = θ*2\nsin(α_1) + _x')).toEqual([
      'input θ = 0.5',
      'α_1 = (* θ 2)',
      '(+ (sin α_1) _x)',
    ]);
  });

  it('declares inputs only from an optionally signed number literal', () => {
    expect(parsed('w = -0.5\nv = +2\nu = --1\nt = 2*1\ns = pi')).toEqual([
      'input w = -0.5',
      'input v = 2',
      'u = (- (- 1))',
      't = (* 2 1)',
      's = pi',
    ]);
  });

  it('separates statements by newlines and ;, and ignores comments and blank lines', () => {
    const text = 'a = 1; b = 2 // two\n\n  # nothing here\r\n;;c = a*b # product\n';
    expect(parsed(text)).toEqual(['input a = 1', 'input b = 2', 'c = (* a b)']);
  });

  it('gives statements spans without separators or comments', () => {
    const { program } = parseProgram('x = 1 # one\n  y = x + 2;');
    expect(program.statements.map((s) => s.span)).toEqual([
      { start: 0, end: 5 },
      { start: 14, end: 23 },
    ]);
  });

  it('lets a name that is never assigned be used anywhere, as an implicit input', () => {
    expect(parsed('y = x*x\nz = y + x')).toEqual(['y = (* x x)', 'z = (+ y x)']);
  });
});

describe('parseProgram on huge inputs', () => {
  it('100,000 nested parentheses give one too-deep diagnostic, not a stack overflow', () => {
    const text = `${'('.repeat(100_000)}a${')'.repeat(100_000)}`;
    const { diagnostics } = parseProgram(text);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics).toMatchObject([
      {
        code: 'too-deep',
        message: `The expression is nested too deeply at 1:${MAX_NESTING_DEPTH + 1}; the limit is ${MAX_NESTING_DEPTH} levels of parentheses, calls, signs and powers`,
        span: { start: MAX_NESTING_DEPTH, end: MAX_NESTING_DEPTH + 1 },
      },
    ]);
  });

  it('nesting up to the limit parses, one more level does not', () => {
    const nested = (n: number) => `${'sin('.repeat(n)}x${')'.repeat(n)}`;
    expect(parseProgram(nested(MAX_NESTING_DEPTH)).diagnostics).toEqual([]);
    expect(parseProgram(nested(MAX_NESTING_DEPTH + 1)).diagnostics.map((d) => d.code)).toEqual([
      'too-deep',
    ]);
    expect(parseProgram(`${'-'.repeat(100_000)}x`).diagnostics.map((d) => d.code)).toEqual([
      'too-deep',
    ]);
    expect(parseProgram(Array(100_000).fill('x').join('^')).diagnostics.map((d) => d.code)).toEqual(
      ['too-deep'],
    );
  });

  it('a 100,000-term sum parses into a left-deep chain', () => {
    const { program, diagnostics } = parseProgram(
      Array.from({ length: 100_000 }, (_, i) => `x${i % 7}`).join('+'),
    );
    expect(diagnostics).toEqual([]);
    const [statement] = program.statements;
    expect(statement?.kind).toBe('expr');
    if (statement?.kind !== 'expr') return;
    expect(statement.expr).toMatchObject({ kind: 'binary', operator: '+', right: { name: 'x4' } });
    expect(namesUsedIn(statement.expr)).toHaveLength(100_000);
  });

  it('refuses a program over the limit with a message naming the limit', () => {
    const { program, diagnostics } = parseProgram('a'.repeat(MAX_PROGRAM_LENGTH + 1));
    expect(program.statements).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics).toMatchObject([
      {
        code: 'too-large',
        message: 'The program is 2,000,001 characters long; the limit is 2,000,000 characters',
        span: { start: 0, end: 0 },
      },
    ]);
  });

  it('a program of exactly the limit is parsed', () => {
    const text = `${'x+'.repeat(MAX_PROGRAM_LENGTH / 2 - 1)}yy`;
    expect(text).toHaveLength(MAX_PROGRAM_LENGTH);
    expect(parseProgram(text).diagnostics).toEqual([]);
  });
});
