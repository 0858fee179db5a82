// The compiler pipeline: a package (or loose sources) in, parsed and name-resolved modules and
// diagnostics out. This is the only file that knows the order of the stages; callers (CLI,
// REPL, tests) can stop after any stage with `options.stopAfter`.
//
// Stages so far: package loading (Move.toml, sources, bundled stdlib) -> parsing (tokens -> CST
// -> AST) -> names (module table, scopes, value and type resolution) -> typing. Abilities,
// linearity, references, object rules and codegen plug in after.

import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.js';
import { SourceMap, type SourceFile } from './diagnostics/source.js';
import { resolveNames, type CompilationUnit, type ModuleKey, type PackageContext, type ResolvedNames } from './names/index.js';
import { loadPackage, packagesInOrder, type LoadedPackage } from './package/index.js';
import type { FileAst } from './parser/ast.js';
import { parseFile } from './parser/index.js';
import { checkTypes, type TypedProgram } from './typing/check.js';
import { checkLinearity } from './ownership/linearity.js';
import { generateModules } from './codegen/index.js';
import type { CompiledModule } from '../vm/bytecode/module.js';
import { analyzeSharing, type SharingReport } from './ownership/sharing.js';
import { checkObjectRules } from './ownership/objects.js';
import { checkDeclarations } from './ownership/declarations.js';
import { checkReturnedReferences } from './ownership/references.js';
import { checkBorrows } from './ownership/borrows.js';
import { checkWellFormed } from './typing/wellformed.js';
import { checkUnused } from './names/unused.js';
import { BUNDLED, bundledSources, stdlibRoot, type BundledPackage } from '../stdlib/index.js';
import { cachedAsts } from './package/stdlib-cache.js';

export type Stage = 'parse' | 'names' | 'typing' | 'ownership' | 'codegen';

export interface CompileOptions {
  /** Stop after this stage (the last one that exists by default). */
  stopAfter?: Stage;
  /** Test mode: `#[test_only]` code and `#[test]` functions are part of the build. */
  test?: boolean;
}

export interface ParsedFile {
  source: SourceFile;
  ast: FileAst;
  package: PackageContext;
  /** Part of the bundled standard library rather than the user's packages. */
  bundled: boolean;
}

export interface CompileResult {
  ok: boolean;
  /** The user's files (the bundled library's are left out). */
  files: ParsedFile[];
  diagnostics: Diagnostic[];
  /** Every file the diagnostics may point into, for rendering. */
  sources: SourceMap;
  names?: ResolvedNames;
  typed?: TypedProgram;
  /** Sharing classification of the user's key types and public/entry functions. */
  sharing?: SharingReport;
  /** Bytecode of every module, the bundled library's included (when the build got that far). */
  modules?: Map<ModuleKey, CompiledModule>;
}

export interface SourceInput {
  source: SourceFile;
  package: PackageContext;
}

/** The bundled packages' parsed files: from the on-disk cache, and kept for the process. */
const bundledCache = new Map<BundledPackage['folder'], ParsedFile[]>();

function bundledFiles(pkg: BundledPackage): ParsedFile[] {
  let files = bundledCache.get(pkg.folder);
  if (!files) {
    const context: PackageContext = { name: pkg.name, edition: '2024', addresses: bundledAddresses(pkg), bundled: true };
    const sources = bundledSources(pkg.folder);
    const asts = cachedAsts(stdlibRoot(), pkg.folder, sources, (f) => parseFile(f).ast);
    files = sources.map((source, i) => ({ source, ast: asts[i]!, package: context, bundled: true }));
    bundledCache.set(pkg.folder, files);
  }
  return files;
}

function bundledAddresses(pkg: BundledPackage): Map<string, bigint> {
  const out = new Map<string, bigint>([[pkg.addressName, pkg.address]]);
  for (const dep of pkg.dependsOn) {
    const d = BUNDLED.find((b) => b.name === dep)!;
    out.set(d.addressName, d.address);
  }
  return out;
}

/**
 * Compiles source files against the bundled libraries named in `bundled`. Loose files (tests,
 * the REPL) and packages both come through here.
 */
