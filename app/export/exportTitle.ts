import type { TraceMode } from '../../src/index.ts';
import type { TFunction } from '../i18n/i18n.ts';

/** What the title line of an exported figure says. */
export interface FigureFacts {
  readonly source: string;
  /** The program's output name (`e`). */
  readonly outputName: string;
  readonly mode: TraceMode;
  /** The step shown and the trace's length; `total` 0 when the graph has no step trace. */
  readonly step: number;
  readonly total: number;
}

/** The longest program part of a title, in characters: a title is one line on a slide. */
export const PROGRAM_TITLE_LIMIT = 60;

/** The mode as the Mode menu names it, and as a file name says it. */
const MODE_KEYS = {
  values: { name: 'mode.values', file: 'figure.fileValues' },
  forward: { name: 'mode.forward', file: 'figure.fileForward' },
  reverse: { name: 'mode.reverse', file: 'figure.fileReverse' },
} as const satisfies Record<TraceMode, { name: string; file: string }>;

const shorten = (text: string, limit: number) =>
  text.length <= limit ? text : `${text.slice(0, limit - 1).trimEnd()}…`;

/**
 * The program in a few words:
 * 1. a first-line comment that states the output's formula (`# colah's example: e = (a+b)*(b+1)`)
 *    gives that formula; any other first-line comment is the program's description;
 * 2. a one-statement program is that statement;
 * 3. otherwise the output's name, the number of statements and the first one.
 */
export function programTitle(source: string, outputName: string, t: TFunction): string {
  const lines = source
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const statements = lines.filter((line) => !line.startsWith('#'));
  const first = lines[0] ?? '';
  if (first.startsWith('#')) {
    const comment = first.replace(/^#+\s*/, '');
    const formula = comment.search(new RegExp(`(^|[^\\w])${escapeRegExp(outputName)}\\s*=`));
    if (outputName && formula >= 0)
      return shorten(comment.slice(formula).replace(/^[^\w]/, ''), PROGRAM_TITLE_LIMIT);
    if (comment) return shorten(`${outputName}: ${comment}`, PROGRAM_TITLE_LIMIT);
  }
  if (statements.length <= 1) return shorten(statements[0] ?? outputName, PROGRAM_TITLE_LIMIT);
  return shorten(
    t('figure.lines', { name: outputName, count: statements.length, first: statements[0] ?? '' }),
    PROGRAM_TITLE_LIMIT,
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The figure's title line: `e = (a+b)*(b+1) · Reverse mode · step 4 of 6`, in the page's language. */
export function figureTitle(facts: FigureFacts, t: TFunction): string {
  const parts = [programTitle(facts.source, facts.outputName, t), t(MODE_KEYS[facts.mode].name)];
  if (facts.total > 0) parts.push(t('figure.step', { step: facts.step, total: facts.total }));
  return parts.join(' · ');
}

/**
 * The file an export is saved as: `backprop-lens-reverse-step-4.svg`, its words in the page's
 * language (`backprop-lens-обратный-режим-шаг-4.svg`); the product's name stays as it is.
 */
export function figureFileName(facts: FigureFacts, extension: 'svg' | 'png', t: TFunction): string {
  const step = facts.total > 0 ? `-${t('figure.fileStep', { step: facts.step })}` : '';
  return `backprop-lens-${t(MODE_KEYS[facts.mode].file)}${step}.${extension}`;
}
