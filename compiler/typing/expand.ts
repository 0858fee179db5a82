// Macro expansion: a macro call (`v.do!(|x| ...)`, `option::destroy_or!(o, d)`) and the macro's
// declaration in; a fresh copy of the macro's body out, with its parameters replaced by the
// call's arguments. The type checker then checks that copy in the caller's body, so macro bodies
// are typed where they are used, as in Sui, and every later stage (ownership analyses, code
// generation) sees ordinary code.
//
// Move macros take their arguments by name: each use of `$x` in the body is a fresh copy of the
// argument expression, evaluated where the use is. A lambda argument applied as `$f(a, b)`
// becomes the block `{ let p1 = a; let p2 = b; body }`.
//
// Resolution is by node identity (names.values, names.types), so every copied node gets the
// resolution of the node it copies; locals declared inside a copy get fresh Bindings, so two
// expansions of one macro never share a local. A macro's type parameters are replaced by the
// types the call instantiated them with (`typeOverrides`).

import type { ModuleEntry, ResolvedNames } from '../names/index.js';
import type { Binding } from '../names/resolve-values.js';
import type * as A from '../parser/ast.js';
import type { Ty } from './types.js';

/** Where a copied region came from: its method scope (`use fun` aliases) is that module's. */
export interface Origin {
  module: ModuleEntry;
}

export interface ExpansionContext {
  names: ResolvedNames;
  /** Types standing for macro type parameters in copied type annotations. */
  typeOverrides: Map<A.Type, Ty>;
  /** Roots of copied regions, with the module whose `use fun`s apply inside them. */
  origins: Map<A.Expr, Origin>;
  /** Borrows the expansion wrote around a method receiver; they need no `mut` check of their own. */
  autoBorrows: Set<A.Expr>;
}

export interface MacroArgument {
  expr: A.Expr;
  origin: Origin;
  /** For a method receiver: borrow it (`&`/`&mut`) or dereference it to fit the parameter. */
  adapt?: { kind: 'borrow'; mutable: boolean } | { kind: 'deref' };
}

type AnyNode = { [key: string]: unknown };

function isNode(x: unknown): x is AnyNode {
  return typeof x === 'object' && x !== null && !(x instanceof Uint8Array);
}

/** Calls `f` on every node object under `root` (spans excluded), parents first. */
function eachNode(root: unknown, f: (n: AnyNode) => void): void {
  if (Array.isArray(root)) {
    for (const x of root) eachNode(x, f);
    return;
  }
  if (!isNode(root)) return;
  f(root);
  for (const [k, v] of Object.entries(root)) if (k !== 'span' && isNode(v)) eachNode(v, f);
}

/**
 * Copies a region of the AST. `substitute` may replace a node by another expression (already
 * copied); returning undefined copies the node normally.
 */
class RegionCopier {
  private readonly bindingMap = new Map<Binding, Binding>();

  constructor(
    private readonly cx: ExpansionContext,
    root: unknown,
    private readonly substitute: (n: AnyNode) => A.Expr | undefined = () => undefined,
  ) {
    // Locals declared anywhere in the region first, so uses map to them whatever the order.
    const bindings = cx.names.values.bindings as Map<unknown, Binding>;
    eachNode(root, (n) => {
      const b = bindings.get(n);
      if (b && !this.bindingMap.has(b)) this.bindingMap.set(b, { ...b, used: true, inMacro: false });
    });
  }

  private binding(b: Binding): Binding {
    return this.bindingMap.get(b) ?? b;
  }

  copy<T>(x: T): T {
    if (Array.isArray(x)) return x.map((y) => this.copy(y)) as T;
    if (!isNode(x)) return x;
    const sub = this.substitute(x);
    if (sub) return sub as T;
    const out: AnyNode = {};
    for (const [k, v] of Object.entries(x)) out[k] = k === 'span' ? v : this.copy(v);
    this.transfer(x, out);
    return out as T;
  }

