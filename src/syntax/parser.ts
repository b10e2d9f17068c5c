import { phrase } from '../phrases/index.ts';
import type { Expr, OutputItem, Program, Statement } from './ast.ts';
import { type Diagnostic, diagnostic } from './diagnostics.ts';
import { ExpressionParser, type NameExpr } from './expression.ts';
import {
  shorten,
  T_CLOSE,
  T_COMMA,
  T_EOF,
  T_EQUALS,
  T_INVALID,
  T_MINUS,
  T_NAME,
  T_NUMBER,
  T_PLUS,
  T_SEPARATOR,
} from './lexer.ts';
import type { Span } from './span.ts';

export { MAX_NESTING_DEPTH } from './expression.ts';

/**
 * The highest order of derivative `diff` may make: `diff(y, x)` of a value that already depends
 * on a fourth derivative would be the fifth, and is refused with `diff-too-deep`, at `y`.
 * Each order can multiply the graph's size by a small constant (about 6 on random programs).
 */
export const MAX_DIFF_ORDER = 4;

/** Programs longer than this many UTF-16 code units are refused with a `too-large` diagnostic. */
export const MAX_PROGRAM_LENGTH = 2_000_000;

/** What `parseProgram` returns. */
export interface ParseResult {
  readonly program: Program;
  /** The first MAX_DIAGNOSTICS problems by position, sorted; empty when the program is fine. */
  readonly diagnostics: Diagnostic[];
  /** How many problems there are in all (at least `diagnostics.length`). */
  readonly diagnosticCount: number;
}

/**
 * Parses a program and checks its names and calls. Never throws, whatever the text: every
 * problem is counted in `diagnosticCount`, and the first MAX_DIAGNOSTICS of them by position are
 * diagnostics whose spans lie inside the text. When `diagnostics` is empty, `program` is well
 * formed: every call names a known function with the right number of arguments, no name is
 * assigned twice, and no name is used before its assignment. Statements with syntax errors are
 * left out of `program`. Time is linear in the text's length, however many problems it has.
 */
export function parseProgram(text: string): ParseResult {
  if (text.length > MAX_PROGRAM_LENGTH) {
    const tooLong = phrase('syntax.tooLong', { length: text.length, limit: MAX_PROGRAM_LENGTH });
    return {
      program: { statements: [] },
      diagnostics: [diagnostic('too-large', { start: 0, end: 0 }, tooLong)],
      diagnosticCount: 1,
    };
  }
  const parser = new Parser(text);
  const statements = parser.statements();
  parser.usesBeforeAssignment();
  parser.diffInputsAreInputs();
  const problems = parser.problems;
  if (statements.length === 0 && problems.count === 0) {
    parser.report('empty-program', { start: 0, end: text.length }, () => phrase('syntax.empty'));
  }
  return {
    program: { statements },
    diagnostics: problems.sorted(),
    diagnosticCount: problems.count,
  };
}

/**
 * Statements, separated by newlines or `;`, with recovery after errors, and the check of
 * single assignment in the same pass (by interned name id, in source order): a name assigned
 * twice gives `redefined-name` (on the second, related to the first), and a name used before the
 * statement that assigns it gives `used-before-assigned`, including use in its own assignment
 * (`x = x + 1`). Names never assigned are inputs and always fine. Statements left out of the
 * program (syntax errors, `pi = ...`) neither assign nor use names.
 */
class Parser extends ExpressionParser {
  private readonly kept: Statement[] = [];
  /** Per name id: 1 + the index of the statement that first assigns it, 0 if none yet. */
  private assignedAt = new Int32Array(256);
  /**
   * Uses of names not assigned when met: the node, its name id and its statement's index, the
   * first `pendingCount` entries of each array. Entries past it belong to statements left out
   * and are overwritten: cheaper than cutting the arrays once per bad statement.
   */
  private readonly pendingExprs: NameExpr[] = [];
  private readonly pendingIds: number[] = [];
  private readonly pendingIndexes: number[] = [];
  private pendingCount = 0;
  /** Name ids of the names inside `diff(...)` arguments, met while `diffDepth > 0`. */
  private readonly diffNameIds = new Map<NameExpr, number>();
  /** The `x` of each `diff(y, x)`, checked to be an input once every assignment is known. */
  private readonly diffInputs: {
    readonly expr: NameExpr;
    readonly id: number;
    readonly diffAt: number;
  }[] = [];
  /** The derivative order of each name assigned a value that depends on a `diff` (else absent). */
  private readonly nameOrders = new Map<string, number>();
  /** The order of each `diff` expression met (1 for the derivative of a program value). */
  private readonly diffOrders = new Map<Expr, number>();
  /** The first comma of the latest list of outputs: an error once another statement follows. */
  private listComma: Span | undefined;

