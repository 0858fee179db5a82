// Resolves the value names of function bodies and constants: locals (with block, lambda and
// match-arm scoping), constants, function calls, macro calls, packs and unpacks of structs and
// enum variants. Checks visibility (private, `public(package)`, `public(friend)`), that
// datatypes are packed and unpacked only in their module and constants used only in theirs,
// and the 2024 `mut` rules; warns about unused locals, aliases and constants.
//
// Method calls (`x.f()`) and field accesses need types: the typing stage resolves those.

import { Reporter } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/source.js';
import type * as A from '../parser/ast.js';
import { moduleKey, resolveAddress, type ModuleEntry, type ModuleKey } from './module-table.js';
import { Scope } from './scope.js';

/** A local variable: a parameter, a `let` binding, a lambda parameter or a match binding. */
export interface Binding {
  name: string;
  span: Span;
  mutable: boolean;
  kind: 'param' | 'let' | 'lambda' | 'match';
  used: boolean;
  /** Assigned, borrowed `&mut`, or mutated in place (set by this stage and by typing). */
  mutated: boolean;
  /** Declared in a macro body, which is checked only where it is expanded. */
  inMacro: boolean;
}

export type DatatypeRef = { kind: 'struct'; module: ModuleKey; decl: A.StructDecl } | { kind: 'variant'; module: ModuleKey; decl: A.EnumDecl; variant: A.VariantDecl };

export type ValueTarget =
  | { kind: 'local'; binding: Binding }
  | { kind: 'constant'; module: ModuleKey; decl: A.ConstantDecl }
  /** A field-less variant used as a value: `Color::Red`. */
  | { kind: 'variant'; module: ModuleKey; decl: A.EnumDecl; variant: A.VariantDecl };

export type CallTarget =
  | { kind: 'function'; module: ModuleKey; decl: A.FunctionDecl }
  /** `P(a, b)` or `E::V(a)`: a positional pack. */
  | { kind: 'pack'; datatype: DatatypeRef }
  /** `$f(x)` in a macro, or a call of a lambda-typed local. */
  | { kind: 'local'; binding: Binding }
  | { kind: 'builtin'; name: 'assert' | 'freeze' };

export interface ValueResolutions {
  names: Map<A.NameExpr, ValueTarget>;
  calls: Map<A.CallExpr, CallTarget>;
  packs: Map<A.PackExpr | A.UnpackPattern | A.UnpackTarget, DatatypeRef>;
  bindings: Map<A.BindPattern | A.AtPattern | A.Param, Binding>;
  moveCopies: Map<A.MoveCopyExpr, Binding>;
}

/** The local a name or `move x`/`copy x` expression reads, if it reads one. */
export function localOf(values: ValueResolutions, e: A.Expr): Binding | undefined {
  if (e.kind === 'Name') {
    const t = values.names.get(e);
    return t?.kind === 'local' ? t.binding : undefined;
  }
  if (e.kind === 'MoveCopy') return values.moveCopies.get(e);
  return undefined;
}

/** Names Move 2024 treats as built in when no function of that name is in scope. */
const BUILTIN_MACROS = new Set(['assert']);
const BUILTIN_FUNCTIONS = new Set(['freeze']);

class Locals {
  private readonly frames: Array<Map<string, Binding>> = [new Map()];

  push(): void {
    this.frames.push(new Map());
  }

  pop(): Binding[] {
    return [...(this.frames.pop() ?? new Map<string, Binding>()).values()];
  }

  declare(b: Binding): void {
    this.frames[this.frames.length - 1]!.set(b.name, b);
  }

  lookup(name: string): Binding | undefined {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const b = this.frames[i]!.get(name);
      if (b) return b;
    }
    return undefined;
  }
}

export class ValueResolver {
  private locals = new Locals();
  private readonly usedConstants = new Set<A.ConstantDecl>();
  private allBindings: Binding[] = [];

  private currentModule: ModuleEntry | undefined;
  private inMacro = false;

  constructor(
    private readonly reporter: Reporter,
    readonly out: ValueResolutions,
    /** Child scopes of blocks with `use`, made by the type resolver (so alias use is shared). */
    private readonly blockScopes: ReadonlyMap<A.BlockExpr, Scope>,
  ) {}

