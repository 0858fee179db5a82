// Code generation for one function body: the typed AST (with macro expansions) in, stack-machine
// instructions for the Assembler out.
//
// The one rule that shapes everything here: the verifier wants the operand stack empty at every
// basic-block boundary, as Move's does. So no value may sit on the stack across a branch:
//   - an expression with control flow inside (`if`, `match`, loops, `&&`, `return`, ...) is
//     compiled only when the stack is empty; operands evaluated before it are spilled to
//     temporaries and reloaded after it (`operands`);
//   - a branching expression delivers its value through result locals, not the stack.
// Pattern tests read the subject through references rebuilt from locals for each test, so a
// failed test can jump to the next arm with nothing on the stack.

import type { ModuleEntry, ResolvedNames } from '../names/index.js';
import type { Binding } from '../names/resolve-values.js';
import type * as A from '../parser/ast.js';
import type { Span } from '../diagnostics/source.js';
import type { TypedProgram } from '../typing/check.js';
import { abilitiesOf, constraintMap, integerBits, substitute, type Ability, type Ty } from '../typing/types.js';
import { Op } from '../../vm/bytecode/opcodes.js';
import type { SigType } from '../../vm/bytecode/module.js';
import { Assembler, type Label } from './assembler.js';
import { forEachChild } from '../parser/walk.js';
import { ice, typeParamIndex, type ModuleBuilder, type TypeParamIndex } from './module-builder.js';
import type { ConstantPool } from './constant-pool.js';

/** An operand of a call, pack or operator: how to push it, and what it pushes. */
interface Operand {
  emit: () => void;
  types: Ty[];
  control: boolean;
}

/** A loop or labelled block that `break`/`continue`/`return 'l` can leave. */
interface Exit {
  label?: string;
  loop: boolean;
  breakTo: Label;
  continueTo?: Label;
  results: number[];
  resultTypes: Ty[];
}

const ARITH: Partial<Record<A.BinaryOp, number>> = {
  '+': Op.Add,
  '-': Op.Sub,
  '*': Op.Mul,
  '/': Op.Div,
  '%': Op.Mod,
  '&': Op.BitAnd,
  '|': Op.BitOr,
  '^': Op.Xor,
  '<<': Op.Shl,
  '>>': Op.Shr,
  '==': Op.Eq,
  '!=': Op.Neq,
  '<': Op.Lt,
  '>': Op.Gt,
  '<=': Op.Le,
  '>=': Op.Ge,
};

const LOAD_INT: Record<string, number> = { u8: Op.LdU8, u16: Op.LdU16, u32: Op.LdU32, u64: Op.LdU64, u128: Op.LdU128, u256: Op.LdU256 };
const CAST: Record<string, number> = { u8: Op.CastU8, u16: Op.CastU16, u32: Op.CastU32, u64: Op.CastU64, u128: Op.CastU128, u256: Op.CastU256 };

const VECTOR_MODULE = '0x1::vector';
/** `std::vector` natives with an instruction of their own (`empty` packs and `destroy_empty` unpacks zero elements). */
const VECTOR_OPS: Readonly<Record<string, number>> = {
  empty: Op.VecPack,
  length: Op.VecLen,
  borrow: Op.VecImmBorrow,
  borrow_mut: Op.VecMutBorrow,
  push_back: Op.VecPushBack,
  pop_back: Op.VecPopBack,
  destroy_empty: Op.VecUnpack,
  swap: Op.VecSwap,
};

/** The clever-error tag bit and the "no constant" sentinel of Sui's abort-code layout. */
const CLEVER_TAG = 1n << 63n;
const NO_INDEX = 0xffffn;

export class FunctionCompiler {
  private readonly asm: Assembler;
  private readonly tps: TypeParamIndex;
  private readonly own: Map<string, Set<Ability>>;
  private readonly localTypes: SigType[] = [];
  /** Every local's semantic type, parameters first. */
  private readonly allTypes: Ty[] = [];
  private readonly slots = new Map<Binding, number>();
  private readonly exits: Exit[] = [];
  private readonly controlMemo = new Map<A.Expr, boolean>();
  private nextLocal: number;

  constructor(
    private readonly mb: ModuleBuilder,
    private readonly names: ResolvedNames,
    private readonly typed: TypedProgram,
    private readonly pool: ConstantPool,
    private readonly module: ModuleEntry,
    private readonly fn: A.FunctionDecl,
    asm: Assembler,
  ) {
    this.asm = asm;
    this.tps = typeParamIndex(fn.typeParams);
    this.own = constraintMap(fn.typeParams);
    fn.params.forEach((p, i) => {
      const b = names.values.bindings.get(p);
      if (b) this.slots.set(b, i);
      this.allTypes.push(this.mb.astType(p.type));
    });
    this.nextLocal = fn.params.length;
  }

  /** Compiles the body; returns the types of the locals after the parameters. */
  compile(): SigType[] {
    const body = this.fn.body ?? ice('native functions have no body');
    this.expr(body);
    if (this.asm.reachable) this.asm.emit(this.endSpan(body), Op.Ret);
    return this.localTypes;
  }

  /** Whether local `i` holds a type without `drop` (it must be moved at its last use). */
  lacksDrop(i: number): boolean {
    const t = this.allTypes[i];
    return t !== undefined && t.k !== 'ref' && !this.has(t, 'drop');
  }

  get localCount(): number {
    return this.nextLocal;
  }

  private endSpan(e: A.Expr): Span {
    return { file: e.span.file, start: Math.max(e.span.start, e.span.end - 1), end: e.span.end };
  }

  // --- types and locals ------------------------------------------------------------------------

  private typeOf(e: A.Expr): Ty {
    return this.typed.exprTypes.get(e) ?? ice(`no type for ${e.kind} expression`);
  }

  private sig(t: Ty): SigType {
    return this.mb.sig(t, this.tps);
  }

  /** How many stack values an expression of this type leaves: tuples several, `()` none. */
  private arity(t: Ty): number {
    if (t.k === 'tuple') return t.elems.length;
    // A type inference left open is that of an expression that never finishes (abort, return).
    if (t.k === 'var' || t.k === 'error') return 0;
    return 1;
  }

  private components(t: Ty): Ty[] {
    if (t.k === 'tuple') return t.elems;
    if (t.k === 'var' || t.k === 'error') return [];
    return [t];
  }