  /** All statements; after one is left out (an error), skips to the next separator and goes on. */
  statements(): Statement[] {
    const statements = this.kept;
    for (;;) {
      while (this.peek() === T_SEPARATOR) this.advance();
      if (this.peek() === T_EOF) return statements;
      if (this.listComma !== undefined) this.reportListNotLast(this.listComma);
      this.depth = 0;
      const pending = this.pendingCount;
      if (this.statement()) continue;
      this.pendingCount = pending; // A statement left out uses no names.
      while (!this.isEnd(this.peek())) this.advance();
    }
  }

  protected override recordName(id: number, expr: NameExpr): void {
    if (this.diffDepth > 0) this.diffNameIds.set(expr, id);
    if (id < this.assignedAt.length && this.assignedAt[id] !== 0) return;
    const at = this.pendingCount++;
    this.pendingExprs[at] = expr;
    this.pendingIds[at] = id;
    this.pendingIndexes[at] = this.kept.length;
  }

  /**
   * `diff(y, x)`: `y` must be a name assigned by an earlier statement (else `diff-not-defined`,
   * at `y`, instead of `used-before-assigned`) or a `diff`; `x` must be a name, and whether it
   * is an input is checked by `diffInputsAreInputs` once every assignment is known.
   */
  protected override checkDiff(expr: Expr & { kind: 'diff' }): void {
    const { of, wrt } = expr;
    const at = this.position(expr.calleeSpan.start);
    if (of.kind === 'name') {
      const id = this.diffNameIds.get(of)!;
      if (id >= this.assignedAt.length || this.assignedAt[id] === 0) {
        this.forgetPendingUse(of);
        this.report('diff-not-defined', of.span, () =>
          phrase('syntax.diffNotDefined', { at, name: of.name }),
        );
      }
    } else if (of.kind !== 'diff') {
      this.report('diff-not-defined', of.span, () => phrase('syntax.diffNotNamed', { at }));
    }
    const order = 1 + this.orderOf(of);
    this.diffOrders.set(expr, order);
    if (order > MAX_DIFF_ORDER) {
      this.report('diff-too-deep', of.span, () =>
        phrase('syntax.diffTooDeep', { at, order, limit: MAX_DIFF_ORDER }),
      );
    }
    if (wrt.kind === 'name')
      this.diffInputs.push({
        expr: wrt,
        id: this.diffNameIds.get(wrt)!,
        diffAt: expr.calleeSpan.start,
      });
    else this.report('diff-not-input', wrt.span, () => phrase('syntax.diffNotInputExpr', { at }));
    if (this.diffDepth === 0) this.diffNameIds.clear();
  }

  /** The highest derivative order in `root`: of the names it uses and the `diff`s it holds. */
  private orderOf(root: Expr): number {
    if (this.diffOrders.size === 0) return 0;
    let highest = 0;
    const stack = [root];
    for (let expr = stack.pop(); expr !== undefined; expr = stack.pop()) {
      if (expr.kind === 'name') highest = Math.max(highest, this.nameOrders.get(expr.name) ?? 0);
      else if (expr.kind === 'diff') highest = Math.max(highest, this.diffOrders.get(expr) ?? 0);
      else if (expr.kind === 'negate') stack.push(expr.operand);
      else if (expr.kind === 'binary') stack.push(expr.left, expr.right);
      else if (expr.kind === 'call') stack.push(...expr.args);
    }
    return highest;
  }

