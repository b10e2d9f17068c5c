import type { TraceMode } from '../../src/index.ts';

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

const MODE_NAMES: Record<TraceMode, string> = {
  values: 'Values',
  forward: 'Forward mode',
  reverse: 'Reverse mode',
};

const shorten = (text: string, limit: number) =>
  text.length <= limit ? text : `${text.slice(0, limit - 1).trimEnd()}…`;

/**
 * The program in a few words:
 * 1. a first-line comment that states the output's formula (`# colah's example: e = (a+b)*(b+1)`)
 *    gives that formula; any other first-line comment is the program's description;
 * 2. a one-statement program is that statement;
 * 3. otherwise the output's name, the number of statements and the first one.
 */
export function programTitle(source: string, outputName: string): string {
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
    `${outputName} (${statements.length} lines: ${statements[0]} …)`,
    PROGRAM_TITLE_LIMIT,
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The figure's title line: `e = (a+b)*(b+1) · Reverse mode · step 4 of 6`. */
export function figureTitle(facts: FigureFacts): string {
  const parts = [programTitle(facts.source, facts.outputName), MODE_NAMES[facts.mode]];
  if (facts.total > 0) parts.push(`step ${facts.step} of ${facts.total}`);
  return parts.join(' · ');
}

/** The file an export is saved as: `backprop-lens-reverse-step-4.svg`. */
export function figureFileName(facts: FigureFacts, extension: 'svg' | 'png'): string {
  const step = facts.total > 0 ? `-step-${facts.step}` : '';
  return `backprop-lens-${facts.mode}${step}.${extension}`;
}
