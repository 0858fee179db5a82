// Borrow conflicts: typed function bodies in, E07004 out.
//
// A loan is a borrow of a place that something still holds:
//
//   a local bound to a reference: `let r = &mut x.f;`, `let e = &v[i];`, or `let r = f(..)`
//     with a reference result, which borrows from the call's reference arguments (a `&mut`
//     result only from its `&mut` arguments); it lasts while the local is live: used again
//     later in the body, or, when it is declared outside a loop, used anywhere in that loop;
//   a borrow passed to a call (`f(&mut x, ..)`, or an auto-borrowed receiver): it lasts until
//     the call returns, so the later arguments of the same call see it;
//   the loans of a reference local passed to a call last, too, until the call returns.
//
// While a loan lives, overlapping access is reported:
//
//   new &mut of an overlapping place      -- against any loan
//   new &    of an overlapping place      -- against a &mut loan
//   use of the root by value, assignment  -- against any loan (a move or write under a borrow)
//   `&mut self` method call on the root   -- against any loan
//   a `&mut` reference local used whole   -- against any loan of what it points to (passing it
//                                            on re-borrows all of it); used as `&`, against a
//                                            `&mut` loan
//
// Places overlap when they share a root local and one field path is a prefix of the other, so
// disjoint fields may be borrowed mutably at the same time. Copies of a reference local passed
// to a call are not loans themselves (Move lets two copies of a reference travel together); a
// loan taken through them is.

