/**
 * The tokens of a narration line, as the engine writes it in plain text
 * (`b̄ += d̄ · ∂d/∂b = 3 · 1 = 3   (b̄ now 5)`, `e = c · d, so ∂e/∂d = c = 3`).
 */
export type Token =
  /** An identifier or a word; `mark` is a combining mark on its first letter (bar, dot). */
  | { readonly kind: 'name'; readonly text: string; readonly base: string; readonly mark?: string }
  /** `3`, `0.25`, `1e-5`, `∞`, `NaN` is a name. */
  | { readonly kind: 'number'; readonly text: string }
  /** `∂top/∂bottom`: top and bottom are the operand texts, to be converted in turn. */
  | {
      readonly kind: 'partial';
      readonly text: string;
      readonly top: string;
      readonly bottom: string;
    }
  /** Operators, brackets and punctuation: `+=`, `=`, `·`, `(`, `,`, `.`, `'` … */
  | { readonly kind: 'symbol'; readonly text: string }
  | { readonly kind: 'space'; readonly text: string }
  /** Letters of scripts written without spaces (Chinese, Japanese): always prose. */
  | { readonly kind: 'ideograph'; readonly text: string };

// An operand of ∂: a name, a number, a call `f(…)`, or a bracketed group up to two levels deep.
const NAME = String.raw`[\p{L}_][\p{L}\p{M}\p{N}_]*`;
const GROUP = String.raw`\((?:[^()]|\([^()]*\))*\)`;
const OPERAND = String.raw`(?:${NAME}\([^()]*\)|${GROUP}|${NAME}|[\d.]+|∞)`;

/** Sticky patterns, tried in order at each position. */
const PATTERNS: readonly [
  'space' | 'partial' | 'number' | 'ideograph' | 'word' | 'symbol',
  RegExp,
][] = [
  ['space', /\s+/y],
  ['partial', new RegExp(`∂(${OPERAND})/∂(${OPERAND})`, 'uy')],
  ['number', /(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?|∞/y],
  ['ideograph', /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]+/uy],
  // A word may hold an apostrophe between letters (`statement's`); `log'(0)` is a prime.
  [
    'word',
    /(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])[\p{L}_][\p{L}\p{M}\p{N}_]*(?:['’]\p{L}+)*/uy,
  ],
  ['symbol', /\+=|-=|[^\s]/uy],
];

/**
 * Splits a line into tokens. Total: every character lands in exactly one token, so joining the
 * tokens' texts gives the line back, and no input throws.
 */
export function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < line.length) {
    for (const [kind, pattern] of PATTERNS) {
      pattern.lastIndex = at;
      const match = pattern.exec(line);
      if (!match || match[0].length === 0) continue;
      const text = match[0];
      if (kind === 'word') tokens.push(nameToken(text));
      else if (kind === 'partial')
        tokens.push({ kind, text, top: match[1] ?? '', bottom: match[2] ?? '' });
      else tokens.push({ kind, text });
      at += text.length;
      break;
    }
  }
  return tokens;
}

/** `b̄` → base `b`, mark U+0304; `h̄1` → base `h1`: the engine marks a name's first letter. */
function nameToken(text: string): Token {
  const chars = [...text];
  const second = chars[1];
  if (second !== undefined && /\p{M}/u.test(second)) {
    return { kind: 'name', text, base: [chars[0], ...chars.slice(2)].join(''), mark: second };
  }
  return { kind: 'name', text, base: text };
}
