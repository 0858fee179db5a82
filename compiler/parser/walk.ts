// Expression traversal shared by the analyses: an expression in, its direct sub-expressions out,
// in evaluation order. Statements of a block contribute their `let` values and expressions;
// an assignment contributes its value (its target is a place, which each analysis reads in its
// own way); patterns and types are not expressions and are left to the caller.

import type * as A from './ast.js';

export type Expansions = ReadonlyMap<A.CallExpr | A.MethodCallExpr, A.Expr>;

/**
 * With `expansions` (from the type checker), an expanded macro call's only child is its
 * expansion: the arguments were copied into it, and the copies are what runs.
 */
export function forEachChild(e: A.Expr, f: (x: A.Expr) => void, expansions?: Expansions): void {
  if (expansions && (e.kind === 'Call' || e.kind === 'MethodCall')) {
    const x = expansions.get(e);
    if (x) {
      f(x);
      return;
    }
  }
  switch (e.kind) {
    case 'Call':
      e.args.forEach(f);
      break;
    case 'Vector':
    case 'Tuple':
      e.elements.forEach(f);
      break;
    case 'Pack':
      e.fields.forEach((x) => f(x.value));
      break;
    case 'Borrow':
    case 'Deref':
    case 'Not':
    case 'Cast':
    case 'Annotate':
    case 'Field':
      f(e.expr);
      break;
    case 'Binary':
      f(e.left);
      f(e.right);
      break;
    case 'MethodCall':
      f(e.receiver);
      e.args.forEach(f);
      break;
    case 'Index':
      f(e.expr);
      e.indices.forEach(f);
      break;
    case 'Assign':
      f(e.value);
      break;
    case 'If':
      f(e.cond);
      f(e.then);
      if (e.else) f(e.else);
      break;
    case 'While':
      f(e.cond);
      f(e.body);
      break;
    case 'Loop':
      f(e.body);
      break;
    case 'Block':
      for (const s of e.statements) {
        if (s.kind === 'Let' && s.value) f(s.value);
        else if (s.kind === 'ExprStmt') f(s.expr);
      }
      if (e.tail) f(e.tail);
      break;
    case 'Return':
    case 'Break':
      if (e.value) f(e.value);
      break;
    case 'Abort':
      if (e.code) f(e.code);
      break;
    case 'Match':
      f(e.subject);
      for (const a of e.arms) {
        if (a.guard) f(a.guard);
        f(a.body);
      }
      break;
    case 'Lambda':
      f(e.body);
      break;
    default:
      break;
  }
}
