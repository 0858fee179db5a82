// Constant folding: a typed expression made of literals, other constants, operators and casts
// in; the value the bytecode's constant table holds (ConstValue, shaped by its type) out. Code
// generation also uses it for address literals and byte strings, which load from the table.
//
// Move evaluates constants when it compiles, so an overflow or a division by zero in a constant
// is a compile error (E04022), not an abort at run time.

import { Reporter } from '../diagnostics/diagnostic.js';
import type { ModuleEntry, ResolvedNames } from '../names/index.js';
import { resolveAddress } from '../names/module-table.js';
import type * as A from '../parser/ast.js';
import type { TypedProgram } from '../typing/check.js';
import { integerBits, type Ty } from '../typing/types.js';
import { addressHex, type ConstValue } from '../../vm/bytecode/module.js';

/** Folded values: integers as bigint until the end, addresses as bigint tagged by type. */
type Folded = boolean | bigint | Folded[];

class NotConstant extends Error {
  constructor(readonly at: A.Expr, readonly why: string) {
    super(why);
  }
}

export class ConstantFolder {
  private readonly cache = new Map<A.ConstantDecl, Folded>();
  private readonly inProgress = new Set<A.ConstantDecl>();

  constructor(
    private readonly names: ResolvedNames,
    private readonly typed: TypedProgram,
    private readonly reporter: Reporter,
  ) {}

  /** The value of a declared constant, or undefined after reporting why it has none. */
  constant(module: ModuleEntry, decl: A.ConstantDecl, type: Ty): ConstValue | undefined {
    try {
      return toConstValue(this.declared(module, decl), type);
    } catch (e) {
      if (!(e instanceof NotConstant)) throw e;
      this.reporter.add('E04022', e.at.span, { message: `the value of \`${decl.name.name}\` cannot be computed: ${e.why}`, label: e.why });
      return undefined;
    }
  }

  /** A literal expression in code (address, byte string) as a constant value. */
  literal(module: ModuleEntry, e: A.Expr, type: Ty): ConstValue {
    return toConstValue(this.fold(module, e), type);
  }

  private declared(module: ModuleEntry, decl: A.ConstantDecl): Folded {
    const hit = this.cache.get(decl);
    if (hit !== undefined) return hit;
    if (this.inProgress.has(decl)) throw new NotConstant(decl.value, `\`${decl.name.name}\` is defined in terms of itself`);
    this.inProgress.add(decl);
    try {
      const v = this.fold(module, decl.value);
      this.cache.set(decl, v);
      return v;
    } finally {
      this.inProgress.delete(decl);
    }
  }

  private typeOf(e: A.Expr): Ty | undefined {
    return this.typed.exprTypes.get(e);
  }

  private fold(module: ModuleEntry, e: A.Expr): Folded {
    switch (e.kind) {
      case 'Number':
        return this.fit(e, e.value);
      case 'Bool':
        return e.value;
      case 'Address': {
        const a = resolveAddress(e.value, module.unit.package, new Reporter());
        if (a === undefined) throw new NotConstant(e, 'unbound address');
        return a;
      }
      case 'ByteString':
        return e.bytes.map((b) => BigInt(b));
      case 'Vector':
        return e.elements.map((x) => this.fold(module, x));
      case 'Annotate':
        return this.fold(module, e.expr);
      case 'Name': {
        const t = this.names.values.names.get(e);
        if (t?.kind !== 'constant') throw new NotConstant(e, 'only literals, constants and operators are allowed here');
        const owner = this.names.table.modules.get(t.module)!;
        return this.declared(owner, t.decl);
      }
      case 'Not':
        return !this.bool(module, e.expr);
      case 'Cast': {
        const v = this.int(module, e.expr);
        return this.fit(e, v);
      }
      case 'Block':
        if (e.statements.length === 0 && e.tail) return this.fold(module, e.tail);
        throw new NotConstant(e, 'blocks with statements are not constant');
      case 'Binary':
        return this.binary(module, e);
      default:
        throw new NotConstant(e, 'only literals, constants and operators are allowed here');
    }
  }

  private bool(module: ModuleEntry, e: A.Expr): boolean {
    const v = this.fold(module, e);
    if (typeof v !== 'boolean') throw new NotConstant(e, 'expected a boolean');
    return v;
  }

  private int(module: ModuleEntry, e: A.Expr): bigint {
    const v = this.fold(module, e);
    if (typeof v !== 'bigint') throw new NotConstant(e, 'expected an integer');
    return v;
  }

  /** Checks an integer result against the width of the expression's type. */
  private fit(e: A.Expr, v: bigint): bigint {
    const t = this.typeOf(e);
    if (t?.k === 'prim' && t.name !== 'bool' && t.name !== 'address' && t.name !== 'signer') {
      const bits = integerBits(t.name);
      if (v < 0n || v >= 1n << BigInt(bits)) throw new NotConstant(e, `the result does not fit in \`${t.name}\``);
    }
    return v;
  }

  private binary(module: ModuleEntry, e: A.BinaryExpr): Folded {
    if (e.op === '&&') return this.bool(module, e.left) && this.bool(module, e.right);
    if (e.op === '||') return this.bool(module, e.left) || this.bool(module, e.right);
    if (e.op === '==' || e.op === '!=') {
      const eq = JSON.stringify(this.fold(module, e.left), big) === JSON.stringify(this.fold(module, e.right), big);
      return e.op === '==' ? eq : !eq;
    }
    const l = this.int(module, e.left);
    const r = this.int(module, e.right);
    switch (e.op) {
      case '<':
        return l < r;
      case '>':
        return l > r;
      case '<=':
        return l <= r;
      case '>=':
        return l >= r;
      case '+':
        return this.fit(e, l + r);
      case '-':
        return this.fit(e, l - r);
      case '*':
        return this.fit(e, l * r);
      case '/':
      case '%':
        if (r === 0n) throw new NotConstant(e, 'division by zero');
        return e.op === '/' ? l / r : l % r;
      case '&':
        return l & r;
      case '|':
        return l | r;
      case '^':
        return l ^ r;
      case '<<':
      case '>>': {
        const t = this.typeOf(e);
        const bits = t?.k === 'prim' && t.name.startsWith('u') ? integerBits(t.name) : 256;
        if (r >= BigInt(bits)) throw new NotConstant(e, `shift by ${r} of a ${bits}-bit value`);
        return e.op === '>>' ? l >> r : (l << r) & ((1n << BigInt(bits)) - 1n);
      }
    }
  }
}

function big(_k: string, v: unknown): unknown {
  return typeof v === 'bigint' ? v.toString() : v;
}

/** Shapes a folded value as the bytecode constant of type `t`. */
export function toConstValue(v: Folded, t: Ty): ConstValue {
  if (t.k === 'prim') {
    if (t.name === 'bool') return v as boolean;
    if (t.name === 'address') return addressHex(v as bigint);
    const n = v as bigint;
    return integerBits(t.name) <= 32 ? Number(n) : n;
  }
  if (t.k === 'vector') {
    const items = v as Folded[];
    if (t.elem.k === 'prim' && t.elem.name === 'u8') return Uint8Array.from(items.map((x) => Number(x as bigint)));
    return items.map((x) => toConstValue(x, t.elem));
  }
  throw new NotConstant({ kind: 'Unit', span: { file: '', start: 0, end: 0 } }, `a constant of this type is not supported`);
}
