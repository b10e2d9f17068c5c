import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/index.ts';
import {
  addColumn,
  addRow,
  csvLayout,
  fromSemicolons,
  looksSemicolonSeparated,
  pasteBlock,
  readGrid,
  removeColumn,
  removeRow,
  renameColumn,
  setCell,
} from './csvEdit.ts';

describe('csvLayout', () => {
  it('finds the header after blank lines, and each row, skipping blank lines and \\r', () => {
    const text = '\n x,t\r\n1,3\r\n\r\n2,5';
    const layout = csvLayout(text);
    expect(text.slice(layout.headerStart, layout.headerEnd)).toBe(' x,t');
    expect(layout.rowStarts.map((s, r) => text.slice(s, layout.rowEnds[r]))).toEqual([
      '1,3',
      '2,5',
    ]);
    expect(layout.eol).toBe('\r\n');
  });

  it.each([
    ['x,t\n1,3', ','],
    ['x\tt\n1\t3', '\t'],
    ['x,t\tu\n', ','],
    ['x\n1', ','],
  ])('reads the separator of %j as parseCsv does', (text, separator) => {
    expect(csvLayout(text).separator).toBe(separator);
  });
});

describe('readGrid', () => {
  it('gives unquoted names and trimmed cells, short rows short, and counts every row', () => {
    const grid = readGrid(' "x" , t\n1, 3\n\n2\n4,5\n', 2);
    expect(grid.columns).toEqual(['x', 't']);
    expect(grid.rows).toEqual([['1', '3'], ['2']]);
    expect(grid.rowCount).toBe(3);
  });

  it('reads a lone "" as an empty cell', () => {
    expect(readGrid('x\n""\n').rows).toEqual([['']]);
  });
});

describe('setCell', () => {
  it.each([
    ['x,t\n1,3\n2,5\n', 1, 1, '9', 'x,t\n1,3\n2,9\n'],
    ['x, t\r\n1, 3\r\n', 0, 1, '-0.5', 'x, t\r\n1, -0.5\r\n'],
    ['x , t\n 1 , 3 \n', 0, 0, '2', 'x , t\n 2 , 3 \n'],
    ['x\tt\n1\t3', 0, 0, '7', 'x\tt\n7\t3'],
    ['x,t\n\n1,3\n\n2,5', 1, 0, 'abc', 'x,t\n\n1,3\n\nabc,5'],
    ['x,t,u\n1\n', 0, 2, '4', 'x,t,u\n1,,4\n'],
    ['x,t\n1,3\n', 0, 0, '1,5', 'x,t\n1 5,3\n'],
    ['x,t\n1,3\n', 0, 0, 'a\nb', 'x,t\na b,3\n'],
    ['x\n1\n2\n', 0, 0, '', 'x\n""\n2\n'],
    ['x\n""\n', 0, 0, '8', 'x\n8\n'],
  ])('setCell(%j, %i, %i, %j) is %j', (text, row, column, value, expected) => {
    expect(setCell(text, row, column, value)).toBe(expected);
  });

  it('leaves the text as it was for a row that does not exist', () => {
    expect(setCell('x\n1\n', 3, 0, '2')).toBe('x\n1\n');
  });
});

describe('rows', () => {
  it.each([
    ['x,t\n1,3\n', 'x,t\n1,3\n,\n'],
    ['x,t\n1,3', 'x,t\n1,3\n,'],
    ['x,t\r\n1,3\r\n\r\n', 'x,t\r\n1,3\r\n,\r\n\r\n'],
    ['x\tt\n', 'x\tt\n""\t\n'],
    ['x\n1\n', 'x\n1\n""\n'],
  ])('addRow(%j) is %j', (text, expected) => {
    expect(addRow(text)).toBe(expected);
  });

  it('adds no row to a text with no header', () => {
    expect(addRow('\n  \n')).toBe('\n  \n');
  });

  it.each([
    ['x\n1\n2\n3\n', 1, 'x\n1\n3\n'],
    ['x\n1\n2\n3', 2, 'x\n1\n2'],
    ['x\r\n1\r\n2', 1, 'x\r\n1'],
    ['x\n\n1\n\n2\n', 0, 'x\n\n\n2\n'],
    ['x\n1\n', 5, 'x\n1\n'],
  ])('removeRow(%j, %i) is %j', (text, row, expected) => {
    expect(removeRow(text, row)).toBe(expected);
  });
});

