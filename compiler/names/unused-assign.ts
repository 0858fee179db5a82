// Unused assignments (W09009): a typed function body in, warnings for `x = e` whose value no
// path reads out.
//
// A backward liveness analysis over the expression tree: `live(e, out)` is the set of locals
// read before being assigned again on some path from the start of `e`, given `out`, the locals
// live after it. Control flow follows the evaluation order of walk.ts: both branches of `if`
// and of `&&`/`||`, every `match` arm, `break`/`continue`/labelled `return` to their targets,
// and `return`/`abort` ending every path. Loops iterate to a fixed point (sets only grow). An
// assignment is unused when its local is not live after it in any visit.
//
// Macro calls are analysed through their expansions, whose copies of lambda bodies are the
// code that runs; a written assignment is reported only when every copy of it is unused.

import type { Reporter } from '../diagnostics/diagnostic.js';
import type * as A from '../parser/ast.js';
import { forEachChild } from '../parser/walk.js';
import type { TypedProgram } from '../typing/check.js';
import { abilitiesOf, type Ability } from '../typing/types.js';
import type { ResolvedNames } from './index.js';
import { localOf, type Binding } from './resolve-values.js';

type Live = ReadonlySet<Binding>;

const EMPTY: Live = new Set();

interface Target {
  label?: string;
  loop: boolean;
  /** Live after the loop or block: where `break` goes. */
  exit: Live;
  /** Live at the loop's head: where `continue` goes. */
  head: Live;
}

interface Assignment {
  binding: Binding;
  /** The target as written: its span identifies copies of one assignment. */
  at: A.NameExpr;
  /** What the warning points at: the whole `x = e`, or the name within a tuple or unpack target. */
  shown: A.Node;
  live: boolean;
}

export function checkUnusedAssignments(body: A.Expr, names: ResolvedNames, typed: TypedProgram, paramAbilities: ReadonlyMap<string, ReadonlySet<Ability>>, reporter: Reporter): void {
  const analysis = new Liveness(names, typed);
  analysis.expr(body, EMPTY);
  // Copies of one written assignment (a lambda body expanded twice) share its span.
  const bySpan = new Map<string, Assignment[]>();
  for (const a of analysis.assignments) {
    const key = `${a.at.span.file}:${a.at.span.start}`;
    bySpan.set(key, [...(bySpan.get(key) ?? []), a]);
  }
  for (const copies of bySpan.values()) {
    const { binding: b, shown } = copies[0]!;
    if (copies.some((c) => c.live) || b.inMacro || b.name.startsWith('_') || b.name.startsWith('$')) continue;
    // Overwriting or leaking a value without `drop` is already an error of its own.
    const t = typed.locals.get(b);
    if (!t || t.k === 'error' || !abilitiesOf(t, names.table, paramAbilities).has('drop')) continue;
    reporter.add('W09009', shown.span, {
      message: `unused assignment to \`${b.name}\`: the value is never read`,
      label: 'this value is never read',
      notes: [`\`${b.name}\` is assigned again, or goes out of scope, before anything reads it; remove the assignment`],
    });
  }
}

class Liveness {
  readonly assignments: Assignment[] = [];
  private readonly targets: Target[] = [];

  constructor(
    private readonly names: ResolvedNames,
    private readonly typed: TypedProgram,
  ) {}

  private local(e: A.Expr): Binding | undefined {
    return localOf(this.names.values, e);
  }

  /** The locals live before `e`, given those live after it. */
  expr(e: A.Expr, out: Live): Live {
    const expanded = e.kind === 'Call' || e.kind === 'MethodCall' ? this.typed.expansions.get(e) : undefined;
    if (expanded) return this.expr(expanded, out);
    switch (e.kind) {
      case 'Name':
      case 'MoveCopy': {
        const b = this.local(e);
        return b && !out.has(b) ? new Set([...out, b]) : out;
      }
      case 'Assign':
        return this.assign(e, out);
      case 'Block':
        return this.labelled(e.label, false, out, () => this.block(e, out));
      case 'If': {
        const then = this.expr(e.then, out);
        const otherwise = e.else ? this.expr(e.else, out) : out;
        return this.expr(e.cond, union(then, otherwise));
      }
      case 'Binary':
        if (e.op === '&&' || e.op === '||') return this.expr(e.left, union(this.expr(e.right, out), out));
        return this.expr(e.left, this.expr(e.right, out));
      case 'While':
        return this.loop(e.label, out, (head) => this.expr(e.cond, union(this.expr(e.body, head), out)));
      case 'Loop':
        return this.loop(e.label, out, (head) => this.expr(e.body, head));
      case 'Break': {
        const exit = this.target(e.label, true)?.exit ?? EMPTY;
        return e.value ? this.expr(e.value, exit) : exit;
      }
      case 'Continue':
        return this.target(e.label, true)?.head ?? EMPTY;
      case 'Return': {
        // `return 'a v` leaves the block labelled `'a`; a plain `return` leaves the function.
        const exit = e.label ? (this.target(e.label, false)?.exit ?? EMPTY) : EMPTY;
        return e.value ? this.expr(e.value, exit) : exit;
      }
      case 'Abort':
        return e.code ? this.expr(e.code, EMPTY) : EMPTY;
      case 'Match': {
        let arms: Live = EMPTY;
        for (const arm of e.arms) {
          const body = this.expr(arm.body, out);
          // A guard that fails falls through to the next arms: approximated by `out`.
          arms = union(arms, arm.guard ? this.expr(arm.guard, union(body, out)) : body);
        }
        return this.expr(e.subject, arms);
      }
      default: {
        const children: A.Expr[] = [];
        // The remaining expressions have no control flow of their own: children in order.
        forEachChild(e, (x) => children.push(x));
        let live = out;
        for (let i = children.length - 1; i >= 0; i--) live = this.expr(children[i]!, live);
        return live;
      }
    }
  }

