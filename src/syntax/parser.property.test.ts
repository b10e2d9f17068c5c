import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS, OPS } from '../ops/index.ts';
import type { Expr } from './ast.ts';
import type { DiagnosticCode } from './diagnostics.ts';
import { parseProgram } from './parser.ts';
import { toSExpression } from './sexpr.ts';
import type { Span } from './span.ts';

const CODES: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>([
  'unexpected-character',
  'unexpected-token',
  'unexpected-end',
  'missing-close-paren',
  'unknown-function',
  'wrong-arity',
  'redefined-name',
  'used-before-assigned',
  'invalid-number',
  'too-deep',
  'too-large',
  'reserved-name',
  'empty-program',
  'empty-output',
  'misplaced-outputs',
]);

const inside = (span: Span, text: string): boolean =>
  span.start >= 0 && span.start <= span.end && span.end <= text.length;

/** Every sub-expression of `root`, parents before children. */
function nodesOf(root: Expr): Expr[] {
  const nodes: Expr[] = [];
  const stack = [root];
  for (let expr = stack.pop(); expr !== undefined; expr = stack.pop()) {
    nodes.push(expr);
    if (expr.kind === 'negate') stack.push(expr.operand);
    if (expr.kind === 'binary') stack.push(expr.right, expr.left);
    if (expr.kind === 'call') stack.push(...expr.args);
  }
  return nodes;
}

/** What parseProgram guarantees for any text; throws (failing the property) otherwise. */
function checkGuarantees(text: string): void {
  const { program, diagnostics } = parseProgram(text);
  for (const d of diagnostics) {
    expect(CODES.has(d.code)).toBe(true);
    expect(d.message.length).toBeGreaterThan(0);
    expect(inside(d.span, text), `${d.code} span ${JSON.stringify(d.span)}`).toBe(true);
    for (const r of d.related ?? []) expect(inside(r.span, text)).toBe(true);
  }
  const starts = diagnostics.map((d) => d.span.start);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
  if (diagnostics.length === 0) expect(program.statements.length).toBeGreaterThan(0);
  for (const statement of program.statements) {
    expect(inside(statement.span, text)).toBe(true);
    if (statement.kind === 'input') continue;
    const roots =
      statement.kind === 'outputs' ? statement.items.map((i) => i.expr) : [statement.expr];
    for (const node of roots.flatMap(nodesOf)) {
      expect(inside(node.span, text)).toBe(true);
      expect(node.span.start >= statement.span.start && node.span.end <= statement.span.end).toBe(
        true,
      );
      const source = text.slice(node.span.start, node.span.end);
      if (node.kind === 'name') expect(source).toBe(node.name);
      if (node.kind === 'number') expect(source).toBe(node.text);
      if (node.kind === 'call' && diagnostics.length === 0) {
        const op = FUNCTIONS.get(node.callee);
        expect(op === undefined ? -1 : OPS[op].arity).toBe(node.args.length);
      }
    }
  }
}

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const anyText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: codeUnit, maxLength: 40 }),
);
const PIECES = ['(', ')', 'a', 'b', 'θ', 'pi', '1.5', '.5', '1e', '2e-3', '.', '+', '-', '*'];
const MORE_PIECES = ['/', '^', '**', 'sin(', 'max(', 'foo(', ',', '\n', ';', '=', '$', ' ', '#c\n'];
const tokenSoup = fc
  .array(fc.constantFrom(...PIECES, ...MORE_PIECES, 'x = ', 'y = -2\n'), { maxLength: 40 })
  .map((pieces) => pieces.join(''));

describe('parseProgram properties', () => {
  it('never throws on arbitrary strings, and every span lies inside the text', () => {
    fc.assert(fc.property(anyText, checkGuarantees), { numRuns: 1000 });
  });

  it('never throws on token soup, and every span lies inside the text', () => {
    fc.assert(fc.property(tokenSoup, checkGuarantees), { numRuns: 1000 });
  });
});

/** A generated expression: what the parser should rebuild from its printed text. */
type Tree =
  | { readonly t: 'number'; readonly text: string }
  | { readonly t: 'name'; readonly name: string }
  | { readonly t: 'negate'; readonly x: Tree }
  | {
      readonly t: 'binary';
      readonly op: '+' | '-' | '*' | '/' | '^';
      readonly l: Tree;
      readonly r: Tree;
    }
  | { readonly t: 'call'; readonly f: string; readonly args: readonly Tree[] };

