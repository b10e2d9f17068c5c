import type { Diagnostic } from './diagnostics.ts';

/**
 * A parse keeps this many diagnostics in full: the first ones by position. Any further problems
 * are only counted (`DiagnosticCollector.count`), so that a text with a million errors costs no
 * more than one with a hundred to report, to send from the worker and to show.
 */
export const MAX_DIAGNOSTICS = 100;

/**
 * Collects the first `limit` diagnostics by position and counts all of them. Callers ask
 * `admit(start)` first and build the diagnostic (its message) only when it says yes: once
 * `limit` diagnostics are known that start at or before some offset, problems after it are
 * counted without a message being made.
 */
export class DiagnosticCollector {
  /** Every problem admitted or not: the total the user is told about. */
  count = 0;
  private kept: Diagnostic[] = [];
  /** No diagnostic starting after this offset can be among the first `limit`. */
  private threshold = Number.POSITIVE_INFINITY;

  constructor(readonly limit = MAX_DIAGNOSTICS) {}

  /** Counts one problem at `start`; true when its diagnostic should be built and `add`ed. */
  admit(start: number): boolean {
    this.count++;
    return start <= this.threshold;
  }

  /** Keeps a diagnostic that `admit` let through. */
  add(diagnostic: Diagnostic): void {
    this.kept.push(diagnostic);
    // Trimming at twice the limit keeps the cost O(log limit) per diagnostic, amortised.
    if (this.kept.length >= 2 * this.limit) this.trim();
  }

  /**
   * The first `limit` diagnostics by start, sorted; equal starts keep the order they were
   * added in (the same list as sorting all of them and keeping the first `limit`).
   */
  sorted(): Diagnostic[] {
    this.trim();
    return this.kept.slice();
  }

  private trim(): void {
    const kept = this.kept;
    kept.sort((a, b) => a.span.start - b.span.start);
    if (kept.length <= this.limit) return;
    kept.length = this.limit;
    this.threshold = kept[this.limit - 1]!.span.start;
  }
}
