// Resolves every type written in a module: field types, signatures, constants, and inside
// function bodies the annotations, casts, type arguments and lambda parameter types, honouring
// block-level `use`. Each `Apply` type node is mapped to what it names; what cannot be resolved
// is reported (E03002..E03004).

import type { Reporter } from '../diagnostics/diagnostic.js';
import type * as A from '../parser/ast.js';
import { Scope, type TypeTarget } from './scope.js';

export type TypeResolutions = Map<A.ApplyType, TypeTarget>;

export class TypeResolver {
  /** `_` is accepted while resolving a macro's signature or any function body. */
  private allowInfer = false;

  /** Child scopes of blocks that start with `use`, for the value resolver to share. */
  readonly blockScopes = new Map<A.BlockExpr, Scope>();

  constructor(
    private readonly reporter: Reporter,
    readonly resolutions: TypeResolutions,
  ) {}

  module(scope: Scope): void {
    for (const m of scope.self.decl.members) {
      switch (m.kind) {
        case 'Struct':
        case 'Enum': {
          if (!scope.self.datatypes.has(m.name.name) || scope.self.datatypes.get(m.name.name) !== m) break;
          const tps = new Set(m.typeParams.map((t) => t.name.name));
          const fieldSets = m.kind === 'Struct' ? [m.fields] : m.variants.map((v) => v.fields);
          for (const f of fieldSets) {
            if (f?.kind === 'Named') for (const x of f.fields) this.type(x.type, scope, tps);
            else if (f?.kind === 'Positional') for (const t of f.types) this.type(t, scope, tps);
          }
          break;
        }
        case 'Function': {
          if (scope.self.functions.get(m.name.name) !== m) break;
          const tps = new Set(m.typeParams.map((t) => t.name.name));
          this.allowInfer = m.isMacro;
          for (const p of m.params) this.type(p.type, scope, tps);
          if (m.returnType) this.type(m.returnType, scope, tps);
          this.allowInfer = true;
          if (m.body) this.expr(m.body, scope, tps);
          this.allowInfer = false;
          break;
        }
        case 'Constant':
          if (scope.self.constants.get(m.name.name) !== m) break;
          this.type(m.type, scope, new Set());
          this.expr(m.value, scope, new Set());
          break;
        default:
          break;
      }
    }
  }

  type(t: A.Type, scope: Scope, tps: ReadonlySet<string>): void {
    switch (t.kind) {
      case 'Apply': {
        const target = scope.resolveType(t.path, tps, this.reporter, this.allowInfer);
        if (target) this.resolutions.set(t, target);
        for (const a of t.typeArgs) this.type(a, scope, tps);
        break;
      }
      case 'Ref':
        this.type(t.inner, scope, tps);
        break;
      case 'Tuple':
        for (const e of t.elements) this.type(e, scope, tps);
        break;
      case 'Fun':
        for (const p of t.params) this.type(p, scope, tps);
        if (t.result) this.type(t.result, scope, tps);
        break;
    }
  }

  private types(ts: readonly A.Type[] | undefined, scope: Scope, tps: ReadonlySet<string>): void {
    if (ts) for (const t of ts) this.type(t, scope, tps);
  }