describe('columns', () => {
  it.each([
    ['x\n1\n2', 'x,t\n1,\n2,'],
    ['x\tt\r\n1\t2\r\n', 'x\tt\tt\r\n1\t2\t\r\n'],
    ['', 't\n'],
    ['\n', '\nt\n'],
    ['x\n""\n', 'x,t\n,\n'],
  ])('addColumn(%j, "t") is %j', (text, expected) => {
    expect(addColumn(text, 't')).toBe(expected);
  });

  it.each([
    ['x,t\n1,3\n2,5\n', 0, 't\n3\n5\n'],
    ['x, t ,u\r\n1, 3 ,4\r\n', 1, 'x,u\r\n1,4\r\n'],
    ['x,t\n1\n', 1, 'x\n1\n'],
    ['x,t\n,5\n', 1, 'x\n""\n'],
    ['x\n1\n', 0, ''],
    ['x,t\n1,3\n', 2, 'x,t\n1,3\n'],
  ])('removeColumn(%j, %i) is %j', (text, column, expected) => {
    expect(removeColumn(text, column)).toBe(expected);
  });

  it.each([
    ['x,t\n1,3\n', 1, 'y', 'x,y\n1,3\n'],
    ['x, "t" \n1,3\n', 1, 'y', 'x, "y" \n1,3\n'],
    ['x,t\n1,3\n', 0, ' a,b ', 'a b,t\n1,3\n'],
  ])('renameColumn(%j, %i, %j) is %j', (text, column, name, expected) => {
    expect(renameColumn(text, column, name)).toBe(expected);
  });
});

describe('pasteBlock', () => {
  it.each([
    ['x,t\n1,3\n', 0, 0, '5\t6\n7\t8\n', 'x,t\n5,6\n7,8\n'],
    ['x,t\n1,3\n', 0, 1, '5\r\n6', 'x,t\n1,5\n,6\n'],
    ['x,t\n1,3\n', 0, 1, '5,6,7', 'x,t\n1,5\n'],
    ['x\tt\n1\t3', 0, 0, '2,4', 'x\tt\n2\t4'],
  ])('pasteBlock(%j, %i, %i, %j) is %j', (text, row, column, block, expected) => {
    expect(pasteBlock(text, row, column, block)).toBe(expected);
  });
});

describe('semicolons', () => {
  it('sees a semicolon header and turns decimal commas into points', () => {
    const text = 'x;t\n1,5;2\n';
    expect(looksSemicolonSeparated(text)).toBe(true);
    expect(looksSemicolonSeparated('x,t\n1;2')).toBe(false);
    const read = parseCsv(fromSemicolons(text));
    expect(read.ok && [...read.data.values[0]!]).toEqual([1.5]);
  });
});

// Random well-formed tables written in random styles: separator, line break, spaces, blank lines.
const number = fc
  .oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ noNaN: true, noDefaultInfinity: true }))
  .map(String);
const style = fc.record({
  separator: fc.constantFrom(',', '\t'),
  eol: fc.constantFrom('\n', '\r\n'),
  pad: fc.constantFrom('', ' '),
  blankEvery: fc.integer({ min: 0, max: 3 }),
  finalBreak: fc.boolean(),
});
/** Tables of numbers; with `cell`, any cell text that keeps a row's line not blank. */
const tableOf = (cell: fc.Arbitrary<string>) =>
  fc
    .record({
      width: fc.integer({ min: 1, max: 4 }),
      height: fc.integer({ min: 1, max: 6 }),
      style,
    })
    .chain(({ width, height, style }) =>
      fc.record({
        cells: fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
          minLength: height,
          maxLength: height,
        }),
        columns: fc.constant(Array.from({ length: width }, (_, c) => `c${c}`)),
        style: fc.constant(style),
      }),
    )
    .map(({ cells, columns, style }) => {
      const line = (row: readonly string[]) => {
        const text = row.map((cell) => style.pad + cell + style.pad).join(style.separator);
        return text.trim() === '' ? ['""', ...row.slice(1)].join(style.separator) : text;
      };
      const lines = [line(columns)];
      cells.forEach((row, r) => {
        if (style.blankEvery > 0 && r % style.blankEvery === 0) lines.push('');
        lines.push(line(row));
      });
      return { cells, columns, text: lines.join(style.eol) + (style.finalBreak ? style.eol : '') };
    });
const table = tableOf(number);
/** Tables with empty cells too, some rows all empty. */
const gappyTable = tableOf(fc.oneof(number, fc.constant('')));
const at = (t: { cells: readonly (readonly string[])[] }) =>
  fc.record({
    row: fc.nat({ max: t.cells.length - 1 }),
    column: fc.nat({ max: t.cells[0]!.length - 1 }),
  });