  module(scope: Scope): void {
    const self = scope.self;
    this.currentModule = self;
    for (const m of self.decl.members) {
      if (m.kind === 'Function' && self.functions.get(m.name.name) === m) this.fun(m, scope);
      else if (m.kind === 'Constant' && self.constants.get(m.name.name) === m) this.withLocals(() => this.expr(m.value, scope));
      else if (m.kind === 'Struct' || m.kind === 'Enum') this.checkDatatypeVisibility(m, self);
    }
    this.markAttributeConstants(self);
    // The bundled library gets the same warnings: it must build warning-free.
    this.warnUnused(scope);
  }

  /** In a legacy-edition package, reports a Move 2024 feature. */
  private legacy(span: Span, feature: string): void {
    if (this.currentModule?.unit.package.edition !== 'legacy') return;
    this.reporter.add('E02009', span, { message: `${feature} requires the 2024 edition`, label: 'not available in legacy Move', notes: ['set `edition = "2024"` in [package] of Move.toml'] });
  }

  private checkDatatypeVisibility(d: A.StructDecl | A.EnumDecl, self: ModuleEntry): void {
    if (d.kind === 'Enum') this.legacy(d.name.span, 'an `enum`');
    else if (d.isPublic) this.legacy(d.name.span, '`public struct`');
    else if (d.fields?.kind === 'Positional') this.legacy(d.name.span, 'a positional struct');
    if (self.unit.package.edition === '2024' && !d.isPublic && !(d.kind === 'Struct' && d.isNative)) {
      this.reporter.add('E02008', d.name.span, {
        message: `${d.kind === 'Struct' ? 'struct' : 'enum'} \`${d.name.name}\` must be declared \`public\` in the 2024 edition`,
        label: `write \`public ${d.kind === 'Struct' ? 'struct' : 'enum'}\``,
        notes: ['fields stay private to the module either way'],
      });
    }
  }

  /** `#[expected_failure(abort_code = E)]` and similar attributes refer to constants too. */
  private markAttributeConstants(self: ModuleEntry): void {
    const visit = (attrs: readonly A.Attribute[]): void => {
      for (const a of attrs) {
        if (a.value?.kind === 'Path' && a.value.path.names.length === 1) {
          const c = self.constants.get(a.value.path.names[0]!.name);
          if (c) this.usedConstants.add(c);
        }
        if (a.args) visit(a.args);
      }
    };
    for (const m of self.decl.members) if ('attributes' in m) visit(m.attributes);
  }

  private warnUnused(scope: Scope): void {
    const self = scope.self;
    const moduleAllows = allowed(self.decl.attributes);
    for (const c of self.constants.values()) {
      if (this.usedConstants.has(c) || moduleAllows.has('unused_const') || allowed(c.attributes).has('unused_const')) continue;
      this.reporter.add('W09003', c.name.span, { message: `unused constant \`${c.name.name}\``, label: 'never used in this module' });
    }
    if (!moduleAllows.has('unused_use')) {
      for (const u of scope.unusedAliases()) this.reporter.add('W09002', u.span, { message: `unused alias \`${u.name}\``, label: 'never used', notes: ['remove the `use`'] });
    }
    this.usedConstants.clear();
  }

  private fun(f: A.FunctionDecl, scope: Scope): void {
    for (const p of f.params) if (p.mutable) this.legacy(p.name.span, 'a `mut` parameter');
    if (f.isMacro) this.legacy(f.name.span, 'a `macro fun`');
    if (!f.body) return;
    this.inMacro = f.isMacro;
    const allows = new Set([...allowed(scope.self.decl.attributes), ...allowed(f.attributes)]);
    this.withLocals(() => {
      for (const p of f.params) this.declare(p.name, p.mutable, 'param', p);
      this.expr(f.body!, scope);
    }, allows.has('unused_variable') || f.isMacro);
  }