  /** Gives the copy the resolutions of the original. */
  private transfer(from: AnyNode, to: AnyNode): void {
    const v = this.cx.names.values;
    const name = v.names.get(from as unknown as A.NameExpr);
    if (name) v.names.set(to as unknown as A.NameExpr, name.kind === 'local' ? { kind: 'local', binding: this.binding(name.binding) } : name);
    const call = v.calls.get(from as unknown as A.CallExpr);
    if (call) v.calls.set(to as unknown as A.CallExpr, call.kind === 'local' ? { kind: 'local', binding: this.binding(call.binding) } : call);
    const pack = v.packs.get(from as unknown as A.PackExpr);
    if (pack) v.packs.set(to as unknown as A.PackExpr, pack);
    const bound = v.bindings.get(from as unknown as A.BindPattern);
    if (bound) v.bindings.set(to as unknown as A.BindPattern, this.binding(bound));
    const mc = v.moveCopies.get(from as unknown as A.MoveCopyExpr);
    if (mc) v.moveCopies.set(to as unknown as A.MoveCopyExpr, this.binding(mc));
    const ty = this.cx.names.types.get(from as unknown as A.ApplyType);
    if (ty) this.cx.names.types.set(to as unknown as A.ApplyType, ty);
    const over = this.cx.typeOverrides.get(from as unknown as A.Type);
    if (over) this.cx.typeOverrides.set(to as unknown as A.Type, over);
    const origin = this.cx.origins.get(from as unknown as A.Expr);
    if (origin) this.cx.origins.set(to as unknown as A.Expr, origin);
    if (this.cx.autoBorrows.has(from as unknown as A.Expr)) this.cx.autoBorrows.add(to as unknown as A.Expr);
  }
}

/** A fresh copy of an argument, marked with where it was written. */
function copyArgument(cx: ExpansionContext, arg: MacroArgument): A.Expr {
  const copy = new RegionCopier(cx, arg.expr).copy(arg.expr);
  let out: A.Expr = copy;
  if (arg.adapt?.kind === 'borrow') {
    out = { kind: 'Borrow', mutable: arg.adapt.mutable, expr: copy, span: copy.span };
    cx.autoBorrows.add(out);
  } else if (arg.adapt?.kind === 'deref') {
    out = { kind: 'Deref', expr: copy, span: copy.span };
  }
  cx.origins.set(copy, arg.origin);
  return out;
}

/** `$f(a, b)` with `$f` bound to `|p1, p2| body`: `{ let p1 = a; let p2 = b; body }`. */
function applyLambda(cx: ExpansionContext, lambda: A.LambdaExpr, origin: Origin, callArgs: A.Expr[], at: A.CallExpr): A.Expr {
  const fresh = new RegionCopier(cx, lambda).copy(lambda);
  const statements: A.Statement[] = fresh.params.map((p, i) => {
    const value = callArgs[i];
    const stmt: A.LetStatement = { kind: 'Let', pattern: p.pattern, span: p.span };
    if (p.type) stmt.type = p.type;
    if (value) stmt.value = value;
    return stmt;
  });
  let body: A.Expr = fresh.body;
  cx.origins.set(body, origin);
  if (fresh.returnType) body = { kind: 'Annotate', expr: body, type: fresh.returnType, span: body.span };
  return { kind: 'Block', statements, tail: body, span: at.span };
}

/**
 * The expansion of one macro call: the macro's body with `params[i]` replaced by `args[i]`.
 * `typeArgs` maps each of the macro's type parameters to the type the call gave it.
 */
export function expandMacro(cx: ExpansionContext, macro: A.FunctionDecl, macroModule: ModuleEntry, args: readonly MacroArgument[], typeArgs: ReadonlyMap<string, Ty>): A.Expr | undefined {
  if (!macro.body) return undefined;
  const byBinding = new Map<Binding, MacroArgument>();
  macro.params.forEach((p, i) => {
    const b = cx.names.values.bindings.get(p);
    const arg = args[i];
    if (b && arg) byBinding.set(b, arg);
  });
  const self: Origin = { module: macroModule };
  const typeParams = new Set(macro.typeParams.map((t) => t.name.name));
  // The body is copied twice over: once by `copier` (fresh locals), and each argument use by its
  // own copier, so argument locals are fresh per use too.
  const copier: RegionCopier = new RegionCopier(cx, macro.body, (n) => {
    const node = n as unknown as A.Expr | A.Type;
    if (node.kind === 'Name') {
      const t = cx.names.values.names.get(node);
      const arg = t?.kind === 'local' ? byBinding.get(t.binding) : undefined;
      if (arg) return copyArgument(cx, arg);
    }
    if (node.kind === 'Call') {
      const t = cx.names.values.calls.get(node);
      const arg = t?.kind === 'local' ? byBinding.get(t.binding) : undefined;
      if (arg && arg.expr.kind === 'Lambda') return applyLambda(cx, arg.expr, arg.origin, copier.copy(node.args), node);
    }
    if (node.kind === 'Apply' && node.typeArgs.length === 0) {
      const t = cx.names.types.get(node);
      const ty = t?.kind === 'typeParam' && typeParams.has(t.name) ? typeArgs.get(t.name) : undefined;
      if (ty) {
        const copy: A.ApplyType = { ...node };
        cx.names.types.set(copy, t!);
        cx.typeOverrides.set(copy, ty);
        return copy as unknown as A.Expr;
      }
    }
    return undefined;
  });
  const body = copier.copy(macro.body);
  cx.origins.set(body, self);
  return body;
}
