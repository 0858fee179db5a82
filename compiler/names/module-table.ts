// Parsed files of a package and its dependencies in; the global module table out: every module
// under its canonical key (`0x2::coin`), with its members indexed by name. Reports duplicate
// modules and members (E02001, E02002), duplicate fields, variants, type parameters and
// parameters (E02003..E02006), and unbound named addresses (E03001). `#[test_only]` modules and
// members, and `#[test]` functions, exist only in test builds.

import type { Reporter } from '../diagnostics/diagnostic.js';
import type { SourceFile, Span } from '../diagnostics/source.js';
import type * as A from '../parser/ast.js';

export type Edition = '2024' | 'legacy';

/** What the names stage needs to know about the package a file belongs to. */
export interface PackageContext {
  name: string;
  edition: Edition;
  /** Named addresses visible to this package (its own merged with its dependencies'). */
  addresses: ReadonlyMap<string, bigint | null>;
  /** Part of the bundled standard library: it may do what Sui lets only the framework do. */
  bundled?: boolean;
}

export interface CompilationUnit {
  source: SourceFile;
  ast: A.FileAst;
  package: PackageContext;
}

export type ModuleKey = string;

export type MemberDecl = A.StructDecl | A.EnumDecl | A.FunctionDecl | A.ConstantDecl;

export interface ModuleEntry {
  key: ModuleKey;
  /** As written in its declaration (`sui::coin`, `0x2::coin`): what messages show. */
  display: string;
  address: bigint;
  name: string;
  decl: A.ModuleDecl;
  unit: CompilationUnit;
  /** Structs and enums, by name. */
  datatypes: Map<string, A.StructDecl | A.EnumDecl>;
  functions: Map<string, A.FunctionDecl>;
  constants: Map<string, A.ConstantDecl>;
}

export interface ModuleTable {
  modules: Map<ModuleKey, ModuleEntry>;
}

/** `0x2::coin`: the address in lowercase hex without leading zeros, then the module name. */
export function moduleKey(address: bigint, name: string): ModuleKey {
  return `0x${address.toString(16)}::${name}`;
}

export function hasAttribute(attrs: readonly A.Attribute[], name: string): boolean {
  return attrs.some((a) => a.name.name === name);
}

/** Test-only code is dropped outside test builds: `#[test_only]` items and `#[test]` functions. */
function inBuild(attrs: readonly A.Attribute[], test: boolean): boolean {
  return test || !(hasAttribute(attrs, 'test_only') || hasAttribute(attrs, 'test') || hasAttribute(attrs, 'random_test'));
}

/** The numeric value of a leading address, or undefined (reported) when a named one is unbound. */
export function resolveAddress(addr: A.LeadingAddress, pkg: PackageContext, reporter: Reporter): bigint | undefined {
  if ('value' in addr) return addr.value;
  const value = pkg.addresses.get(addr.name);
  if (value === undefined) {
    reporter.add('E03001', addr.span, {
      message: `unbound named address \`${addr.name}\``,
      label: 'not defined in [addresses]',
      notes: [`add \`${addr.name} = "0x..."\` to [addresses] in Move.toml of package \`${pkg.name}\``],
    });
    return undefined;
  }
  // An unassigned address (`"_"`) still names the package's own modules; it is 0x0 until published.
  return value ?? 0n;
}

export function buildModuleTable(units: readonly CompilationUnit[], test: boolean, reporter: Reporter): ModuleTable {
  const modules = new Map<ModuleKey, ModuleEntry>();
  for (const unit of units) {
    for (const decl of unit.ast.modules) {
      if (!inBuild(decl.attributes, test)) continue;
      if (!decl.address) {
        reporter.add('E03001', decl.name.span, { message: `module \`${decl.name.name}\` has no address`, label: 'write `module addr::name`' });
        continue;
      }
      const address = resolveAddress(decl.address, unit.package, reporter);
      if (address === undefined) continue;
      const key = moduleKey(address, decl.name.name);
      const existing = modules.get(key);
      if (existing) {
        reporter.add('E02001', decl.name.span, {
          message: `duplicate module \`${existing.display}\``,
          label: 'declared again here',
          secondary: [{ span: existing.decl.name.span, message: 'first declared here' }],
        });
        continue;
      }
      modules.set(key, indexModule(key, address, decl, unit, test, reporter));
    }
  }
  return { modules };
}

function indexModule(key: ModuleKey, address: bigint, decl: A.ModuleDecl, unit: CompilationUnit, test: boolean, reporter: Reporter): ModuleEntry {
  const written = decl.address && 'name' in decl.address ? decl.address.name : `0x${address.toString(16)}`;
  const entry: ModuleEntry = { key, display: `${written}::${decl.name.name}`, address, name: decl.name.name, decl, unit, datatypes: new Map(), functions: new Map(), constants: new Map() };
  // Structs, enums, functions and constants share one namespace within a module.
  const seen = new Map<string, Span>();
  for (const m of decl.members) {
    if (m.kind === 'Use' || m.kind === 'UseFun' || m.kind === 'Friend') continue;
    if (!inBuild(m.attributes, test)) continue;
    const name = m.name.name;
    const first = seen.get(name);
    if (first) {
      reporter.add('E02002', m.name.span, {
        message: `duplicate member \`${name}\` in module \`${entry.display}\``,
        label: 'declared again here',
        secondary: [{ span: first, message: 'first declared here' }],
      });
      continue;
    }
    seen.set(name, m.name.span);
    if (m.kind === 'Struct' || m.kind === 'Enum') {
      entry.datatypes.set(name, m);
      checkDatatype(m, reporter);
    } else if (m.kind === 'Function') {
      entry.functions.set(name, m);
      checkUnique(m.typeParams.map((t) => t.name), 'E02005', 'type parameter', reporter);
      checkUnique(m.params.map((p) => p.name), 'E02006', 'parameter', reporter);
    } else {
      entry.constants.set(name, m);
    }
  }
  return entry;
}

function checkDatatype(d: A.StructDecl | A.EnumDecl, reporter: Reporter): void {
  checkUnique(d.typeParams.map((t) => t.name), 'E02005', 'type parameter', reporter);
  const fieldsOf = (f: A.DatatypeFields | undefined) => (f?.kind === 'Named' ? f.fields.map((x) => x.name) : []);
  if (d.kind === 'Struct') {
    checkUnique(fieldsOf(d.fields), 'E02003', 'field', reporter);
  } else {
    checkUnique(d.variants.map((v) => v.name), 'E02004', 'variant', reporter);
    for (const v of d.variants) checkUnique(fieldsOf(v.fields), 'E02003', 'field', reporter);
  }
}

function checkUnique(names: readonly A.Ident[], code: 'E02003' | 'E02004' | 'E02005' | 'E02006', what: string, reporter: Reporter): void {
  const seen = new Map<string, Span>();
  for (const n of names) {
    const first = seen.get(n.name);
    if (first) {
      reporter.add(code, n.span, { message: `duplicate ${what} \`${n.name}\``, label: 'declared again here', secondary: [{ span: first, message: 'first declared here' }] });
    } else seen.set(n.name, n.span);
  }
}