  /** Runs `body` with fresh locals; then warns about bindings nothing used. */
  private withLocals(body: () => void, quiet = false): void {
    const saved = this.locals;
    const savedAll = this.allBindings;
    this.locals = new Locals();
    this.allBindings = [];
    body();
    if (!quiet) {
      for (const b of this.allBindings) {
        if (!b.used && !b.name.startsWith('_') && !b.name.startsWith('$')) {
          this.reporter.add('W09001', b.span, { message: `unused variable \`${b.name}\``, label: 'never used', notes: ['remove it, or name it `_' + b.name + '`'] });
        }
      }
    }
    this.locals = saved;
    this.allBindings = savedAll;
  }

  private declare(name: A.Ident, mutable: boolean, kind: Binding['kind'], node: A.BindPattern | A.AtPattern | A.Param): Binding {
    if (mutable && kind !== 'param') this.legacy(name.span, '`let mut`');
    const b: Binding = { name: name.name, span: name.span, mutable, kind, used: false, mutated: false, inMacro: this.inMacro };
    this.locals.declare(b);
    this.allBindings.push(b);
    this.out.bindings.set(node, b);
    return b;
  }

  private block<T>(body: () => T): T {
    this.locals.push();
    try {
      return body();
    } finally {
      this.locals.pop();
    }
  }

  // --- expressions ----------------------------------------------------------------------------

  expr(e: A.Expr, scope: Scope): void {
    switch (e.kind) {
      case 'Name':
        this.name(e, scope);
        break;
      case 'MoveCopy': {
        const b = this.locals.lookup(e.name.name);
        if (b) {
          b.used = true;
          this.out.moveCopies.set(e, b);
        } else this.reporter.add('E03006', e.name.span, { message: `unbound variable \`${e.name.name}\``, label: 'no local of this name' });
        break;
      }
      case 'Call':
        this.call(e, scope);
        break;
      case 'Pack': {
        const d = this.datatype(e.path, scope, 'pack');
        if (d) this.out.packs.set(e, d);
        for (const f of e.fields) this.expr(f.value, scope);
        break;
      }
      case 'Vector':
      case 'Tuple':
        for (const x of e.elements) this.expr(x, scope);
        break;
      case 'Address':
        if ('name' in e.value) resolveAddress(e.value, scope.pkg, this.reporter);
        break;
      case 'Borrow':
        if (e.mutable) this.requireMut(e.expr, scope, 'borrowed with `&mut`');
        this.expr(e.expr, scope);
        break;
      case 'Deref':
      case 'Not':
      case 'Field':
      case 'Cast':
      case 'Annotate':
        this.expr(e.expr, scope);
        break;
      case 'Binary':
        this.expr(e.left, scope);
        this.expr(e.right, scope);
        break;
      case 'MethodCall':
        this.legacy(e.method.span, 'method call syntax');
        this.expr(e.receiver, scope);
        for (const a of e.args) this.expr(a, scope);
        break;
      case 'Index':
        this.legacy(e.span, 'index syntax');
        this.expr(e.expr, scope);
        for (const i of e.indices) this.expr(i, scope);
        break;
      case 'Assign':
        this.expr(e.value, scope);
        this.target(e.lhs, scope);
        break;
      case 'If':
        this.expr(e.cond, scope);
        this.block(() => this.expr(e.then, scope));
        if (e.else) this.block(() => this.expr(e.else!, scope));
        break;
      case 'While':
        this.expr(e.cond, scope);
        this.block(() => this.expr(e.body, scope));
        break;
      case 'Loop':
        this.block(() => this.expr(e.body, scope));
        break;
      case 'Block':
        this.blockExpr(e, scope);
        break;
      case 'Break':
      case 'Return':
        if (e.value) this.expr(e.value, scope);
        break;
      case 'Abort':
        if (e.code) this.expr(e.code, scope);
        break;
      case 'Match':
        this.legacy(e.span, '`match`');
        this.expr(e.subject, scope);
        for (const arm of e.arms) {
          this.block(() => {
            this.pattern(arm.pattern, scope, 'match');
            if (arm.guard) this.expr(arm.guard, scope);
            this.expr(arm.body, scope);
          });
        }
        break;
      case 'Lambda':
        this.legacy(e.span, 'a lambda');
        this.block(() => {
          for (const p of e.params) this.pattern(p.pattern, scope, 'lambda');
          this.expr(e.body, scope);
        });
        break;
      default:
        break;
    }
  }

