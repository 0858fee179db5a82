// `deed build`: package folders in, a BuildReport out (per-package results plus every
// diagnostic), with a text renderer for people and a JSON form for tools.
// The CLI only prints what these functions return, so tests and the REPL call them directly.

import * as path from 'node:path';
import { compilePackage, type PackageCompileResult } from '../../compiler/index.js';
import { writeBuildOutput, type BuildOutput } from '../../compiler/package/build-output.js';
import { renderDiagnostics, diagnosticToJson, type JsonDiagnostic } from '../../compiler/diagnostics/render.js';

export interface BuildOptions {
  test: boolean;
  /** Write build/<package>/bytecode_modules (the CLI does; tools that only check may not). */
  write?: boolean;
}

export interface PackageReport {
  /** The path as the user gave it. */
  path: string;
  /** Package name from Move.toml, when it could be read. */
  name?: string;
  result: PackageCompileResult;
  /** Files written under the package's build/ folder. */
  output?: BuildOutput;
  outputError?: string;
}

export interface BuildReport {
  ok: boolean;
  packages: PackageReport[];
}

export function buildPackages(paths: readonly string[], options: BuildOptions): BuildReport {
  const packages = paths.map((p): PackageReport => {
    const root = path.resolve(p);
    const result = compilePackage(root, { test: options.test });
    const name = result.package?.manifest.name;
    let output: BuildOutput | undefined;
    let outputError: string | undefined;
    if (options.write && result.ok && name && result.names && result.modules) {
      try {
        output = writeBuildOutput(root, name, result.names, result.modules);
      } catch (e) {
        outputError = `cannot write ${path.join(p, 'build')}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
      }
    }
    return { path: p, ...(name ? { name } : {}), result, ...(output ? { output } : {}), ...(outputError ? { outputError } : {}) };
  });
  return { ok: packages.every((p) => p.result.ok && !p.outputError), packages };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function renderBuildText(report: BuildReport, options: { color?: boolean } = {}): string {
  const out: string[] = [];
  for (const pkg of report.packages) {
    const { result } = pkg;
    const label = pkg.name ?? pkg.path;
    out.push(`BUILDING ${label}\n`);
    if (result.diagnostics.length > 0) out.push(renderDiagnostics(result.diagnostics, result.sources, options) + '\n');
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = result.diagnostics.length - errors;
    const modules = result.files.reduce((n, f) => n + f.ast.modules.length, 0);
    if (pkg.outputError) out.push(`error: ${pkg.outputError}\n`);
    if (result.ok) {
      out.push(`Built ${label}: ${plural(modules, 'module')} from ${plural(result.files.length, 'file')}${warnings ? `, ${plural(warnings, 'warning')}` : ''}\n`);
    } else {
      out.push(`Failed to build ${label}: ${plural(errors, 'error')}${warnings ? `, ${plural(warnings, 'warning')}` : ''}\n`);
    }
  }
  return out.join('');
}

export interface BuildJson {
  ok: boolean;
  diagnostics: JsonDiagnostic[];
  packages: Array<{
    path: string;
    name: string | null;
    ok: boolean;
    files: string[];
    modules: string[];
    /** Bytecode files written, relative to the package folder. */
    output: string[];
    /** Present when the package type-checks: see compiler/ownership/sharing.ts. */
    sharing?: {
      types: Array<{ module: string; name: string; classification: string; reason: string }>;
      functions: Array<{ module: string; name: string; classification: string; reason: string; parameter?: string }>;
    };
  }>;
}

export function buildJson(report: BuildReport): BuildJson {
  return {
    ok: report.ok,
    diagnostics: report.packages.flatMap((p) => p.result.diagnostics.map((d) => diagnosticToJson(d, p.result.sources))),
    packages: report.packages.map((p) => ({
      path: p.path,
      name: p.name ?? null,
      ok: p.result.ok,
      files: p.result.files.map((f) => f.source.name),
      modules: p.result.files.flatMap((f) => f.ast.modules.map((m) => m.name.name)),
      output: p.output?.files ?? [],
      ...(p.result.sharing
        ? {
            sharing: {
              types: p.result.sharing.types.map(({ module, name, classification, reason }) => ({ module, name, classification, reason })),
              functions: p.result.sharing.functions.map(({ module, name, classification, reason, parameter }) => ({ module, name, classification, reason, ...(parameter ? { parameter } : {}) })),
            },
          }
        : {}),
    })),
  };
}