  private has(t: Ty, a: Ability): boolean {
    return abilitiesOf(t, this.names.table, this.own).has(a);
  }

  /** References are copied freely in bytecode; the verifier tracks what they borrow. */
  private copyable(t: Ty): boolean {
    return t.k === 'ref' || this.has(t, 'copy');
  }

  private temp(t: Ty): number {
    const i = this.nextLocal++;
    this.localTypes.push(this.sig(t));
    this.allTypes.push(t);
    return i;
  }

  private slot(b: Binding): number {
    let i = this.slots.get(b);
    if (i === undefined) {
      const t = this.typed.locals.get(b) ?? ice(`no type for local ${b.name}`);
      i = this.temp(t);
      this.slots.set(b, i);
    }
    return i;
  }

  private bindingType(b: Binding): Ty {
    return this.typed.locals.get(b) ?? ice(`no type for local ${b.name}`);
  }

  // --- control-flow detection ------------------------------------------------------------------

  /** Whether compiling `e` creates basic blocks (so the stack must be empty when it starts). */
  private control(e: A.Expr): boolean {
    const hit = this.controlMemo.get(e);
    if (hit !== undefined) return hit;
    let c = false;
    switch (e.kind) {
      case 'If':
      case 'Match':
      case 'While':
      case 'Loop':
      case 'Return':
      case 'Abort':
      case 'Break':
      case 'Continue':
        c = true;
        break;
      case 'Binary':
        c = e.op === '&&' || e.op === '||';
        break;
      case 'Block':
        c = e.label !== undefined;
        break;
      case 'Call': {
        const t = this.names.values.calls.get(e);
        c = t?.kind === 'builtin' && t.name === 'assert';
        break;
      }
      default:
        break;
    }
    if (!c) {
      if (e.kind === 'Block') {
        // `let` patterns never branch; their values and the statements may.
        for (const s of e.statements) if ((s.kind === 'Let' && s.value && this.control(s.value)) || (s.kind === 'ExprStmt' && this.control(s.expr))) c = true;
        if (e.tail && this.control(e.tail)) c = true;
      } else forEachChild(e, (x) => (c ||= this.control(x)), this.typed.expansions);
      if (!c && e.kind === 'Assign') c = this.targetControl(e.lhs);
    }
    this.controlMemo.set(e, c);
    return c;
  }

  private targetControl(t: A.AssignTarget): boolean {
    switch (t.kind) {
      case 'Field':
      case 'Deref':
        return this.control(t.expr);
      case 'Index':
        return this.control(t.expr) || t.indices.some((i) => this.control(i));
      case 'TupleTarget':
        return t.elements.some((x) => this.targetControl(x));
      default:
        return false;
    }
  }

  /**
   * Pushes operands left to right. Those before the last operand with control flow are spilled
   * to temporaries (it must start with an empty stack) and reloaded once it is done.
   */
  private operands(list: readonly Operand[]): void {
    let last = -1;
    list.forEach((o, i) => {
      if (o.control) last = i;
    });
    if (last < 0) {
      for (const o of list) o.emit();
      return;
    }
    const spilled: Array<{ local: number; span?: Span }> = [];
    for (let i = 0; i <= last; i++) {
      const o = list[i]!;
      o.emit();
      // Values come off the stack last-pushed first.
      const locals = o.types.map((t) => this.temp(t));
      for (let j = locals.length - 1; j >= 0; j--) this.asm.emit(this.spanHint, Op.StLoc, locals[j]!);
      for (const l of locals) spilled.push({ local: l });
    }
    for (const s of spilled) this.asm.emit(this.spanHint, Op.MoveLoc, s.local);
    for (let i = last + 1; i < list.length; i++) list[i]!.emit();
  }

  /** The span that spill and reload instructions are attributed to. */
  private spanHint: Span = { file: '', start: 0, end: 0 };

  private value(e: A.Expr): Operand {
    return { emit: () => this.expr(e), types: this.components(this.typeOf(e)), control: this.control(e) };
  }

  // --- expressions -----------------------------------------------------------------------------

  /** Pushes the value(s) of `e`. */
  expr(e: A.Expr): void {
    const saved = this.spanHint;
    this.spanHint = e.span;
    try {
      this.exprInner(e);
    } finally {
      this.spanHint = saved;
    }
  }

  private exprInner(e: A.Expr): void {
    const at = e.span;
    switch (e.kind) {
      case 'Number': {
        const t = this.typeOf(e);
        const name = t.k === 'prim' ? t.name : 'u64';
        const op = LOAD_INT[name] ?? ice(`integer literal of type ${name}`);
        this.asm.emit(at, op, integerBits(name as 'u64') <= 32 ? Number(e.value) : e.value);
        return;
      }
      case 'Bool':
        this.asm.emit(at, e.value ? Op.LdTrue : Op.LdFalse);
        return;
      case 'Address':
      case 'ByteString':
        this.asm.emit(at, Op.LdConst, this.pool.literal(this.module, e, this.typeOf(e)));
        return;
      case 'Unit':
        return;
      case 'Name':
        return this.name(e);
      case 'MoveCopy': {
        const b = this.names.values.moveCopies.get(e) ?? ice('unresolved move/copy');
        this.asm.emit(at, e.op === 'move' ? Op.MoveLoc : Op.CopyLoc, this.slot(b));
        return;
      }
      case 'Call':
        return this.call(e);
      case 'MethodCall':
        return this.method(e);
      case 'Pack':
        return this.pack(e);
      case 'Vector': {
        const t = this.typeOf(e);
        if (t.k !== 'vector') ice('vector literal without a vector type');
        this.operands(e.elements.map((x) => this.value(x)));
        this.asm.emit(at, Op.VecPack, this.sig(t.elem), e.elements.length);
        return;
      }
      case 'Tuple':
        this.operands(e.elements.map((x) => this.value(x)));
        return;
      case 'Borrow':
        this.place(e.expr, e.mutable);
        return;
      case 'Deref':
        this.expr(e.expr);
        this.asm.emit(at, Op.ReadRef);
        return;
      case 'Field':
      case 'Index':
        this.place(e, false);
        this.asm.emit(at, Op.ReadRef);
        return;
      case 'Not':
        this.expr(e.expr);
        this.asm.emit(at, Op.Not);
        return;
      case 'Binary':
        return this.binary(e);
      case 'Cast': {
        this.expr(e.expr);
        const t = this.typeOf(e);
        this.asm.emit(at, (t.k === 'prim' && CAST[t.name]) || ice('cast to a non-integer'));
        return;
      }
      case 'Annotate':
        this.expr(e.expr);
        return;
      case 'Assign':
        return this.assign(e);
      case 'If':
        return this.ifExpr(e);
      case 'While':
        return this.whileExpr(e);
      case 'Loop':
        return this.loopExpr(e);
      case 'Block':
        return this.block(e);
      case 'Break':
      case 'Continue':
        return this.leave(e);
      case 'Return':
        if (e.label) return this.leave(e);
        if (e.value) this.expr(e.value);
        this.asm.emit(at, Op.Ret);
        return;
      case 'Abort':
        this.abortCode(e.code, at);
        this.asm.emit(at, Op.Abort);
        return;
      case 'Match':
        return this.match(e);
      case 'Lambda':
        ice('a lambda outside a macro expansion');
    }
  }

