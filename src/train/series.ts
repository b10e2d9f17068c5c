/**
 * A growing list of numbers in records of `width` numbers each (a loss per step, or every
 * parameter per step), kept in one Float64Array that doubles when full: appending allocates
 * only when the capacity doubles.
 */
export class Series {
  private buffer: Float64Array;
  private count = 0;

  constructor(readonly width: number) {
    this.buffer = new Float64Array(64 * width);
  }

  /** Number of records. */
  get length(): number {
    return this.count;
  }

  /** Appends one record: `width` numbers from `record`. */
  push(record: ArrayLike<number>): void {
    const w = this.width;
    if ((this.count + 1) * w > this.buffer.length) {
      const grown = new Float64Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    for (let i = 0; i < w; i++) this.buffer[this.count * w + i] = record[i]!;
    this.count++;
  }

  /** Number `i` of record `k`. */
  at(k: number, i = 0): number {
    return this.buffer[k * this.width + i]!;
  }

  /** A copy of records `from` to the end, flat (record by record). */
  copyFrom(from: number): Float64Array {
    return this.buffer.slice(from * this.width, this.count * this.width);
  }
}
