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
    this.reserve();
    for (let i = 0; i < w; i++) this.buffer[this.count * w + i] = record[i]!;
    this.count++;
  }

  /** Appends a record of one number (a series of width 1). */
  push1(x: number): void {
    this.reserve();
    this.buffer[this.count * this.width] = x;
    this.count++;
  }

  /** Room for one more record. */
  private reserve(): void {
    if ((this.count + 1) * this.width <= this.buffer.length) return;
    const grown = new Float64Array(Math.max(this.buffer.length * 2, this.width));
    grown.set(this.buffer);
    this.buffer = grown;
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