  private blockExpr(b: A.BlockExpr, outer: Scope): void {
    const scope = this.blockScopes.get(b) ?? outer;
    this.block(() => {
      for (const s of b.statements) {
        if (s.kind === 'Let') {
          if (s.value) this.expr(s.value, scope);
          this.pattern(s.pattern, scope, 'let');
        } else if (s.kind === 'ExprStmt') this.expr(s.expr, scope);
      }
      if (b.tail) this.expr(b.tail, scope);
    });
    if (scope !== outer && !allowed(outer.self.decl.attributes).has('unused_use')) {
      for (const u of scope.unusedAliases()) this.reporter.add('W09002', u.span, { message: `unused alias \`${u.name}\``, label: 'never used', notes: ['remove the `use`'] });
    }
  }

  /** `x`, `CONST`, `Self::CONST`, `E::V`, `m::E::V`, `a::m::E::V`. */
  private name(e: A.NameExpr, scope: Scope): void {
    const names = e.path.names;
    if (!e.path.address && names.length === 1) {
      const n = names[0]!.name;
      const b = this.locals.lookup(n);
      if (b) {
        b.used = true;
        this.out.names.set(e, { kind: 'local', binding: b });
        return;
      }
      const c = scope.self.constants.get(n);
      if (c) {
        this.usedConstants.add(c);
        this.out.names.set(e, { kind: 'constant', module: scope.self.key, decl: c });
        return;
      }
      this.reporter.add('E03006', e.path.span, { message: `unbound variable \`${n}\``, label: 'no local or constant of this name' });
      return;
    }
    // A variant `E::V` (or qualified), or a constant of some module.
    const variant = this.variantPath(e.path, scope);
    if (variant === null) return;
    if (variant) {
      this.checkDatatypeModule(variant.module, scope, e.path.span, 'construct');
      this.out.names.set(e, { kind: 'variant', module: variant.module, decl: variant.decl, variant: variant.variant });
      return;
    }
    const mod = scope.resolveModulePrefix(e.path, names.length - 1, this.reporter);
    if (!mod) return;
    const last = names[names.length - 1]!;
    const c = mod.constants.get(last.name);
    if (!c) {
      this.reporter.add('E03003', last.span, { message: `unbound constant \`${last.name}\` in module \`${mod.display}\``, label: 'not declared there' });
      return;
    }
    if (mod !== scope.self) {
      this.reporter.add('E03010', e.path.span, { message: `constant \`${mod.display}::${last.name}\` is internal to its module`, label: 'not accessible here' });
      return;
    }
    this.usedConstants.add(c);
    this.out.names.set(e, { kind: 'constant', module: mod.key, decl: c });
  }

