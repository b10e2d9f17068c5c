import type { Chapter } from '../types.ts';
import { applesChapter } from './apples.ts';
import { derivativeGraphChapter } from './derivativeGraph.ts';
import { edgesChapter } from './edges.ts';
import { factoringChapter } from './factoring.ts';
import { fastChapter } from './fast.ts';
import { graphChapter } from './graph.ts';
import { jacobianChapter } from './jacobian.ts';
import { pathsChapter } from './paths.ts';
import { trainingChapter } from './training.ts';

/** The chapters in the order the chapter list shows them. */
export const CHAPTERS: readonly Chapter[] = [
  graphChapter,
  edgesChapter,
  pathsChapter,
  factoringChapter,
  applesChapter,
  fastChapter,
  trainingChapter,
  jacobianChapter,
  derivativeGraphChapter,
];
