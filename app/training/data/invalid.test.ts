import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/index.ts';
import { readGrid } from './csvEdit.ts';
import { invalidPlace } from './invalid.ts';

/** The place parseCsv's error for `text` points to in the table. */
function placeOf(text: string) {
  const read = parseCsv(text);
  if (read.ok) throw new Error('expected an error');
  return invalidPlace(read.error, readGrid(text).columns);
}

describe('invalidPlace', () => {
  it.each([
    ['x,t\n1,3\n2,a\n', { row: 1, column: 1, header: false }],
    ['x,t\n1,3\n,5\n', { row: 1, column: 0, header: false }],
    ['x,t\n1,3,4\n', { row: 0, column: undefined, header: false }],
    ['x,t\n1\n', { row: 0, column: undefined, header: false }],
    ['x,x\n1,2\n', { column: 0, header: true }],
    ['x,,t\n1,2,3\n', { column: 1, header: true }],
    ['x,t\n', { column: undefined, header: false }],
  ])('points parseCsv(%j) at %j', (text, place) => {
    expect(placeOf(text)).toEqual(place);
  });

  it('points a column that is not an input at its header', () => {
    expect(invalidPlace({ column: 'q' }, ['x', 'q'])).toEqual({ column: 1, header: true });
  });

  it('points nowhere without an error', () => {
    expect(invalidPlace(undefined, ['x'])).toEqual({ header: false });
  });
});
