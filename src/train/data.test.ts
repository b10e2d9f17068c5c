import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { dataFromColumns, formatCsv, parseCsv } from './index.ts';

describe('parseCsv', () => {
  it('reads a header and rows into columns of numbers, trimming whitespace', () => {
    const result = parseCsv('x, t\n1, 3\n 2 ,5\r\n3,7\n\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.columns).toEqual(['x', 't']);
    expect(result.data.rows).toBe(3);
    expect(Array.from(result.data.values[0]!)).toEqual([1, 2, 3]);
    expect(Array.from(result.data.values[1]!)).toEqual([3, 5, 7]);
    expect(result.data.values[0]).toBeInstanceOf(Float64Array);
  });

  it('reads decimals, signs, exponents, quoted header names and tab-separated text', () => {
    const result = parseCsv('"a"\tb\n-.5\t1e-3\n+2.\t-4E2');
    expect(result.ok && result.data.columns).toEqual(['a', 'b']);
    expect(result.ok && Array.from(result.data.values[0]!)).toEqual([-0.5, 2]);
    expect(result.ok && Array.from(result.data.values[1]!)).toEqual([0.001, -400]);
  });

  it('skips blank lines but counts them in line numbers', () => {
    const result = parseCsv('x,t\n\n1,2\n\n3,oops');
    expect(result).toMatchObject({
      ok: false,
      error: {
        message: "Row 2, column 't' (line 5): 'oops' is not a number.",
        row: 2,
        line: 5,
        column: 't',
      },
    });
  });

  // Failure table: input, expected message, expected position.
  it.each([
    [
      '',
      'The data is empty. Write a header row of column names, then one row of numbers per example.',
      {},
    ],
    [
      ' \n\n',
      'The data is empty. Write a header row of column names, then one row of numbers per example.',
      {},
    ],
    [
      'x,t\n',
      'The data has a header but no rows; add one row of numbers per example.',
      { line: 1 },
    ],
    [
      'x,t\n1,2\n3',
      'Row 2 (line 3) has 1 cell, but the header names 2 columns.',
      { row: 2, line: 3 },
    ],
    [
      'x,t\n1,2,3',
      'Row 1 (line 2) has 3 cells, but the header names 2 columns.',
      { row: 1, line: 2, column: 3 },
    ],
    [
      'x,t\n1,\n',
      "Row 1, column 't' (line 2) is empty; write a number there.",
      { row: 1, line: 2, column: 't' },
    ],
    [
      'x,t\n1,2\n4,abc',
      "Row 2, column 't' (line 3): 'abc' is not a number.",
      { row: 2, line: 3, column: 't' },
    ],
    [
      'x\n0x10',
      "Row 1, column 'x' (line 2): '0x10' is not a number.",
      { row: 1, line: 2, column: 'x' },
    ],
    [
      'x\nInfinity',
      "Row 1, column 'x' (line 2): 'Infinity' is not a number.",
      { row: 1, line: 2, column: 'x' },
    ],
    [
      'x\n1 2',
      "Row 1, column 'x' (line 2): '1 2' is not a number.",
      { row: 1, line: 2, column: 'x' },
    ],
    [
      'x,,t\n1,2,3',
      'Column 2 of the header (line 1) has no name; name every column.',
      { line: 1, column: 2 },
    ],
    [
      'x,t,x\n1,2,3',
      "The header (line 1) names column 'x' twice (columns 1 and 3); give each column once.",
      { line: 1, column: 'x' },
    ],
  ])('refuses %j: %s', (text, message, where) => {
    expect(parseCsv(text)).toMatchObject({ ok: false, error: { message, ...where } });
  });

  // Its speed is measured by `npm run bench`, not asserted here: the machines are shared.
  it('parses 100,000 rows into columns', () => {
    const lines = ['x,y,t'];
    for (let r = 0; r < 100_000; r++) lines.push(`${r},${r * 0.5},${-r}`);
    const text = lines.join('\n');
    const result = parseCsv(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.rows).toBe(100_000);
    expect(result.data.values[1]![99_999]).toBe(49_999.5);
    expect(result.data.values[2]![12_345]).toBe(-12_345);
  });

  it('names the bad cell in a 100,000-row text', () => {
    const lines = ['x,t'];
    for (let r = 0; r < 100_000; r++) lines.push(r === 76_543 ? '1,-' : `${r},1`);
    expect(parseCsv(lines.join('\n'))).toMatchObject({
      ok: false,
      error: { row: 76_544, line: 76_545, column: 't' },
    });
  });
});

describe('formatCsv and dataFromColumns', () => {
  test.prop([
    fc.array(
      fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 2, maxLength: 2 }),
      {
        minLength: 1,
        maxLength: 30,
      },
    ),
  ])('parseCsv(formatCsv(d)) gives d back', (rows) => {
    const built = dataFromColumns({ a: rows.map((r) => r[0]!), b: rows.map((r) => r[1]!) });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const read = parseCsv(formatCsv(built.data));
    expect(read.ok && read.data).toEqual(built.data);
  });

  it('refuses columns of unequal length, values that are not finite, and no rows', () => {
    expect(dataFromColumns({ x: [1, 2], t: [1] })).toMatchObject({
      ok: false,
      error: { message: "Column 't' has 1 row, but column 'x' has 2.", column: 't' },
    });
    expect(dataFromColumns({ x: [1, Number.NaN] })).toMatchObject({
      ok: false,
      error: { message: "Row 2, column 'x': NaN is not a finite number.", row: 2 },
    });
    expect(dataFromColumns({ x: [] }).ok).toBe(false);
    expect(dataFromColumns({}).ok).toBe(false);
  });
});

describe('quoted cells', () => {
  it('an empty quoted cell is an empty cell, and a quoted number a number', () => {
    expect(parseCsv('x\n""\n')).toMatchObject({
      ok: false,
      error: {
        row: 1,
        column: 'x',
        message: "Row 1, column 'x' (line 2) is empty; write a number there.",
      },
    });
    const read = parseCsv('x,t\n"1",2\n');
    expect(read.ok && [...read.data.values[0]!]).toEqual([1]);
  });
});