  private name(e: A.NameExpr): void {
    const t = this.names.values.names.get(e) ?? ice('unresolved name');
    switch (t.kind) {
      case 'local': {
        const ty = this.bindingType(t.binding);
        this.asm.emit(e.span, this.copyable(ty) ? Op.CopyLoc : Op.MoveLoc, this.slot(t.binding));
        return;
      }
      case 'constant': {
        const owner = this.names.table.modules.get(t.module) ?? ice('constant of an unknown module');
        this.asm.emit(e.span, Op.LdConst, this.pool.declared(owner, t.decl));
        return;
      }
      case 'variant': {
        const ty = this.typeOf(e);
        if (ty.k !== 'datatype') ice('variant without an enum type');
        this.asm.emit(e.span, Op.PackVariant, this.mb.datatype(ty.module, ty.name), this.variantIndex(t.decl, t.variant.name.name), ty.args.map((a) => this.sig(a)));
        return;
      }
    }
  }

  private variantIndex(decl: A.EnumDecl, name: string): number {
    const i = decl.variants.findIndex((v) => v.name.name === name);
    return i >= 0 ? i : ice(`no variant ${name}`);
  }

  // --- calls -----------------------------------------------------------------------------------

  private call(e: A.CallExpr): void {
    const expanded = this.typed.expansions.get(e);
    if (expanded) return this.expansion(e, expanded);
    const t = this.names.values.calls.get(e) ?? ice('unresolved call');
    switch (t.kind) {
      case 'builtin':
        if (t.name === 'freeze') {
          this.expr(e.args[0] ?? ice('freeze without argument'));
          this.asm.emit(e.span, Op.FreezeRef);
        } else this.assert(e);
        return;
      case 'pack': {
        const ty = this.typeOf(e);
        if (ty.k !== 'datatype') ice('pack without a datatype');
        this.operands(e.args.map((x) => this.value(x)));
        this.emitPack(e.span, t.datatype.kind === 'variant' ? { decl: t.datatype.decl, variant: t.datatype.variant.name.name } : undefined, ty);
        return;
      }
      case 'function': {
        this.operands(e.args.map((x) => this.value(x)));
        this.emitCall(e.span, t.module, t.decl, this.typed.typeArgs.get(e) ?? []);
        return;
      }
      case 'local':
        ice('call of a lambda outside a macro expansion');
    }
  }

  private expansion(call: A.Expr, body: A.Expr): void {
    this.asm.sites.push(call.span);
    try {
      this.expr(body);
    } finally {
      this.asm.sites.pop();
    }
  }

  private emitCall(at: Span, module: string, decl: A.FunctionDecl, typeArgs: readonly Ty[]): void {
    // `std::vector`'s natives are instructions, as in Move: no call frame, no native dispatch.
    const vecOp = module === VECTOR_MODULE && typeArgs.length === 1 ? VECTOR_OPS[decl.name.name] : undefined;
    if (vecOp) {
      const elem = this.sig(typeArgs[0]!);
      if (vecOp === Op.VecPack || vecOp === Op.VecUnpack) this.asm.emit(at, vecOp, elem, 0);
      else this.asm.emit(at, vecOp, elem);
      return;
    }
    this.asm.emit(at, Op.Call, this.mb.function(module, decl), typeArgs.map((a) => this.sig(a)));
  }

  private emitPack(at: Span, variant: { decl: A.EnumDecl; variant: string } | undefined, ty: Extract<Ty, { k: 'datatype' }>): void {
    const dt = this.mb.datatype(ty.module, ty.name);
    const args = ty.args.map((a) => this.sig(a));
    if (variant) this.asm.emit(at, Op.PackVariant, dt, this.variantIndex(variant.decl, variant.variant), args);
    else this.asm.emit(at, Op.Pack, dt, args);
  }

  /** `assert!(c)` / `assert!(c, code)`: abort unless `c`. */
  private assert(e: A.CallExpr): void {
    const ok = this.asm.newLabel();
    this.expr(e.args[0] ?? ice('assert without condition'));
    this.asm.jump(e.span, Op.BrTrue, ok);
    this.abortCode(e.args[1], e.span);
    this.asm.emit(e.span, Op.Abort);
    this.asm.bind(ok);
  }

  /** Pushes an abort code: a u64, or a clever error for `#[error]` constants and bare aborts. */
  private abortCode(code: A.Expr | undefined, at: Span): void {
    const line = BigInt(this.lineOf(at));
    if (!code) {
      this.asm.emit(at, Op.LdU64, CLEVER_TAG | (line << 32n) | (NO_INDEX << 16n) | NO_INDEX);
      return;
    }
    if (code.kind === 'Name') {
      const t = this.names.values.names.get(code);
      if (t?.kind === 'constant' && t.decl.attributes.some((a) => a.name.name === 'error')) {
        const owner = this.names.table.modules.get(t.module) ?? ice('constant of an unknown module');
        const constant = BigInt(this.pool.declared(owner, t.decl));
        const ident = BigInt(this.pool.identifier(t.decl.name.name));
        this.asm.emit(code.span, Op.LdU64, CLEVER_TAG | (line << 32n) | (ident << 16n) | constant);
        return;
      }
    }
    this.expr(code);
  }

