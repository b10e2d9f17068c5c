import type { Expr, Statement } from './ast.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { Span } from './span.ts';

/**
 * Checks single assignment over parsed statements, in source order:
 * a name assigned twice gives `redefined-name` (on the second, related to the first), and a
 * name used before the statement that assigns it gives `used-before-assigned`, including use
 * in its own assignment (`x = x + 1`). Names never assigned are inputs and always fine.
 * `position` formats an offset as `line:column`. Walks expressions without recursion.
 */
export function checkNames(
  statements: readonly Statement[],
  position: (offset: number) => string,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // 1. The statement index of the first assignment of every name: set from the last statement
  // to the first, so the first assignment's index is the one left. A set that does not grow
  // the map meets a name assigned again; its later assignments are redefinitions.
  const firstAssignment = new Map<string, number>();
  const nameSpanAt = (index: number): Span => (statements[index] as { nameSpan: Span }).nameSpan;
  const redefined = new Set<string>();
  for (let index = statements.length - 1; index >= 0; index--) {
    const statement = statements[index]!;
    if (statement.kind === 'expr') continue;
    const size = firstAssignment.size;
    firstAssignment.set(statement.name, index);
    if (firstAssignment.size === size) redefined.add(statement.name);
  }
  statements.forEach((statement, index) => {
    if (statement.kind === 'expr' || redefined.size === 0 || !redefined.has(statement.name)) return;
    const firstIndex = firstAssignment.get(statement.name)!;
    if (firstIndex === index) return;
    const first = nameSpanAt(firstIndex);
    diagnostics.push({
      code: 'redefined-name',
      message: `'${statement.name}' is already defined at ${position(first.start)}`,
      span: statement.nameSpan,
      related: [{ message: `'${statement.name}' is first defined here`, span: first }],
    });
  });
  // 2. Uses in order; a name counts as assigned once its first assignment has been passed.
  let index = 0;
  let statement: Statement | undefined;
  const check = (use: NameExpr) => {
    const firstIndex = firstAssignment.get(use.name);
    if (firstIndex === undefined || firstIndex < index) return;
    const first = nameSpanAt(firstIndex);
    const inItself = statement?.kind === 'assign' && statement.nameSpan.start === first.start;
    const message = inItself
      ? `'${use.name}' is used at ${position(use.span.start)} in its own assignment at ${position(first.start)}; each name is assigned once, so give the new value a new name`
      : `'${use.name}' is used at ${position(use.span.start)} before it is assigned at ${position(first.start)}`;
    diagnostics.push({ code: 'used-before-assigned', message, span: use.span });
  };
  const stack: Expr[] = [];
  for (index = 0; index < statements.length; index++) {
    statement = statements[index]!;
    if (statement.kind !== 'input') visitNames(statement.expr, stack, check);
  }
  return diagnostics;
}

type NameExpr = Expr & { kind: 'name' };

/** Every name node of `root`, left to right, by an explicit-stack pre-order walk. */
export function namesUsedIn(root: Expr): NameExpr[] {
  const names: NameExpr[] = [];
  visitNames(root, [], (name) => names.push(name));
  return names;
}

/** Calls `visit` on every name node of `root`, left to right; `stack` is empty before and after. */
function visitNames(root: Expr, stack: Expr[], visit: (name: NameExpr) => void): void {
  stack.push(root);
  for (let expr = stack.pop(); expr !== undefined; expr = stack.pop()) {
    switch (expr.kind) {
      case 'name':
        visit(expr);
        break;
      case 'negate':
        stack.push(expr.operand);
        break;
      case 'binary':
        stack.push(expr.right, expr.left);
        break;
      case 'call':
        for (let i = expr.args.length - 1; i >= 0; i--) stack.push(expr.args[i]!);
        break;
      case 'number':
        break;
    }
  }
}
