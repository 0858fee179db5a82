// Linearity: typed function bodies in; diagnostics out for values used after a move (E06001),
// copies of non-copy values (E06002), values lacking `drop` left unconsumed at scope end or at a
// `return` (E06003), overwritten (E06004) or discarded (E06005).
//
// An abstract interpretation over the AST in evaluation order. The state maps each local to
//
//     avail ──move──> moved          join(avail, moved) = maybe
//
// and is `null` after `return`/`abort`/`break`/`continue` (no path continues). Branches join
// their states; loop bodies run twice, the second time from the join of the entry state and
// the state after one iteration, so a move inside a loop is seen by the next iteration.

import { Reporter, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/source.js';
import type { ModuleEntry, ResolvedNames } from '../names/index.js';
import type { Binding } from '../names/resolve-values.js';
import type * as A from '../parser/ast.js';
import type { TypedProgram } from '../typing/check.js';
import { abilitiesOf, constraintMap, showType, type Ability, type Ty } from '../typing/types.js';

/**
 * Per local: whether it may still hold a value that must be consumed (`live`), and whether its
 * value may have been moved away (`moved`), each on no, some or all paths. A copy of a copyable
 * value counts as its consumption (Move turns a last copy into a move) without moving it.
 */
type Paths = 'none' | 'some' | 'all';
interface LocalState {
  live: Paths;
  moved: Paths;
}
type State = Map<Binding, LocalState> | null;

const AVAILABLE: LocalState = { live: 'all', moved: 'none' };
const MOVED: LocalState = { live: 'none', moved: 'all' };
const SPENT: LocalState = { live: 'none', moved: 'none' };

function joinPaths(a: Paths, b: Paths): Paths {
  return a === b ? a : 'some';
}

function join(a: State, b: State): State {
  if (!a) return b && new Map(b);
  if (!b) return new Map(a);
  const out = new Map<Binding, LocalState>();
  for (const [k, va] of a) {
    const vb = b.get(k);
    if (vb === undefined) continue;
    out.set(k, { live: joinPaths(va.live, vb.live), moved: joinPaths(va.moved, vb.moved) });
  }
  return out;
}

interface LoopFrame {
  breaks: State;
  /** Scopes open when the loop began: a `break` or `continue` leaves the ones above. */
  depth: number;
}

export function checkLinearity(names: ResolvedNames, typed: TypedProgram): { diagnostics: Diagnostic[] } {
  const reporter = new Reporter();
  for (const module of names.table.modules.values()) {
    for (const f of module.functions.values()) {
      if (!f.body || f.isMacro) continue;
      new BodyChecker(names, typed, module, f, reporter).run();
    }
  }
  return { diagnostics: reporter.diagnostics };
}

class BodyChecker {
  private state: State = new Map();
  private readonly loops: LoopFrame[] = [];
  /** Bindings in scope, innermost block last. */
  private readonly scopes: Binding[][] = [[]];
  private readonly reported = new Set<string>();
  private readonly paramAbilities: Map<string, Set<Ability>>;

  constructor(
    private readonly names: ResolvedNames,
    private readonly typed: TypedProgram,
    _module: ModuleEntry,
    private readonly fn: A.FunctionDecl,
    private readonly reporter: Reporter,
  ) {
    this.paramAbilities = constraintMap(fn.typeParams);
  }

  run(): void {
    for (const p of this.fn.params) {
      const b = this.names.values.bindings.get(p);
      if (b) this.declare(b);
    }
    this.consume(this.fn.body!);
    // Falling off the end returns the body's value: every local must be consumed by then.
    this.checkScopeEnd(this.scopes[0]!, this.fn.body!.span, 'the function returns');
  }

  // --- facts ------------------------------------------------------------------------------------

  private typeOf(e: A.Expr): Ty | undefined {
    return this.typed.exprTypes.get(e);
  }

  private has(t: Ty | undefined, a: Ability): boolean {
    if (!t) return true;
    return abilitiesOf(t, this.names.table, this.paramAbilities).has(a);
  }

  private localType(b: Binding): Ty | undefined {
    return this.typed.locals.get(b);
  }

  private show(t: Ty | undefined): string {
    return t ? showType(t) : '?';
  }

  private once(code: 'E06001' | 'E06002' | 'E06003' | 'E06004' | 'E06005', span: Span, message: string, label: string, extra: { secondary?: Array<{ span: Span; message: string }>; notes?: string[] } = {}): void {
    const key = `${code}@${span.file}:${span.start}:${span.end}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.reporter.add(code, span, { message, label, ...extra });
  }

  // --- locals -----------------------------------------------------------------------------------

  private declare(b: Binding): void {
    this.scopes[this.scopes.length - 1]!.push(b);
    this.state?.set(b, AVAILABLE);
  }

  private withScope(body: () => void, end: Span): void {
    this.scopes.push([]);
    body();
    const declared = this.scopes.pop()!;
    this.checkScopeEnd(declared, end, 'its scope ends');
    for (const b of declared) this.state?.delete(b);
  }

  /** Checks the locals of the scopes a jump leaves, innermost first. */
  private leaveScopesTo(depth: number, at: Span, when: string): void {
    for (let i = this.scopes.length - 1; i >= depth; i--) this.checkScopeEnd(this.scopes[i]!, at, when);
  }

  /** Locals lacking `drop` that may still hold a value when `when`. */
  private checkScopeEnd(bindings: readonly Binding[], at: Span, when: string): void {
    if (!this.state) return;
    for (const b of bindings) {
      const s = this.state.get(b);
      if (s === undefined || s.live === 'none') continue;
      const t = this.localType(b);
      if (this.has(t, 'drop')) continue;
      const some = s.live === 'some';
      this.once('E06003', b.span, `\`${b.name}\` of type \`${this.show(t)}\` is not consumed${some ? ' on every path' : ''}`, `still holds a value when ${when}`, {
        secondary: [{ span: { ...at, start: at.end - 1 }, message: 'here' }],
        notes: [`\`${this.show(t)}\` lacks \`drop\`: move it, unpack it, transfer it or return it${some ? ' on every path' : ''}`],
      });
    }
  }

  /** A local used by value: copied if its type has `copy`, moved otherwise. */
  private useLocal(b: Binding, at: Span, how: 'value' | 'move' | 'copy' | 'place'): void {
    if (!this.state) return;
    const s = this.state.get(b);
    if (s === undefined) return;
    if (s.moved !== 'none') {
      this.once('E06001', at, `\`${b.name}\` is used after being moved`, s.moved === 'some' ? 'moved on some path before this' : 'its value was moved before this');
      return;
    }
    const t = this.localType(b);
    if (how === 'copy' && !this.has(t, 'copy')) {
      this.once('E06002', at, `cannot copy \`${b.name}\`: \`${this.show(t)}\` lacks \`copy\``, 'copied here');
      return;
    }
    if (how === 'move' || (how === 'value' && !this.has(t, 'copy'))) this.state.set(b, MOVED);
    else if (how !== 'place') this.state.set(b, SPENT);
  }

  // --- expressions ------------------------------------------------------------------------------

  /** Evaluates `e` for its value, which the context consumes. */
  private consume(e: A.Expr): void {
    this.expr(e, 'value');
  }

  /** Evaluates `e` for its value and throws the value away (statements, `_`). */
  private discard(e: A.Expr, why: string): void {
    this.expr(e, 'value');
    const t = this.typeOf(e);
    if (this.state && t && !this.has(t, 'drop') && !isNever(e)) {
      this.once('E06005', e.span, `a value of type \`${this.show(t)}\` is ${why}`, 'lacks `drop`', { notes: ['bind it and consume it, or pass it on'] });
    }
  }

  private expr(e: A.Expr, mode: 'value' | 'place'): void {
    const expanded = e.kind === 'Call' || e.kind === 'MethodCall' ? this.typed.expansions.get(e) : undefined;
    if (expanded) return this.expr(expanded, mode);
    switch (e.kind) {
      case 'Name': {
        const target = this.names.values.names.get(e);
        if (target?.kind === 'local') this.useLocal(target.binding, e.span, mode === 'place' ? 'place' : 'value');
        break;
      }
      case 'MoveCopy': {
        const b = this.names.values.moveCopies.get(e);
        if (b) this.useLocal(b, e.span, e.op);
        break;
      }
      case 'Borrow':
        this.expr(e.expr, 'place');
        break;
      case 'Field':
        this.expr(e.expr, 'place');
        if (mode === 'value') this.requireCopy(e, 'reading a field copies it');
        break;
      case 'Index':
        this.expr(e.expr, 'place');
        for (const i of e.indices) this.consume(i);
        if (mode === 'value') this.requireCopy(e, 'reading an element copies it');
        break;
      case 'Deref':
        this.consume(e.expr);
        if (mode === 'value') this.requireCopy(e, '`*` copies the value');
        break;
      case 'Call':
      case 'Vector':
      case 'Tuple':
        for (const a of e.kind === 'Call' ? e.args : e.elements) this.consume(a);
        break;
      case 'Pack':
        for (const f of e.fields) this.consume(f.value);
        break;
      case 'MethodCall': {
        const m = this.typed.methods.get(e);
        const firstParam = m?.decl.params[0]?.type;
        this.expr(e.receiver, firstParam?.kind === 'Ref' ? 'place' : 'value');
        for (const a of e.args) this.consume(a);
        break;
      }
      case 'Not':
      case 'Cast':
      case 'Annotate':
        this.consume(e.expr);
        break;
      case 'Binary':
        this.consume(e.left);
        this.consume(e.right);
        break;
      case 'Assign':
        this.consume(e.value);
        this.assign(e.lhs);
        break;
      case 'If': {
        this.consume(e.cond);
        const before = this.copy();
        this.withScope(() => this.branchValue(e.then, mode), e.then.span);
        const afterThen = this.state;
        this.state = before;
        if (e.else) this.withScope(() => this.branchValue(e.else!, mode), e.else.span);
        this.state = join(afterThen, this.state);
        break;
      }
      case 'While':
        this.loop(() => {
          this.consume(e.cond);
        }, e.body, true);
        break;
      case 'Loop':
        this.loop(undefined, e.body, false);
        break;
      case 'Block':
        this.block(e, mode);
        break;
      case 'Return':
        if (e.value) this.consume(e.value);
        if (!e.label) {
          for (let i = this.scopes.length - 1; i >= 0; i--) this.checkScopeEnd(this.scopes[i]!, e.span, 'this `return` leaves the function');
        }
        this.state = null;
        break;
      case 'Abort':
        if (e.code) this.consume(e.code);
        // An abort discards everything: nothing needs consuming on this path.
        this.state = null;
        break;
      case 'Break': {
        if (e.value) this.consume(e.value);
        const frame = this.loops[this.loops.length - 1];
        if (frame) {
          this.leaveScopesTo(frame.depth, e.span, 'this `break` leaves the loop');
          frame.breaks = join(frame.breaks, this.state);
        }
        this.state = null;
        break;
      }
      case 'Continue': {
        const frame = this.loops[this.loops.length - 1];
        if (frame) this.leaveScopesTo(frame.depth, e.span, 'this `continue` ends the iteration');
        this.state = null;
        break;
      }
      case 'Match': {
        this.expr(e.subject, this.matchesByReference(e) ? 'place' : 'value');
        const before = this.copy();
        let after: State = null;
        for (const arm of e.arms) {
          this.state = before && new Map(before);
          this.withScope(() => {
            this.bindPattern(arm.pattern);
            if (arm.guard) this.consume(arm.guard);
            this.branchValue(arm.body, mode);
          }, arm.body.span);
          after = join(after, this.state);
        }
        this.state = e.arms.length > 0 ? after : before;
        break;
      }
      case 'Lambda':
        // Lambdas appear only as macro arguments; their bodies are checked after expansion.
        break;
      default:
        break;
    }
  }

  private matchesByReference(e: A.MatchExpr): boolean {
    const t = this.typeOf(e.subject);
    return t?.k === 'ref';
  }

  private branchValue(e: A.Expr, mode: 'value' | 'place'): void {
    this.expr(e, mode);
  }

  private requireCopy(e: A.Expr, why: string): void {
    const t = this.typeOf(e);
    if (this.state && t && !this.has(t, 'copy')) {
      this.once('E06002', e.span, `cannot copy a value of type \`${this.show(t)}\``, why, { notes: [`\`${this.show(t)}\` lacks \`copy\`; borrow it with \`&\` instead`] });
    }
  }

  private copy(): State {
    return this.state && new Map(this.state);
  }

  private loop(cond: (() => void) | undefined, body: A.Expr, isWhile: boolean): void {
    const entry = this.copy();
    const frame: LoopFrame = { breaks: null, depth: this.scopes.length };
    this.loops.push(frame);
    // First iteration, then a second from the join, so moves inside reach the next iteration.
    let exitByCondition: State = null;
    for (let pass = 0; pass < 2; pass++) {
      if (cond) cond();
      if (isWhile) exitByCondition = join(exitByCondition, this.state);
      this.withScope(() => this.consume(body), body.span);
      this.state = join(entry, this.state);
    }
    this.loops.pop();
    this.state = isWhile ? join(exitByCondition, frame.breaks) : frame.breaks;
  }

  private block(b: A.BlockExpr, mode: 'value' | 'place'): void {
    this.withScope(() => {
      for (const s of b.statements) {
        if (s.kind === 'Let') {
          if (s.value) this.consume(s.value);
          this.bindPattern(s.pattern, s.value);
        } else if (s.kind === 'ExprStmt') {
          this.discard(s.expr, 'ignored');
        }
      }
      if (b.tail) this.expr(b.tail, mode);
    }, b.span);
  }

  private bindPattern(p: A.Pattern, value?: A.Expr): void {
    switch (p.kind) {
      case 'Bind':
      case 'At': {
        const b = this.names.values.bindings.get(p);
        if (b) this.declare(b);
        if (p.kind === 'At') this.bindPattern(p.pattern);
        break;
      }
      case 'Wildcard': {
        const t = this.typed.patternTypes.get(p) ?? (value ? this.typeOf(value) : undefined);
        if (this.state && t && t.k !== 'ref' && !this.has(t, 'drop') && !(value && isNever(value))) {
          this.once('E06005', p.span, `a value of type \`${this.show(t)}\` is bound to \`_\``, '`_` drops the value, which lacks `drop`');
        }
        break;
      }
      case 'Tuple':
        p.elements.forEach((x, i) => this.bindPattern(x, value?.kind === 'Tuple' ? value.elements[i] : undefined));
        break;
      case 'Or':
        for (const x of p.alternatives.slice(0, 1)) this.bindPattern(x);
        break;
      case 'Unpack':
        for (const f of this.typed.restFields.get(p) ?? []) {
          if (this.state && !this.has(f.ty, 'drop')) {
            this.once('E06005', p.span, `\`..\` drops field \`${f.name}\` of type \`${this.show(f.ty)}\``, 'skipped fields are dropped', { notes: [`\`${this.show(f.ty)}\` lacks \`drop\`: bind the field and consume it`] });
          }
        }
        if (p.fields?.kind === 'Named') for (const f of p.fields.fields) this.bindPattern(f.pattern);
        else if (p.fields?.kind === 'Positional') for (const x of p.fields.elements) this.bindPattern(x);
        break;
      default:
        break;
    }
  }

  private assign(lhs: A.AssignTarget): void {
    switch (lhs.kind) {
      case 'Name': {
        const target = this.names.values.names.get(lhs);
        if (target?.kind !== 'local' || !this.state) return;
        const b = target.binding;
        const s = this.state.get(b);
        const t = this.localType(b);
        if (s && s.live !== 'none' && !this.has(t, 'drop')) {
          this.once('E06004', lhs.span, `assigning to \`${b.name}\` discards its value of type \`${this.show(t)}\``, 'overwritten here', { notes: ['the old value lacks `drop`: consume it first'] });
        }
        this.state.set(b, AVAILABLE);
        break;
      }
      case 'Deref': {
        this.consume(lhs.expr);
        const r = this.typeOf(lhs.expr);
        const t = r?.k === 'ref' ? r.inner : undefined;
        if (this.state && t && !this.has(t, 'drop')) {
          this.once('E06004', lhs.span, `writing through this reference discards a value of type \`${this.show(t)}\``, 'overwritten here', { notes: ['`*r = v` needs `drop` on the old value'] });
        }
        break;
      }
      case 'Field':
      case 'Index': {
        this.expr(lhs.expr, 'place');
        if (lhs.kind === 'Index') for (const i of lhs.indices) this.consume(i);
        const t = this.typeOf(lhs);
        if (this.state && t && !this.has(t, 'drop')) {
          this.once('E06004', lhs.span, `assigning here discards a value of type \`${this.show(t)}\``, 'overwritten here', { notes: ['the old value lacks `drop`'] });
        }
        break;
      }
      case 'TupleTarget':
        for (const x of lhs.elements) this.assign(x);
        break;
      case 'UnpackTarget':
        if (lhs.fields.kind === 'Named') for (const f of lhs.fields.fields) this.assign(f.target);
        else for (const x of lhs.fields.elements) if (x.kind !== 'Rest') this.assign(x);
        break;
      default:
        break;
    }
  }
}

/** Expressions that never produce a value (their type is unconstrained). */
function isNever(e: A.Expr): boolean {
  return e.kind === 'Return' || e.kind === 'Abort' || e.kind === 'Break' || e.kind === 'Continue';
}
