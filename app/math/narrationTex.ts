import { escapeText, mathTex } from './tex.ts';
import { type Token, tokenize } from './tokens.ts';

/** A piece of a narration line: a formula to typeset, or prose to show as it is. */
export type Segment =
  | { readonly kind: 'math'; readonly tex: string; readonly plain: string }
  | { readonly kind: 'text'; readonly text: string };

/**
 * Splits a plain-text narration line into formulas and prose, and writes each formula in TeX:
 * `b̄ += d̄ · ∂d/∂b = 3 · 1 = 3   (b̄ now 5)` gives the formulas `\bar{b} \mathrel{+}= …` (cut
 * before each relation, so a narrow screen can wrap between them), `(`, `\bar{b}`, ` now `, `5`,
 * `)`. Adjoints get bars, tangents dots, partials become fractions, numbers stay as written.
 *
 * The engine's line is plain text, so the split is a guess, made in this order:
 * 1. a word touching an operator (`=`, `+`, `·`, `^`, a call's bracket) is a name;
 * 2. else a word of two or more letters is prose (`so`, `now`, `left`), as is a one-letter word
 *    that English or Russian use between words (`a`, `и`);
 * 3. everything else (names, numbers, partials, operators) is maths, and so are brackets whose
 *    contents are; `,` `.` `:` `?` are punctuation outside brackets.
 * Never throws: an unexpected line comes out as prose and formulas that still read right.
 */
export function narrationSegments(line: string): Segment[] {
  const tokens = tokenize(line);
  const prose = proseFlags(tokens);
  const segments: Segment[] = [];
  let run: Token[] = [];
  const flush = () => {
    for (const segment of mathRun(run))
      if (segment.kind === 'text') pushText(segments, segment.text);
      else segments.push(segment);
    run = [];
  };
  tokens.forEach((token, i) => {
    if (prose[i]) {
      flush();
      pushText(segments, token.text);
    } else run.push(token);
  });
  flush();
  return segments;
}

/** The whole line as one TeX string, prose in `\text{}` (spaces between formulas dropped). */
export function narrationTex(line: string): string {
  return narrationSegments(line)
    .filter((s) => s.kind === 'math' || s.text.trim() !== '')
    .map((s) => (s.kind === 'math' ? s.tex : `\\text{${escapeText(s.text)}}`))
    .join(' ');
}

const OPERATORS = new Set([
  '=',
  '←',
  '+=',
  '-=',
  '+',
  '-',
  '−',
  '·',
  '*',
  '/',
  '^',
  '²',
  '≥',
  '≤',
  '<',
  '>',
]);
const SMALL_WORDS = new Set([
  'a',
  'A',
  'I',
  'и',
  'в',
  'с',
  'к',
  'о',
  'у',
  'я',
  'И',
  'В',
  'С',
  'К',
  'О',
]);
const PUNCTUATION = new Set([
  ',',
  '.',
  ':',
  ';',
  '?',
  '!',
  '"',
  '“',
  '”',
  '«',
  '»',
  '，',
  '。',
  '：',
]);

/** Rules 1 and 2 above, for each token: whether it is prose. */
function proseFlags(tokens: readonly Token[]): boolean[] {
  const neighbour = (i: number, step: 1 | -1): Token | undefined => {
    let j = i + step;
    while (tokens[j]?.kind === 'space') j += step;
    return tokens[j];
  };
  const touchesOperator = (i: number) => {
    const before = neighbour(i, -1);
    const after = neighbour(i, 1);
    const isOperator = (t: Token | undefined) => t?.kind === 'symbol' && OPERATORS.has(t.text);
    return isOperator(before) || isOperator(after) || isCalled(tokens, i);
  };
  const isWord = (t: Token | undefined) => t?.kind === 'ideograph' || t?.kind === 'name';
  let depth = 0;
  return tokens.map((token, i) => {
    if (token.kind === 'symbol') {
      if (token.text === '(') depth++;
      if (token.text === ')') depth = Math.max(0, depth - 1);
      return depth === 0 && PUNCTUATION.has(token.text);
    }
    if (token.kind === 'ideograph') return true;
    if (token.kind !== 'name' || touchesOperator(i)) return false;
    if (token.mark !== undefined || /[\p{N}_]/u.test(token.base)) return false;
    if ([...token.base].length > 1) return true;
    return SMALL_WORDS.has(token.base) && isWord(neighbour(i, -1)) && isWord(neighbour(i, 1));
  });
}

