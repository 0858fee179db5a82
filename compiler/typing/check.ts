// The type checker: resolved names in; the type of every expression and local out, with type
// errors (E04xxx). Generic type arguments and integer literal types are inferred per function
// body by unification (infer.ts). Method calls resolve through the receiver type's module and
// `use fun` aliases, with automatic `&`/`&mut`. A `match` is checked for values no arm covers
// (E04015) and arms no value reaches (W09008) over its nested patterns (exhaustive.ts).
//
// A macro call is checked against the macro's signature, lambda arguments included, and then
// expanded (expand.ts): the copy of the macro's body is checked in the caller's body, as in Sui.
// `expansions` hands each call's copy to the later stages, which look at it instead of the call.

import { Reporter, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/source.js';
import type { ModuleEntry, ModuleKey, ResolvedNames } from '../names/index.js';
import { allowed, reportInvisible, type Binding, type DatatypeRef } from '../names/resolve-values.js';
import { moduleKey } from '../names/module-table.js';
import type { Scope } from '../names/scope.js';
import type * as A from '../parser/ast.js';
import { matchCoverage, type SubjectHint } from './exhaustive.js';
import { expandMacro, type ExpansionContext, type MacroArgument, type Origin } from './expand.js';
import { Inference } from './infer.js';
import { BOOL, ERROR, U64, U8, UNIT, abilitiesOf, constraintMap, fromAst, integerBits, isInteger, prim, showType, substitute, type Ability, type PrimName, type Ty } from './types.js';

export interface TypedProgram {
  /** The type of every checked expression (after inference). */
  exprTypes: Map<A.Expr, Ty>;
  /** The type of every local. */
  locals: Map<Binding, Ty>;
  /** What each method call resolved to. */
  methods: Map<A.MethodCallExpr, { module: ModuleKey; decl: A.FunctionDecl }>;
  /** The type each pattern matches (for `_` patterns the ownership checks need it). */
  patternTypes: Map<A.Pattern, Ty>;
  /** Fields an unpack leaves to `..`, with their types. */
  restFields: Map<A.UnpackPattern, Array<{ name: string; ty: Ty }>>;
  /** The type arguments of each call of a generic function (method and `#[syntax(index)]` calls too). */
  typeArgs: Map<A.CallExpr | A.MethodCallExpr | A.IndexExpr, Ty[]>;
  /** The expanded body of each macro call (absent when the call had errors). */
  expansions: Map<A.CallExpr | A.MethodCallExpr, A.Expr>;
  diagnostics: Diagnostic[];
}

/** Nested expansions deeper than this are a recursive macro (E04021). */
const MAX_EXPANSION_DEPTH = 64;

interface Signature {
  typeParams: string[];
  params: Ty[];
  result: Ty;
}

interface FnContext {
  module: ModuleEntry;
  scope: Scope;
  result: Ty;
  inf: Inference;
  /** Value types of `break` per loop, innermost last. */
  loops: Ty[];
  /** Labels of the enclosing loops and blocks, innermost last. */
  labels: string[];
}

const PRIMITIVE_MODULES: Partial<Record<PrimName, ModuleKey[]>> = {
  u8: [moduleKey(1n, 'u8')],
  u16: [moduleKey(1n, 'u16')],
  u32: [moduleKey(1n, 'u32')],
  u64: [moduleKey(1n, 'u64')],
  u128: [moduleKey(1n, 'u128')],
  u256: [moduleKey(1n, 'u256')],
  address: [moduleKey(1n, 'address'), moduleKey(2n, 'address')],
};

export function checkTypes(names: ResolvedNames): TypedProgram {
  return new Checker(names).run();
}

class Checker {
  private readonly reporter = new Reporter();
  private readonly out: TypedProgram = { exprTypes: new Map(), locals: new Map(), methods: new Map(), patternTypes: new Map(), restFields: new Map(), typeArgs: new Map(), expansions: new Map(), diagnostics: [] };
  private pendingPatterns: A.Pattern[] = [];
  private readonly sigCache = new Map<A.FunctionDecl, Signature>();
  private fn!: FnContext;
  /** Expressions typed in the current body, resolved once inference has finished. */
  private pending: A.Expr[] = [];
  private pendingLocals: Binding[] = [];
  /** Operand types of `==`/`!=`, checked for `drop` once inference is done. */
  private equalityOperands: Array<{ t: Ty; at: Span }> = [];
  /** >0 while checking the arguments of a macro call: the only place lambdas may appear. */
  private macroArgs = 0;
  /** Inference variables standing for type arguments nobody wrote, with the call they belong to. */
  private implicitTypeArgs: Array<{ vars: Ty[]; at: Span; what: string }> = [];
  private instantiations: Array<{ params: ReadonlyArray<{ name: A.Ident; constraints: A.Ident[] }>; subst: Map<string, Ty>; at: Span; what: string; macro: boolean }> = [];

  private readonly expansion: ExpansionContext;
  private expansionDepth = 0;
  /** `#[allow(dead_code)]` on the function being checked or its module: no unreachable-arm warnings. */
  private allowDeadCode = false;
  /** The module whose `use fun`s apply: the caller's, or a macro's inside its expanded body. */
  private methodScope: ModuleEntry | undefined;

  constructor(private readonly names: ResolvedNames) {
    this.expansion = { names, typeOverrides: new Map(), origins: new Map(), autoBorrows: new Set() };
  }

  run(): TypedProgram {
    for (const [key, module] of this.names.table.modules) {
      const scope = this.names.scopes.get(key)!;
      const moduleAllows = allowed(module.decl.attributes);
      this.allowDeadCode = moduleAllows.has('dead_code');
      for (const c of module.constants.values()) this.body(module, scope, this.ty(c.type), c.value, [], []);
      for (const f of module.functions.values()) {
        if (!f.body || f.isMacro) continue;
        this.allowDeadCode = moduleAllows.has('dead_code') || allowed(f.attributes).has('dead_code');
        const sig = this.signature(f);
        this.body(module, scope, sig.result, f.body, f.params.map((p, i) => [p, sig.params[i]!]), f.typeParams);
      }
    }
    this.out.diagnostics = this.reporter.diagnostics;
    return this.out;
  }

  private body(module: ModuleEntry, scope: Scope, result: Ty, body: A.Expr, params: Array<[A.Param, Ty]>, typeParams: A.FunTypeParam[]): void {
    this.fn = { module, scope, result, inf: new Inference(), loops: [], labels: [] };
    this.pending = [];
    this.pendingLocals = [];
    this.pendingPatterns = [];
    this.pendingTypeArgs = [];
    this.equalityOperands = [];
    this.instantiations = [];
    this.implicitTypeArgs = [];
    for (const [p, t] of params) {
      const b = this.names.values.bindings.get(p);
      if (b) this.setLocal(b, t);
    }
    this.check(body, result);
    this.fn.inf.finish();
    for (const e of this.pending) {
      const t = this.fn.inf.resolve(this.out.exprTypes.get(e)!);
      this.out.exprTypes.set(e, t);
      // Unsuffixed literals are range-checked once inference has given them a type.
      if (e.kind === 'Number' && !e.suffix && t.k === 'prim' && isInteger(t) && e.value > (1n << BigInt(integerBits(t.name))) - 1n) {
        this.reporter.add('E04010', e.span, { message: `\`${e.value}\` does not fit in \`${t.name}\``, label: `this literal has type \`${t.name}\`` });
      }
    }
    for (const b of this.pendingLocals) this.out.locals.set(b, this.fn.inf.resolve(this.out.locals.get(b)!));
    for (const p of this.pendingPatterns) this.out.patternTypes.set(p, this.fn.inf.resolve(this.out.patternTypes.get(p)!));
    for (const e of this.pendingTypeArgs) this.out.typeArgs.set(e, this.out.typeArgs.get(e)!.map((t) => this.fn.inf.resolve(t)));
    for (const fields of this.out.restFields.values()) for (const f of fields) f.ty = this.fn.inf.resolve(f.ty);
    const own = constraintMap(typeParams);
    this.checkInstantiations(own);
    for (const { t, at } of this.equalityOperands) {
      const r = this.fn.inf.resolve(t);
      // Comparing consumes both operands' values (references compare what they point to).
      if (r.k !== 'ref' && r.k !== 'var' && r.k !== 'error' && !abilitiesOf(r, this.names.table, own).has('drop')) {
        this.reporter.add('E05004', at, { message: `\`${showType(r)}\` lacks \`drop\`, so its values cannot be compared`, label: 'compare references instead: `&a == &b`' });
      }
    }
    for (const { vars, at, what } of this.implicitTypeArgs) {
      if (vars.some((v) => this.fn.inf.resolve(v).k === 'var')) {
        this.reporter.add('E04020', at, { message: `cannot infer the type arguments of ${what}`, label: 'nothing here decides them', notes: ['write them out, e.g. `vector::empty<u64>()`'] });
      }
    }
  }

  // --- helpers ----------------------------------------------------------------------------------

  private ty(t: A.Type): Ty {
    return fromAst(t, this.names.types, () => (this.fn ? this.fn.inf.fresh() : ERROR), this.expansion.typeOverrides);
  }

  private fresh(): Ty {
    return this.fn.inf.fresh();
  }

  private show(t: Ty): string {
    const r = this.fn.inf.resolve(t);
    // An unsolved literal's type reads better as what it is than as `_`.
    return r.k === 'var' && this.fn.inf.isIntegerVar(r) ? 'integer' : showType(r);
  }

  private setLocal(b: Binding, t: Ty): void {
    this.out.locals.set(b, t);
    this.pendingLocals.push(b);
  }

  private record(e: A.Expr, t: Ty): Ty {
    this.out.exprTypes.set(e, t);
    this.pending.push(e);
    return t;
  }

  private mismatch(span: Span, actual: Ty, expected: Ty, what = 'expression'): void {
    this.reporter.add('E04001', span, {
      message: `type mismatch: expected \`${this.show(expected)}\`, found \`${this.show(actual)}\``,
      label: `this ${what} has type \`${this.show(actual)}\``,
    });
  }

  /** Checks `e` against `expected` (with reference freezing), reporting a mismatch. */
  private check(e: A.Expr, expected: Ty): Ty {
    const actual = this.infer(e, expected);
    if (!this.fn.inf.unify(actual, expected, true)) this.mismatch(e.span, actual, expected);
    return actual;
  }

  signature(f: A.FunctionDecl): Signature {
    const cached = this.sigCache.get(f);
    if (cached && !f.isMacro) return cached;
    const sig: Signature = {
      typeParams: f.typeParams.map((t) => t.name.name),
      params: f.params.map((p) => this.ty(p.type)),
      result: f.returnType ? this.ty(f.returnType) : UNIT,
    };
    if (!f.isMacro) this.sigCache.set(f, sig);
    return sig;
  }

  /** Fresh variables (or the written type arguments) for a declaration's type parameters. */
  private instantiate(params: ReadonlyArray<{ name: A.Ident; constraints: A.Ident[] }>, written: readonly A.Type[] | undefined, at: Span, what: string, macro = false): Map<string, Ty> {
    const subst = new Map<string, Ty>();
    if (written && written.length !== params.length) {
      this.reporter.add('E04003', at, { message: `${what} expects ${params.length} type argument${params.length === 1 ? '' : 's'}, found ${written.length}` });
    }
    params.forEach((p, i) => subst.set(p.name.name, written && written.length === params.length ? this.ty(written[i]!) : this.fresh()));
    if (!written && params.length > 0) this.implicitTypeArgs.push({ vars: [...subst.values()], at, what });
    if (params.length > 0) this.instantiations.push({ params, subst, at, what, macro });
    return subst;
  }

  private pendingTypeArgs: Array<A.CallExpr | A.MethodCallExpr | A.IndexExpr> = [];

  private recordTypeArgs(e: A.CallExpr | A.MethodCallExpr | A.IndexExpr, fn: A.FunctionDecl, subst: ReadonlyMap<string, Ty>): void {
    if (fn.typeParams.length === 0 || fn.isMacro) return;
    this.out.typeArgs.set(e, fn.typeParams.map((t) => subst.get(t.name.name) ?? ERROR));
    this.pendingTypeArgs.push(e);
  }

  /** After inference: every type argument must have the abilities its parameter requires. */
  private checkInstantiations(own: ReadonlyMap<string, ReadonlySet<Ability>>): void {
    for (const { params, subst, at, what, macro } of this.instantiations) {
      for (const p of params) {
        const t = this.fn.inf.resolve(subst.get(p.name.name) ?? ERROR);
        if (t.k === 'var' || t.k === 'error') continue;
        // Macros are expanded before their bodies are checked: their type parameters may stand
        // for references and `()`, as in Sui.
        if (!macro && (t.k === 'ref' || t.k === 'tuple')) {
          this.reporter.add(t.k === 'ref' ? 'E07001' : 'E04011', at, { message: `${what} cannot be instantiated with \`${showType(t)}\``, label: 'type arguments are value types' });
          continue;
        }
        const has = abilitiesOf(t, this.names.table, own);
        const missing = p.constraints.map((c) => c.name).filter((c) => !has.has(c as Ability));
        if (missing.length === 0) continue;
        this.reporter.add('E05001', at, {
          message: `\`${showType(t)}\` does not have ${missing.map((m) => `\`${m}\``).join(' and ')}, required by ${what}`,
          label: `\`${p.name.name}\` is instantiated with \`${showType(t)}\` here`,
          secondary: [{ span: p.name.span, message: `\`${p.name.name}: ${p.constraints.map((c) => c.name).join(' + ')}\` declared here` }],
        });
      }
    }
  }

  private datatypeTy(module: ModuleKey, decl: A.StructDecl | A.EnumDecl, subst: Map<string, Ty>): Ty {
    return { k: 'datatype', module, name: decl.name.name, args: decl.typeParams.map((t) => subst.get(t.name.name) ?? ERROR) };
  }

  /** Field types of a struct or variant, instantiated. */
  private fieldsOf(fields: A.DatatypeFields | undefined, subst: Map<string, Ty>): { named?: Map<string, Ty>; positional?: Ty[] } {
    if (!fields) return { positional: [] };
    if (fields.kind === 'Named') return { named: new Map(fields.fields.map((f) => [f.name.name, substitute(this.ty(f.type), subst)])) };
    return { positional: fields.types.map((t) => substitute(this.ty(t), subst)) };
  }

  private datatypeFields(d: DatatypeRef): A.DatatypeFields | undefined {
    return d.kind === 'struct' ? d.decl.fields : d.variant.fields;
  }

  /** Strips references: what a field access or method receiver works on. */
  private derefAll(t: Ty): Ty {
    let h = this.fn.inf.head(t);
    while (h.k === 'ref') h = this.fn.inf.head(h.inner);
    return h;
  }

  // --- expressions ------------------------------------------------------------------------------

  /** Infers the type of `e`; `expected` is a hint for literals, lambdas and empty vectors. */
  private infer(e: A.Expr, expected?: Ty): Ty {
    const origin = this.expansion.origins.get(e);
    if (!origin) return this.record(e, this.inferInner(e, expected));
    const saved = this.methodScope;
    this.methodScope = origin.module;
    try {
      return this.record(e, this.inferInner(e, expected));
    } finally {
      this.methodScope = saved;
    }
  }

  private inferInner(e: A.Expr, expected?: Ty): Ty {
    if ((e.kind === 'While' || e.kind === 'Loop' || e.kind === 'Block') && e.label) {
      this.fn.labels.push(e.label.name);
      try {
        return this.inferUnlabelled(e, expected);
      } finally {
        this.fn.labels.pop();
      }
    }
    if ((e.kind === 'Break' || e.kind === 'Continue' || e.kind === 'Return') && e.label && !this.fn.labels.includes(e.label.name)) {
      this.reporter.add('E03012', e.label.span, { message: `unbound label \`'${e.label.name}\``, label: 'no enclosing loop or block has this label' });
    }
    return this.inferUnlabelled(e, expected);
  }

  private inferUnlabelled(e: A.Expr, expected?: Ty): Ty {
    const inf = this.fn.inf;
    switch (e.kind) {
      case 'Number':
        return this.number(e);
      case 'Bool':
        return BOOL;
      case 'Address':
        return prim('address');
      case 'ByteString':
        return { k: 'vector', elem: U8 };
      case 'Unit':
        return UNIT;
      case 'Name': {
        const target = this.names.values.names.get(e);
        if (!target) return ERROR;
        if (target.kind === 'local') return this.out.locals.get(target.binding) ?? ERROR;
        if (target.kind === 'constant') return this.ty(target.decl.type);
        const subst = this.instantiate(target.decl.typeParams, e.typeArgs, e.span, `enum \`${target.decl.name.name}\``);
        if (target.variant.fields) this.reporter.add('E04005', e.span, { message: `variant \`${target.variant.name.name}\` has fields`, label: 'give them values' });
        return this.datatypeTy(target.module, target.decl, subst);
      }
      case 'MoveCopy': {
        const b = this.names.values.moveCopies.get(e);
        return b ? (this.out.locals.get(b) ?? ERROR) : ERROR;
      }
      case 'Call':
        return this.call(e, expected);
      case 'Pack':
        return this.pack(e);
      case 'Vector': {
        const elem = e.elementType ? this.ty(e.elementType) : this.fresh();
        for (const x of e.elements) {
          this.check(x, elem);
          if (inf.head(elem).k === 'ref') {
            this.reporter.add('E07001', x.span, { message: 'a reference cannot be a vector element', label: 'vectors hold values' });
            break;
          }
          if (inf.head(elem).k === 'tuple') {
            this.reporter.add('E04011', x.span, { message: 'a tuple cannot be a vector element', label: 'tuples exist only as results of calls' });
            break;
          }
        }
        return { k: 'vector', elem };
      }
      case 'Tuple': {
        const hint = expected && inf.head(expected);
        return { k: 'tuple', elems: e.elements.map((x, i) => this.infer(x, hint?.k === 'tuple' ? hint.elems[i] : undefined)) };
      }
      case 'Borrow': {
        const inner = this.infer(e.expr);
        if (e.mutable && !this.expansion.autoBorrows.has(e)) this.requireMutablePlace(e.expr);
        const h = inf.head(inner);
        if (h.k === 'ref') {
          this.reporter.add('E04008', e.span, { message: 'cannot borrow a reference', label: `this has type \`${this.show(inner)}\`` });
          return ERROR;
        }
        return { k: 'ref', mut: e.mutable, inner };
      }
      case 'Deref': {
        const inner = inf.head(this.infer(e.expr));
        if (inner.k === 'ref') return inner.inner;
        if (inner.k !== 'error' && inner.k !== 'var') this.reporter.add('E04008', e.span, { message: `cannot dereference a value of type \`${this.show(inner)}\``, label: 'not a reference' });
        return ERROR;
      }
      case 'Not':
        this.check(e.expr, BOOL);
        return BOOL;
      case 'Binary':
        return this.binary(e);
      case 'Cast': {
        const from = this.infer(e.expr);
        const to = this.ty(e.type);
        const fh = inf.head(from);
        if (!isInteger(to) || !(isInteger(fh) || inf.isIntegerVar(fh) || fh.k === 'error')) {
          this.reporter.add('E04009', e.span, { message: `cannot cast \`${this.show(from)}\` to \`${this.show(to)}\``, label: 'only integers cast to integers' });
        }
        return to;
      }
      case 'Annotate': {
        const t = this.ty(e.type);
        this.check(e.expr, t);
        return t;
      }
      case 'Field':
        return this.field(e);
      case 'MethodCall':
        return this.method(e, expected);
      case 'Index':
        return this.index(e);
      case 'Assign':
        this.assign(e.lhs, this.infer(e.value));
        return UNIT;
      case 'If': {
        this.check(e.cond, BOOL);
        if (!e.else) {
          this.check(e.then, UNIT);
          return UNIT;
        }
        const t = this.infer(e.then, expected);
        const f = this.infer(e.else, expected ?? t);
        return this.join(t, f, e.else.span);
      }
      case 'While':
        this.check(e.cond, BOOL);
        this.fn.loops.push(UNIT);
        this.check(e.body, UNIT);
        this.fn.loops.pop();
        return UNIT;
      case 'Loop': {
        const result = this.fresh();
        this.fn.loops.push(result);
        this.check(e.body, UNIT);
        this.fn.loops.pop();
        return result;
      }
      case 'Block':
        return this.block(e, expected);
      case 'Break': {
        const loop = this.fn.loops[this.fn.loops.length - 1];
        if (!loop && !e.label) this.reporter.add('E04016', e.span, { message: '`break` outside a loop' });
        if (e.value) this.check(e.value, loop ?? this.fresh());
        else if (loop) this.fn.inf.unify(loop, UNIT);
        return this.fresh();
      }
      case 'Continue':
        if (this.fn.loops.length === 0 && !e.label) this.reporter.add('E04016', e.span, { message: '`continue` outside a loop' });
        return this.fresh();
      case 'Return':
        if (e.label) {
          if (e.value) this.infer(e.value);
        } else if (e.value) this.check(e.value, this.fn.result);
        else if (!inf.unify(UNIT, this.fn.result)) this.mismatch(e.span, UNIT, this.fn.result, 'return');
        return this.fresh();
      case 'Abort':
        if (e.code) this.abortCode(e.code);
        return this.fresh();
      case 'Match':
        return this.match(e, expected);
      case 'Lambda':
        return this.lambda(e, expected);
    }
  }

  /**
   * An abort code: a u64, or an `#[error]` constant of any type (a clever error, which the
   * compiler encodes into a u64 with the constant's index and the source line, as Sui does).
   */
  private abortCode(code: A.Expr): void {
    const target = code.kind === 'Name' ? this.names.values.names.get(code) : undefined;
    if (target?.kind === 'constant' && target.decl.attributes.some((a) => a.name.name === 'error')) {
      this.record(code, U64);
      return;
    }
    this.check(code, U64);
  }

  private number(e: A.NumberExpr): Ty {
    if (!e.suffix) return this.fn.inf.fresh(true);
    const max = (1n << BigInt(integerBits(e.suffix))) - 1n;
    if (e.value > max) this.reporter.add('E04010', e.span, { message: `\`${e.value}\` does not fit in \`${e.suffix}\``, label: `the largest ${e.suffix} is ${max}` });
    return prim(e.suffix);
  }

  private join(a: Ty, b: Ty, at: Span): Ty {
    if (!this.fn.inf.unify(b, a, true)) {
      if (this.fn.inf.unify(a, b, true)) return b;
      this.mismatch(at, b, a, 'branch');
      return ERROR;
    }
    return a;
  }

  private binary(e: A.BinaryExpr): Ty {
    const inf = this.fn.inf;
    switch (e.op) {
      case '&&':
      case '||':
        this.check(e.left, BOOL);
        this.check(e.right, BOOL);
        return BOOL;
      case '==':
      case '!=': {
        const l = this.infer(e.left);
        const r = this.infer(e.right);
        if (!inf.unify(r, l, true) && !inf.unify(l, r, true)) this.mismatch(e.right.span, r, l, 'operand');
        else this.equalityOperands.push({ t: l, at: e.span });
        return BOOL;
      }
      case '<<':
      case '>>': {
        const l = this.integerOperand(e.left);
        this.check(e.right, U8);
        return l;
      }
      default: {
        const l = this.integerOperand(e.left);
        const r = this.infer(e.right, l);
        if (!inf.unify(r, l)) this.mismatch(e.right.span, r, l, 'operand');
        return ['<', '>', '<=', '>='].includes(e.op) ? BOOL : l;
      }
    }
  }

  private integerOperand(x: A.Expr): Ty {
    const t = this.infer(x);
    const h = this.fn.inf.head(t);
    if (!(isInteger(h) || this.fn.inf.isIntegerVar(h) || h.k === 'error' || h.k === 'var')) {
      this.reporter.add('E04008', x.span, { message: `expected an integer, found \`${this.show(t)}\``, label: 'not an integer' });
      return ERROR;
    }
    if (h.k === 'var' && !this.fn.inf.isIntegerVar(h)) {
      // An unconstrained operand of arithmetic is an integer.
      const v = this.fn.inf.fresh(true);
      this.fn.inf.unify(h, v);
    }
    return t;
  }

  private args(params: readonly Ty[], args: readonly A.Expr[], at: Span, what: string, macro = false): void {
    if (params.length !== args.length) {
      this.reporter.add('E04002', at, { message: `${what} takes ${params.length} argument${params.length === 1 ? '' : 's'}, found ${args.length}` });
    }
    if (macro) this.macroArgs++;
    args.forEach((a, i) => {
      const p = params[i];
      if (p) this.check(a, p);
      else this.infer(a);
    });
    if (macro) this.macroArgs--;
  }

  private call(e: A.CallExpr, expected?: Ty): Ty {
    const target = this.names.values.calls.get(e);
    if (!target) {
      for (const a of e.args) this.infer(a);
      return ERROR;
    }
    switch (target.kind) {
      case 'builtin':
        if (target.name === 'assert') {
          if (e.args[0]) this.check(e.args[0], BOOL);
          if (e.args[1]) this.abortCode(e.args[1]);
          if (e.args.length === 0 || e.args.length > 2) this.reporter.add('E04002', e.span, { message: '`assert!` takes a condition and an optional abort code' });
          return UNIT;
        } else {
          const inner = this.fresh();
          this.args([{ k: 'ref', mut: true, inner }], e.args, e.span, '`freeze`');
          return { k: 'ref', mut: false, inner };
        }
      case 'local': {
        const t = this.fn.inf.head(this.out.locals.get(target.binding) ?? ERROR);
        if (t.k !== 'fun') {
          for (const a of e.args) this.infer(a);
          return ERROR;
        }
        this.args(t.params, e.args, e.span, 'the lambda');
        return t.result;
      }
      case 'pack': {
        const d = target.datatype;
        const subst = this.instantiate(d.decl.typeParams, e.typeArgs, e.span, `\`${d.decl.name.name}\``);
        const fields = this.fieldsOf(this.datatypeFields(d), subst);
        if (fields.named) this.reporter.add('E04005', e.span, { message: `\`${e.path.names.map((n) => n.name).join('::')}\` has named fields`, label: 'pack it with `{ field: value }`' });
        else this.args(fields.positional ?? [], e.args, e.span, `\`${d.decl.name.name}\``);
        return this.datatypeTy(d.module, d.decl, subst);
      }
      case 'function': {
        const callee = this.names.table.modules.get(target.module);
        // Expanded code runs in the caller's module: what the macro calls must be visible there.
        if (this.expansionDepth > 0 && callee) reportInvisible(callee, target.decl, this.fn.module, e.span, this.reporter);
        const sig = this.signature(target.decl);
        const subst = this.instantiate(target.decl.typeParams, e.typeArgs, e.span, `\`${target.decl.name.name}\``, target.decl.isMacro);
        this.recordTypeArgs(e, target.decl, subst);
        const params = sig.params.map((p) => substitute(p, subst));
        const result = substitute(sig.result, subst);
        // The expected result type helps lambdas and literals among the arguments.
        if (expected) this.fn.inf.unify(result, expected, true);
        const before = this.errorCount();
        this.args(params, e.args, e.span, `\`${target.decl.name.name}\``, target.decl.isMacro);
        if (target.decl.isMacro && callee && this.errorCount() === before) {
          const origin = this.origin();
          this.expandCall(e, target.decl, callee, e.args.map((expr) => ({ expr, origin })), subst, result);
        }
        return result;
      }
    }
  }

  private lambda(e: A.LambdaExpr, expected?: Ty): Ty {
    if (this.macroArgs === 0) this.reporter.add('E04017', e.span, { label: 'only macro calls take lambdas' });
    const hint = expected ? this.fn.inf.head(expected) : undefined;
    const params = e.params.map((p, i) => {
      const t = p.type ? this.ty(p.type) : hint?.k === 'fun' && hint.params[i] ? hint.params[i]! : this.fresh();
      this.bindPattern(p.pattern, t);
      return t;
    });
    const result = e.returnType ? this.ty(e.returnType) : hint?.k === 'fun' ? hint.result : this.fresh();
    const saved = this.fn.result;
    this.fn.result = result;
    this.check(e.body, result);
    this.fn.result = saved;
    return { k: 'fun', params, result };
  }

  private pack(e: A.PackExpr): Ty {
    const d = this.names.values.packs.get(e);
    if (!d) {
      for (const f of e.fields) this.infer(f.value);
      return ERROR;
    }
    const subst = this.instantiate(d.decl.typeParams, e.typeArgs, e.span, `\`${d.decl.name.name}\``);
    const fields = this.fieldsOf(this.datatypeFields(d), subst);
    const named = fields.named ?? new Map<string, Ty>();
    const given = new Set<string>();
    for (const f of e.fields) {
      const t = named.get(f.name.name);
      if (!t) {
        this.reporter.add('E04004', f.name.span, { message: `\`${d.decl.name.name}\` has no field \`${f.name.name}\``, label: 'unknown field' });
        this.infer(f.value);
        continue;
      }
      given.add(f.name.name);
      this.check(f.value, t);
    }
    const missing = [...named.keys()].filter((n) => !given.has(n));
    if (missing.length > 0) {
      this.reporter.add('E04005', e.span, { message: `missing field${missing.length > 1 ? 's' : ''} ${missing.map((m) => `\`${m}\``).join(', ')}`, label: `every field of \`${d.decl.name.name}\` needs a value` });
    }
    return this.datatypeTy(d.module, d.decl, subst);
  }

  private field(e: A.FieldExpr): Ty {
    const recv = this.infer(e.expr);
    const base = this.derefAll(recv);
    if (base.k === 'error' || base.k === 'var') return ERROR;
    if (base.k !== 'datatype') {
      this.reporter.add('E04006', e.span, { message: `\`${this.show(recv)}\` has no fields`, label: 'not a struct' });
      return ERROR;
    }
    const decl = this.names.table.modules.get(base.module)?.datatypes.get(base.name);
    if (!decl || decl.kind !== 'Struct') {
      this.reporter.add('E04006', e.span, { message: `\`${this.show(recv)}\` is not a struct`, label: 'fields belong to structs' });
      return ERROR;
    }
    if (base.module !== this.fn.module.key) {
      this.reporter.add('E03009', e.field.span, { message: `the fields of \`${decl.name.name}\` are private to its module`, label: 'use an accessor function of that module' });
      return ERROR;
    }
    const subst = new Map(decl.typeParams.map((t, i) => [t.name.name, base.args[i] ?? ERROR] as [string, Ty]));
    const fields = this.fieldsOf(decl.fields, subst);
    const t = fields.named?.get(e.field.name) ?? fields.positional?.[Number(e.field.name)];
    if (!t) {
      this.reporter.add('E04004', e.field.span, { message: `\`${decl.name.name}\` has no field \`${e.field.name}\``, label: 'unknown field' });
      return ERROR;
    }
    return t;
  }

  /** Modules whose functions are methods of a type: its own module, or std's for builtins. */
  private methodModules(t: Ty): ModuleKey[] {
    if (t.k === 'datatype') return [t.module];
    if (t.k === 'vector') return [moduleKey(1n, 'vector')];
    if (t.k === 'prim') return PRIMITIVE_MODULES[t.name] ?? [];
    return [];
  }

  private findMethod(recv: Ty, name: string): { module: ModuleEntry; decl: A.FunctionDecl } | undefined {
    const table = this.names.table;
    // 1. `use fun` in the current module.
    for (const m of (this.methodScope ?? this.fn.module).decl.members) {
      if (m.kind !== 'UseFun' || m.method.name !== name) continue;
      const found = this.useFunTarget(m, this.fn.module, recv);
      if (found) return found;
    }
    // 2. `public use fun` in the type's module, then 3. the type's module's functions.
    for (const key of this.methodModules(recv)) {
      const mod = table.modules.get(key);
      if (!mod) continue;
      for (const m of mod.decl.members) {
        if (m.kind !== 'UseFun' || !m.isPublic || m.method.name !== name) continue;
        const found = this.useFunTarget(m, mod, recv);
        if (found) return found;
      }
      const decl = mod.functions.get(name);
      if (decl) return { module: mod, decl };
    }
    return undefined;
  }

  /** The function a `use fun` names, if its type is the receiver's type. */
  private useFunTarget(u: A.UseFunDecl, owner: ModuleEntry, recv: Ty): { module: ModuleEntry; decl: A.FunctionDecl } | undefined {
    const scope = this.names.scopes.get(owner.key);
    if (!scope) return undefined;
    const silent = new Reporter();
    const typeTarget = scope.resolveType(u.type, new Set(), silent);
    if (!typeTarget) return undefined;
    const matches =
      (typeTarget.kind === 'datatype' && recv.k === 'datatype' && recv.module === typeTarget.module && recv.name === typeTarget.name) ||
      (typeTarget.kind === 'builtin' && ((typeTarget.name === 'vector' && recv.k === 'vector') || (recv.k === 'prim' && recv.name === typeTarget.name)));
    if (!matches) return undefined;
    const names = u.function.names;
    if (!u.function.address && names.length === 1) {
      const own = owner.functions.get(names[0]!.name);
      if (own) return { module: owner, decl: own };
      const ref = scope.lookupMember(names[0]!.name);
      const mod = ref ? this.names.table.modules.get(ref.module) : undefined;
      const decl = ref ? mod?.functions.get(ref.name) : undefined;
      return mod && decl ? { module: mod, decl } : undefined;
    }
    const mod = scope.resolveModulePrefix(u.function, names.length - 1, silent);
    const decl = mod?.functions.get(names[names.length - 1]!.name);
    return mod && decl ? { module: mod, decl } : undefined;
  }

  private method(e: A.MethodCallExpr, expected?: Ty): Ty {
    const recv = this.infer(e.receiver);
    const recvHead = this.fn.inf.head(recv);
    const base = this.derefAll(recv);
    if (base.k === 'error' || base.k === 'var') {
      for (const a of e.args) this.infer(a);
      return ERROR;
    }
    const found = this.findMethod(base, e.method.name);
    if (!found) {
      this.reporter.add('E04007', e.method.span, { message: `no method \`${e.method.name}\` for type \`${this.show(base)}\``, label: 'not found in its module or through `use fun`' });
      for (const a of e.args) this.infer(a);
      return ERROR;
    }
    this.out.methods.set(e, { module: found.module.key, decl: found.decl });
    reportInvisible(found.module, found.decl, this.fn.module, e.method.span, this.reporter);
    if (found.decl.isMacro !== e.isMacro) {
      this.reporter.add('E03011', e.method.span, {
        message: found.decl.isMacro ? `\`${e.method.name}\` is a macro; call it as \`${e.method.name}!(...)\`` : `\`${e.method.name}\` is not a macro; call it without \`!\``,
        label: found.decl.isMacro ? 'add `!`' : 'remove `!`',
      });
    }
    const sig = this.signature(found.decl);
    const subst = this.instantiate(found.decl.typeParams, e.typeArgs, e.span, `\`${found.decl.name.name}\``, found.decl.isMacro);
    this.recordTypeArgs(e, found.decl, subst);
    const params = sig.params.map((p) => substitute(p, subst));
    const result = substitute(sig.result, subst);
    if (params.length === 0) {
      this.reporter.add('E04007', e.method.span, { message: `\`${found.decl.name.name}\` takes no arguments, so it cannot be called as a method`, label: 'call it as a function' });
      return result;
    }
    // The receiver fills the first parameter, borrowed or dereferenced as that parameter needs.
    const first = this.fn.inf.head(params[0]!);
    const recvValue = recvHead.k === 'ref' ? recvHead.inner : recv;
    const expectedValue = first.k === 'ref' ? first.inner : first;
    if (!this.fn.inf.unify(recvValue, expectedValue)) this.mismatch(e.receiver.span, recvValue, expectedValue, 'receiver');
    else if (first.k === 'ref' && first.mut && recvHead.k !== 'ref') {
      // `v.push_back(x)` borrows `v` mutably: a local must be `mut`, a field's path must allow it.
      if (e.receiver.kind === 'Field' || e.receiver.kind === 'Index') this.requireMutablePlace(e.receiver);
      else this.requireMutLocal(e.receiver, 'borrowed mutably by this call');
    }
    else if (first.k === 'ref' && first.mut && recvHead.k === 'ref' && !recvHead.mut) {
      this.reporter.add('E04001', e.receiver.span, { message: `\`${found.decl.name.name}\` needs \`&mut\`, but the receiver is an immutable reference`, label: 'borrowed immutably' });
    }
    if (expected) this.fn.inf.unify(result, expected, true);
    const before = this.errorCount();
    this.args(params.slice(1), e.args, e.span, `\`${found.decl.name.name}\``, found.decl.isMacro);
    if (found.decl.isMacro && e.isMacro && this.errorCount() === before) {
      const origin = this.origin();
      const receiver: MacroArgument = { expr: e.receiver, origin };
      if (first.k === 'ref' && recvHead.k !== 'ref') receiver.adapt = { kind: 'borrow', mutable: first.mut };
      else if (first.k !== 'ref' && recvHead.k === 'ref') receiver.adapt = { kind: 'deref' };
      this.expandCall(e, found.decl, found.module, [receiver, ...e.args.map((expr) => ({ expr, origin }))], subst, result);
    }
    return result;
  }

  private errorCount(): number {
    let n = 0;
    for (const d of this.reporter.diagnostics) if (d.severity === 'error') n++;
    return n;
  }

  /** Where code being checked now was written, for the arguments of a macro call in it. */
  private origin(): Origin {
    return { module: this.methodScope ?? this.fn.module };
  }

  /** Expands a macro call whose arguments checked cleanly, and checks the expansion. */
  private expandCall(e: A.CallExpr | A.MethodCallExpr, macro: A.FunctionDecl, module: ModuleEntry, args: MacroArgument[], subst: Map<string, Ty>, result: Ty): void {
    if (this.expansionDepth >= MAX_EXPANSION_DEPTH) {
      this.reporter.add('E04021', e.span, { message: `expanding \`${macro.name.name}\` went ${MAX_EXPANSION_DEPTH} macros deep`, label: 'this call never finishes expanding', secondary: [{ span: macro.name.span, message: 'this macro calls itself, directly or through others' }] });
      return;
    }
    const body = expandMacro(this.expansion, macro, module, args, subst);
    if (!body) return;
    this.out.expansions.set(e, body);
    this.expansionDepth++;
    const savedLoops = this.fn.loops;
    const savedLabels = this.fn.labels;
    const savedMacroArgs = this.macroArgs;
    this.macroArgs = 0;
    // A macro's loops and labels are its own: `break` in its body cannot reach the caller's loops.
    this.fn.loops = [];
    this.fn.labels = [];
    const before = this.reporter.diagnostics.length;
    try {
      this.check(body, result);
      // An error inside the macro's body is only an error at this use of it: say which.
      for (const d of this.reporter.diagnostics.slice(before)) {
        const at = d.primary.span;
        if (at.file !== e.span.file || at.start < e.span.start || at.end > e.span.end) d.secondary.push({ span: e.span, message: `in this expansion of \`${macro.name.name}!\`` });
      }
    } finally {
      this.expansionDepth--;
      this.fn.loops = savedLoops;
      this.fn.labels = savedLabels;
      this.macroArgs = savedMacroArgs;
    }
  }

  private index(e: A.IndexExpr): Ty {
    const base = this.derefAll(this.infer(e.expr));
    if (base.k === 'vector') {
      if (e.indices.length !== 1) this.reporter.add('E04013', e.span, { message: 'a vector takes one index' });
      for (const i of e.indices) this.check(i, U64);
      return base.elem;
    }
    if (base.k === 'error' || base.k === 'var') {
      for (const i of e.indices) this.infer(i);
      return ERROR;
    }
    const mod = base.k === 'datatype' ? this.names.table.modules.get(base.module) : undefined;
    const fn = mod ? [...mod.functions.values()].find((f) => f.attributes.some((a) => a.name.name === 'syntax' && a.args?.some((x) => x.name.name === 'index'))) : undefined;
    if (!fn) {
      this.reporter.add('E04013', e.span, { message: `\`${this.show(base)}\` cannot be indexed`, label: 'no `#[syntax(index)]` function for this type' });
      for (const i of e.indices) this.infer(i);
      return ERROR;
    }
    const sig = this.signature(fn);
    const subst = this.instantiate(fn.typeParams, undefined, e.span, `\`${fn.name.name}\``);
    this.recordTypeArgs(e, fn, subst);
    const params = sig.params.map((p) => substitute(p, subst));
    const first = this.fn.inf.head(params[0] ?? ERROR);
    this.fn.inf.unify(base, first.k === 'ref' ? first.inner : first);
    this.args(params.slice(1), e.indices, e.span, 'the index');
    const r = this.fn.inf.head(substitute(sig.result, subst));
    return r.k === 'ref' ? r.inner : r;
  }

  private block(b: A.BlockExpr, expected?: Ty): Ty {
    for (const s of b.statements) {
      if (s.kind === 'Let') {
        const annotated = s.type ? this.ty(s.type) : undefined;
        const valueTy = s.value ? (annotated ? this.check(s.value, annotated) : this.infer(s.value)) : (annotated ?? this.fresh());
        const bound = this.fn.inf.head(annotated ?? valueTy);
        if (s.pattern.kind === 'Bind' && bound.k === 'tuple' && bound.elems.length !== 1) {
          this.reporter.add('E04011', s.pattern.span, { message: `a local cannot hold a tuple (\`${this.show(bound)}\`)`, label: 'destructure it: `let (a, b) = ...`' });
        }
        this.bindPattern(s.pattern, annotated ?? valueTy);
      } else if (s.kind === 'ExprStmt') {
        this.infer(s.expr);
      }
    }
    return b.tail ? this.infer(b.tail, expected) : UNIT;
  }

  // --- patterns and assignment -----------------------------------------------------------------

  private bindPattern(p: A.Pattern, t: Ty): void {
    const inf = this.fn.inf;
    this.out.patternTypes.set(p, t);
    this.pendingPatterns.push(p);
    switch (p.kind) {
      case 'Bind': {
        const b = this.names.values.bindings.get(p);
        if (b) this.setLocal(b, t);
        break;
      }
      case 'At': {
        const b = this.names.values.bindings.get(p);
        if (b) this.setLocal(b, t);
        this.bindPattern(p.pattern, t);
        break;
      }
      case 'Wildcard':
      case 'Rest':
        break;
      case 'Tuple': {
        const h = inf.head(t);
        if (h.k === 'tuple' && h.elems.length === p.elements.length) p.elements.forEach((x, i) => this.bindPattern(x, h.elems[i]!));
        else if (h.k !== 'error' && h.k !== 'var') this.reporter.add('E04014', p.span, { message: `a ${p.elements.length}-tuple pattern cannot match \`${this.show(t)}\`` });
        else p.elements.forEach((x) => this.bindPattern(x, ERROR));
        break;
      }
      case 'Literal': {
        const lt = this.infer(p.value);
        const h = inf.head(t);
        const target = h.k === 'ref' ? h.inner : t;
        if (!inf.unify(lt, target)) this.mismatch(p.span, lt, target, 'pattern');
        break;
      }
      case 'Or':
        for (const alt of p.alternatives) this.bindPattern(alt, t);
        break;
      case 'Unpack':
        this.unpack(p, t);
        break;
    }
  }

  private unpack(p: A.UnpackPattern, t: Ty): void {
    const inf = this.fn.inf;
    const d = this.names.values.packs.get(p);
    const h = inf.head(t);
    // Matching through a reference binds references to the fields.
    const ref = h.k === 'ref' ? h : undefined;
    const valueTy = ref ? ref.inner : t;
    const subs = p.fields?.kind === 'Named' ? p.fields.fields.map((f) => f.pattern) : p.fields?.kind === 'Positional' ? p.fields.elements : [];
    if (!d) {
      for (const s of subs) this.bindPattern(s, ERROR);
      return;
    }
    const subst = this.instantiate(d.decl.typeParams, p.typeArgs, p.span, `\`${d.decl.name.name}\``);
    const dt = this.datatypeTy(d.module, d.decl, subst);
    if (!inf.unify(valueTy, dt)) {
      this.mismatch(p.span, dt, valueTy, 'pattern');
      for (const s of subs) this.bindPattern(s, ERROR);
      return;
    }
    const wrap = (x: Ty): Ty => (ref ? { k: 'ref', mut: ref.mut, inner: x } : x);
    const fields = this.fieldsOf(this.datatypeFields(d), subst);
    if (p.fields?.kind === 'Named') {
      for (const f of p.fields.fields) {
        const ft = fields.named?.get(f.name.name);
        if (!ft) this.reporter.add('E04004', f.name.span, { message: `\`${d.decl.name.name}\` has no field \`${f.name.name}\``, label: 'unknown field' });
        this.bindPattern(f.pattern, ft ? wrap(ft) : ERROR);
      }
      const given = new Set(p.fields.fields.map((f) => f.name.name));
      const missing = [...(fields.named?.keys() ?? [])].filter((n) => !given.has(n));
      // By value, `..` drops the fields it skips: linearity checks they can be dropped.
      if (missing.length > 0 && p.fields.rest && !ref) this.out.restFields.set(p, missing.map((n) => ({ name: n, ty: fields.named!.get(n)! })));
      if (missing.length > 0 && !p.fields.rest) {
        this.reporter.add('E04005', p.span, { message: `missing field${missing.length > 1 ? 's' : ''} ${missing.map((m) => `\`${m}\``).join(', ')} in pattern`, label: 'name them, or add `..`' });
      }
    } else if (p.fields?.kind === 'Positional') {
      const pos = fields.positional ?? [];
      const hasRest = p.fields.elements.some((x) => x.kind === 'Rest');
      let i = 0;
      for (const x of p.fields.elements) {
        if (x.kind === 'Rest') {
          i = pos.length - (p.fields.elements.length - 1 - p.fields.elements.indexOf(x));
          continue;
        }
        this.bindPattern(x, pos[i] ? wrap(pos[i]!) : ERROR);
        i++;
      }
      if (!hasRest && p.fields.elements.length !== pos.length) this.reporter.add('E04014', p.span, { message: `\`${d.decl.name.name}\` has ${pos.length} field${pos.length === 1 ? '' : 's'}, the pattern gives ${p.fields.elements.length}` });
    }
  }

  private match(e: A.MatchExpr, expected?: Ty): Ty {
    const subject = this.infer(e.subject);
    if (this.fn.inf.head(subject).k === 'tuple') {
      this.reporter.add('E04014', e.subject.span, { message: 'cannot match on a tuple', label: 'match on each value, or on a struct or enum' });
    }
    let result: Ty | undefined = expected;
    const before = this.reporter.diagnostics.length;
    for (const arm of e.arms) {
      this.bindPattern(arm.pattern, subject);
      if (arm.guard) this.check(arm.guard, BOOL);
      const t = this.infer(arm.body, result);
      result = result ? this.join(result, t, arm.body.span) : t;
    }
    // Coverage is only meaningful when the arms fit the subject.
    if (this.reporter.diagnostics.length === before) this.exhaustive(e, this.derefAll(subject));
    return result ?? this.fresh();
  }

  /**
   * Reports a match that misses values (E04015), naming them, and arms that an earlier arm
   * already takes (W09008). Coverage is computed over nested patterns (exhaustive.ts).
   */
  private exhaustive(e: A.MatchExpr, subject: Ty): void {
    const decl = subject.k === 'datatype' ? this.names.table.modules.get(subject.module)?.datatypes.get(subject.name) : undefined;
    const hint: SubjectHint = decl?.kind === 'Enum' ? { kind: 'enum', decl } : subject.k === 'prim' && subject.name === 'bool' ? { kind: 'bool' } : undefined;
    const coverage = matchCoverage(
      e.arms.map((a) => ({ pattern: a.pattern, guarded: a.guard !== undefined })),
      this.names.values.packs as ReadonlyMap<A.UnpackPattern, DatatypeRef>,
      hint,
    );
    if (!coverage) return;
    // An expanded macro's arms are the macro's, not the caller's: warn where it is declared, not at every use.
    if (this.expansionDepth === 0 && !this.allowDeadCode) {
      for (const { arm, single } of coverage.unreachable) {
        this.reporter.add('W09008', e.arms[arm]!.pattern.span, { label: single ? 'an earlier arm matches all of this' : 'the earlier arms together match all of this' });
      }
    }
    const missing = coverage.missing;
    if (missing.length === 0 || subject.k === 'var' || subject.k === 'error') return;
    if (coverage.onlyWildcard) {
      this.reporter.add('E04015', e.span, { message: `non-exhaustive match on \`${this.show(subject)}\``, label: 'add a `_` arm' });
      return;
    }
    this.reporter.add('E04015', e.span, {
      message: `non-exhaustive match: ${missing.map((m) => `\`${m}\``).join(', ')} not covered`,
      label: missing.length === 1 ? 'add an arm for it, or a `_` arm' : 'add arms for them, or a `_` arm',
    });
  }

  private assign(lhs: A.AssignTarget, value: Ty): void {
    const inf = this.fn.inf;
    switch (lhs.kind) {
      case 'TupleTarget': {
        const h = inf.head(value);
        if (h.k === 'tuple' && h.elems.length === lhs.elements.length) lhs.elements.forEach((x, i) => this.assign(x, h.elems[i]!));
        else {
          if (h.k !== 'error' && h.k !== 'var') this.reporter.add('E04014', lhs.span, { message: `cannot assign \`${this.show(value)}\` to ${lhs.elements.length} targets` });
          lhs.elements.forEach((x) => this.assign(x, ERROR));
        }
        break;
      }
      case 'UnpackTarget': {
        const d = this.names.values.packs.get(lhs);
        if (!d) break;
        const subst = this.instantiate(d.decl.typeParams, lhs.typeArgs, lhs.span, `\`${d.decl.name.name}\``);
        if (!inf.unify(value, this.datatypeTy(d.module, d.decl, subst))) this.mismatch(lhs.span, value, this.datatypeTy(d.module, d.decl, subst));
        const fields = this.fieldsOf(this.datatypeFields(d), subst);
        if (lhs.fields.kind === 'Named') for (const f of lhs.fields.fields) this.assign(f.target, fields.named?.get(f.name.name) ?? ERROR);
        else lhs.fields.elements.forEach((x, i) => x.kind !== 'Rest' && this.assign(x, fields.positional?.[i] ?? ERROR));
        break;
      }
      case 'Name':
        if (lhs.path.names[0]!.name === '_') return;
        this.expectPlace(lhs, value);
        break;
      case 'Deref': {
        const r = inf.head(this.infer(lhs.expr));
        if (r.k === 'ref') {
          if (!r.mut) this.reporter.add('E04008', lhs.span, { message: 'cannot write through an immutable reference', label: 'this is `&`, not `&mut`' });
          if (!inf.unify(value, r.inner, true)) this.mismatch(lhs.span, value, r.inner, 'assignment');
        } else if (r.k !== 'error' && r.k !== 'var') this.reporter.add('E04008', lhs.span, { message: `cannot dereference \`${this.show(r)}\``, label: 'not a reference' });
        break;
      }
      default:
        this.expectPlace(lhs, value);
    }
  }

  /**
   * A field reached through an immutable reference cannot be written or borrowed `&mut`; one
   * of a local value needs the local declared `mut` (2024).
   */
  private requireMutablePlace(place: A.Expr): void {
    let p = place;
    while (p.kind === 'Field' || p.kind === 'Index') {
      const base = this.fn.inf.head(this.out.exprTypes.get(p.expr) ?? ERROR);
      if (base.k === 'ref') {
        if (!base.mut) {
          this.reporter.add('E07003', place.span, { message: 'cannot mutate through an immutable reference', label: `\`${this.show(base)}\` is not \`&mut\`` });
        }
        return;
      }
      p = p.expr;
    }
    if (p !== place) this.requireMutLocal(p, 'mutated through a field');
  }

  /** 2024: a local value mutated in place (a field, or an `&mut self` method) is declared `mut`. */
  private requireMutLocal(e: A.Expr, what: string): void {
    if (e.kind !== 'Name') return;
    const target = this.names.values.names.get(e);
    if (target?.kind === 'local') target.binding.mutated = true;
    if (this.fn.module.unit.package.edition !== '2024') return;
    if (target?.kind !== 'local' || target.binding.mutable || target.binding.name.startsWith('$')) return;
    const t = this.fn.inf.head(this.out.locals.get(target.binding) ?? ERROR);
    if (t.k === 'ref' || t.k === 'error') return;
    const b = target.binding;
    this.reporter.add('E02007', e.span, {
      message: `\`${b.name}\` is ${what} but not declared \`mut\``,
      label: `${what} here`,
      secondary: [{ span: b.span, message: b.kind === 'param' ? `declare it \`mut ${b.name}\`` : `declare it \`let mut ${b.name}\`` }],
    });
  }

  private expectPlace(place: A.Expr, value: Ty): void {
    const t = this.infer(place);
    this.requireMutablePlace(place);
    if (!this.fn.inf.unify(value, t, true)) this.mismatch(place.span, value, t, 'assignment');
  }
}
