// Operator precedence of Move expressions, shared by the parser (to-ast.ts builds trees with it)
// and the printer (which parenthesizes with it). Higher binds tighter; all binary operators are
// left-associative. `as` is a postfix operator between the comparisons and `|`, as in Move 2024.

import type { BinaryOp } from './ast.js';

export const BINARY_PRECEDENCE: Readonly<Record<BinaryOp, number>> = {
  '||': 2,
  '&&': 3,
  '==': 4, '!=': 4, '<': 4, '>': 4, '<=': 4, '>=': 4,
  '|': 6,
  '^': 7,
  '&': 8,
  '<<': 9, '>>': 9,
  '+': 10, '-': 10,
  '*': 11, '/': 11, '%': 11,
};

/** Between the comparisons (4) and `|` (6): `a == b as u64` casts `b`; `a + b as u64` casts the sum. */
export const CAST_PRECEDENCE = 5;