  private call(e: A.CallExpr, scope: Scope): void {
    if (e.isMacro && !(e.path.names.length === 1 && e.path.names[0]!.name === 'assert')) this.legacy(e.path.span, 'a macro call');
    for (const a of e.args) this.expr(a, scope);
    const names = e.path.names;
    const single = !e.path.address && names.length === 1 ? names[0]!.name : undefined;
    if (single !== undefined) {
      const b = this.locals.lookup(single);
      if (b && !e.isMacro) {
        b.used = true;
        this.out.calls.set(e, { kind: 'local', binding: b });
        return;
      }
      const own = scope.self.functions.get(single);
      const ref = own ? undefined : scope.lookupMember(single);
      const viaAlias = ref ? scope.table.modules.get(ref.module) : undefined;
      const fn = own ?? viaAlias?.functions.get(ref!.name);
      if (fn) return this.callFunction(e, scope, own ? scope.self : viaAlias!, fn);
      const dt = scope.self.datatypes.get(single) ?? viaAlias?.datatypes.get(ref!.name);
      if (dt && dt.kind === 'Struct' && !e.isMacro) {
        const module = scope.self.datatypes.get(single) ? scope.self : viaAlias!;
        this.checkDatatypeModule(module.key, scope, e.path.span, 'pack');
        this.out.calls.set(e, { kind: 'pack', datatype: { kind: 'struct', module: module.key, decl: dt } });
        return;
      }
      if (e.isMacro && BUILTIN_MACROS.has(single)) {
        this.out.calls.set(e, { kind: 'builtin', name: 'assert' });
        return;
      }
      if (e.isMacro && single === 'assert_eq') {
        // `assert_eq!` lives in std::unit_test; Sui code often calls it unimported in tests.
        const ut = scope.table.modules.get(moduleKey(0x1n, 'unit_test'));
        const m = ut?.functions.get('assert_eq');
        if (ut && m) return this.callFunction(e, scope, ut, m);
      }
      if (!e.isMacro && BUILTIN_FUNCTIONS.has(single)) {
        this.out.calls.set(e, { kind: 'builtin', name: 'freeze' });
        return;
      }
      this.reporter.add('E03007', e.path.span, { message: `unbound function \`${single}\``, label: 'no function of this name is in scope' });
      return;
    }
    // `E::V(..)`, `m::E::V(..)`: positional variants.
    const variant = this.variantPath(e.path, scope);
    if (variant === null) return;
    if (variant) {
      this.checkDatatypeModule(variant.module, scope, e.path.span, 'construct');
      this.out.calls.set(e, { kind: 'pack', datatype: { kind: 'variant', module: variant.module, decl: variant.decl, variant: variant.variant } });
      return;
    }
    const mod = scope.resolveModulePrefix(e.path, names.length - 1, this.reporter);
    if (!mod) return;
    const last = names[names.length - 1]!;
    const fn = mod.functions.get(last.name);
    if (fn) return this.callFunction(e, scope, mod, fn);
    const dt = mod.datatypes.get(last.name);
    if (dt?.kind === 'Struct' && !e.isMacro) {
      this.checkDatatypeModule(mod.key, scope, e.path.span, 'pack');
      this.out.calls.set(e, { kind: 'pack', datatype: { kind: 'struct', module: mod.key, decl: dt } });
      return;
    }
    this.reporter.add('E03007', last.span, { message: `unbound function \`${mod.display}::${last.name}\``, label: 'not declared in that module' });
  }

  private callFunction(e: A.CallExpr, scope: Scope, mod: ModuleEntry, fn: A.FunctionDecl): void {
    if (fn.isMacro !== e.isMacro) {
      this.reporter.add('E03011', e.path.span, {
        message: fn.isMacro ? `\`${fn.name.name}\` is a macro; call it as \`${fn.name.name}!(...)\`` : `\`${fn.name.name}\` is not a macro; call it without \`!\``,
        label: fn.isMacro ? 'add `!`' : 'remove `!`',
      });
    }
    this.checkVisibility(mod, fn, scope, e.path.span);
    this.out.calls.set(e, { kind: 'function', module: mod.key, decl: fn });
  }

  private checkVisibility(mod: ModuleEntry, fn: A.FunctionDecl, scope: Scope, at: Span): void {
    reportInvisible(mod, fn, scope.self, at, this.reporter);
  }

  private checkDatatypeModule(module: ModuleKey, scope: Scope, at: Span, verb: 'pack' | 'unpack' | 'construct'): void {
    if (module === scope.self.key) return;
    const shown = scope.table.modules.get(module)?.display ?? module;
    this.reporter.add('E03009', at, {
      message: `cannot ${verb} a type of module \`${shown}\` here`,
      label: `only \`${shown}\` can ${verb} it`,
      notes: ['use a public function of that module instead'],
    });
  }

