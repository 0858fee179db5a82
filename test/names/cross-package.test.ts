// `public(package)` across packages: two packages on disk (a root that depends on a local
// package), compiled with compilePackage, and the same modules as units of one package.

import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compilePackage, compileSources } from '../../compiler/index.js';
import { SourceFile } from '../../compiler/diagnostics/source.js';
import type { PackageContext } from '../../compiler/names/index.js';

const LEDGER = `module ledger::ledger {
    public struct Ledger has drop { settled: bool }
    public fun open(): Ledger { Ledger { settled: false } }
    public fun is_settled(l: &Ledger): bool { l.settled }
    public(package) fun settle(l: &mut Ledger) { l.settled = true }
}
module ledger::internal {
    public(package) fun settle_twice(l: &mut ledger::ledger::Ledger) { ledger::ledger::settle(l); ledger::ledger::settle(l) }
}
`;

const CLIENT = `module client::client {
    use ledger::ledger;
    public fun force(): bool {
        let mut l = ledger::open();
        ledger::settle(&mut l);
        l.is_settled()
    }
}
`;

const root = mkdtempSync(join(tmpdir(), 'deed-cross-package-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function writePackage(name: string, manifest: string, source: string): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'sources'), { recursive: true });
  writeFileSync(join(dir, 'Move.toml'), manifest);
  writeFileSync(join(dir, 'sources', `${name}.move`), source);
  return dir;
}

describe('public(package) across packages', () => {
  it('lets modules of one package call each other, and refuses a dependent package', () => {
    writePackage('ledger', '[package]\nname = "Ledger"\nedition = "2024"\n\n[addresses]\nledger = "0x42"\n', LEDGER);
    const client = writePackage('client', '[package]\nname = "Client"\nedition = "2024"\n\n[dependencies]\nLedger = { local = "../ledger" }\n\n[addresses]\nclient = "0x43"\n', CLIENT);
    const r = compilePackage(client);
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    // Only the client's call: `ledger::internal` calling `ledger::ledger` is within package Ledger.
    expect(errors.map((d) => d.code)).toEqual(['E03008']);
    expect(errors[0]!.message).toContain('only package `Ledger` may call it');
    expect(errors[0]!.primary.span.file).toContain('client.move');
  });

  it('accepts the same call when both modules belong to one package', () => {
    const addresses = new Map<string, bigint | null>([['std', 1n], ['sui', 2n], ['ledger', 0x42n], ['client', 0x43n]]);
    const pkg: PackageContext = { name: 'Both', edition: '2024', addresses };
    const r = compileSources(
      [
        { source: new SourceFile('ledger.move', LEDGER), package: pkg },
        { source: new SourceFile('client.move', CLIENT), package: pkg },
      ],
      { std: true, sui: true },
    );
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('tells packages apart by their context, not by their addresses', () => {
    // One address for both: the package boundary still holds.
    const addresses = new Map<string, bigint | null>([['std', 1n], ['sui', 2n], ['ledger', 0x42n], ['client', 0x42n]]);
    const r = compileSources(
      [
        { source: new SourceFile('ledger.move', LEDGER), package: { name: 'Ledger', edition: '2024', addresses } },
        { source: new SourceFile('client.move', CLIENT), package: { name: 'Client', edition: '2024', addresses } },
      ],
      { std: true, sui: true },
    );
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['E03008']);
  });
});
