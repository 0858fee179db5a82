// Module scopes: a module's `use` declarations, the 2024 implicit imports and `Self` in; the
// aliases visible in the module out, and the lookups that resolve a written path to a module,
// a member or a type. Block-level `use` makes a child scope.

import type { Reporter } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/source.js';
import type * as A from '../parser/ast.js';
import { moduleKey, resolveAddress, type ModuleEntry, type ModuleKey, type ModuleTable, type PackageContext } from './module-table.js';

export interface MemberRef {
  module: ModuleKey;
  name: string;
}

interface Alias<T> {
  target: T;
  /** Where the `use` introduced it; absent for implicit imports and `Self`. */
  span?: Span;
  /** Set when a lookup goes through this alias (for unused-`use` warnings). */
  used?: boolean;
}

export const BUILTIN_TYPES = new Set(['u8', 'u16', 'u32', 'u64', 'u128', 'u256', 'bool', 'address', 'signer', 'vector']);

/** What a type name refers to. */
export type TypeTarget =
  | { kind: 'builtin'; name: string }
  /** `_`: a type left for inference, allowed in macro signatures and function bodies. */
  | { kind: 'infer' }
  | { kind: 'typeParam'; name: string }
  | { kind: 'datatype'; module: ModuleKey; name: string; decl: A.StructDecl | A.EnumDecl };

/**
 * The 2024 implicit imports, as Sui defines them: applied when the module they name is part of
 * the build (a std-only package has no `sui::object`).
 */
const IMPLICIT_IMPORTS: ReadonlyArray<{ address: bigint; module: string; members: string[] }> = [
  { address: 0x1n, module: 'vector', members: [] },
  { address: 0x1n, module: 'option', members: ['Option'] },
  { address: 0x2n, module: 'object', members: ['ID', 'UID'] },
  { address: 0x2n, module: 'transfer', members: [] },
  { address: 0x2n, module: 'tx_context', members: ['TxContext'] },
];

export class Scope {
  readonly modules = new Map<string, Alias<ModuleKey>>();
  readonly members = new Map<string, Alias<MemberRef>>();

  constructor(
    readonly table: ModuleTable,
    readonly self: ModuleEntry,
    readonly parent?: Scope,
  ) {}

  get pkg(): PackageContext {
    return this.self.unit.package;
  }

  lookupModule(name: string): ModuleKey | undefined {
    const alias = this.modules.get(name);
    if (alias) {
      alias.used = true;
      return alias.target;
    }
    return this.parent?.lookupModule(name);
  }

  lookupMember(name: string): MemberRef | undefined {
    const alias = this.members.get(name);
    if (alias) {
      alias.used = true;
      return alias.target;
    }
    return this.parent?.lookupMember(name);
  }

  /** Aliases that `use` declarations of this scope introduced and nothing looked up. */
  unusedAliases(): Array<{ name: string; span: Span }> {
    const out: Array<{ name: string; span: Span }> = [];
    for (const map of [this.modules, this.members] as Array<Map<string, Alias<unknown>>>) {
      for (const [name, alias] of map) if (alias.span && !alias.used) out.push({ name, span: alias.span });
    }
    return out.sort((a, b) => a.span.start - b.span.start);
  }

  /** Adds the aliases of one `use` declaration; reports unbound modules and members. */
  addUse(use: A.UseDecl, reporter: Reporter): void {
    const address = resolveAddress(use.address, this.pkg, reporter);
    if (address === undefined) return;
    for (const entry of use.entries) {
      const key = moduleKey(address, entry.module.name);
      const mod = this.table.modules.get(key);
      if (!mod) {
        reporter.add('E03002', entry.module.span, { message: `unbound module \`${writtenAddress(use.address)}::${entry.module.name}\``, label: 'no such module in this package or its dependencies' });
        continue;
      }
      if (!entry.members) {
        this.defineModule(entry.alias ?? entry.module, key, reporter);
        continue;
      }
      for (const m of entry.members) {
        if (m.name.name === 'Self') {
          this.defineModule(m.alias ?? entry.module, key, reporter);
        } else if (!hasMember(mod, m.name.name)) {
          reporter.add('E03003', m.name.span, { message: `unbound member \`${m.name.name}\` in module \`${mod.display}\``, label: 'not declared there' });
        } else {
          this.defineMember(m.alias ?? m.name, { module: key, name: m.name.name }, reporter);
        }
      }
    }
  }

  private defineModule(name: A.Ident, key: ModuleKey, reporter: Reporter): void {
    this.define('modules', name, key, reporter);
  }

  private defineMember(name: A.Ident, ref: MemberRef, reporter: Reporter): void {
    if (!this.parent && hasMember(this.self, name.name)) {
      reporter.add('E03005', name.span, {
        message: `\`${name.name}\` is already declared in this module`,
        label: 'imported here',
        notes: ['import it under another name with `as`'],
      });
      return;
    }
    this.define('members', name, ref, reporter);
  }

  private define(kind: 'modules' | 'members', name: A.Ident, target: ModuleKey | MemberRef, reporter: Reporter): void {
    const map = this[kind] as Map<string, Alias<unknown>>;
    const same = (a: unknown): boolean => a === target || JSON.stringify(a) === JSON.stringify(target);
    const existing = map.get(name.name);
    // An implicit import (no span) of the very same thing makes the `use` redundant (2024).
    const implicit = existing ? (existing.span ? undefined : existing) : this.parent?.implicitAlias(kind, name.name);
    if (implicit && same(implicit.target)) {
      const what = kind === 'modules' ? `module \`${name.name}\`` : `\`${name.name}\``;
      reporter.add('W09011', name.span, {
        message: `redundant alias: ${what} is already imported implicitly`,
        label: 'unnecessary in Move 2024',
        notes: ['Move 2024 imports `std::vector`, `std::option::{Self, Option}`, `sui::object::{Self, ID, UID}`, `sui::transfer` and `sui::tx_context::{Self, TxContext}` in every module; remove this `use`'],
      });
      return;
    }
    // Explicit imports may shadow implicit ones (which have no span).
    if (existing?.span) {
      if (same(existing.target)) return;
      reporter.add('E03005', name.span, {
        message: `duplicate alias \`${name.name}\``,
        label: 'introduced again here',
        secondary: [{ span: existing.span, message: 'first introduced here' }],
      });
      return;
    }
    map.set(name.name, { target, span: name.span });
  }

