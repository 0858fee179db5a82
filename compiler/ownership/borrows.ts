// Borrow conflicts through reference locals: typed function bodies in, E07004 out.
//
// A loan is made when a local is bound to a reference borrowed from a place (`let r = &mut
// x.f;`, `let e = &v[i];`, or a call returning a reference from such a borrow). It lasts while
// its holder is live: used again later in the body, or used anywhere in an enclosing loop.
// While a loan lives, overlapping access is reported:
//
//   new &mut of an overlapping place      -- against any loan
//   new &    of an overlapping place      -- against a &mut loan
//   use of the root by value, assignment  -- against any loan (a move or write under a borrow)
//   `&mut self` method call on the root   -- against any loan
//
// Places overlap when they share a root local and one field path is a prefix of the other, so
// disjoint fields may be borrowed mutably at the same time. This is a conservative subset of
// Move's reference safety: borrows held only in temporaries are not tracked.

import { Reporter, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/source.js';
import type { ResolvedNames } from '../names/index.js';
import type { Binding } from '../names/resolve-values.js';
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
  holder: Binding;
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
  /** Every use of each local, by offset, and the loops (spans) around each use. */
  private readonly uses = new Map<Binding, number[]>();
  private readonly loopSpans: Span[] = [];
  private readonly reported = new Set<number>();

  constructor(
    private readonly names: ResolvedNames,
    private readonly typed: TypedProgram,
    private readonly reporter: Reporter,
    private readonly paramAbilities: ReadonlyMap<string, ReadonlySet<Ability>>,
  ) {}

  run(body: A.Expr): void {
    this.collect(body);
    this.walk(body);
  }

  // --- liveness ---------------------------------------------------------------------------------

  private local(e: A.Expr): Binding | undefined {
    if (e.kind === 'Name') {
      const t = this.names.values.names.get(e);
      return t?.kind === 'local' ? t.binding : undefined;
    }
    if (e.kind === 'MoveCopy') return this.names.values.moveCopies.get(e);
    return undefined;
  }

  private collect(e: A.Expr): void {
    visit(e, this.typed.expansions, (x) => {
      const b = this.local(x);
      if (b) {
        const list = this.uses.get(b) ?? [];
        list.push(x.span.start);
        this.uses.set(b, list);
      }
      if (x.kind === 'While' || x.kind === 'Loop') this.loopSpans.push(x.span);
    });
  }

  /** Is the loan's holder used after `offset`, or in a loop around `offset` that it is used in? */
  private live(loan: Loan, offset: number): boolean {
    const uses = this.uses.get(loan.holder) ?? [];
    if (uses.some((u) => u > offset)) return true;
    return this.loopSpans.some((l) => l.start <= offset && offset < l.end && l.start <= loan.at.start && uses.some((u) => u >= l.start && u < l.end));
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

  private conflict(at: Span, access: string, p: Place, mutOnly: boolean): void {
    for (const loan of this.loans) {
      if (mutOnly && !loan.mut) continue;
      if (!this.overlaps(loan, p) || !this.live(loan, at.start)) continue;
      if (this.reported.has(at.start)) return;
      this.reported.add(at.start);
      const what = [p.root.name, ...p.path].join('.');
      this.reporter.add('E07004', at, {
        message: `cannot ${access} \`${what}\` while it is borrowed${loan.mut ? ' mutably' : ''}`,
        label: `\`${loan.holder.name}\` still holds the borrow`,
        secondary: [{ span: loan.at, message: `${loan.mut ? '`&mut`' : '`&`'} borrow held by \`${loan.holder.name}\`` }],
      });
      return;
    }
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
        const viaRef = p !== undefined && this.typed.locals.get(p.root)?.k === 'ref';
        if (p && (!viaRef || p.path.length > 0)) this.conflict(e.span, e.mutable ? 'borrow mutably' : 'borrow', p, !e.mutable);
        return;
      }
      case 'Name':
      case 'MoveCopy': {
        const p = this.place(e);
        // Reading a reference local, or copying a value, under a shared borrow is fine.
        const t = p ? this.typed.locals.get(p.root) : undefined;
        if (p && t?.k !== 'ref') {
          const moves = (e.kind === 'MoveCopy' && e.op === 'move') || (e.kind === 'Name' && !this.copyable(e));
          this.conflict(e.span, moves ? 'move' : 'read', p, !moves);
        }
        return;
      }
      case 'Field':
      case 'Index': {
        // Reading a field or element copies it: only a mutable loan of an overlapping place conflicts.
        this.walkInside(e);
        const p = this.place(e);
        const t = p ? this.typed.locals.get(p.root) : undefined;
        if (p && t?.k !== 'ref') this.conflict(e.span, 'read', p, true);
        return;
      }
      case 'Assign': {
        this.walk(e.value);
        const target = e.lhs;
        if (target.kind === 'Name' || target.kind === 'Field') {
          if (target.kind === 'Field') this.walkInside(target.expr);
          const p = this.place(target);
          if (p) this.conflict(target.span, 'assign to', p, false);
        } else if (target.kind === 'Deref' || target.kind === 'Index') this.walkInside(target);
        return;
      }
      case 'MethodCall': {
        const m = this.typed.methods.get(e);
        const first = m?.decl.params[0]?.type;
        if (first?.kind === 'Ref') {
          this.walkInside(e.receiver);
          const p = this.place(e.receiver);
          const t = p ? this.typed.locals.get(p.root) : undefined;
          if (p && t?.k !== 'ref') this.conflict(e.receiver.span, first.mutable ? 'borrow mutably' : 'borrow', p, !first.mutable);
        } else this.walk(e.receiver);
        for (const a of e.args) this.walk(a);
        return;
      }
      default:
        forEachChild(e, (x) => this.walk(x), this.typed.expansions);
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

  /** `let r = <borrow>` creates a loan held by `r`. */
  private bind(pattern: A.Pattern, value: A.Expr | undefined): void {
    if (pattern.kind !== 'Bind' || !value) return;
    const holder = this.names.values.bindings.get(pattern);
    const t = holder ? this.typed.locals.get(holder) : undefined;
    if (!holder || t?.k !== 'ref') return;
    for (const source of this.borrowSources(value)) {
      this.loans.push({ ...source.place, mut: source.mut, holder, at: source.at });
    }
  }

  /** The places a reference value borrows from: `&p`, `&mut p`, or a call's reference arguments. */
  private borrowSources(e: A.Expr): Array<{ place: Place; mut: boolean; at: Span }> {
    if (e.kind === 'Borrow') {
      const p = this.place(e.expr);
      // Through a reference local, only field borrows are tracked (`&mut self.f`): reborrowing
      // the whole reference is how references are passed on.
      const viaRef = p !== undefined && this.typed.locals.get(p.root)?.k === 'ref';
      return p && (!viaRef || p.path.length > 0) ? [{ place: p, mut: e.mutable, at: e.span }] : [];
    }
    if (e.kind === 'Call' || e.kind === 'MethodCall') {
      const t = this.typed.exprTypes.get(e);
      if (t?.k !== 'ref') return [];
      const out: Array<{ place: Place; mut: boolean; at: Span }> = [];
      for (const a of e.args) out.push(...this.borrowSources(a));
      if (e.kind === 'MethodCall') {
        const first = this.typed.methods.get(e)?.decl.params[0]?.type;
        const p = this.place(e.receiver);
        if (first?.kind === 'Ref' && p && this.typed.locals.get(p.root)?.k !== 'ref') out.push({ place: p, mut: first.mutable, at: e.receiver.span });
      }
      return out;
    }
    if (e.kind === 'Index') {
      const p = this.place(e);
      return p && this.typed.locals.get(p.root)?.k !== 'ref' ? [{ place: p, mut: false, at: e.span }] : [];
    }
    return [];
  }
}

/** Visits every expression under `e`, assignment targets included. */
function visit(e: A.Expr, expansions: Expansions, f: (x: A.Expr) => void): void {
  f(e);
  if (e.kind === 'Assign' && (e.lhs.kind === 'Name' || e.lhs.kind === 'Field' || e.lhs.kind === 'Deref' || e.lhs.kind === 'Index')) visit(e.lhs, expansions, f);
  forEachChild(e, (x) => visit(x, expansions, f), expansions);
}