export function compileSources(inputs: readonly SourceInput[], bundled: { std: boolean; sui: boolean }, options: CompileOptions = {}): CompileResult {
  const sources = new SourceMap();
  const diagnostics: Diagnostic[] = [];
  const files: ParsedFile[] = [];
  for (const { source, package: pkg } of inputs) {
    sources.add(source);
    const r = parseFile(source);
    diagnostics.push(...r.diagnostics);
    files.push({ source, ast: r.ast, package: pkg, bundled: false });
  }
  const result = (names?: ResolvedNames, typed?: TypedProgram, sharing?: SharingReport, modules?: Map<ModuleKey, CompiledModule>): CompileResult => {
    const sorted = sortDiagnostics(diagnostics);
    return { ok: !hasErrors(sorted), files, diagnostics: sorted, sources, ...(names ? { names } : {}), ...(typed ? { typed } : {}), ...(sharing ? { sharing } : {}), ...(modules ? { modules } : {}) };
  };
  if (options.stopAfter === 'parse' || hasErrors(diagnostics)) return result();

  const libraries = BUNDLED.filter((b) => (b.folder === 'std' ? bundled.std || bundled.sui : bundled.sui)).flatMap(bundledFiles);
  for (const f of libraries) sources.add(f.source);
  const units: CompilationUnit[] = [...libraries, ...files];
  const names = resolveNames(units, { test: options.test ?? false });
  diagnostics.push(...names.diagnostics);
  if (options.stopAfter === 'names') return result(names);
  // Declarations need only resolved types: abilities, written instantiations, Sui's declaration rules.
  const declarations = checkDeclarations(names);
  diagnostics.push(...declarations.diagnostics, ...checkWellFormed(names).diagnostics);

  // Unresolved names type as errors that unify with anything, so typing adds no echo of them.
  const typed = checkTypes(names);
  diagnostics.push(...typed.diagnostics);
  // Unused-code warnings wait for sound declarations too: they would crowd out the real error.
  if (!hasErrors(typed.diagnostics) && !hasErrors(declarations.diagnostics)) diagnostics.push(...checkUnused(names, typed).diagnostics);
  // Ownership analyses need sound types and declarations: otherwise their findings are noise.
  if (options.stopAfter === 'typing' || hasErrors(typed.diagnostics) || hasErrors(declarations.diagnostics)) return result(names, typed);
  diagnostics.push(...checkLinearity(names, typed).diagnostics);
  diagnostics.push(...checkObjectRules(names, typed).diagnostics);
  diagnostics.push(...checkReturnedReferences(names, typed).diagnostics);
  diagnostics.push(...checkBorrows(names, typed).diagnostics);
  const sharing = analyzeSharing(names, typed);
  const mine = (m: string) => names.table.modules.get(m)?.unit.package.bundled !== true;
  const report = { types: sharing.types.filter((t) => mine(t.module)), functions: sharing.functions.filter((f) => mine(f.module)) };
  if (options.stopAfter === 'ownership' || hasErrors(diagnostics)) return result(names, typed, report);
  const generated = generateModules(names, typed, sharing, sources);
  diagnostics.push(...generated.diagnostics);
  return result(names, typed, report, generated.modules);
}

export interface PackageCompileResult extends CompileResult {
  /** Absent when the manifest could not be read. */
  package?: LoadedPackage;
}

/** Loads the package at `root` (Move.toml and its sources) and compiles it with its dependencies. */
export function compilePackage(root: string, options: CompileOptions = {}): PackageCompileResult {
  const loaded = loadPackage(root, { test: options.test ?? false });
  if (!loaded.package) {
    const sources = new SourceMap();
    for (const s of loaded.sources) sources.add(s);
    return { ok: false, files: [], diagnostics: sortDiagnostics(loaded.diagnostics), sources };
  }
  const inputs = packagesInOrder(loaded.package).flatMap((p) => {
    const context: PackageContext = { name: p.manifest.name, edition: p.manifest.edition, addresses: p.addresses };
    return p.sources.map((source) => ({ source, package: context }));
  });
  const result = compileSources(inputs, loaded.package.bundled, options);
  for (const s of loaded.sources) result.sources.add(s);
  const diagnostics = sortDiagnostics([...loaded.diagnostics, ...result.diagnostics]);
  return { ...result, ok: !hasErrors(diagnostics), diagnostics, package: loaded.package };
}
