import { describe, expect, it } from 'vitest';
import type { DiagnosticCode } from './diagnostics.ts';
import { parseProgram } from './parser.ts';
import { toSExpression } from './sexpr.ts';

/** The items of the last statement, which must be a list of outputs, as S-expressions. */
function outputItems(text: string): string[] {
  const { program, diagnostics } = parseProgram(text);
  expect(diagnostics).toEqual([]);
  const last = program.statements.at(-1);
  if (last?.kind !== 'outputs') throw new Error(`not a list of outputs: ${last?.kind}`);
  return last.items.map((item) => `${toSExpression(item.expr)} '${item.text}'`);
}

describe('parseProgram on a last line that lists several outputs', () => {
  it('reads names and expressions as items, with their text', () => {
    expect(outputItems('u = x*y; v = x + sin(y); u, v')).toEqual(["u 'u'", "v 'v'"]);
    expect(outputItems('x*y, x + y')).toEqual(["(* x y) 'x*y'", "(+ x y) 'x + y'"]);
    expect(outputItems('a = 1\nmax(a, 2), -a,a^2 # three\n\n')).toEqual([
      "(max a 2) 'max(a, 2)'",
      "(- a) '-a'",
      "(^ a 2) 'a^2'",
    ]);
  });

  it('gives the list a span from its first item to its last', () => {
    const { program } = parseProgram('u = 1\n u ,  v  ');
    expect(program.statements[1]).toMatchObject({ kind: 'outputs', span: { start: 7, end: 13 } });
  });

  it('checks names in items like any statement: used before assigned', () => {
    const { diagnostics } = parseProgram('v, w\nw = 2');
    expect(diagnostics.map((d) => d.code)).toEqual(['misplaced-outputs', 'used-before-assigned']);
    const late = parseProgram('u = v\nu, v\nv = 2').diagnostics.map((d) => d.code);
    expect(late).toEqual(['used-before-assigned', 'misplaced-outputs', 'used-before-assigned']);
  });
});

interface FailureRow {
  readonly input: string;
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

const row = (
  input: string,
  code: DiagnosticCode,
  message: string,
  start: number,
  end: number,
): FailureRow => ({ input, code, message, start, end });

const MISSING = "list the outputs separated by commas, as in 'u, v'";

const FAILURES: readonly FailureRow[] = [
  row(
    'u, , v',
    'empty-output',
    `Expected an output after ',' at 1:2; ${MISSING}, with no comma at the end`,
    1,
    2,
  ),
  row(
    'u, v,',
    'empty-output',
    `Expected an output after ',' at 1:5; ${MISSING}, with no comma at the end`,
    4,
    5,
  ),
  row(
    'u, v, # c',
    'empty-output',
    `Expected an output after ',' at 1:5; ${MISSING}, with no comma at the end`,
    4,
    5,
  ),
  row(', u', 'empty-output', `Expected an output before ',' at 1:1; ${MISSING}`, 0, 1),
  row(
    'u, v\nw = u',
    'misplaced-outputs',
    "Unexpected ',' at 1:2; only the last line may list several outputs, as in 'u, v'",
    1,
    2,
  ),
  row(
    'x = 1; x, 2; x',
    'misplaced-outputs',
    "Unexpected ',' at 1:9; only the last line may list several outputs, as in 'u, v'",
    8,
    9,
  ),
  row(
    'w = u, v',
    'unexpected-token',
    "Unexpected ',' at 1:6; several outputs are listed on the last line without a name, as in 'u, v'",
    5,
    6,
  ),
  row(
    'x = 2, y',
    'unexpected-token',
    "Unexpected ',' at 1:6; several outputs are listed on the last line without a name, as in 'u, v'",
    5,
    6,
  ),
];

describe('parseProgram on lists of outputs with errors', () => {
  it.each(FAILURES)('$input: $code at $start', ({ input, code, message, start, end }) => {
    const { diagnostics } = parseProgram(input);
    expect(diagnostics[0]).toMatchObject({ code, message, span: { start, end } });
  });

  it('reports every empty item of one list, and goes on after them', () => {
    const { diagnostics, program } = parseProgram(',u,,v,');
    expect(diagnostics.map((d) => [d.code, d.span.start])).toEqual([
      ['empty-output', 0],
      ['empty-output', 2],
      ['empty-output', 5],
    ]);
    expect(program.statements[0]).toMatchObject({
      kind: 'outputs',
      items: [{ text: 'u' }, { text: 'v' }],
    });
  });

  it('an item with a syntax error leaves the list out and reports that error', () => {
    const { diagnostics, program } = parseProgram('u, (v');
    expect(diagnostics.map((d) => d.code)).toEqual(['missing-close-paren']);
    expect(program.statements).toEqual([]);
  });

  it('reports each list that is not last once, and not a list followed only by comments', () => {
    expect(parseProgram('a, b\nc, d\ne').diagnostics.map((d) => d.span.start)).toEqual([1, 6]);
    expect(parseProgram('a, b\n# done\n;\n').diagnostics).toEqual([]);
  });

  it('commas inside a call are arguments, not outputs', () => {
    const { program, diagnostics } = parseProgram('max(a, b)');
    expect(diagnostics).toEqual([]);
    expect(program.statements[0]?.kind).toBe('expr');
  });

  it('stays linear: 100,000 items, or 100,000 empty ones, parse in one pass', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => `x${i}`).join(', ');
    expect(outputItems(many)).toHaveLength(100_000);
    const empty = parseProgram(`u${','.repeat(100_000)}`);
    expect(empty.diagnosticCount).toBe(100_000);
  });
});
