// Building a package for `deed test`. In: a package folder. Out: its test build (every module,
// the bundled std and sui included, compiled with #[test_only] code), its named addresses, and
// the `#[test]` functions found; or the rendered diagnostics when it does not compile. This is
// the only part of `deed test` that needs the compiler: running is vm/testing/'s.

import * as path from 'node:path';
import { compilePackage } from '../../compiler/index.js';
import { renderDiagnostics } from '../../compiler/diagnostics/render.js';
import type { FileAst, LeadingAddress } from '../../compiler/parser/ast.js';
import type { CompiledModule } from '../../vm/bytecode/module.js';
import { addressHex } from '../../vm/bytecode/module.js';
import { discoverTests, type TestCase } from '../../vm/testing/runner.js';

export type TestBuild =
  | { ok: true; name: string; modules: CompiledModule[]; addresses: Map<string, string>; tests: TestCase[]; warnings: string }
  | { ok: false; message: string; diagnostics: string };

export function buildForTests(dir: string, options: { color?: boolean } = {}): TestBuild {
  const root = path.resolve(dir);
  const r = compilePackage(root, { test: true });
  const rendered = renderDiagnostics(r.diagnostics, r.sources, { color: options.color ?? false });
  const name = r.package?.manifest.name ?? path.basename(root);
  if (!r.ok || r.modules === undefined) return { ok: false, message: `failed to build ${name}`, diagnostics: rendered };
  const addresses = new Map<string, string>([
    ['std', addressHex(1n)],
    ['sui', addressHex(2n)],
  ]);
  for (const [k, v] of r.package?.addresses ?? []) if (v !== null) addresses.set(k, addressHex(v));
  const modules = [...r.modules.values()];
  const aliases = moduleAliases(r.files.map((f) => f.ast), addresses);
  return { ok: true, name, modules, addresses, tests: discoverTests(modules, addresses, aliases), warnings: rendered };
}

/**
 * The module aliases each module's `use` declarations bring in (`use sui::test_scenario as ts;`,
 * `use a::m::{Self as n}`), keyed by `0x..::module`: bytecode keeps no `use`, and attributes such
 * as `abort_code = ts::EEmptyInventory` name modules through them.
 */
function moduleAliases(files: readonly FileAst[], addresses: ReadonlyMap<string, string>): Map<string, Map<string, string>> {
  const hex = (a: LeadingAddress | undefined): string | undefined => (a === undefined ? undefined : 'value' in a ? addressHex(a.value) : addresses.get(a.name));
  const out = new Map<string, Map<string, string>>();
  for (const file of files) {
    for (const m of file.modules) {
      const self = hex(m.address);
      if (self === undefined) continue;
      const table = new Map<string, string>();
      for (const member of m.members) {
        if (member.kind !== 'Use') continue;
        const at = hex(member.address);
        if (at === undefined) continue;
        for (const e of member.entries) {
          const target = `${at}::${e.module.name}`;
          if (e.members === undefined) table.set(e.alias?.name ?? e.module.name, target);
          for (const x of e.members ?? []) if (x.name.name === 'Self') table.set(x.alias?.name ?? e.module.name, target);
        }
      }
      if (table.size > 0) out.set(`${self}::${m.name.name}`, table);
    }
  }
  return out;
}