  /**
   * A path naming an enum variant: `E::V` (E in scope), `m::E::V`, `a::m::E::V`. Undefined when
   * the path names something else; null (reported) for an unknown variant of a known enum.
   */
  private variantPath(path: A.NamePath, scope: Scope): { module: ModuleKey; decl: A.EnumDecl; variant: A.VariantDecl } | null | undefined {
    const names = path.names;
    if (names.length < 2) return undefined;
    const enumName = names[names.length - 2]!;
    const variantName = names[names.length - 1]!;
    let decl: A.StructDecl | A.EnumDecl | undefined;
    let module: ModuleEntry | undefined;
    if (!path.address && names.length === 2) {
      decl = scope.self.datatypes.get(enumName.name);
      module = decl ? scope.self : undefined;
      if (!decl) {
        const ref = scope.lookupMember(enumName.name);
        module = ref ? scope.table.modules.get(ref.module) : undefined;
        decl = ref ? module?.datatypes.get(ref.name) : undefined;
      }
    } else if (names.length >= 3) {
      module = this.quietModulePrefix(path, names.length - 2, scope);
      decl = module?.datatypes.get(enumName.name);
    }
    if (!decl || decl.kind !== 'Enum' || !module) return undefined;
    const variant = decl.variants.find((v) => v.name.name === variantName.name);
    if (!variant) {
      this.reporter.add('E03003', variantName.span, { message: `enum \`${decl.name.name}\` has no variant \`${variantName.name}\``, label: 'unknown variant' });
      return null;
    }
    return { module: module.key, decl, variant };
  }

  /** Like Scope.resolveModulePrefix, but silent: used to probe whether a path is a variant. */
  private quietModulePrefix(path: A.NamePath, count: number, scope: Scope): ModuleEntry | undefined {
    return scope.resolveModulePrefix(path, count, silent());
  }

  /** The struct or variant a pack or unpack path names. */
  private datatype(path: A.NamePath, scope: Scope, verb: 'pack' | 'unpack'): DatatypeRef | undefined {
    const variant = this.variantPath(path, scope);
    if (variant === null) return undefined;
    if (variant) {
      this.checkDatatypeModule(variant.module, scope, path.span, verb);
      return { kind: 'variant', ...variant };
    }
    const target = scope.resolveType(path, new Set(), this.reporter);
    if (!target) return undefined;
    if (target.kind !== 'datatype' || target.decl.kind !== 'Struct') {
      this.reporter.add('E03007', path.span, { message: `\`${path.names.map((n) => n.name).join('::')}\` is not a struct or enum variant`, label: `cannot ${verb} this` });
      return undefined;
    }
    this.checkDatatypeModule(target.module, scope, path.span, verb);
    return { kind: 'struct', module: target.module, decl: target.decl };
  }

  // --- patterns and assignment targets --------------------------------------------------------

  private pattern(p: A.Pattern, scope: Scope, kind: Binding['kind']): void {
    switch (p.kind) {
      case 'Bind':
        this.declare(p.name, p.mutable, kind, p);
        break;
      case 'At':
        this.declare(p.name, p.mutable, kind, p);
        this.pattern(p.pattern, scope, kind);
        break;
      case 'Tuple':
        for (const x of p.elements) this.pattern(x, scope, kind);
        break;
      case 'Or':
        // Every alternative binds the same names; the first one declares them.
        if (p.alternatives[0]) this.pattern(p.alternatives[0], scope, kind);
        for (const alt of p.alternatives.slice(1)) this.patternPaths(alt, scope);
        break;
      case 'Unpack': {
        const d = this.datatype(p.path, scope, 'unpack');
        if (d) this.out.packs.set(p, d);
        if (p.fields?.kind === 'Named') for (const f of p.fields.fields) this.pattern(f.pattern, scope, kind);
        else if (p.fields?.kind === 'Positional') for (const x of p.fields.elements) this.pattern(x, scope, kind);
        break;
      }
      default:
        break;
    }
  }

  /** Resolves the datatype paths of an or-pattern alternative without declaring its bindings again. */
  private patternPaths(p: A.Pattern, scope: Scope): void {
    if (p.kind === 'Unpack') {
      const d = this.datatype(p.path, scope, 'unpack');
      if (d) this.out.packs.set(p, d);
      const subs = p.fields?.kind === 'Named' ? p.fields.fields.map((f) => f.pattern) : p.fields?.kind === 'Positional' ? p.fields.elements : [];
      for (const s of subs) this.patternPaths(s, scope);
    } else if (p.kind === 'Tuple' || p.kind === 'Or') {
      for (const s of p.kind === 'Tuple' ? p.elements : p.alternatives) this.patternPaths(s, scope);
    } else if (p.kind === 'At') this.patternPaths(p.pattern, scope);
  }