  /** Drops the pending use of `use` (one of the last few recorded), reported otherwise. */
  private forgetPendingUse(use: NameExpr): void {
    for (let i = this.pendingCount - 1; i >= 0 && i >= this.pendingCount - 2; i--) {
      if (this.pendingExprs[i] !== use) continue;
      for (let j = i + 1; j < this.pendingCount; j++) {
        this.pendingExprs[j - 1] = this.pendingExprs[j]!;
        this.pendingIds[j - 1] = this.pendingIds[j]!;
        this.pendingIndexes[j - 1] = this.pendingIndexes[j]!;
      }
      this.pendingCount--;
      return;
    }
  }

  /** Reports each `diff(y, x)` whose `x` is assigned an expression (`diff-not-input`, at `x`). */
  diffInputsAreInputs(): void {
    for (const { expr, id, diffAt } of this.diffInputs) {
      const index = (id < this.assignedAt.length ? this.assignedAt[id]! : 0) - 1;
      const statement = index < 0 ? undefined : this.kept[index]!;
      if (statement === undefined || statement.kind === 'input') continue;
      const assigned = this.position((statement as { nameSpan: Span }).nameSpan.start);
      this.report('diff-not-input', expr.span, () =>
        phrase('syntax.diffNotInput', {
          name: expr.name,
          at: this.position(diffAt),
          assigned,
        }),
      );
    }
  }

  /** Reports the `used-before-assigned` problems, in source order, once all is parsed. */
  usesBeforeAssignment(): void {
    const statements = this.kept;
    const position = this.position;
    for (let i = 0; i < this.pendingCount; i++) {
      const id = this.pendingIds[i]!;
      const firstIndex = (id < this.assignedAt.length ? this.assignedAt[id]! : 0) - 1;
      const index = this.pendingIndexes[i]!;
      if (firstIndex < index) continue;
      const use = this.pendingExprs[i]!;
      this.report('used-before-assigned', use.span, () => {
        const first = (statements[firstIndex] as { nameSpan: Span }).nameSpan;
        const key =
          firstIndex === index ? 'syntax.usedInOwnAssignment' : 'syntax.usedBeforeAssigned';
        return phrase(key, {
          name: use.name,
          at: position(use.span.start),
          assigned: position(first.start),
        });
      });
    }
  }

  /**
   * Parses a statement and keeps it; false if it is left out: a syntax error (reported, and
   * the rest of the statement not consumed) or an assignment to `pi`.
   */
  private statement(): boolean {
    const start = this.startAt();
    if (this.peek() === T_COMMA) return this.outputList(start, undefined);
    if (this.peek() !== T_NAME || this.peek(1) !== T_EQUALS) {
      const expr = this.expression();
      if (expr === undefined) return false;
      if (this.peek() === T_COMMA) return this.outputList(start, expr);
      if (!this.atEndOfStatement()) return false;
      this.kept.push({ kind: 'expr', expr, span: { start, end: this.lastEnd } });
      return true;
    }
    this.advance();
    const nameId = this.lastNameId;
    const nameSpan = this.lastSpan();
    this.advance();
    const name = this.names[nameId]!;
    if (name === 'pi') {
      this.report('reserved-name', nameSpan, () =>
        phrase('syntax.reservedPi', { at: this.position(nameSpan.start) }),
      );
    }
    const value = this.inputLiteral();
    const expr = value === undefined ? this.expression() : undefined;
    if (value === undefined && expr === undefined) return false;
    if (!this.atEndOfStatement() || name === 'pi') return false;
    const span = { start, end: this.lastEnd };
    this.assign(nameId, name, nameSpan);
    // Only programs with a `diff` pay for the walk that keeps orders by name.
    const order = expr === undefined ? 0 : this.orderOf(expr);
    if (order > 0) this.nameOrders.set(name, order);
    this.kept.push(
      expr === undefined
        ? { kind: 'input', name, nameSpan, value: value ?? Number.NaN, span }
        : { kind: 'assign', name, nameSpan, expr, span },
    );
    return true;
  }

