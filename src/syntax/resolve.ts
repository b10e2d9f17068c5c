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
  // 1. The first assignment of every name; later ones are redefinitions.
  const firstAssignment = new Map<string, Span>();
  for (const statement of statements) {
    if (statement.kind === 'expr') continue;
    const first = firstAssignment.get(statement.name);
    if (first === undefined) {
      firstAssignment.set(statement.name, statement.nameSpan);
      continue;
    }
    diagnostics.push({
      code: 'redefined-name',
      message: `'${statement.name}' is already defined at ${position(first.start)}`,
      span: statement.nameSpan,
      related: [{ message: `'${statement.name}' is first defined here`, span: first }],
    });
  }
  // 2. Uses in order; a name counts as assigned once its first assignment has been passed.
  const assigned = new Set<string>();
  for (const statement of statements) {
    if (statement.kind !== 'input') {
      for (const use of namesUsedIn(statement.expr)) {
        const first = firstAssignment.get(use.name);
        if (first === undefined || assigned.has(use.name)) continue;
        const inItself = statement.kind === 'assign' && statement.nameSpan.start === first.start;
        const message = inItself
          ? `'${use.name}' is used at ${position(use.span.start)} in its own assignment at ${position(first.start)}; each name is assigned once, so give the new value a new name`
          : `'${use.name}' is used at ${position(use.span.start)} before it is assigned at ${position(first.start)}`;
        diagnostics.push({ code: 'used-before-assigned', message, span: use.span });
      }
    }
    if (statement.kind !== 'expr') assigned.add(statement.name);
  }
  return diagnostics;
}

/** Every name node of `root`, left to right, by an explicit-stack pre-order walk. */
export function namesUsedIn(root: Expr): Array<Expr & { kind: 'name' }> {
  const names: Array<Expr & { kind: 'name' }> = [];
  const stack: Expr[] = [root];
  for (let expr = stack.pop(); expr !== undefined; expr = stack.pop()) {
    switch (expr.kind) {
      case 'name':
        names.push(expr);
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
  return names;
}