/** `f(` or `f'(`, with no space: a call's bracket makes its name maths. */
function isCalled(tokens: readonly Token[], i: number): boolean {
  const [next, after] = [tokens[i + 1], tokens[i + 2]];
  if (next?.kind !== 'symbol') return false;
  return next.text === '(' || (next.text === "'" && after?.kind === 'symbol' && after.text === '(');
}

/** Appends prose, merging it with prose just before. */
function pushText(segments: Segment[], text: string): void {
  const last = segments.at(-1);
  if (last?.kind === 'text')
    segments[segments.length - 1] = { kind: 'text', text: last.text + text };
  else segments.push({ kind: 'text', text });
}

/**
 * A run of maths tokens as segments: brackets it does not close (`(` of `(b̄ now 5)`) and spaces
 * at the ends of formulas are prose; the rest is cut before each relation into formulas.
 */
function mathRun(run: readonly Token[]): Segment[] {
  const out: Segment[] = [];
  const unmatched = unmatchedBrackets(run);
  let piece: Token[] = [];
  const flush = () => {
    for (const part of cutBeforeRelations(piece)) pushFormula(out, part);
    piece = [];
  };
  run.forEach((token, i) => {
    if (!unmatched.has(i)) {
      piece.push(token);
      return;
    }
    flush();
    pushText(out, token.text);
  });
  flush();
  return out;
}

/** Pushes `tokens` as a formula, with the spaces at its ends as prose. */
function pushFormula(out: Segment[], tokens: readonly Token[]): void {
  let [start, end] = [0, tokens.length];
  while (start < end && tokens[start]!.kind === 'space') start++;
  while (end > start && tokens[end - 1]!.kind === 'space') end--;
  const lead = tokens
    .slice(0, start)
    .map((t) => t.text)
    .join('');
  if (lead) pushText(out, lead);
  const body = tokens.slice(start, end);
  if (body.length > 0)
    out.push({
      kind: 'math',
      tex: mathTex(body.filter((t) => t.kind !== 'space')),
      plain: body.map((t) => t.text).join(''),
    });
  const trail = tokens
    .slice(end)
    .map((t) => t.text)
    .join('');
  if (trail) pushText(out, trail);
}

/** The indices of brackets in `tokens` that are not closed (or opened) inside them. */
function unmatchedBrackets(tokens: readonly Token[]): Set<number> {
  const open: number[] = [];
  const unmatched = new Set<number>();
  tokens.forEach((t, i) => {
    if (t.kind !== 'symbol') return;
    if (t.text === '(') open.push(i);
    else if (t.text === ')' && open.pop() === undefined) unmatched.add(i);
  });
  for (const i of open) unmatched.add(i);
  return unmatched;
}

/** Cuts before each `=`, `+=`, `-=` outside brackets. */
function cutBeforeRelations(tokens: readonly Token[]): Token[][] {
  const pieces: Token[][] = [[]];
  let depth = 0;
  for (const t of tokens) {
    if (t.kind === 'symbol' && t.text === '(') depth++;
    if (t.kind === 'symbol' && t.text === ')') depth--;
    const relation = t.kind === 'symbol' && ['=', '←', '+=', '-='].includes(t.text);
    if (relation && depth === 0 && pieces.at(-1)!.some((p) => p.kind !== 'space')) pieces.push([]);
    pieces.at(-1)!.push(t);
  }
  return pieces;
}