  /**
   * The rest of a statement that lists several outputs (`u, v`), at its first comma; `first` is
   * the item before it, undefined when there is none (`, v`). An empty item is reported at its
   * comma and parsing goes on with the next item, so `u, , v,` gives two diagnostics; an item
   * with a syntax error leaves the statement out, as elsewhere.
   */
  private outputList(start: number, first: Expr | undefined): boolean {
    this.listComma = this.spanAt();
    const items: OutputItem[] = [];
    if (first !== undefined) items.push(this.outputItem(first));
    else this.reportEmptyOutput('syntax.outputMissingBefore', this.spanAt());
    while (this.peek() === T_COMMA) {
      this.advance();
      const next = this.peek();
      if (next === T_COMMA || this.isEnd(next)) {
        this.reportEmptyOutput('syntax.outputMissingAfter', this.lastSpan());
        continue;
      }
      const expr = this.expression();
      if (expr === undefined) return false;
      items.push(this.outputItem(expr));
    }
    if (!this.atEndOfStatement()) return false;
    this.kept.push({ kind: 'outputs', items, span: { start, end: this.lastEnd } });
    return true;
  }

  private outputItem(expr: Expr): OutputItem {
    const { start, end } = expr.span;
    // Slicing at most a few dozen characters keeps a long item linear to quote.
    return { expr, text: shorten(this.text.slice(start, Math.min(end, start + 64))) };
  }

  private reportEmptyOutput(
    key: 'syntax.outputMissingBefore' | 'syntax.outputMissingAfter',
    comma: Span,
  ): void {
    this.report('empty-output', comma, () => phrase(key, { at: this.position(comma.start) }));
  }

  /** A list of outputs followed by another statement: reported once, at its first comma. */
  private reportListNotLast(comma: Span): void {
    this.listComma = undefined;
    this.report('misplaced-outputs', comma, () =>
      phrase('syntax.outputsNotLast', { at: this.position(comma.start) }),
    );
  }

  /** Records the assignment of `name` by the statement about to be kept, or its redefinition. */
  private assign(id: number, name: string, nameSpan: Span): void {
    if (id >= this.assignedAt.length) {
      const grown = new Int32Array(Math.max(2 * this.assignedAt.length, id + 1));
      grown.set(this.assignedAt);
      this.assignedAt = grown;
    }
    const firstIndex = this.assignedAt[id]! - 1;
    if (firstIndex < 0) {
      this.assignedAt[id] = this.kept.length + 1;
      return;
    }
    if (!this.problems.admit(nameSpan.start)) return;
    const first = (this.kept[firstIndex] as { nameSpan: Span }).nameSpan;
    this.problems.add(
      diagnostic(
        'redefined-name',
        nameSpan,
        phrase('syntax.redefined', { name, at: this.position(first.start) }),
        [{ phrase: phrase('syntax.firstDefined', { name }), span: first }],
      ),
    );
  }

  /** The value of an optionally signed number literal that is the whole right-hand side. */
  private inputLiteral(): number | undefined {
    const first = this.peek();
    const signed = first === T_MINUS || first === T_PLUS;
    const at = signed ? 1 : 0;
    if (this.peek(at) !== T_NUMBER || !this.isEnd(this.peek(at + 1))) return undefined;
    const value = this.valueAt(at);
    if (signed) this.advance();
    this.advance();
    return first === T_MINUS ? -value : value;
  }

  /**
   * After a statement: true at a separator or the end; else false, having reported what is
   * wrong (an `invalid` token is already reported).
   */
  private atEndOfStatement(): boolean {
    const kind = this.peek();
    if (this.isEnd(kind)) return true;
    if (kind === T_INVALID) return false;
    const key =
      kind === T_CLOSE
        ? 'syntax.unmatchedClose'
        : kind === T_EQUALS
          ? 'syntax.secondEquals'
          : kind === T_COMMA
            ? 'syntax.namedOutputs'
            : 'syntax.expectedOperator';
    this.report('unexpected-token', this.spanAt(), () =>
      phrase(key, { unexpected: this.unexpected() }),
    );
    return false;
  }
}
