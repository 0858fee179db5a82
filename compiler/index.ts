// The compiler pipeline: a package (or loose sources) in, parsed modules and diagnostics out.
// This is the only file that knows the order of the stages; callers (CLI, REPL, tests) can
// stop after any stage with `options.stopAfter`.
//
// Stages so far: package loading (Move.toml, sources) -> parsing (tokens -> CST -> AST).
// Later stages (names, typing, ownership, codegen) plug in here in order.

import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.js';
import { SourceMap, type SourceFile } from './diagnostics/source.js';
import { loadPackage, packageSources, type LoadedPackage } from './package/index.js';
import type { FileAst } from './parser/ast.js';
import { parseFile } from './parser/index.js';

export type Stage = 'parse';

export interface CompileOptions {
  /** Stop after this stage (the last one that exists by default). */
  stopAfter?: Stage;
}

export interface ParsedFile {
  source: SourceFile;
  ast: FileAst;
}

export interface CompileResult {
  ok: boolean;
  files: ParsedFile[];
  diagnostics: Diagnostic[];
  /** Every file the diagnostics may point into, for rendering. */
  sources: SourceMap;
}

/** Compiles loose source files (no manifest): what tests and the REPL use. */
export function compile(files: readonly SourceFile[], _options: CompileOptions = {}): CompileResult {
  const sources = new SourceMap();
  const diagnostics: Diagnostic[] = [];
  const parsed: ParsedFile[] = [];
  for (const file of files) {
    sources.add(file);
    const r = parseFile(file);
    diagnostics.push(...r.diagnostics);
    parsed.push({ source: file, ast: r.ast });
  }
  const sorted = sortDiagnostics(diagnostics);
  return { ok: !hasErrors(sorted), files: parsed, diagnostics: sorted, sources };
}

export interface PackageBuildOptions extends CompileOptions {
  /** Test mode: also compile `tests/` and the root's dev-dependencies. */
  test?: boolean;
}

export interface PackageCompileResult extends CompileResult {
  /** Absent when the manifest could not be read. */
  package?: LoadedPackage;
}

/** Loads the package at `root` (Move.toml and its sources) and compiles it with its local dependencies. */
export function compilePackage(root: string, options: PackageBuildOptions = {}): PackageCompileResult {
  const loaded = loadPackage(root, { test: options.test ?? false });
  if (!loaded.package) {
    const sources = new SourceMap();
    for (const s of loaded.sources) sources.add(s);
    const diagnostics = sortDiagnostics(loaded.diagnostics);
    return { ok: false, files: [], diagnostics, sources };
  }
  const result = compile(packageSources(loaded.package), options);
  for (const s of loaded.sources) result.sources.add(s);
  const diagnostics = sortDiagnostics([...loaded.diagnostics, ...result.diagnostics]);
  return { ...result, ok: !hasErrors(diagnostics), diagnostics, package: loaded.package };
}
