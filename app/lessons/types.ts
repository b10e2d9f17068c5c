import type { Analysis, TraceMode } from '../../src/index.ts';
import type { LESSONS_EN } from '../i18n/lessons.en.ts';

// A lesson is a chapter of short steps beside the live graph. Each step sets what the graph
// shows (program, inputs, mode, seeds, step, highlighted nodes) and a paragraph whose numbers
// come from the engine's live answer: change an input and the paragraph's numbers change.

/** A key of the lessons catalog (`app/i18n/lessons.en.ts`), without the `lessons.` prefix. */
export type LessonKey = Exclude<KeysOf<typeof LESSONS_EN>, `${string}_${'one' | 'other'}`>;

type KeysOf<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${KeysOf<T[K]>}`;
}[keyof T & string];

/** Values put into a paragraph: formatted numbers, names, formulas. */
export type LessonValues = Readonly<Record<string, string | number>>;

export interface LessonStep {
  /** The program shown from this step on; absent: the previous step's. */
  readonly source?: string;
  /**
   * Data and settings for the Training panel from this step on (with the program of the same
   * or an earlier step); absent: the previous step's, or none.
   */
  readonly training?: {
    readonly data: string;
    readonly learningRate: number;
    readonly steps?: number;
    readonly fixed?: readonly string[];
  };
  /** Input values set at this step (others keep the program's). */
  readonly inputs?: Readonly<Record<string, number>>;
  readonly mode?: TraceMode;
  /** Forward mode's seed (an input's name) and reverse mode's (an output's). */
  readonly forwardFrom?: string;
  readonly reverseFrom?: string;
  /** The trace step shown: a number, or 'end' for the whole pass. Absent: 0. */
  readonly step?: number | 'end';
  /** Statements as single nodes (true) or as their operations (false); absent: automatic. */
  readonly collapse?: boolean;
  /** Node names to light; every other node is drawn faint. Absent: nothing faint. */
  readonly highlight?: readonly string[];
  /** The paragraph. */
  readonly text: LessonKey;
  /** Values for the paragraph's placeholders, read off the live analysis. */
  readonly values?: (analysis: Analysis) => LessonValues;
  /**
   * Ask before telling: the reader types a number, Check compares it with `answer` (within
   * `tolerance`, default 1e-6 relative), and Reveal shows it; until then the step shown is
   * `step` and after the reveal `revealStep`.
   */
  readonly predict?: {
    readonly question: LessonKey;
    readonly answer: (analysis: Analysis) => number;
    readonly tolerance?: number;
    readonly revealStep?: number | 'end';
  };
}

export interface Chapter {
  /** In the URL: `lesson=<id>`. */
  readonly id: string;
  readonly title: LessonKey;
  /** One line on what the chapter teaches, in the chapter list. */
  readonly summary: LessonKey;
  readonly steps: readonly LessonStep[];
}
