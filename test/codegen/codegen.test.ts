// Code generation over the corpus: every valid golden program, every example and the standard
// library compile to bytecode that round-trips through the codec byte for byte, is the same on
// every compile, and passes the bytecode verifier.

import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePackage } from '../../compiler/index.js';
import { decodeModule, encodeModule } from '../../vm/bytecode/codec.js';
import type { CompiledModule } from '../../vm/bytecode/module.js';
import { Op } from '../../vm/bytecode/opcodes.js';
import { moduleKeyOf, verifyModule } from '../../vm/verifier/index.js';
import { compileMove, isBundled } from './compile.js';

function depsOf(modules: Map<string, CompiledModule>): Map<string, CompiledModule> {
  return new Map([...modules.values()].map((m) => [moduleKeyOf(m.moduleHandles[0]!), m]));
}

function expectSound(modules: Map<string, CompiledModule>, which: (key: string) => boolean): void {
  const deps = depsOf(modules);
  for (const [key, m] of modules) {
    if (!which(key)) continue;
    const bytes = encodeModule(m);
    const back = decodeModule(bytes);
    expect(back.ok, `${key} decodes`).toBe(true);
    if (back.ok) expect(encodeModule(back.module)).toEqual(bytes);
    const v = verifyModule(m, deps, { testMode: true });
    expect(v.ok ? 'ok' : `${v.error.name}: ${v.error.message}`, `${key} verifies`).toBe('ok');
  }
}

const valid = readdirSync('test/golden/valid').filter((f) => f.endsWith('.move')).sort();

describe('bytecode of the valid golden programs', () => {
  it('the standard library verifies', () => {
    const r = compileMove('test/golden/valid/counter_shared.move', readFileSync('test/golden/valid/counter_shared.move', 'utf8'));
    expect([...r.modules.keys()].filter(isBundled).length).toBeGreaterThan(40);
    expectSound(r.modules, isBundled);
  });
  for (const name of valid) {
    it(name, () => {
      const path = `test/golden/valid/${name}`;
      const text = readFileSync(path, 'utf8');
      const edition = /^\/\/ Edition: legacy/m.test(text.split('\n', 3).join('\n')) ? 'legacy' : '2024';
      const r = compileMove(path, text, { edition });
      expectSound(r.modules, (k) => !isBundled(k));
    });
  }
});

describe('bytecode of the examples', () => {
  for (const ex of readdirSync('examples').sort()) {
    it(ex, () => {
      const r = compilePackage(`examples/${ex}`, { test: true });
      expect(r.ok).toBe(true);
      expectSound(r.modules!, (k) => !isBundled(k));
    });
  }
});

describe('determinism', () => {
  it('compiling twice gives identical bytes for every module', () => {
    const path = 'test/golden/valid/macros_expanded.move';
    const text = readFileSync(path, 'utf8');
    const a = compileMove(path, text);
    const b = compileMove(path, text);
    expect([...a.modules.keys()]).toEqual([...b.modules.keys()]);
    for (const [k, m] of a.modules) expect(Buffer.from(encodeModule(m)).equals(Buffer.from(encodeModule(b.modules.get(k)!))), k).toBe(true);
  });
});

describe('abort codes', () => {
  const src = [
    'module test::errs;',
    '',
    '#[error]',
    'const EIsThree: vector<u8> = b"The value is three";',
    'const EPlain: u64 = 7;',
    '',
    'public fun clever(x: u64) {',
    '    assert!(x != 3, EIsThree);',
    '}',
    '',
    'public fun plain(x: u64) {',
    '    assert!(x != 3, EPlain);',
    '}',
    '',
    'public fun bare() {',
    '    abort',
    '}',
  ].join('\n');
  const m = compileMove('errs.move', src).modules.get('0x42::errs')!;
  const loads = (fn: string): bigint[] => {
    const h = m.functionHandles.findIndex((f) => f.name === fn && f.module === 0);
    const def = m.functions.find((f) => f.handle === h)!;
    return def.code.filter((i) => i[0] === Op.LdU64 || i[0] === Op.LdConst).map((i) => (i[0] === Op.LdU64 ? (i[1] as bigint) : -1n));
  };
  it('encodes a clever error as tag, line, identifier index and constant index', () => {
    const ident = BigInt(m.identifiers.indexOf('EIsThree'));
    const constant = BigInt(m.constants.findIndex((c) => c.name === 'EIsThree'));
    expect(ident).toBeGreaterThanOrEqual(0n);
    expect(loads('clever')).toContain((1n << 63n) | (8n << 32n) | (ident << 16n) | constant);
  });
  it('loads a plain u64 constant as it is', () => {
    // `3` for the comparison, then the constant itself (-1 marks an LdConst here).
    expect(loads('plain')).toEqual([3n, -1n]);
    expect(m.constants.find((c) => c.name === 'EPlain')?.value).toBe(7n);
  });
  it('gives a bare abort the line and the 0xffff sentinels', () => {
    expect(loads('bare')).toEqual([0x8000_0010_ffff_ffffn]);
  });
});