  expr(e: A.Expr, scope: Scope, tps: ReadonlySet<string>): void {
    switch (e.kind) {
      case 'Name':
        this.types(e.typeArgs, scope, tps);
        break;
      case 'Call':
        this.types(e.typeArgs, scope, tps);
        for (const a of e.args) this.expr(a, scope, tps);
        break;
      case 'Pack':
        this.types(e.typeArgs, scope, tps);
        for (const f of e.fields) this.expr(f.value, scope, tps);
        break;
      case 'Vector':
        if (e.elementType) this.type(e.elementType, scope, tps);
        for (const x of e.elements) this.expr(x, scope, tps);
        break;
      case 'Tuple':
        for (const x of e.elements) this.expr(x, scope, tps);
        break;
      case 'Borrow':
      case 'Deref':
      case 'Not':
      case 'Field':
        this.expr(e.expr, scope, tps);
        break;
      case 'Cast':
      case 'Annotate':
        this.expr(e.expr, scope, tps);
        this.type(e.type, scope, tps);
        break;
      case 'Binary':
        this.expr(e.left, scope, tps);
        this.expr(e.right, scope, tps);
        break;
      case 'MethodCall':
        this.expr(e.receiver, scope, tps);
        this.types(e.typeArgs, scope, tps);
        for (const a of e.args) this.expr(a, scope, tps);
        break;
      case 'Index':
        this.expr(e.expr, scope, tps);
        for (const i of e.indices) this.expr(i, scope, tps);
        break;
      case 'Assign':
        this.target(e.lhs, scope, tps);
        this.expr(e.value, scope, tps);
        break;
      case 'If':
        this.expr(e.cond, scope, tps);
        this.expr(e.then, scope, tps);
        if (e.else) this.expr(e.else, scope, tps);
        break;
      case 'While':
        this.expr(e.cond, scope, tps);
        this.expr(e.body, scope, tps);
        break;
      case 'Loop':
        this.expr(e.body, scope, tps);
        break;
      case 'Block':
        this.block(e, scope, tps);
        break;
      case 'Break':
      case 'Return':
        if (e.value) this.expr(e.value, scope, tps);
        break;
      case 'Abort':
        if (e.code) this.expr(e.code, scope, tps);
        break;
      case 'Match':
        this.expr(e.subject, scope, tps);
        for (const arm of e.arms) {
          this.pattern(arm.pattern, scope, tps);
          if (arm.guard) this.expr(arm.guard, scope, tps);
          this.expr(arm.body, scope, tps);
        }
        break;
      case 'Lambda':
        for (const p of e.params) {
          this.pattern(p.pattern, scope, tps);
          if (p.type) this.type(p.type, scope, tps);
        }
        if (e.returnType) this.type(e.returnType, scope, tps);
        this.expr(e.body, scope, tps);
        break;
      default:
        break;
    }
  }

  /** A block with `use` statements gets a child scope for everything after them. */
  private block(b: A.BlockExpr, outer: Scope, tps: ReadonlySet<string>): void {
    let scope = outer;
    for (const s of b.statements) {
      switch (s.kind) {
        case 'UseStmt':
          if (scope === outer) {
            scope = new Scope(outer.table, outer.self, outer);
            this.blockScopes.set(b, scope);
          }
          if (s.decl.kind === 'Use') scope.addUse(s.decl, this.reporter);
          break;
        case 'Let':
          this.pattern(s.pattern, scope, tps);
          if (s.type) this.type(s.type, scope, tps);
          if (s.value) this.expr(s.value, scope, tps);
          break;
        case 'ExprStmt':
          this.expr(s.expr, scope, tps);
          break;
      }
    }
    if (b.tail) this.expr(b.tail, scope, tps);
  }

  private pattern(p: A.Pattern, scope: Scope, tps: ReadonlySet<string>): void {
    switch (p.kind) {
      case 'Unpack':
        this.types(p.typeArgs, scope, tps);
        if (p.fields?.kind === 'Named') for (const f of p.fields.fields) this.pattern(f.pattern, scope, tps);
        else if (p.fields?.kind === 'Positional') for (const x of p.fields.elements) this.pattern(x, scope, tps);
        break;
      case 'Tuple':
        for (const x of p.elements) this.pattern(x, scope, tps);
        break;
      case 'Or':
        for (const x of p.alternatives) this.pattern(x, scope, tps);
        break;
      case 'At':
        this.pattern(p.pattern, scope, tps);
        break;
      default:
        break;
    }
  }

  private target(t: A.AssignTarget, scope: Scope, tps: ReadonlySet<string>): void {
    if (t.kind === 'TupleTarget') for (const x of t.elements) this.target(x, scope, tps);
    else if (t.kind === 'UnpackTarget') {
      this.types(t.typeArgs, scope, tps);
      if (t.fields.kind === 'Named') for (const f of t.fields.fields) this.target(f.target, scope, tps);
      else for (const x of t.fields.elements) if (x.kind !== 'Rest') this.target(x, scope, tps);
    } else this.expr(t, scope, tps);
  }
}