  private lineOf(at: Span): number {
    // The clever-error line field is 16 bits wide.
    return this.pool.line(this.asm.locate(at)) & 0xffff;
  }

  private method(e: A.MethodCallExpr): void {
    const expanded = this.typed.expansions.get(e);
    if (expanded) return this.expansion(e, expanded);
    const m = this.typed.methods.get(e) ?? ice('unresolved method');
    const first = m.decl.params[0] ?? ice('method without parameters');
    const param = this.mb.astType(first.type);
    const recvTy = this.typeOf(e.receiver);
    let receiver: Operand;
    if (param.k === 'ref') {
      const pushed: Ty = { k: 'ref', mut: param.mut, inner: recvTy.k === 'ref' ? recvTy.inner : recvTy };
      receiver = {
        types: [pushed],
        control: this.control(e.receiver),
        emit: () => {
          if (recvTy.k === 'ref') {
            this.expr(e.receiver);
            if (recvTy.mut && !param.mut) this.asm.emit(e.receiver.span, Op.FreezeRef);
          } else this.place(e.receiver, param.mut);
        },
      };
    } else {
      receiver = {
        types: [recvTy.k === 'ref' ? recvTy.inner : recvTy],
        control: this.control(e.receiver),
        emit: () => {
          this.expr(e.receiver);
          if (recvTy.k === 'ref') this.asm.emit(e.receiver.span, Op.ReadRef);
        },
      };
    }
    this.operands([receiver, ...e.args.map((x) => this.value(x))]);
    this.emitCall(e.span, m.module, m.decl, this.typed.typeArgs.get(e) ?? []);
  }

  private pack(e: A.PackExpr): void {
    const d = this.names.values.packs.get(e) ?? ice('unresolved pack');
    const ty = this.typeOf(e);
    if (ty.k !== 'datatype') ice('pack without a datatype');
    const fields = d.kind === 'variant' ? d.variant.fields : d.decl.fields;
    const order = fields?.kind === 'Named' ? fields.fields.map((f) => f.name.name) : [];
    const given = e.fields.map((f) => f.name.name);
    const inOrder = given.length === order.length && given.every((n, i) => n === order[i]);
    if (inOrder) this.operands(e.fields.map((f) => this.value(f.value)));
    else {
      // Fields are evaluated in the order written, then pushed in declaration order.
      const locals = new Map<string, number>();
      for (const f of e.fields) {
        this.expr(f.value);
        const l = this.temp(this.typeOf(f.value));
        this.asm.emit(f.span, Op.StLoc, l);
        locals.set(f.name.name, l);
      }
      for (const n of order) this.asm.emit(e.span, Op.MoveLoc, locals.get(n) ?? ice(`field ${n} missing`));
    }
    this.emitPack(e.span, d.kind === 'variant' ? { decl: d.decl, variant: d.variant.name.name } : undefined, ty);
  }

  // --- places and references -------------------------------------------------------------------

  /** Pushes a reference (`&` or `&mut`) to the place `e` denotes; a value goes to a temporary. */
  private place(e: A.Expr, mutable: boolean): void {
    const at = e.span;
    switch (e.kind) {
      case 'Name': {
        const t = this.names.values.names.get(e);
        if (t?.kind !== 'local') break;
        const ty = this.bindingType(t.binding);
        const slot = this.slot(t.binding);
        if (ty.k === 'ref') {
          this.asm.emit(at, Op.CopyLoc, slot);
          if (ty.mut && !mutable) this.asm.emit(at, Op.FreezeRef);
        } else this.asm.emit(at, mutable ? Op.MutBorrowLoc : Op.ImmBorrowLoc, slot);
        return;
      }
      case 'MoveCopy': {
        const b = this.names.values.moveCopies.get(e);
        const ty = b && this.bindingType(b);
        if (!b || ty?.k !== 'ref') break;
        this.asm.emit(at, e.op === 'move' ? Op.MoveLoc : Op.CopyLoc, this.slot(b));
        if (ty.mut && !mutable) this.asm.emit(at, Op.FreezeRef);
        return;
      }
      case 'Field': {
        const base = this.typeOf(e.expr);
        const struct = base.k === 'ref' ? base.inner : base;
        if (struct.k !== 'datatype') ice('field of a non-struct');
        // ImmBorrowField takes a `&mut` too: not freezing the base keeps the borrow to one field,
        // so reading `m.cols` while `&mut m.cells` is live stays legal, as in Move.
        this.placeOrRef(e.expr, mutable, false);
        const decl = this.names.table.modules.get(struct.module)?.datatypes.get(struct.name);
        if (decl?.kind !== 'Struct' || !decl.fields) ice('field of a non-struct');
        const index = decl.fields.kind === 'Named' ? decl.fields.fields.findIndex((f) => f.name.name === e.field.name) : Number(e.field.name);
        if (index < 0) ice(`no field ${e.field.name}`);
        this.asm.emit(at, mutable ? Op.MutBorrowField : Op.ImmBorrowField, this.mb.datatype(struct.module, struct.name), index, struct.args.map((a) => this.sig(a)));
        return;
      }
      case 'Index':
        return this.indexPlace(e, mutable);
      case 'Deref': {
        this.expr(e.expr);
        const ty = this.typeOf(e.expr);
        if (ty.k === 'ref' && ty.mut && !mutable) this.asm.emit(at, Op.FreezeRef);
        return;
      }
      case 'Annotate':
        return this.place(e.expr, mutable);
      default:
        break;
    }
    const ty = this.typeOf(e);
    if (ty.k === 'ref') {
      // A call returning a reference is already a place.
      this.expr(e);
      if (ty.mut && !mutable) this.asm.emit(at, Op.FreezeRef);
      return;
    }
    this.expr(e);
    const l = this.temp(ty);
    this.asm.emit(at, Op.StLoc, l);
    this.asm.emit(at, mutable ? Op.MutBorrowLoc : Op.ImmBorrowLoc, l);
  }

  /** For `r.f` with `r` a reference, the reference itself; otherwise a borrow of the place. */
  private placeOrRef(e: A.Expr, mutable: boolean, freeze = true): void {
    const ty = this.typeOf(e);
    if (ty.k === 'ref') {
      this.expr(e);
      if (ty.mut && !mutable && freeze) this.asm.emit(e.span, Op.FreezeRef);
    } else this.place(e, mutable);
  }

