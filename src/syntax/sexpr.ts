import type { Expr } from './ast.ts';

/**
 * An expression as an S-expression, for tests, debugging and the CLI: `(a+b)*-c^2` is
 * `(* (+ a b) (- (^ c 2)))`; numbers show their text (`pi`, `1.5`), calls their callee.
 * Walks with an explicit stack, so any depth works.
 */
export function toSExpression(root: Expr): string {
  const done: string[] = [];
  const stack: Array<{ expr: Expr; expanded: boolean }> = [{ expr: root, expanded: false }];
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    const { expr } = frame;
    const children = childrenOf(expr);
    if (!frame.expanded && children.length > 0) {
      // 1. Come back to this node after its children, which are finished first to last.
      stack.push({ expr, expanded: true });
      for (let i = children.length - 1; i >= 0; i--)
        stack.push({ expr: children[i]!, expanded: false });
      continue;
    }
    // 2. The children's texts are the last `children.length` entries of `done`.
    const parts = done.splice(done.length - children.length, children.length);
    done.push(
      expr.kind === 'name' || expr.kind === 'number'
        ? head(expr)
        : `(${[head(expr), ...parts].join(' ')})`,
    );
  }
  return done[0] ?? '';
}

function head(expr: Expr): string {
  switch (expr.kind) {
    case 'number':
      return expr.text;
    case 'name':
      return expr.name;
    case 'negate':
      return '-';
    case 'binary':
      return expr.operator;
    case 'call':
      return expr.callee;
    case 'diff':
      return 'diff';
  }
}

function childrenOf(expr: Expr): readonly Expr[] {
  switch (expr.kind) {
    case 'negate':
      return [expr.operand];
    case 'binary':
      return [expr.left, expr.right];
    case 'call':
      return expr.args;
    case 'diff':
      return [expr.of, expr.wrt];
    default:
      return [];
  }
}
