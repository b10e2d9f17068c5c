/**
 * Name uses in expressions. The single-assignment check itself is made while parsing (see
 * parser.ts), by interned name id, without a second walk.
 */
import type { Expr } from './ast.ts';

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
      case 'diff':
        stack.push(expr.wrt, expr.of);
        break;
      case 'number':
        break;
    }
  }
}