  private indexPlace(e: A.IndexExpr, mutable: boolean): void {
    const base = this.typeOf(e.expr);
    const inner = base.k === 'ref' ? base.inner : base;
    if (inner.k === 'vector') {
      const container: Operand = { emit: () => this.placeOrRef(e.expr, mutable), types: [{ k: 'ref', mut: mutable, inner }], control: this.control(e.expr) };
      this.operands([container, ...e.indices.map((i) => this.value(i))]);
      this.asm.emit(e.span, mutable ? Op.VecMutBorrow : Op.VecImmBorrow, this.sig(inner.elem));
      return;
    }
    if (inner.k !== 'datatype') ice('index of a non-indexable type');
    // `#[syntax(index)]`: the module's function whose first parameter has the wanted mutability.
    const mod = this.names.table.modules.get(inner.module) ?? ice('index of an unknown module');
    const fns = [...mod.functions.values()].filter((f) => f.attributes.some((a) => a.name.name === 'syntax' && a.args?.some((x) => x.name.name === 'index')));
    const fn = fns.find((f) => f.params[0]?.type.kind === 'Ref' && (f.params[0].type as A.RefType).mutable === mutable) ?? ice('no index function of that mutability');
    const container: Operand = { emit: () => this.placeOrRef(e.expr, mutable), types: [{ k: 'ref', mut: mutable, inner }], control: this.control(e.expr) };
    this.operands([container, ...e.indices.map((i) => this.value(i))]);
    this.emitCall(e.span, mod.key, fn, this.typed.typeArgs.get(e) ?? inner.args);
  }

  // --- operators -------------------------------------------------------------------------------

  private binary(e: A.BinaryExpr): void {
    if (e.op === '&&' || e.op === '||') {
      // Short circuit: the right operand runs only when it decides the result.
      const result = this.temp({ k: 'prim', name: 'bool' });
      const short = this.asm.newLabel();
      const end = this.asm.newLabel();
      this.expr(e.left);
      this.asm.jump(e.span, e.op === '&&' ? Op.BrFalse : Op.BrTrue, short);
      this.expr(e.right);
      this.asm.emit(e.span, Op.StLoc, result);
      this.asm.jump(e.span, Op.Branch, end);
      this.asm.bind(short);
      this.asm.emit(e.span, e.op === '&&' ? Op.LdFalse : Op.LdTrue);
      this.asm.emit(e.span, Op.StLoc, result);
      this.asm.bind(end);
      this.asm.emit(e.span, Op.MoveLoc, result);
      return;
    }
    this.operands([this.value(e.left), this.value(e.right)]);
    this.asm.emit(e.span, ARITH[e.op] ?? ice(`operator ${e.op}`));
  }

  // --- assignment ------------------------------------------------------------------------------

  private assign(e: A.AssignExpr): void {
    this.expr(e.value);
    this.assignFromStack(e.lhs, this.typeOf(e.value));
  }

  /** Stores the value(s) on top of the stack into a target. */
  private assignFromStack(t: A.AssignTarget, valueTy: Ty): void {
    switch (t.kind) {
      case 'Name': {
        const r = this.names.values.names.get(t);
        if (!r && t.path.names.length === 1 && t.path.names[0]!.name === '_') {
          this.asm.emit(t.span, Op.Pop);
          return;
        }
        if (r?.kind !== 'local') ice('assignment to a non-local');
        this.asm.emit(t.span, Op.StLoc, this.slot(r.binding));
        return;
      }
      case 'Unit':
        return;
      case 'Field':
      case 'Index':
        this.place(t, true);
        this.asm.emit(t.span, Op.WriteRef);
        return;
      case 'Deref':
        this.expr(t.expr);
        this.asm.emit(t.span, Op.WriteRef);
        return;
      case 'TupleTarget': {
        const types = this.components(valueTy);
        for (let i = t.elements.length - 1; i >= 0; i--) this.assignFromStack(t.elements[i]!, types[i] ?? valueTy);
        return;
      }
      case 'UnpackTarget': {
        const d = this.names.values.packs.get(t) ?? ice('unresolved unpack');
        if (valueTy.k !== 'datatype') ice('unpack of a non-datatype');
        const fields = this.declFields(d.kind === 'variant' ? d.variant.fields : d.decl.fields, d.decl.typeParams, valueTy.args);
        this.emitUnpack(t.span, d.kind === 'variant' ? { decl: d.decl, variant: d.variant.name.name } : undefined, valueTy, 'value');
        const targets = new Map<number, A.AssignTarget>();
        if (t.fields.kind === 'Named') {
          for (const f of t.fields.fields) targets.set(fields.findIndex((x) => x.name === f.name.name), f.target);
        } else {
          const elems = t.fields.elements;
          const rest = elems.findIndex((x) => x.kind === 'Rest');
          elems.forEach((x, i) => {
            if (x.kind === 'Rest') return;
            const index = rest >= 0 && i > rest ? fields.length - (elems.length - i) : i;
            targets.set(index, x);
          });
        }
        for (let i = fields.length - 1; i >= 0; i--) {
          const target = targets.get(i);
          if (target) this.assignFromStack(target, fields[i]!.ty);
          else this.asm.emit(t.span, Op.Pop);
        }
        return;
      }
    }
  }

  /** Field names and types of a struct or variant, instantiated. */
  private declFields(fields: A.DatatypeFields | undefined, params: readonly A.DatatypeTypeParam[], args: readonly Ty[]): Array<{ name: string; ty: Ty }> {
    if (!fields) return [];
    const subst = new Map(params.map((p, i) => [p.name.name, args[i]!] as [string, Ty]));
    const inst = (t: A.Type): Ty => substitute(this.mb.astType(t), subst);
    return fields.kind === 'Named' ? fields.fields.map((f) => ({ name: f.name.name, ty: inst(f.type) })) : fields.types.map((t, i) => ({ name: String(i), ty: inst(t) }));
  }

