import { useState } from 'react';

/**
 * Draws a long list a page at a time: how many of `total` items to show (`count`, one `page` at
 * first, at most `max`), how many the next "Show more" adds (`next`, 0 when none), and `more()`
 * to add them. A new `of` (a new report or analysis) starts again at one page.
 */
export function usePages(of: unknown, total: number, page: number, max = total) {
  const [state, setState] = useState({ of, count: page });
  const limit = Math.min(total, max);
  const count = Math.min(state.of === of ? state.count : page, limit);
  const next = Math.min(page, limit - count);
  return { count, next, more: () => setState({ of, count: count + next }) };
}