const numberText = fc.oneof(
  fc.nat().map(String),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => `${a}.${b}`),
  fc.nat().map((n) => `.${n}`),
  fc.tuple(fc.nat(99), fc.constantFrom('e', 'E', 'e-', 'e+'), fc.nat(30)).map((p) => p.join('')),
  fc.constant('pi'),
);
const nameText = fc.oneof(
  fc.constantFrom('a', 'b', 'e', 'θ', 'α_2', '_', 'sin', 'max', 'pi_'),
  fc.stringMatching(/^[a-z_][a-z0-9_]{0,5}$/).filter((n) => n !== 'pi'),
);
const functions = [...FUNCTIONS].map(([f, op]) => ({ f, arity: OPS[op].arity }));

const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    numberText.map((text): Tree => ({ t: 'number', text })),
    nameText.map((name): Tree => ({ t: 'name', name })),
    tie('tree').map((x): Tree => ({ t: 'negate', x })),
    fc
      .tuple(fc.constantFrom('+', '-', '*', '/', '^' as const), tie('tree'), tie('tree'))
      .map(([op, l, r]): Tree => ({ t: 'binary', op, l, r })),
    fc
      .constantFrom(...functions)
      .chain(({ f, arity }) =>
        fc
          .array(tie('tree'), { minLength: arity, maxLength: arity })
          .map((args): Tree => ({ t: 'call', f, args })),
      ),
  ),
}));

// The helpers below recurse, which is fine on the small trees that fast-check generates.

function expected(tree: Tree): string {
  switch (tree.t) {
    case 'number':
      return tree.text;
    case 'name':
      return tree.name;
    case 'negate':
      return `(- ${expected(tree.x)})`;
    case 'binary':
      return `(${tree.op} ${expected(tree.l)} ${expected(tree.r)})`;
    case 'call':
      return `(${[tree.f, ...tree.args.map(expected)].join(' ')})`;
  }
}

function fullyParenthesized(tree: Tree): string {
  switch (tree.t) {
    case 'number':
      return tree.text;
    case 'name':
      return tree.name;
    case 'negate':
      return `(-${fullyParenthesized(tree.x)})`;
    case 'binary':
      return `(${fullyParenthesized(tree.l)} ${tree.op === '^' ? '**' : tree.op} ${fullyParenthesized(tree.r)})`;
    case 'call':
      return `${tree.f}(${tree.args.map(fullyParenthesized).join(', ')})`;
  }
}

/** Precedence level of LANGUAGE.md: 1 `+ -`, 2 `* /`, 3 unary minus, 4 `^`, 5 atoms. */
function level(tree: Tree): number {
  if (tree.t === 'negate') return 3;
  if (tree.t !== 'binary') return 5;
  return tree.op === '^' ? 4 : tree.op === '*' || tree.op === '/' ? 2 : 1;
}

/** Printed with only the parentheses that precedence and associativity require. */
function minimal(tree: Tree): string {
  const wrap = (sub: Tree, needed: boolean) => (needed ? `(${minimal(sub)})` : minimal(sub));
  switch (tree.t) {
    case 'number':
      return tree.text;
    case 'name':
      return tree.name;
    case 'negate':
      return `-${wrap(tree.x, level(tree.x) < 3)}`;
    case 'binary': {
      const p = level(tree);
      // `^` is right-associative and allows a signed right operand (`2^-3`).
      const left = wrap(tree.l, tree.op === '^' ? level(tree.l) <= p : level(tree.l) < p);
      const right = wrap(tree.r, tree.op === '^' ? level(tree.r) < 3 : level(tree.r) <= p);
      return `${left}${tree.op}${right}`;
    }
    case 'call':
      return `${tree.f}(${tree.args.map(minimal).join(',')})`;
  }
}

function roundTrip(print: (tree: Tree) => string) {
  return (generated: Tree): void => {
    const text = print(generated);
    const { program, diagnostics } = parseProgram(text);
    expect(diagnostics, text).toEqual([]);
    const [statement] = program.statements;
    expect(statement?.kind).toBe('expr');
    if (statement?.kind !== 'expr') return;
    expect(toSExpression(statement.expr), text).toBe(expected(generated));
    for (const node of nodesOf(statement.expr)) {
      if (node.kind === 'number')
        expect(node.value).toBe(node.text === 'pi' ? Math.PI : Number(node.text));
    }
    checkGuarantees(text);
  };
}

describe('parseProgram round trip', () => {
  it('parses a fully parenthesized print of any expression back to the same tree', () => {
    fc.assert(fc.property(tree, roundTrip(fullyParenthesized)), { numRuns: 1000 });
  });

  it('parses a minimally parenthesized print back to the same tree (precedence)', () => {
    fc.assert(fc.property(tree, roundTrip(minimal)), { numRuns: 1000 });
  });
});
