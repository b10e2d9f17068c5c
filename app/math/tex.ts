import { type Token, tokenize } from './tokens.ts';

/** Functions TeX typesets upright with their own command. */
const TEX_FUNCTIONS = new Set(['sin', 'cos', 'tan', 'tanh', 'exp', 'log', 'ln', 'max', 'min']);

const SYMBOLS: Readonly<Record<string, string>> = {
  '+=': '\\mathrel{+}=',
  '-=': '\\mathrel{-}=',
  '·': '\\cdot',
  '*': '\\cdot',
  '−': '-',
  '≥': '\\ge',
  '≤': '\\le',
  '≠': '\\ne',
  '?': '\\mathrel{?}',
  ':': '\\mathrel{:}',
  '’': "'",
  '∂': '\\partial',
  '←': '\\gets',
  '…': '\\ldots',
  '²': '^{2}',
  '³': '^{3}',
  '{': '\\{',
  '}': '\\}',
  '\\': '\\backslash',
  '~': '\\sim',
};

/** Symbols that mean the same in TeX's maths mode. */
const PLAIN_SYMBOLS = /^[()[\]|,.;!+\-=<>/']$/;

const MARKS: Readonly<Record<string, readonly [single: string, wide: string]>> = {
  '\u0304': ['\\bar', '\\overline'],
  '\u0307': ['\\dot', '\\dot'],
};

/**
 * TeX for a run of maths tokens (no spaces): one-letter names italic, longer ones upright
 * (`\mathrm{output}`), marks as accents, `∂y/∂x` as a fraction, `x^(n-1)` as a superscript without its brackets,
 * calls of known functions upright. Anything else is set as text, so the result always parses.
 */
export function mathTex(tokens: readonly Token[]): string {
  const out: string[] = [];
  /** For each open bracket: whether its close ends a superscript (`}`) rather than `)`. */
  const closers: boolean[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (token.kind === 'symbol' && token.text === '^') {
      // After a prime or another superscript, an empty base: `f'^2` is a double superscript.
      if (endsInSuperscript(out)) out.push('{}');
      if (next?.kind === 'symbol' && next.text === '(') {
        out.push('^{');
        closers.push(true);
        i++;
      } else if (next && !(next.kind === 'symbol' && next.text === ')')) {
        out.push(`^{${tokenTex(next, false)}}`);
        i++;
      } else out.push(textTex('^'));
      continue;
    }
    if (token.kind === 'symbol' && token.text === '(') closers.push(false);
    if (token.kind === 'symbol' && token.text === ')' && closers.length > 0) {
      if (closers.pop()) {
        out.push('}');
        continue;
      }
    }
    const tex = tokenTex(token, isCall(tokens, i));
    // A prime is a superscript too: `''` as two tokens would be a double superscript.
    if ((tex.startsWith('^') || tex.startsWith("'")) && endsInSuperscript(out)) out.push('{}');
    out.push(tex);
  }
  // Superscripts a line leaves open are closed, so the TeX parses.
  for (const superscript of closers) if (superscript) out.push('}');
  return out.join(' ');
}

/** Whether the TeX so far ends in a prime or a superscript, which a `^` may not follow. */
function endsInSuperscript(out: readonly string[]): boolean {
  const last = out.at(-1) ?? '';
  return last.endsWith("'") || last.startsWith('^');
}

/** Whether the name at `i` is called: `f(`, `f'(`, or `ln x`. */
function isCall(tokens: readonly Token[], i: number): boolean {
  const [next, after] = [tokens[i + 1], tokens[i + 2]];
  if (tokens[i]?.kind === 'name' && tokens[i]?.text === 'ln' && next) return true;
  if (next?.kind !== 'symbol') return false;
  return next.text === '(' || (next.text === "'" && after?.kind === 'symbol' && after.text === '(');
}

function tokenTex(token: Token, called: boolean): string {
  switch (token.kind) {
    case 'number':
      return numberTex(token.text);
    case 'partial':
      return `\\frac{\\partial ${operandTex(token.top)}}{\\partial ${operandTex(token.bottom)}}`;
    case 'name':
      return nameTex(token.base, token.mark, called);
    case 'symbol':
      if (token.text in SYMBOLS) return SYMBOLS[token.text]!;
      return PLAIN_SYMBOLS.test(token.text) ? token.text : textTex(token.text);
    default:
      return textTex(token.text);
  }
}

/** A partial's top or bottom: `y`, `(w / 0)`, `max(a, b)`. Bounded depth: two bracket levels. */
const operandTex = (text: string): string =>
  mathTex(tokenize(text).filter((t) => t.kind !== 'space'));

/** `3`, `0.25` as they are; `1e-5` with an upright e; `∞`. */
function numberTex(text: string): string {
  if (text === '∞') return '\\infty';
  const [mantissa, exponent] = text.split(/[eE]/);
  return exponent === undefined ? text : `${mantissa}\\mathrm{e}{${exponent}}`;
}

function nameTex(base: string, mark: string | undefined, called: boolean): string {
  if (base === 'NaN') return '\\mathrm{NaN}';
  if (base === 'σ' && called) return '\\sigma';
  const single = [...base].length === 1;
  let tex: string;
  if (called && TEX_FUNCTIONS.has(base)) tex = `\\${base}`;
  else if (called && !single) tex = `\\operatorname{${escapeName(base)}}`;
  else if (single && /^[\p{L}]$/u.test(base)) tex = withoutMarks(base);
  // Temml 0.13 drops digits of a run of two or more inside \mathrm (`w11` shows as `w1`):
  // such names are set as upright text instead, which reads the same.
  else if (/\d{2}/.test(base)) tex = `\\text{${escapeText(withoutMarks(base))}}`;
  else tex = `\\mathrm{${escapeName(base)}}`;
  if (mark === undefined) return tex;
  const accent = MARKS[mark];
  if (!accent) return tex;
  return `${single ? accent[0] : accent[1]}{${tex}}`;
}

/** Names hold letters, marks, digits and `_`: `_` needs escaping, marks composing or dropping. */
const escapeName = (name: string): string => withoutMarks(name).replace(/_/g, '\\_');

/**
 * Temml rejects a combining mark it cannot attach (`A\u0300` after a command) and control
 * characters, so marks are composed where Unicode can (`À`) and dropped otherwise, and control,
 * format and unpaired surrogate characters become U+FFFD; the plain text keeps them all.
 */
const withoutMarks = (text: string): string =>
  text
    .normalize('NFC')
    .replace(/\p{M}/gu, '')
    .replace(/\p{C}/gu, '\uFFFD')
    .replace(/[\u2028\u2029]/g, ' ');

const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** Escapes prose for `\text{}`. */
export const escapeText = (text: string): string =>
  text.replace(/[\\{}$&#%_^~]/g, (c) => TEXT_ESCAPES[c] ?? `\\${c}`);

/**
 * Big operators (∑, ∏, ∫, ⊕, ⋀, ⨀ …) that Temml accepts only in maths mode (found by the property
 * test: `\text{∏}` is a parse error); every other character is fine in `\text{}`.
 */
const MATHS_ONLY = /[\u220F-\u2211\u222B-\u2232\u2295\u22C0-\u22C3\u2A00-\u2A1A]/u;

/** Any other character, set as text (big operators as maths, where Temml takes them). */
const textTex = (text: string): string => {
  let out = '';
  let run = '';
  for (const ch of withoutMarks(text)) {
    if (!MATHS_ONLY.test(ch)) {
      run += ch;
      continue;
    }
    if (run) out += `\\text{${escapeText(run)}}`;
    run = '';
    out += `{${ch}}`;
  }
  return run || !out ? `${out}\\text{${escapeText(run)}}` : out;
};