  /** The implicit import of `name` visible here, if the name is not shadowed on the way. */
  private implicitAlias(kind: 'modules' | 'members', name: string): Alias<unknown> | undefined {
    const alias = (this[kind] as Map<string, Alias<unknown>>).get(name);
    if (alias) return alias.span ? undefined : alias;
    return this.parent?.implicitAlias(kind, name);
  }

  /**
   * Resolves a type path: a type parameter, a builtin, a type of this module, an imported type,
   * `m::T` through a module alias, `addr::m::T`, or `0x2::m::T`. Reports what it cannot resolve.
   */
  resolveType(path: A.NamePath, typeParams: ReadonlySet<string>, reporter: Reporter, allowInfer = false): TypeTarget | undefined {
    const names = path.names;
    if (!path.address && names.length === 1) {
      const n = names[0]!.name;
      if (n === '_') {
        if (allowInfer) return { kind: 'infer' };
        reporter.add('E03004', path.span, { message: 'the placeholder type `_` is not allowed here', label: 'write the type', notes: ['`_` may stand for a type only in macro signatures and inside function bodies'] });
        return undefined;
      }
      if (typeParams.has(n)) return { kind: 'typeParam', name: n };
      const own = this.self.datatypes.get(n);
      if (own) return { kind: 'datatype', module: this.self.key, name: n, decl: own };
      const ref = this.lookupMember(n);
      if (ref) {
        const decl = this.table.modules.get(ref.module)?.datatypes.get(ref.name);
        if (decl) return { kind: 'datatype', module: ref.module, name: ref.name, decl };
      }
      if (BUILTIN_TYPES.has(n)) return { kind: 'builtin', name: n };
      reporter.add('E03004', path.span, { message: `unbound type \`${n}\``, label: 'no type of this name is in scope' });
      return undefined;
    }
    const mod = this.resolveModulePrefix(path, names.length - 1, reporter);
    if (!mod) return undefined;
    const last = names[names.length - 1]!;
    const decl = mod.datatypes.get(last.name);
    if (!decl) {
      reporter.add('E03003', last.span, { message: `unbound type \`${last.name}\` in module \`${mod.display}\``, label: 'no struct or enum of this name there' });
      return undefined;
    }
    return { kind: 'datatype', module: mod.key, name: last.name, decl };
  }

  /** The module named by the first `count` segments of a path (`m`, `Self`, `a::m`, `0x2::m`). */
  resolveModulePrefix(path: A.NamePath, count: number, reporter: Reporter): ModuleEntry | undefined {
    const names = path.names;
    let key: ModuleKey | undefined;
    let at: A.Ident;
    if (path.address && count === 1) {
      at = names[0]!;
      key = moduleKey(path.address.value, at.name);
    } else if (!path.address && count === 1) {
      at = names[0]!;
      key = at.name === 'Self' ? this.self.key : this.lookupModule(at.name);
      if (!key) {
        reporter.add('E03002', at.span, { message: `unbound module \`${at.name}\``, label: 'no module of this name is in scope', notes: [`import it with \`use <address>::${at.name};\``] });
        return undefined;
      }
    } else if (!path.address && count === 2) {
      at = names[1]!;
      const address = resolveAddress(names[0]!, this.pkg, reporter);
      if (address === undefined) return undefined;
      key = moduleKey(address, at.name);
    } else {
      reporter.add('E03002', path.span, { message: 'invalid module path', label: 'expected `module`, `address::module` or `0x..::module`' });
      return undefined;
    }
    const mod = this.table.modules.get(key);
    if (!mod) {
      const written = path.names.slice(0, count).map((n) => n.name);
      const text = path.address && count === 1 ? `0x${path.address.value.toString(16)}::${written[0]}` : written.join('::');
      reporter.add('E03002', at.span, { message: `unbound module \`${text}\``, label: 'no such module in this package or its dependencies' });
    }
    return mod;
  }
}

function writtenAddress(a: A.LeadingAddress): string {
  return 'name' in a ? a.name : `0x${a.value.toString(16)}`;
}

export function hasMember(mod: ModuleEntry, name: string): boolean {
  return mod.datatypes.has(name) || mod.functions.has(name) || mod.constants.has(name);
}

/** The module-level scope: `Self`, implicit imports (2024), then the module's own `use`s. */
export function moduleScope(table: ModuleTable, entry: ModuleEntry, reporter: Reporter): Scope {
  const scope = new Scope(table, entry);
  scope.modules.set('Self', { target: entry.key });
  if (entry.unit.package.edition === '2024') {
    for (const imp of IMPLICIT_IMPORTS) {
      const key = moduleKey(imp.address, imp.module);
      const mod = table.modules.get(key);
      if (!mod || key === entry.key) continue;
      scope.modules.set(imp.module, { target: key });
      for (const m of imp.members) if (mod.datatypes.has(m) && !entry.datatypes.has(m)) scope.members.set(m, { target: { module: key, name: m } });
    }
  }
  for (const m of entry.decl.members) if (m.kind === 'Use') scope.addUse(m, reporter);
  return scope;
}
