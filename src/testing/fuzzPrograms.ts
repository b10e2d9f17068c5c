/**
 * Program texts for fuzzing the engine, from a seeded generator so that any failure replays:
 * random characters, programs made from the grammar (with extreme numbers, points where
 * derivatives are not defined, deep nesting, several outputs, `diff`), and mutations of them.
 */

/** Numbers in [0, 1), as from `seededRandom`. */
export type Random = () => number;

/** The kinds of text `fuzzProgram` makes; each failure message names its kind. */
export type FuzzKind = 'bytes' | 'grammar' | 'mutant' | 'nested';

const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;
const below = (random: Random, n: number): number => Math.floor(random() * n);

/** Numbers at the edges of doubles and of the ops' domains. */
const NUMBERS = [
  '0',
  '-0',
  '1',
  '2',
  '0.5',
  '.5',
  '1e308',
  '1e309',
  '-1e308',
  '5e-324',
  '1e-320',
  '3',
  '9007199254740993',
  '0.1',
  '1e-3',
  '2.5E+4',
  '123456789012345678901234567890',
  '1',
  '-1',
] as const;

/** Expressions that make NaN or ±∞ from finite constants, or land on a convention. */
const EDGY = [
  '0/0',
  '1/0',
  '-1/0',
  'log(0)',
  'log(-1)',
  'sqrt(-1)',
  'sqrt(0)',
  '0^0',
  '0^-1',
  '(-8)^(1/3)',
  '1e308*10',
  '1e308*10 - 1e308*10',
  'exp(1000)',
  'exp(-1000)',
  'relu(0)',
  'abs(0)',
  'max(0, 0)',
  'min(-0, 0)',
  'tan(pi/2)',
  'sigmoid(1e308)',
  'tanh(-1e308)',
  'pow(0, 0)',
] as const;

const UNARY = ['sin', 'cos', 'tan', 'exp', 'log', 'sqrt', 'abs', 'tanh', 'sigmoid', 'relu'];
const BINARY_CALLS = ['max', 'min', 'pow'];
const OPERATORS = ['+', '-', '*', '/', '^', '**'];

/** An expression over `names` of depth at most `depth`, by an explicit recursion of bounded depth. */
function expression(random: Random, names: readonly string[], depth: number): string {
  const r = random();
  if (depth <= 0 || r < 0.3) {
    const leaf = random();
    if (leaf < 0.5 && names.length > 0) return pick(random, names);
    if (leaf < 0.8) return pick(random, NUMBERS);
    if (leaf < 0.9) return 'pi';
    return pick(random, EDGY);
  }
  const sub = () => expression(random, names, depth - 1);
  if (r < 0.55) return `${sub()} ${pick(random, OPERATORS)} ${sub()}`;
  if (r < 0.7) return `${pick(random, UNARY)}(${sub()})`;
  if (r < 0.78) return `${pick(random, BINARY_CALLS)}(${sub()}, ${sub()})`;
  if (r < 0.88) return `(${sub()})`;
  return `${pick(random, ['-', '+', '--'])}${sub()}`;
}

/** A program the grammar allows, mostly valid: inputs, statements, maybe several outputs or `diff`. */
function grammarProgram(random: Random): string {
  const lines: string[] = [];
  const inputs: string[] = [];
  const names: string[] = [];
  const inputCount = below(random, 4);
  for (let i = 0; i < inputCount; i++) {
    const name = pick(random, ['x', 'y', 'a', 'b', 'θ', 'w_1', 'e']) + (i > 0 ? String(i) : '');
    lines.push(`${name} = ${pick(random, NUMBERS)}`);
    inputs.push(name);
    names.push(name);
  }
  const statements = 1 + below(random, 6);
  for (let s = 0; s < statements; s++) {
    const target = `t${s}`;
    const r = random();
    if (r < 0.1 && names.length > 0 && inputs.length > 0) {
      lines.push(`${target} = diff(${pick(random, names)}, ${pick(random, inputs)})`);
    } else {
      lines.push(`${target} = ${expression(random, names.length > 0 ? names : ['x'], 3)}`);
    }
    names.push(target);
  }
  const ending = random();
  if (ending < 0.2) lines.push(`${pick(random, names)}, ${pick(random, names)}`);
  else if (ending < 0.3) lines.push(`# a comment\n${expression(random, names, 2)} // and another`);
  return lines.join(random() < 0.2 ? ';' : '\n');
}

/** Characters that matter to the lexer, and some that it must reject or treat as letters. */
const ALPHABET = [
  ...'abcxyz_019.eE+-*/^(),;=#\n\t $@`\\"\'?!&|~<>[]{}',
  '\r',
  '\u0000',
  '\u00a0',
  '\u200b',
  '\ufeff',
  'α',
  'θ',
  'π',
  'é',
  '中',
  '\ud800',
  '\udc00',
  '😀',
  '\u2028',
  '**',
  '//',
  'sin',
  'diff',
  'pi',
  '1e',
  '1e+',
  '..',
];

/** Random characters and fragments, up to `length` of them. */
function bytesProgram(random: Random, length: number): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i++) {
    parts.push(
      random() < 0.1 ? String.fromCharCode(below(random, 0x10000)) : pick(random, ALPHABET),
    );
  }
  return parts.join('');
}

/** `text` with a few random edits: deletions, insertions, duplications and swapped pieces. */
function mutate(random: Random, text: string): string {
  let result = text;
  const edits = 1 + below(random, 4);
  for (let e = 0; e < edits; e++) {
    const at = below(random, result.length + 1);
    const to = Math.min(result.length, at + below(random, 8));
    const r = random();
    if (r < 0.3) result = result.slice(0, at) + result.slice(to);
    else if (r < 0.6) result = result.slice(0, at) + pick(random, ALPHABET) + result.slice(at);
    else if (r < 0.8) result = result.slice(0, to) + result.slice(at, to) + result.slice(to);
    else result = result.slice(0, at) + pick(random, EDGY) + result.slice(to);
  }
  return result;
}

/** Nesting near and past the documented limit, of each kind that counts as nesting. */
function nestedProgram(random: Random): string {
  const depth = 150 + below(random, 120);
  const r = random();
  if (r < 0.25) return `x = 2\n${'('.repeat(depth)}x${')'.repeat(depth)}`;
  if (r < 0.5) return `x = 0.5\n${'sin('.repeat(depth)}x${')'.repeat(depth)}`;
  if (r < 0.7) return `x = 1\n${'-'.repeat(depth)}x`;
  if (r < 0.85) return `x = 1.0001\n${Array(depth).fill('x').join('^')}`;
  // Unbalanced: open parentheses that are never closed.
  return `${'('.repeat(depth * 4)}x`;
}

/** One fuzz text of a random kind, with the kind for messages. */
export function fuzzProgram(random: Random): { kind: FuzzKind; source: string } {
  const r = random();
  if (r < 0.25) {
    const length = below(random, random() < 0.05 ? 3000 : 80);
    return { kind: 'bytes', source: bytesProgram(random, length) };
  }
  if (r < 0.6) return { kind: 'grammar', source: grammarProgram(random) };
  if (r < 0.97) return { kind: 'mutant', source: mutate(random, grammarProgram(random)) };
  return { kind: 'nested', source: nestedProgram(random) };
}

/** A seed for a fuzz run: `FUZZ_SEED` from the environment when set, else a fresh one. */
export function fuzzSeed(fromEnvironment: string | undefined): number {
  const parsed = fromEnvironment === undefined ? Number.NaN : Number(fromEnvironment);
  return Number.isInteger(parsed) ? parsed >>> 0 : Math.floor(Math.random() * 2 ** 32);
}