  private target(t: A.AssignTarget, scope: Scope): void {
    switch (t.kind) {
      case 'Name': {
        if (t.path.names[0]!.name === '_') return;
        this.requireMut(t, scope, 'assigned');
        this.expr(t, scope);
        break;
      }
      case 'TupleTarget':
        for (const x of t.elements) this.target(x, scope);
        break;
      case 'UnpackTarget': {
        const d = this.datatype(t.path, scope, 'unpack');
        if (d) this.out.packs.set(t, d);
        if (t.fields.kind === 'Named') for (const f of t.fields.fields) this.target(f.target, scope);
        else for (const x of t.fields.elements) if (x.kind !== 'Rest') this.target(x, scope);
        break;
      }
      default:
        this.expr(t, scope);
    }
  }

  /** 2024: assigning to a local, or borrowing it `&mut`, needs it declared `mut`. */
  private requireMut(e: A.Expr, scope: Scope, what: string): void {
    if (e.kind !== 'Name' || e.path.names.length !== 1 || e.path.address) return;
    const b = this.locals.lookup(e.path.names[0]!.name);
    if (b) b.mutated = true;
    if (scope.self.unit.package.edition !== '2024') return;
    if (!b || b.mutable || b.name.startsWith('$')) return;
    this.reporter.add('E02007', e.span, {
      message: `\`${b.name}\` is ${what} but not declared \`mut\``,
      label: `${what} here`,
      secondary: [{ span: b.span, message: b.kind === 'param' ? `declare it \`mut ${b.name}\`` : `declare it \`let mut ${b.name}\`` }],
    });
  }
}

/**
 * Reports (E03008) a call from `caller` to `fn` of `mod` that its visibility forbids: private
 * functions outside their module, `public(package)` outside their package, `public(friend)`
 * outside the modules its module lists as friends. Used for calls and for method calls.
 */
export function reportInvisible(mod: ModuleEntry, fn: A.FunctionDecl, caller: ModuleEntry, at: Span, reporter: Reporter): void {
  if (mod === caller) return;
  const name = `${mod.display}::${fn.name.name}`;
  let why: string;
  switch (fn.visibility) {
    case 'public':
      return;
    case 'private':
      why = `\`${name}\` is private to module \`${mod.display}\``;
      break;
    case 'package':
      if (mod.unit.package.name === caller.unit.package.name) return;
      why = `\`${name}\` is \`public(package)\`: only package \`${mod.unit.package.name}\` may call it`;
      break;
    case 'friend':
      if (isFriend(mod, caller)) return;
      why = `\`${name}\` is \`public(friend)\` and \`${caller.display}\` is not a friend of \`${mod.display}\``;
      break;
  }
  reporter.add('E03008', at, { message: why, label: 'called here', secondary: [{ span: fn.name.span, message: 'declared here' }] });
}

function isFriend(mod: ModuleEntry, caller: ModuleEntry): boolean {
  for (const m of mod.decl.members) {
    if (m.kind !== 'Friend') continue;
    const p = m.module;
    const names = p.names;
    let key: ModuleKey | undefined;
    if (p.address && names.length === 1) key = moduleKey(p.address.value, names[0]!.name);
    else if (!p.address && names.length === 2) {
      const addr = resolveAddress(names[0]!, mod.unit.package, silent());
      if (addr !== undefined) key = moduleKey(addr, names[1]!.name);
    }
    if (key === caller.key) return true;
  }
  return false;
}

/** Lookups whose failure is not an error (probing whether a path is a variant) report here. */
function silent(): Reporter {
  return new Reporter();
}

/** Lint names listed in `#[allow(...)]` attributes. */
export function allowed(attrs: readonly A.Attribute[]): Set<string> {
  const out = new Set<string>();
  for (const a of attrs) if (a.name.name === 'allow' && a.args) for (const x of a.args) out.add(x.name.name);
  return out;
}