describe('properties', () => {
  test.prop([gappyTable])('readGrid reads every name and cell of the table', (t) => {
    const grid = readGrid(t.text);
    expect(grid.columns).toEqual(t.columns);
    expect(grid.rows).toEqual(t.cells);
    expect(grid.rowCount).toBe(t.cells.length);
  });

  test.prop([table.chain((t) => fc.tuple(fc.constant(t), at(t), number))])(
    'a number set in a cell reads back from parseCsv, and every other cell is unchanged',
    ([t, { row, column }, value]) => {
      const read = parseCsv(setCell(t.text, row, column, value));
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      t.cells.forEach((cells, r) => {
        cells.forEach((cell, c) => {
          const expected = r === row && c === column ? value : cell;
          expect(read.data.values[c]![r]).toBe(Number(expected));
        });
      });
    },
  );

  test.prop([table.chain((t) => fc.tuple(fc.constant(t), at(t), number))])(
    'setCell changes that cell between its spaces, and no other character',
    ([t, { row, column }, value]) => {
      const before = t.text.split('\n');
      const after = setCell(t.text, row, column, value).split('\n');
      const layout = csvLayout(t.text);
      const line = t.text.slice(0, layout.rowStarts[row]).split('\n').length - 1;
      const separator = layout.separator;
      expect(after.length).toBe(before.length);
      after.forEach((text, l) => {
        if (l !== line) {
          expect(text).toBe(before[l]);
          return;
        }
        const old = before[l]!.split(separator);
        const cells = text.split(separator);
        expect(cells.length).toBe(old.length);
        cells.forEach((cell, c) => {
          expect(cell).toBe(c === column ? old[c]!.replace(old[c]!.trim(), value) : old[c]);
        });
      });
    },
  );

  test.prop([table.chain((t) => fc.tuple(fc.constant(t), at(t), fc.string()))])(
    'any text set in a cell reads back from readGrid, without separators or line breaks',
    ([t, { row, column }, value]) => {
      const grid = readGrid(setCell(t.text, row, column, value));
      const separator = t.text.includes('\t') ? '\t' : ',';
      const clean = value
        .replace(/\r\n|[\r\n]/g, ' ')
        .replaceAll(separator, ' ')
        .trim();
      expect(grid.rowCount).toBe(t.cells.length);
      expect(grid.rows[row]![column]).toBe(clean === '""' ? '' : clean);
    },
  );

  test.prop([gappyTable])('addRow then removeRow of the last row gives the text back', (t) => {
    const added = addRow(t.text);
    expect(readGrid(added).rowCount).toBe(t.cells.length + 1);
    expect(removeRow(added, t.cells.length)).toBe(t.text);
  });

  test.prop([gappyTable, fc.constantFrom('new', 'y', 'w 2')])(
    'addColumn then removeColumn of the last column gives the text back',
    (t, name) => {
      const added = addColumn(t.text, name);
      expect(readGrid(added).columns).toEqual([...t.columns, name]);
      expect(removeColumn(added, t.columns.length)).toBe(t.text);
    },
  );

  test.prop([table.chain((t) => fc.tuple(fc.constant(t), fc.nat({ max: t.cells.length - 1 })))])(
    'removeRow removes exactly that row from what parseCsv reads',
    ([t, row]) => {
      const read = parseCsv(removeRow(t.text, row));
      const rest = t.cells.filter((_, r) => r !== row);
      if (rest.length === 0) {
        expect(read.ok).toBe(false);
        return;
      }
      expect(read.ok && read.data.values.map((v) => [...v])).toEqual(
        t.columns.map((_, c) => rest.map((cells) => Number(cells[c]))),
      );
    },
  );

  test.prop([table.chain((t) => fc.tuple(fc.constant(t), fc.nat({ max: t.columns.length - 1 })))])(
    'removeColumn removes exactly that column from what parseCsv reads',
    ([t, column]) => {
      const read = parseCsv(removeColumn(t.text, column));
      if (t.columns.length === 1) {
        expect(read.ok).toBe(false);
        return;
      }
      expect(read.ok && read.data.columns).toEqual(t.columns.filter((_, c) => c !== column));
      expect(read.ok && read.data.values.map((v) => [...v])).toEqual(
        t.columns
          .map((_, c) => t.cells.map((cells) => Number(cells[c])))
          .filter((_, c) => c !== column),
      );
    },
  );
});
