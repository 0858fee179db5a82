// The names stage: parsed compilation units in; the module table, each module's scope, and what
// every written type names, out; with diagnostics for duplicates (E02xxx) and unbound
// addresses, modules, members and types (E03xxx).
//
// Value names in bodies (locals, constants, calls, packs, variants), visibility, the 2024 `mut`
// and `public struct` rules and unused-code warnings are resolve-values.ts. Method calls and
// fields need types: the typing stage resolves them (and `use fun`).

import { Reporter, type Diagnostic } from '../diagnostics/diagnostic.js';
import { buildModuleTable, type CompilationUnit, type ModuleKey, type ModuleTable } from './module-table.js';
import { TypeResolver, type TypeResolutions } from './resolve-types.js';
import { ValueResolver, type ValueResolutions } from './resolve-values.js';
import { moduleScope, type Scope } from './scope.js';

export type { CompilationUnit, ModuleEntry, ModuleKey, ModuleTable, PackageContext } from './module-table.js';
export type { TypeTarget } from './scope.js';

export interface ResolvedNames {
  table: ModuleTable;
  scopes: Map<ModuleKey, Scope>;
  types: TypeResolutions;
  values: ValueResolutions;
  diagnostics: Diagnostic[];
}

export function resolveNames(units: readonly CompilationUnit[], options: { test: boolean }): ResolvedNames {
  const reporter = new Reporter();
  const table = buildModuleTable(units, options.test, reporter);
  const scopes = new Map<ModuleKey, Scope>();
  const types = new TypeResolver(reporter, new Map());
  const values = new ValueResolver(reporter, { names: new Map(), calls: new Map(), packs: new Map(), bindings: new Map(), moveCopies: new Map() }, types.blockScopes);
  for (const entry of table.modules.values()) {
    const scope = moduleScope(table, entry, reporter);
    scopes.set(entry.key, scope);
    // Types first: the value pass then sees which aliases types already used.
    types.module(scope);
    values.module(scope);
  }
  return { table, scopes, types: types.resolutions, values: values.out, diagnostics: reporter.diagnostics };
}