  private emitUnpack(at: Span, variant: { decl: A.EnumDecl; variant: string } | undefined, ty: Extract<Ty, { k: 'datatype' }>, mode: 'value' | 'ref' | 'mut'): void {
    const dt = this.mb.datatype(ty.module, ty.name);
    const args = ty.args.map((a) => this.sig(a));
    if (!variant) {
      if (mode !== 'value') ice('struct unpack through a reference is done field by field');
      this.asm.emit(at, Op.Unpack, dt, args);
      return;
    }
    const index = this.variantIndex(variant.decl, variant.variant);
    const op = mode === 'value' ? Op.UnpackVariant : mode === 'mut' ? Op.UnpackVariantMutRef : Op.UnpackVariantImmRef;
    this.asm.emit(at, op, dt, index, args);
  }

  // --- control flow ----------------------------------------------------------------------------

  /** Locals that carry a branching expression's value to where the branches meet. */
  private resultLocals(t: Ty): number[] {
    return this.components(t).map((c) => this.temp(c));
  }

  private storeResults(results: readonly number[], at: Span): void {
    for (let i = results.length - 1; i >= 0; i--) this.asm.emit(at, Op.StLoc, results[i]!);
  }

  private loadResults(results: readonly number[], at: Span): void {
    for (const r of results) this.asm.emit(at, Op.MoveLoc, r);
  }

  /** Evaluates a branch and moves its value into the result locals (unless it never ends). */
  private branchInto(e: A.Expr, results: readonly number[]): void {
    this.expr(e);
    if (this.asm.reachable && this.arity(this.typeOf(e)) === results.length) this.storeResults(results, e.span);
    else if (this.asm.reachable) this.popAll(this.typeOf(e), e.span);
  }

  private popAll(t: Ty, at: Span): void {
    for (let i = 0; i < this.arity(t); i++) this.asm.emit(at, Op.Pop);
  }

  private ifExpr(e: A.IfExpr): void {
    const t = this.typeOf(e);
    const results = e.else ? this.resultLocals(t) : [];
    const otherwise = this.asm.newLabel();
    const end = this.asm.newLabel();
    this.expr(e.cond);
    this.asm.jump(e.span, Op.BrFalse, otherwise);
    this.branchInto(e.then, results);
    this.asm.jump(e.span, Op.Branch, end);
    this.asm.bind(otherwise);
    if (e.else) this.branchInto(e.else, results);
    this.asm.bind(end);
    // Falling in from the else branch (or its absence) also reaches the end.
    if (this.asm.reachable) this.loadResults(results, e.span);
  }

  private whileExpr(e: A.WhileExpr): void {
    const head = this.asm.here();
    const end = this.asm.newLabel();
    this.expr(e.cond);
    this.asm.jump(e.span, Op.BrFalse, end);
    this.exits.push({ ...(e.label ? { label: e.label.name } : {}), loop: true, breakTo: end, continueTo: head, results: [], resultTypes: [] });
    this.discard(e.body);
    this.exits.pop();
    this.asm.jump(e.span, Op.Branch, head);
    this.asm.bind(end);
  }

  private loopExpr(e: A.LoopExpr): void {
    const t = this.typeOf(e);
    const results = this.resultLocals(t);
    const head = this.asm.here();
    const end = this.asm.newLabel();
    this.exits.push({ ...(e.label ? { label: e.label.name } : {}), loop: true, breakTo: end, continueTo: head, results, resultTypes: this.components(t) });
    this.discard(e.body);
    this.exits.pop();
    this.asm.jump(e.span, Op.Branch, head);
    this.asm.bind(end);
    if (this.asm.reachable) this.loadResults(results, e.span);
  }

  private leave(e: A.BreakExpr | A.ContinueExpr | A.ReturnExpr): void {
    const label = e.label?.name;
    let exit: Exit | undefined;
    for (let i = this.exits.length - 1; i >= 0; i--) {
      const x = this.exits[i]!;
      if (label ? x.label === label : x.loop) {
        exit = x;
        break;
      }
    }
    if (!exit) ice(`no loop or block for ${e.kind}`);
    if (e.kind === 'Continue') {
      this.asm.jump(e.span, Op.Branch, exit.continueTo ?? ice('continue of a block'));
      return;
    }
    if (e.value) {
      this.expr(e.value);
      if (this.asm.reachable) this.storeResults(exit.results, e.span);
    }
    this.asm.jump(e.span, Op.Branch, exit.breakTo);
  }

  private block(e: A.BlockExpr): void {
    let exit: Exit | undefined;
    if (e.label) {
      const t = this.typeOf(e);
      exit = { label: e.label.name, loop: false, breakTo: this.asm.newLabel(), results: this.resultLocals(t), resultTypes: this.components(t) };
      this.exits.push(exit);
    }
    for (const s of e.statements) {
      if (s.kind === 'Let') {
        if (!s.value) continue;
        this.expr(s.value);
        if (this.asm.reachable) this.bindFromStack(s.pattern, this.typeOf(s.value));
      } else if (s.kind === 'ExprStmt') this.discard(s.expr);
    }
    if (e.tail) {
      if (exit) this.branchInto(e.tail, exit.results);
      else this.expr(e.tail);
    }
    if (exit) {
      this.exits.pop();
      this.asm.bind(exit.breakTo);
      // Without a tail the block's value comes only from `return 'label v`.
      if (this.asm.reachable) this.loadResults(exit.results, e.span);
    }
  }

  /** Evaluates for effect: whatever value is left is popped (the checker made sure it can drop). */
  private discard(e: A.Expr): void {
    this.expr(e);
    if (this.asm.reachable) this.popAll(this.typeOf(e), e.span);
  }

  // --- patterns --------------------------------------------------------------------------------

  /**
   * Binds a pattern to the value on top of the stack (a tuple's values for a tuple pattern). A
   * reference value is destructured into references to its fields.
   */
  private bindFromStack(p: A.Pattern, t: Ty): void {
    const at = p.span;
    switch (p.kind) {
      case 'Bind': {
        const b = this.names.values.bindings.get(p) ?? ice('unresolved binding');
        this.asm.emit(at, Op.StLoc, this.slot(b));
        return;
      }
      case 'Wildcard':
        this.popAll(t, at);
        return;
      case 'Tuple': {
        const types = this.components(t);
        for (let i = p.elements.length - 1; i >= 0; i--) this.bindFromStack(p.elements[i]!, types[i] ?? t);
        return;
      }
      case 'Literal':
        this.asm.emit(at, Op.Pop);
        return;
      case 'At': {
        if (bindsAnything(p.pattern)) ice('`x @ pattern` with bindings inside');
        const b = this.names.values.bindings.get(p) ?? ice('unresolved binding');
        this.asm.emit(at, Op.StLoc, this.slot(b));
        return;
      }
      case 'Or':
        return this.bindOr(p, t);
      case 'Unpack':
        return this.bindUnpack(p, t);
      case 'Rest':
        ice('`..` outside an unpack');
    }
  }