  private block(e: A.BlockExpr, out: Live): Live {
    let live = e.tail ? this.expr(e.tail, out) : out;
    for (let i = e.statements.length - 1; i >= 0; i--) {
      const s = e.statements[i]!;
      if (s.kind === 'Let') {
        live = without(live, this.bound(s.pattern));
        if (s.value) live = this.expr(s.value, live);
      } else if (s.kind === 'ExprStmt') live = this.expr(s.expr, live);
    }
    return live;
  }

  private assign(e: A.AssignExpr, out: Live): Live {
    const killed: Binding[] = [];
    const places: A.Expr[] = [];
    const visit = (t: A.AssignTarget | A.RestPattern): void => {
      switch (t.kind) {
        case 'Name': {
          const b = this.local(t);
          if (!b) return;
          this.assignments.push({ binding: b, at: t, shown: e.lhs === t ? e : t, live: out.has(b) });
          killed.push(b);
          return;
        }
        case 'TupleTarget':
          t.elements.forEach(visit);
          return;
        case 'UnpackTarget':
          if (t.fields.kind === 'Named') t.fields.fields.forEach((f) => visit(f.target));
          else t.fields.elements.forEach(visit);
          return;
        case 'Unit':
        case 'Rest':
          return;
        default:
          // `x.f = v`, `*r = v`, `v[i] = e` read their base: it is not assigned as a whole.
          places.push(t);
      }
    };
    visit(e.lhs);
    let live = without(out, killed);
    for (const p of places) live = this.expr(p, live);
    return this.expr(e.value, live);
  }

  private bound(p: A.Pattern): Binding[] {
    const out: Binding[] = [];
    const visit = (x: A.Pattern): void => {
      if (x.kind === 'Bind' || x.kind === 'At') {
        const b = this.names.values.bindings.get(x);
        if (b) out.push(b);
      }
      if (x.kind === 'At') visit(x.pattern);
      else if (x.kind === 'Tuple') x.elements.forEach(visit);
      else if (x.kind === 'Or') x.alternatives.forEach(visit);
      else if (x.kind === 'Unpack') {
        if (x.fields?.kind === 'Named') x.fields.fields.forEach((f) => visit(f.pattern));
        else x.fields?.elements.forEach(visit);
      }
    };
    visit(p);
    return out;
  }

  private labelled(label: A.Ident | undefined, loop: boolean, out: Live, body: () => Live): Live {
    if (!label) return body();
    this.targets.push({ label: label.name, loop, exit: out, head: EMPTY });
    try {
      return body();
    } finally {
      this.targets.pop();
    }
  }

  /** Iterates `step` (live at the head from live after one pass) until nothing changes. */
  private loop(label: A.Ident | undefined, out: Live, step: (head: Live) => Live): Live {
    const target: Target = { loop: true, exit: out, head: EMPTY, ...(label ? { label: label.name } : {}) };
    this.targets.push(target);
    try {
      for (;;) {
        const next = union(step(target.head), target.head);
        if (next.size === target.head.size) return next;
        target.head = next;
      }
    } finally {
      this.targets.pop();
    }
  }

  /** The loop (or labelled block) a jump goes to: by label, or the innermost loop. */
  private target(label: A.Ident | undefined, loopOnly: boolean): Target | undefined {
    for (let i = this.targets.length - 1; i >= 0; i--) {
      const t = this.targets[i]!;
      if (label ? t.label === label.name : t.loop || !loopOnly) return t;
    }
    return undefined;
  }
}

function union(a: Live, b: Live): Live {
  if (b.size === 0 || a === b) return a;
  if (a.size === 0) return b;
  const out = new Set(a);
  for (const x of b) out.add(x);
  return out;
}

function without(a: Live, bs: readonly Binding[]): Live {
  if (!bs.some((b) => a.has(b))) return a;
  const out = new Set(a);
  for (const b of bs) out.delete(b);
  return out;
}
