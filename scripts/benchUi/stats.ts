// Small statistics and formatting helpers for `npm run bench:ui`.

/** The middle value (the mean of the two middle values for an even count). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export const p95 = (xs: readonly number[]) => percentile(xs, 95);

export const group = (n: number) => n.toLocaleString('en-US');

/** Milliseconds, whole above 10 and with one decimal below. */
export function ms(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return 'n/a';
  return `${Math.abs(x) >= 10 ? x.toFixed(0) : x.toFixed(1)} ms`;
}

/** A long-task duration: the observer only reports tasks over 50 ms, so 0 means "under 50". */
export const taskMs = (x: number) => (Number.isFinite(x) && x === 0 ? '<50 ms' : ms(x));

/** A fixed-width Markdown table. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}