  private bindUnpack(p: A.UnpackPattern, t: Ty): void {
    const d = this.names.values.packs.get(p) ?? ice('unresolved unpack');
    const ref = t.k === 'ref' ? t : undefined;
    const ty = ref ? ref.inner : t;
    if (ty.k !== 'datatype') ice('unpack of a non-datatype');
    const variant = d.kind === 'variant' ? { decl: d.decl, variant: d.variant.name.name } : undefined;
    const fields = this.declFields(d.kind === 'variant' ? d.variant.fields : d.decl.fields, d.decl.typeParams, ty.args);
    const subs = this.subPatterns(p, fields.length);
    const fieldTy = (i: number): Ty => (ref ? { k: 'ref', mut: ref.mut, inner: fields[i]!.ty } : fields[i]!.ty);
    if (ref && !variant) {
      // Through a reference: borrow each field that a sub-pattern looks at.
      const r = this.temp(t);
      this.asm.emit(p.span, Op.StLoc, r);
      const dt = this.mb.datatype(ty.module, ty.name);
      subs.forEach((sub, i) => {
        if (!sub || sub.kind === 'Wildcard') return;
        this.asm.emit(sub.span, Op.CopyLoc, r);
        this.asm.emit(sub.span, ref.mut ? Op.MutBorrowField : Op.ImmBorrowField, dt, i, ty.args.map((a) => this.sig(a)));
        this.bindFromStack(sub, fieldTy(i));
      });
      return;
    }
    this.emitUnpack(p.span, variant, ty, ref ? (ref.mut ? 'mut' : 'ref') : 'value');
    for (let i = fields.length - 1; i >= 0; i--) {
      const sub = subs[i];
      if (sub) this.bindFromStack(sub, fieldTy(i));
      else this.asm.emit(p.span, Op.Pop);
    }
  }

  /** The sub-pattern of each field (undefined for fields left to `..`). */
  private subPatterns(p: A.UnpackPattern, count: number): Array<A.Pattern | undefined> {
    const out: Array<A.Pattern | undefined> = new Array(count).fill(undefined);
    if (!p.fields) return out;
    if (p.fields.kind === 'Named') {
      const d = this.names.values.packs.get(p)!;
      const decl = d.kind === 'variant' ? d.variant.fields : d.decl.fields;
      const names = decl?.kind === 'Named' ? decl.fields.map((f) => f.name.name) : [];
      for (const f of p.fields.fields) out[names.indexOf(f.name.name)] = f.pattern;
      return out;
    }
    const elems = p.fields.elements;
    const rest = elems.findIndex((x) => x.kind === 'Rest');
    elems.forEach((x, i) => {
      if (x.kind === 'Rest') return;
      out[rest >= 0 && i > rest ? count - (elems.length - i) : i] = x;
    });
    return out;
  }

  /** An or-pattern binds nothing; a value without `drop` is consumed by its matching variant. */
  private bindOr(p: A.OrPattern, t: Ty): void {
    if (t.k === 'ref' || this.has(t, 'drop')) {
      this.asm.emit(p.span, Op.Pop);
      return;
    }
    const v = this.temp(t);
    this.asm.emit(p.span, Op.StLoc, v);
    const done = this.asm.newLabel();
    for (const alt of p.alternatives) {
      const next = this.asm.newLabel();
      this.test(alt, t, () => this.asm.emit(alt.span, Op.ImmBorrowLoc, v), next);
      this.asm.emit(alt.span, Op.MoveLoc, v);
      this.bindFromStack(alt, t);
      this.asm.jump(alt.span, Op.Branch, done);
      this.asm.bind(next);
    }
    this.unreachableAbort(p.span);
    this.asm.bind(done);
  }

  /**
   * Jumps to `fail` unless the value `ref()` points to matches `p`. `t` is the value's type (a
   * reference type means `ref()` yields that reference's target). Leaves the stack empty.
   */
  private test(p: A.Pattern, t: Ty, ref: () => void, fail: Label): void {
    const ty = t.k === 'ref' ? t.inner : t;
    switch (p.kind) {
      case 'Bind':
      case 'Wildcard':
      case 'Rest':
        return;
      case 'At':
        return this.test(p.pattern, t, ref, fail);
      case 'Literal':
        ref();
        this.asm.emit(p.span, Op.ReadRef);
        this.expr(p.value);
        this.asm.emit(p.span, Op.Eq);
        this.asm.jump(p.span, Op.BrFalse, fail);
        return;
      case 'Or': {
        const ok = this.asm.newLabel();
        p.alternatives.forEach((alt) => {
          const next = this.asm.newLabel();
          this.test(alt, t, ref, next);
          this.asm.jump(alt.span, Op.Branch, ok);
          this.asm.bind(next);
        });
        this.asm.jump(p.span, Op.Branch, fail);
        this.asm.bind(ok);
        return;
      }
      case 'Tuple':
        ice('tuple pattern in a match');
        return;
      case 'Unpack': {
        const d = this.names.values.packs.get(p) ?? ice('unresolved pattern');
        if (ty.k !== 'datatype') ice('pattern on a non-datatype');
        const fields = this.declFields(d.kind === 'variant' ? d.variant.fields : d.decl.fields, d.decl.typeParams, ty.args);
        const subs = this.subPatterns(p, fields.length);
        const dt = this.mb.datatype(ty.module, ty.name);
        const args = ty.args.map((a) => this.sig(a));
        const refutable = subs.some((s) => s && refutablePattern(s));
        if (d.kind === 'variant') {
          const ok = this.asm.newLabel();
          const index = this.variantIndex(d.decl, d.variant.name.name);
          ref();
          this.asm.switch(p.span, dt, d.decl.variants.map((_, i) => (i === index ? ok : fail)));
          this.asm.bind(ok);
          if (!refutable) return;
          ref();
          this.asm.emit(p.span, Op.UnpackVariantImmRef, dt, index, args);
          const locals = fields.map((f) => this.temp({ k: 'ref', mut: false, inner: f.ty }));
          for (let i = locals.length - 1; i >= 0; i--) this.asm.emit(p.span, Op.StLoc, locals[i]!);
          subs.forEach((s, i) => {
            if (s && refutablePattern(s)) this.test(s, { k: 'ref', mut: false, inner: fields[i]!.ty }, () => this.asm.emit(s.span, Op.CopyLoc, locals[i]!), fail);
          });
          return;
        }
        subs.forEach((s, i) => {
          if (!s || !refutablePattern(s)) return;
          this.test(s, { k: 'ref', mut: false, inner: fields[i]!.ty }, () => {
            ref();
            this.asm.emit(s.span, Op.ImmBorrowField, dt, i, args);
          }, fail);
        });
        return;
      }
    }
  }

