import { type Bounds, boundsOverlap, segmentCrosses } from './geometry.ts';

/** Upper bound on the number of cells: past it, cells grow so that memory stays bounded. */
const MAX_CELLS = 1 << 20;

/**
 * Cells of a uniform grid over a rectangle `area`: `cell` px square, larger when the area would
 * need more than MAX_CELLS of them. Bounds outside `area` are clamped to its border cells, for
 * inserts and queries alike, so nothing is missed.
 */
class Cells {
  readonly #left: number;
  readonly #top: number;
  readonly #size: number;
  readonly columns: number;
  readonly rows: number;

  constructor(area: Bounds, cell: number) {
    const width = Math.max(1, area.right - area.left);
    const height = Math.max(1, area.bottom - area.top);
    const wanted = cell > 0 && Number.isFinite(cell) ? cell : 64;
    this.#size = Math.max(wanted, Math.sqrt((width * height) / MAX_CELLS));
    this.#left = area.left;
    this.#top = area.top;
    this.columns = Math.ceil(width / this.#size) + 1;
    this.rows = Math.ceil(height / this.#size) + 1;
  }

  column(x: number): number {
    return Math.min(this.columns - 1, Math.max(0, Math.floor((x - this.#left) / this.#size)));
  }

  row(y: number): number {
    return Math.min(this.rows - 1, Math.max(0, Math.floor((y - this.#top) / this.#size)));
  }

  /** The y where row `row` starts. */
  rowTop(row: number): number {
    return this.#top + row * this.#size;
  }
}

/**
 * Boxes filed under every cell they touch; boxes can be added at any time. A query visits only
 * the boxes filed under the cells it touches.
 */
export class BoxGrid {
  readonly #cells: Cells;
  readonly #lists: (Bounds[] | undefined)[];

  constructor(area: Bounds, cell: number) {
    this.#cells = new Cells(area, cell);
    this.#lists = new Array(this.#cells.columns * this.#cells.rows);
  }

  insert(box: Bounds): void {
    const cells = this.#cells;
    const [x0, x1] = [cells.column(box.left), cells.column(box.right)];
    const [y0, y1] = [cells.row(box.top), cells.row(box.bottom)];
    for (let x = x0; x <= x1; x++)
      for (let y = y0; y <= y1; y++) {
        const list = this.#lists[x * cells.rows + y];
        if (list) list.push(box);
        else this.#lists[x * cells.rows + y] = [box];
      }
  }

  /** True when a box filed under a cell that `box` touches overlaps it (`boundsOverlap`). */
  overlaps(box: Bounds): boolean {
    const cells = this.#cells;
    const [x0, x1] = [cells.column(box.left), cells.column(box.right)];
    const [y0, y1] = [cells.row(box.top), cells.row(box.bottom)];
    for (let x = x0; x <= x1; x++)
      for (let y = y0; y <= y1; y++) {
        const list = this.#lists[x * cells.rows + y];
        if (list) for (const other of list) if (boundsOverlap(box, other)) return true;
      }
    return false;
  }
}

/**
 * A fixed set of segments (by index; `ends` holds ax, ay, bx, by for each, `owner` the edge it
 * belongs to), each filed under the cells it passes through (row by row, the columns its part
 * in that row spans), in compressed rows: one count pass, one fill pass, no allocation per
 * segment.
 */
export class SegmentGrid {
  readonly #cells: Cells;
  readonly #start: Int32Array;
  readonly #items: Int32Array;
  readonly #ends: Float64Array;
  readonly #owner: Int32Array;

  constructor(area: Bounds, cell: number, ends: Float64Array, owner: Int32Array) {
    this.#ends = ends;
    this.#owner = owner;
    const cells = new Cells(area, cell);
    this.#cells = cells;
    const count = ends.length / 4;
    const start = new Int32Array(cells.columns * cells.rows + 1);
    let items = new Int32Array(0);
    let next = new Int32Array(0);
    // 1. Count the segments of each cell, 2. prefix sums, 3. fill.
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i < count; i++) {
        // Ends by y: (xl, yl) the upper one, (xh, yh) the lower one.
        const o = 4 * i;
        const flip = ends[o + 1]! > ends[o + 3]!;
        const xl = flip ? ends[o + 2]! : ends[o]!;
        const yl = flip ? ends[o + 3]! : ends[o + 1]!;
        const xh = flip ? ends[o]! : ends[o + 2]!;
        const yh = flip ? ends[o + 1]! : ends[o + 3]!;
        const y0 = cells.row(yl);
        const y1 = cells.row(yh);
        for (let y = y0; y <= y1; y++) {
          // The columns of the part of the segment inside row y's band (0.5 px of slack).
          let xa = xl;
          let xb = xh;
          if (y0 < y1) {
            const slope = (xh - xl) / (yh - yl);
            xa = xl + slope * (Math.max(yl, cells.rowTop(y)) - yl);
            xb = xl + slope * (Math.min(yh, cells.rowTop(y + 1)) - yl);
          }
          const x1 = cells.column(Math.max(xa, xb) + 0.5);
          for (let x = cells.column(Math.min(xa, xb) - 0.5); x <= x1; x++) {
            const key = x * cells.rows + y;
            if (pass === 0) start[key + 1] = start[key + 1]! + 1;
            else {
              items[next[key]!] = i;
              next[key] = next[key]! + 1;
            }
          }
        }
      }
      if (pass === 1) break;
      for (let k = 1; k < start.length; k++) start[k] = start[k]! + start[k - 1]!;
      items = new Int32Array(start[start.length - 1]!);
      next = start.slice(0, -1);
    }
    this.#start = start;
    this.#items = items;
  }

  /** True when a segment of an edge other than `edge` passes through the open box. */
  crossedByOther(box: Bounds, edge: number): boolean {
    const cells = this.#cells;
    const ends = this.#ends;
    const x1 = cells.column(box.right);
    const y1 = cells.row(box.bottom);
    for (let x = cells.column(box.left); x <= x1; x++)
      for (let y = cells.row(box.top); y <= y1; y++) {
        const key = x * cells.rows + y;
        for (let k = this.#start[key]!; k < this.#start[key + 1]!; k++) {
          const s = this.#items[k]!;
          if (this.#owner[s] === edge) continue;
          const o = 4 * s;
          if (segmentCrosses(ends[o]!, ends[o + 1]!, ends[o + 2]!, ends[o + 3]!, box)) return true;
        }
      }
    return false;
  }
}
