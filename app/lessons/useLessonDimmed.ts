import { useMemo } from 'react';
import type { Analysis } from '../../src/index.ts';
import type { LessonPlace } from '../store/lessons.ts';
import type { Chapter } from './types.ts';

/**
 * The nodes a lesson step leaves faint: every node but those it highlights (by name), or
 * undefined when the step highlights nothing.
 */
export function useLessonDimmed(
  analysis: Analysis | null,
  lesson: LessonPlace | null,
  chapters: readonly Chapter[],
): ReadonlySet<number> | undefined {
  return useMemo(() => {
    if (!analysis || !lesson) return undefined;
    const step = chapters.find((c) => c.id === lesson.chapter)?.steps[lesson.step];
    if (!step?.highlight) return undefined;
    const lit = new Set(step.highlight);
    return new Set(analysis.nodes.filter((n) => !lit.has(n.name)).map((n) => n.id));
  }, [analysis, lesson, chapters]);
}
