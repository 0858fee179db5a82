// The names stage: parsed compilation units in; the module table, each module's scope, and what
// every written type names, out; with diagnostics for duplicates (E02xxx) and unbound
// addresses, modules, members and types (E03xxx).
//
// Not yet here (next steps of the static-semantics issue): resolution of value names in bodies
// (locals, constants, functions, variants), visibility checks, friends, `use fun`, and unused-
// `use` warnings.

import { Reporter, type Diagnostic } from '../diagnostics/diagnostic.js';
import { buildModuleTable, type CompilationUnit, type ModuleKey, type ModuleTable } from './module-table.js';
import { TypeResolver, type TypeResolutions } from './resolve-types.js';
import { moduleScope, type Scope } from './scope.js';

export type { CompilationUnit, ModuleEntry, ModuleKey, ModuleTable, PackageContext } from './module-table.js';
export type { TypeTarget } from './scope.js';

export interface ResolvedNames {
  table: ModuleTable;
  scopes: Map<ModuleKey, Scope>;
  types: TypeResolutions;
  diagnostics: Diagnostic[];
}

export function resolveNames(units: readonly CompilationUnit[], options: { test: boolean }): ResolvedNames {
  const reporter = new Reporter();
  const table = buildModuleTable(units, options.test, reporter);
  const scopes = new Map<ModuleKey, Scope>();
  const resolver = new TypeResolver(reporter, new Map());
  for (const entry of table.modules.values()) {
    const scope = moduleScope(table, entry, reporter);
    scopes.set(entry.key, scope);
    resolver.module(scope);
  }
  return { table, scopes, types: resolver.resolutions, diagnostics: reporter.diagnostics };
}
