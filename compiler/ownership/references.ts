// Reference provenance of returned references: typed function bodies in, E07002 out.
// A returned reference must derive from a reference parameter: `&v[i]` with `v: &vector<T>` is
// fine; `&local`, `&by_value_param` or a reference to either, once returned, would dangle.
//
// Provenance follows places through fields, indexes and dereferences to their root local, and
// locals bound to references to the expression that bound them. A call's reference result is
// taken to derive from its reference arguments, as Move's borrow rules make it.

import { Reporter, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ResolvedNames } from '../names/index.js';
import type { Binding } from '../names/resolve-values.js';
import type * as A from '../parser/ast.js';
import { forEachChild } from '../parser/walk.js';
import type { TypedProgram } from '../typing/check.js';

type Origin = { ok: true } | { ok: false; local: Binding };

export function checkReturnedReferences(names: ResolvedNames, typed: TypedProgram): { diagnostics: Diagnostic[] } {
  const reporter = new Reporter();
  for (const mod of names.table.modules.values()) {
    for (const f of mod.functions.values()) {
      if (!f.body || f.isMacro || !returnsReference(f)) continue;
      new Provenance(names, typed, f, reporter).run();
    }
  }
  return { diagnostics: reporter.diagnostics };
}

function returnsReference(f: A.FunctionDecl): boolean {
  const r = f.returnType;
  return r !== undefined && (r.kind === 'Ref' || (r.kind === 'Tuple' && r.elements.some((e) => e.kind === 'Ref')));
}

class Provenance {
  /** What each reference-typed local was bound to. */
  private readonly boundTo = new Map<Binding, A.Expr>();
  private readonly refParams = new Set<Binding>();

  constructor(
    private readonly names: ResolvedNames,
    private readonly typed: TypedProgram,
    private readonly fn: A.FunctionDecl,
    private readonly reporter: Reporter,
  ) {}

  run(): void {
    for (const p of this.fn.params) {
      const b = this.names.values.bindings.get(p);
      if (b && p.type.kind === 'Ref') this.refParams.add(b);
    }
    this.returned(this.fn.body!);
  }

  /** Checks every value a function returns from `e` (its tail, and `return`s inside). */
  private returned(e: A.Expr): void {
    this.collectLets(e);
    this.visitReturns(e);
    this.check(e);
  }

  /** Records what each `let`-bound local was bound to, everywhere in the body. */
  private collectLets(e: A.Expr): void {
    if (e.kind === 'Block') {
      for (const s of e.statements) {
        if (s.kind !== 'Let' || s.pattern.kind !== 'Bind' || !s.value) continue;
        const b = this.names.values.bindings.get(s.pattern);
        if (b) this.boundTo.set(b, s.value);
      }
    }
    forEachChild(e, (x) => this.collectLets(x), this.typed.expansions);
  }

  private visitReturns(e: A.Expr): void {
    if (e.kind === 'Return' && !e.label && e.value) this.check(e.value);
    forEachChild(e, (x) => this.visitReturns(x), this.typed.expansions);
  }

  /** Reports a returned value (or tuple element) whose reference would dangle. */
  private check(e: A.Expr): void {
    if (e.kind === 'Tuple') {
      for (const x of e.elements) this.check(x);
      return;
    }
    const t = this.typed.exprTypes.get(e);
    if (t?.k !== 'ref' && !(e.kind === 'If' || e.kind === 'Block' || e.kind === 'Match')) return;
    for (const leaf of this.leaves(e)) {
      const origin = this.origin(leaf, 0);
      if (!origin.ok) {
        this.reporter.add('E07002', leaf.span, {
          message: `returns a reference to \`${origin.local.name}\`, which does not outlive the call`,
          label: this.refParams.size > 0 ? 'not derived from a reference parameter' : 'the function has no reference parameter to borrow from',
          secondary: [{ span: origin.local.span, message: origin.local.kind === 'param' ? 'a by-value parameter' : 'a local' }],
        });
      }
    }
  }

  /** The expressions that can be the value of `e`: through blocks, branches and arms. */
  private leaves(e: A.Expr): A.Expr[] {
    switch (e.kind) {
      case 'Block':
        return e.tail ? this.leaves(e.tail) : [];
      case 'If':
        return [...this.leaves(e.then), ...(e.else ? this.leaves(e.else) : [])];
      case 'Match':
        return e.arms.flatMap((a) => this.leaves(a.body));
      case 'Return':
      case 'Abort':
      case 'Break':
      case 'Continue':
        return [];
      default:
        return [e];
    }
  }

  private origin(e: A.Expr, depth: number): Origin {
    if (depth > 32) return { ok: true };
    switch (e.kind) {
      case 'Borrow':
        return this.placeOrigin(e.expr, depth);
      case 'Name': {
        const target = this.names.values.names.get(e);
        if (target?.kind !== 'local') return { ok: true };
        return this.localOrigin(target.binding, depth);
      }
      case 'MoveCopy': {
        const b = this.names.values.moveCopies.get(e);
        return b ? this.localOrigin(b, depth) : { ok: true };
      }
      case 'Call':
      case 'MethodCall': {
        const expanded = this.typed.expansions.get(e);
        if (expanded) return this.origin(expanded, depth + 1);
        // A returned reference borrows from the call's reference arguments.
        const args = e.kind === 'Call' ? e.args : [e.receiver, ...e.args];
        for (const a of args) {
          const at = this.typed.exprTypes.get(a);
          if (at?.k !== 'ref' && e.kind === 'MethodCall' && a === e.receiver) {
            const o = this.placeOrigin(a, depth + 1);
            if (!o.ok) return o;
          } else if (at?.k === 'ref') {
            const o = this.origin(a, depth + 1);
            if (!o.ok) return o;
          }
        }
        return { ok: true };
      }
      case 'Annotate':
        return this.origin(e.expr, depth + 1);
      case 'Block':
      case 'If':
      case 'Match':
        for (const l of this.leaves(e)) {
          const o = this.origin(l, depth + 1);
          if (!o.ok) return o;
        }
        return { ok: true };
      default:
        return { ok: true };
    }
  }

  /** The origin of a borrowed place: its root local, through fields, indexes and `*`. */
  private placeOrigin(p: A.Expr, depth: number): Origin {
    switch (p.kind) {
      case 'Field':
      case 'Index':
        return this.placeOrigin(p.expr, depth + 1);
      case 'Deref':
        return this.origin(p.expr, depth + 1);
      case 'Name': {
        const target = this.names.values.names.get(p);
        if (target?.kind !== 'local') return { ok: true };
        const t = this.typed.locals.get(target.binding);
        // Borrowing through a reference local borrows what it points to.
        if (t?.k === 'ref') return this.localOrigin(target.binding, depth);
        return { ok: false, local: target.binding };
      }
      default:
        return this.origin(p, depth + 1);
    }
  }

  private localOrigin(b: Binding, depth: number): Origin {
    if (this.refParams.has(b)) return { ok: true };
    const bound = this.boundTo.get(b);
    if (bound) return this.origin(bound, depth + 1);
    const t = this.typed.locals.get(b);
    return t?.k === 'ref' ? { ok: true } : { ok: false, local: b };
  }
}