  private unreachableAbort(at: Span): void {
    // Exhaustiveness was checked; this abort only closes the last block for the verifier.
    this.abortCode(undefined, at);
    this.asm.emit(at, Op.Abort);
  }

  private match(e: A.MatchExpr): void {
    const subjectTy = this.typeOf(e.subject);
    const t = this.typeOf(e);
    const results = this.resultLocals(t);
    const end = this.asm.newLabel();
    this.expr(e.subject);
    const s = this.temp(subjectTy);
    this.asm.emit(e.subject.span, Op.StLoc, s);
    const byRef = subjectTy.k === 'ref';
    const ref = (): void => {
      if (byRef) {
        this.asm.emit(e.subject.span, Op.CopyLoc, s);
        if (subjectTy.mut) this.asm.emit(e.subject.span, Op.FreezeRef);
      } else this.asm.emit(e.subject.span, Op.ImmBorrowLoc, s);
    };
    for (const arm of e.arms) {
      const next = this.asm.newLabel();
      this.test(arm.pattern, subjectTy, ref, next);
      if (arm.guard) {
        // The guard sees the bindings: copies (or references) taken without moving the subject.
        this.bindForGuard(arm.pattern, subjectTy, ref);
        this.expr(arm.guard);
        this.asm.jump(arm.guard.span, Op.BrFalse, next);
      }
      this.asm.emit(arm.pattern.span, byRef || this.copyable(subjectTy) ? Op.CopyLoc : Op.MoveLoc, s);
      this.bindFromStack(arm.pattern, subjectTy);
      this.branchInto(arm.body, results);
      this.asm.jump(arm.body.span, Op.Branch, end);
      this.asm.bind(next);
    }
    this.unreachableAbort(e.span);
    this.asm.bind(end);
    if (this.asm.reachable) this.loadResults(results, e.span);
  }

  /** Binds a pattern's variables for its guard, through references, leaving the subject whole. */
  private bindForGuard(p: A.Pattern, t: Ty, ref: () => void): void {
    const copy = (b: Binding, fieldTy: Ty, get: () => void): void => {
      const bt = this.bindingType(b);
      get();
      if (bt.k !== 'ref') {
        if (!this.copyable(fieldTy)) ice('a guard on a binding that cannot be copied');
        this.asm.emit(p.span, Op.ReadRef);
      }
      this.asm.emit(p.span, Op.StLoc, this.slot(b));
    };
    const walk = (q: A.Pattern, qt: Ty, get: () => void): void => {
      const inner = qt.k === 'ref' ? qt.inner : qt;
      if (q.kind === 'Bind' || q.kind === 'At') {
        const b = this.names.values.bindings.get(q);
        if (b) copy(b, inner, get);
        if (q.kind === 'At') walk(q.pattern, qt, get);
        return;
      }
      if (q.kind !== 'Unpack' || inner.k !== 'datatype') return;
      const d = this.names.values.packs.get(q);
      if (!d) return;
      const fields = this.declFields(d.kind === 'variant' ? d.variant.fields : d.decl.fields, d.decl.typeParams, inner.args);
      const subs = this.subPatterns(q, fields.length);
      const dt = this.mb.datatype(inner.module, inner.name);
      const args = inner.args.map((a) => this.sig(a));
      if (d.kind === 'variant') {
        if (!subs.some((s) => s && bindsAnything(s))) return;
        get();
        this.asm.emit(q.span, Op.UnpackVariantImmRef, dt, this.variantIndex(d.decl, d.variant.name.name), args);
        const locals = fields.map((f) => this.temp({ k: 'ref', mut: false, inner: f.ty }));
        for (let i = locals.length - 1; i >= 0; i--) this.asm.emit(q.span, Op.StLoc, locals[i]!);
        subs.forEach((s, i) => {
          if (s) walk(s, { k: 'ref', mut: false, inner: fields[i]!.ty }, () => this.asm.emit(s.span, Op.CopyLoc, locals[i]!));
        });
        return;
      }
      subs.forEach((s, i) => {
        if (!s) return;
        walk(s, { k: 'ref', mut: false, inner: fields[i]!.ty }, () => {
          get();
          this.asm.emit(s.span, Op.ImmBorrowField, dt, i, args);
        });
      });
    };
    walk(p, t.k === 'ref' ? t : { k: 'ref', mut: false, inner: t }, ref);
  }
}

function bindsAnything(p: A.Pattern): boolean {
  switch (p.kind) {
    case 'Bind':
    case 'At':
      return true;
    case 'Tuple':
      return p.elements.some(bindsAnything);
    case 'Or':
      return p.alternatives.some(bindsAnything);
    case 'Unpack':
      if (!p.fields) return false;
      return p.fields.kind === 'Named' ? p.fields.fields.some((f) => bindsAnything(f.pattern)) : p.fields.elements.some(bindsAnything);
    default:
      return false;
  }
}

/** Whether a pattern can fail to match (a variant, a literal, or something containing one). */
function refutablePattern(p: A.Pattern): boolean {
  switch (p.kind) {
    case 'Literal':
    case 'Or':
      return true;
    case 'At':
      return refutablePattern(p.pattern);
    case 'Unpack':
      return true;
    default:
      return false;
  }
}