import { Reporter, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/source.js';
import type { ResolvedNames } from '../names/index.js';
import { localOf, type Binding } from '../names/resolve-values.js';
import type * as A from '../parser/ast.js';
import { forEachChild, type Expansions } from '../parser/walk.js';
import type { TypedProgram } from '../typing/check.js';
import { abilitiesOf, constraintMap, type Ability } from '../typing/types.js';

interface Place {
  root: Binding;
  path: string[];
}

interface Loan extends Place {
  mut: boolean;
  /** The local holding the borrow; absent for a borrow passed to a call that has not returned. */
  holder?: Binding;
  /** The call an argument loan is passed to, or whose result the holder is: for messages. */
  call?: string;
  at: Span;
}

interface Source {
  place: Place;
  mut: boolean;
  at: Span;
}

export function checkBorrows(names: ResolvedNames, typed: TypedProgram): { diagnostics: Diagnostic[] } {
  const reporter = new Reporter();
  for (const mod of names.table.modules.values()) {
    for (const f of mod.functions.values()) {
      if (!f.body || f.isMacro) continue;
      new BorrowChecker(names, typed, reporter, constraintMap(f.typeParams)).run(f.body);
    }
  }
  return { diagnostics: reporter.diagnostics };
}

class BorrowChecker {
  private readonly loans: Loan[] = [];
  /** Loans of the arguments of the calls being evaluated, innermost call last. */
  private readonly argLoans: Loan[] = [];
  /** Reference locals passed to calls that have not returned: their loans stay live. */
  private readonly pinned: Binding[] = [];
  /**
   * Every use of each local, by position, and the loops (position ranges). Positions number
   * the nodes in evaluation order with macro expansions in place, so that code copied from a
   * macro in another file sits where it runs (offsets into different files do not compare).
   */
  private readonly uses = new Map<Binding, number[]>();
  private readonly loopRanges: Array<[number, number]> = [];
  private readonly pos = new Map<object, number>();
  private readonly declared = new Map<Binding, number>();
  private readonly reported = new Set<number>();

  constructor(
    private readonly names: ResolvedNames,
    private readonly typed: TypedProgram,
    private readonly reporter: Reporter,
    private readonly paramAbilities: ReadonlyMap<string, ReadonlySet<Ability>>,
  ) {}

  run(body: A.Expr): void {
    this.number(body);
    this.collect(body);
    this.walk(body);
  }

  // --- liveness ---------------------------------------------------------------------------------

  private local(e: A.Expr): Binding | undefined {
    return localOf(this.names.values, e);
  }

  private collect(e: A.Expr): void {
    visit(e, this.typed.expansions, (x) => {
      const b = this.local(x);
      if (b) {
        const list = this.uses.get(b) ?? [];
        list.push(this.position(x));
        this.uses.set(b, list);
      }

    });
  }

  /**
   * Is the loan's holder used after `offset`, or in a loop around `offset` that it is used in
   * and declared outside of (one declared inside is bound afresh by each iteration)?
   */
  private number(root: A.Expr): void {
    let next = 0;
    const bindings = this.names.values.bindings as ReadonlyMap<unknown, Binding>;
    const go = (x: unknown): void => {
      if (Array.isArray(x)) {
        for (const y of x) go(y);
        return;
      }
      if (typeof x !== 'object' || x === null || !('span' in x)) return;
      const node = x as { kind?: string } & Record<string, unknown>;
      const me = next++;
      this.pos.set(node, me);
      const b = bindings.get(node);
      if (b) this.declared.set(b, me);
      const expanded = node.kind === 'Call' || node.kind === 'MethodCall' ? this.typed.expansions.get(node as unknown as A.CallExpr) : undefined;
      if (expanded) go(expanded);
      else for (const [k, v] of Object.entries(node)) if (k !== 'span') go(v);
      if (node.kind === 'While' || node.kind === 'Loop') this.loopRanges.push([me, next - 1]);
    };
    go(root);
  }

  private position(node: object): number {
    return this.pos.get(node) ?? -1;
  }

  private live(loan: Loan, offset: number): boolean {
    const holder = loan.holder;
    if (!holder || this.pinned.includes(holder)) return true;
    const uses = this.uses.get(holder) ?? [];
    if (uses.some((u) => u > offset)) return true;
    const inside = (l: [number, number], at: number): boolean => l[0] <= at && at <= l[1];
    const decl = this.declared.get(holder) ?? -1;
    return this.loopRanges.some((l) => inside(l, offset) && !inside(l, decl) && uses.some((u) => inside(l, u)));
  }

  // --- places -----------------------------------------------------------------------------------

  /** The root local and field path of a place expression; undefined for temporaries. */
  private place(e: A.Expr): Place | undefined {
    switch (e.kind) {
      case 'Name':
      case 'MoveCopy': {
        const b = this.local(e);
        return b ? { root: b, path: [] } : undefined;
      }
      case 'Field': {
        const base = this.place(e.expr);
        return base ? { root: base.root, path: [...base.path, e.field.name] } : undefined;
      }
      case 'Index': {
        // Any element may be the one borrowed: an index covers the whole vector.
        return this.place(e.expr);
      }
      case 'Deref':
        return this.place(e.expr);
      default:
        return undefined;
    }
  }

  private overlaps(a: Place, b: Place): boolean {
    if (a.root !== b.root) return false;
    const n = Math.min(a.path.length, b.path.length);
    for (let i = 0; i < n; i++) if (a.path[i] !== b.path[i]) return false;
    return true;
  }

  private conflict(node: A.Expr | A.AssignTarget, access: string, p: Place, mutOnly: boolean): void {
    const at = node.span;
    const here = this.position(node);
    for (const loan of [...this.argLoans, ...this.loans]) {
      if (mutOnly && !loan.mut) continue;
      if (!this.overlaps(loan, p) || !this.live(loan, here)) continue;
      if (this.reported.has(here)) return;
      this.reported.add(here);
      const what = this.show(p);
      const borrowed = this.show(loan);
      const how = loan.mut ? ' mutably' : '';
      const kind = loan.mut ? '`&mut`' : '`&`';
      this.reporter.add('E07004', at, {
        message: borrowed === what ? `cannot ${access} \`${what}\` while it is borrowed${how}` : `cannot ${access} \`${what}\` while \`${borrowed}\` is borrowed${how}`,
        label: loan.holder ? `\`${loan.holder.name}\` still holds the borrow` : `an earlier argument of \`${loan.call}\` still holds the borrow`,
        secondary: [{ span: loan.at, message: this.describe(loan, kind) }],
      });
      return;
    }
  }

  private describe(loan: Loan, kind: string): string {
    if (!loan.holder) return `${kind} borrow passed to \`${loan.call}\`, live until the call returns`;
    if (loan.call) return `passed to \`${loan.call}\`, whose result \`${loan.holder.name}\` may borrow from it`;
    return `${kind} borrow held by \`${loan.holder.name}\``;
  }

  /** `x.f`, or `*r` for all of what a reference local points to. */
  private show(p: Place): string {
    const ref = this.typed.locals.get(p.root)?.k === 'ref';
    if (p.path.length === 0) return ref ? `*${p.root.name}` : p.root.name;
    return [p.root.name, ...p.path].join('.');
  }

  // --- evaluation order -------------------------------------------------------------------------

  private walk(e: A.Expr): void {
    const expanded = e.kind === 'Call' || e.kind === 'MethodCall' ? this.typed.expansions.get(e) : undefined;
    if (expanded) return this.walk(expanded);
    switch (e.kind) {
      case 'Block':
        for (const s of e.statements) {
          if (s.kind === 'Let') {
            if (s.value) this.walk(s.value);
            this.bind(s.pattern, s.value);
          } else if (s.kind === 'ExprStmt') this.walk(s.expr);
        }
        if (e.tail) this.walk(e.tail);
        return;
      case 'Borrow': {
        this.walkInside(e.expr);
        const p = this.place(e.expr);
        if (p && !this.wholeReference(p)) this.conflict(e, e.mutable ? 'borrow mutably' : 'borrow', p, !e.mutable);
        return;
      }
      case 'Name':
      case 'MoveCopy': {
        const p = this.place(e);
        if (!p) return;
        if (this.isReference(p.root)) return this.useReference(e, p.root, false);
        const moves = (e.kind === 'MoveCopy' && e.op === 'move') || (e.kind === 'Name' && !this.copyable(e));
        this.conflict(e, moves ? 'move' : 'read', p, !moves);
        return;
      }
      case 'Field':
      case 'Index':
      case 'Deref': {
        // Reading a field, an element or `*r` copies it: only a mutable loan of an overlapping place conflicts.
        this.walkInside(e);
        const p = this.place(e);
        if (p) this.conflict(e, 'read', p, true);
        return;
      }
      case 'Assign': {
        this.walk(e.value);
        const target = e.lhs;
        if (target.kind === 'Name' || target.kind === 'Field') {
          if (target.kind === 'Field') this.walkInside(target.expr);
          const p = this.place(target);
          if (p) this.conflict(target, 'assign to', p, false);
        } else if (target.kind === 'Deref' || target.kind === 'Index') this.walkInside(target);
        return;
      }
      case 'Call':
      case 'MethodCall':
        return this.call(e);
      default:
        forEachChild(e, (x) => this.walk(x), this.typed.expansions);
    }
  }

  private isReference(b: Binding): boolean {
    return this.typed.locals.get(b)?.k === 'ref';
  }

  /** All of what a reference local points to: passing it on is how references travel, not a new borrow. */
  private wholeReference(p: Place): boolean {
    return p.path.length === 0 && this.isReference(p.root);
  }

  /**
   * A reference local used as a whole (passed, returned, bound): a `&mut` one re-borrows all of
   * what it points to, so it conflicts with any loan of it; one used as `&` only with `&mut` loans.
   */
  private useReference(e: A.Expr, local: Binding, frozen: boolean): void {
    const t = this.typed.locals.get(local);
    const mut = t?.k === 'ref' && t.mut && !frozen;
    this.conflict(e, mut ? 'borrow mutably' : 'read', { root: local, path: [] }, !mut);
  }

  /**
   * Arguments in order; each borrow passed stays live until the call returns, so a later
   * argument that overlaps it conflicts (`f(&mut x, &x)`).
   */
  private call(e: A.CallExpr | A.MethodCallExpr): void {
    const loans = this.argLoans.length;
    const pinned = this.pinned.length;
    const name = e.kind === 'Call' ? e.path.names.map((n) => n.name).join('::') : e.method.name;
    let params: ReadonlyArray<A.Type | undefined> = [];
    if (e.kind === 'Call') {
      const target = this.names.values.calls.get(e);
      if (target?.kind === 'function') params = target.decl.params.map((p) => p.type);
    } else {
      const decl = this.typed.methods.get(e)?.decl;
      params = decl ? decl.params.slice(1).map((p) => p.type) : [];
      this.receiver(e, decl?.params[0]?.type, name);
    }
    e.args.forEach((a, i) => this.argument(a, params[i], name));
    this.argLoans.length = loans;
    this.pinned.length = pinned;
  }

  private receiver(e: A.MethodCallExpr, first: A.Type | undefined, call: string): void {
    if (first?.kind !== 'Ref') return this.walk(e.receiver);
    this.walkInside(e.receiver);
    const p = this.place(e.receiver);
    if (!p) return;
    if (this.wholeReference(p)) {
      this.useReference(e.receiver, p.root, !first.mutable);
      this.pinned.push(p.root);
      return;
    }
    // An auto-borrow `&mut x` / `&x` of the receiver, live until the call returns.
    this.conflict(e.receiver, first.mutable ? 'borrow mutably' : 'borrow', p, !first.mutable);
    this.argLoans.push({ ...p, mut: first.mutable, call, at: e.receiver.span });
    if (this.isReference(p.root)) this.pinned.push(p.root);
  }

  private argument(a: A.Expr, param: A.Type | undefined, call: string): void {
    const local = this.local(a);
    if (local && this.isReference(local)) {
      this.useReference(a, local, param?.kind === 'Ref' && !param.mutable);
      this.pinned.push(local);
      return;
    }
    this.walk(a);
    if (this.typed.exprTypes.get(a)?.k !== 'ref') return;
    for (const s of this.borrowSources(a)) {
      // A copy of a reference local is not a new borrow (see the top of the file).
      if (this.wholeReference(s.place)) continue;
      this.argLoans.push({ ...s.place, mut: s.mut, call, at: s.at });
      if (this.isReference(s.place.root)) this.pinned.push(s.place.root);
    }
  }

  /** A value copied (not moved) conflicts only with mutable loans. */
  private copyable(e: A.Expr): boolean {
    const t = this.typed.exprTypes.get(e);
    if (!t) return true;
    return t.k === 'ref' || abilitiesOf(t, this.names.table, this.paramAbilities).has('copy');
  }

  /** The sub-expressions of a place (indexes, receivers) without treating the place as a use. */
  private walkInside(p: A.Expr): void {
    if (p.kind === 'Field' || p.kind === 'Deref') this.walkInside(p.expr);
    else if (p.kind === 'Index') {
      this.walkInside(p.expr);
      for (const i of p.indices) this.walk(i);
    } else if (p.kind !== 'Name' && p.kind !== 'MoveCopy') this.walk(p);
  }

  /**
   * `let r = <reference>` creates loans held by `r`: of the places it borrows, and, when it is
   * taken through another reference local, of what that local holds.
   */
  private bind(pattern: A.Pattern, value: A.Expr | undefined): void {
    if (pattern.kind !== 'Bind' || !value) return;
    const holder = this.names.values.bindings.get(pattern);
    if (!holder || !this.isReference(holder)) return;
    const inherited: Loan[] = [];
    const call = value.kind === 'Call' ? value.path.names.map((n) => n.name).join('::') : value.kind === 'MethodCall' ? value.method.name : undefined;
    for (const source of this.borrowSources(value)) {
      // A reference local taken whole (`let r2 = r;`) only passes on what it holds.
      if (!this.wholeReference(source.place) || call) this.loans.push({ ...source.place, mut: source.mut, holder, at: source.at, ...(call ? { call } : {}) });
      const via = source.place.root;
      if (!this.isReference(via)) continue;
      for (const l of this.loans) if (l.holder === via) inherited.push({ root: l.root, path: l.path, mut: l.mut, holder, at: l.at });
    }
    this.loans.push(...inherited);
  }

  /**
   * The places a reference value borrows from: `&p`, `&mut p`, a reference local, or a call's
   * reference arguments (a `&mut` result borrows only from the `&mut` ones).
   */
  private borrowSources(e: A.Expr): Source[] {
    if (e.kind === 'Borrow') {
      const p = this.place(e.expr);
      return p ? [{ place: p, mut: e.mutable, at: e.span }] : [];
    }
    if (e.kind === 'Name' || e.kind === 'MoveCopy') {
      const b = this.local(e);
      const t = b ? this.typed.locals.get(b) : undefined;
      return b && t?.k === 'ref' ? [{ place: { root: b, path: [] }, mut: t.mut, at: e.span }] : [];
    }
    if (e.kind === 'Call' || e.kind === 'MethodCall') {
      const t = this.typed.exprTypes.get(e);
      if (t?.k !== 'ref') return [];
      const out: Source[] = [];
      for (const a of e.args) out.push(...this.borrowSources(a));
      if (e.kind === 'MethodCall') {
        const first = this.typed.methods.get(e)?.decl.params[0]?.type;
        const p = this.place(e.receiver);
        if (first?.kind === 'Ref' && p) out.push({ place: p, mut: first.mutable && (!this.isReference(p.root) || this.referenceMut(p.root)), at: e.receiver.span });
      }
      // What the result may point into: a `&mut` result only into `&mut` arguments.
      return out.filter((s) => s.mut || !t.mut).map((s) => ({ ...s, mut: t.mut }));
    }
    if (e.kind === 'Index') {
      const p = this.place(e);
      return p && !this.isReference(p.root) ? [{ place: p, mut: false, at: e.span }] : [];
    }
    return [];
  }

  private referenceMut(b: Binding): boolean {
    const t = this.typed.locals.get(b);
    return t?.k === 'ref' && t.mut;
  }
}

/** Visits every expression under `e`, assignment targets included. */
function visit(e: A.Expr, expansions: Expansions, f: (x: A.Expr) => void): void {
  f(e);
  if (e.kind === 'Assign' && (e.lhs.kind === 'Name' || e.lhs.kind === 'Field' || e.lhs.kind === 'Deref' || e.lhs.kind === 'Index')) visit(e.lhs, expansions, f);
  forEachChild(e, (x) => visit(x, expansions, f), expansions);
}
