// Runs the built `deed asm` and `deed verify` (dist/, built by the global setup) as a user would:
// a hand-written listing that copies a value without `copy` assembles, and the verifier refuses
// it with its status and place (exit 1); the fixed listing verifies (`ok`, exit 0). Also: a
// compiled module's listing edited by one line, a package of modules that depend on each other
// and on the bundled library, and the error paths (bad listings, missing files, bad usage).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeModule } from '../../vm/bytecode/codec.js';
import { compileMove } from '../codegen/compile.js';
import { everyOpcodeModule } from '../vm/bytecode/fixtures.js';

function deed(args: string[], cwd = process.cwd()) {
  const r = spawnSync(process.execPath, [join(process.cwd(), 'bin/deed.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'deed-asm-'));

/** S has `drop` but not `copy`; f copies its S parameter. */
const copiesS = `// A module the compiler would never emit: it copies a struct that lacks \`copy\`.
module 0x42::m {
    datatype [0] S;
    function [0] f;

    struct S has drop {
        a: u64,
    }

    public fun f(loc0: 0x42::m::S): 0x42::m::S {
        0: CopyLoc loc0
        1: Ret
    }
}
`;

describe('deed asm + deed verify', () => {
  it('refuses a hand-written module that copies a value without copy, and accepts the fixed one', () => {
    writeFileSync(join(dir, 'bad.mvasm'), copiesS);
    const a = deed(['asm', 'bad.mvasm'], dir);
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(/^wrote bad\.mv \(\d+ bytes\)\n$/);
    expect(existsSync(join(dir, 'bad.mv'))).toBe(true);

    const v = deed(['verify', 'bad.mv'], dir);
    expect(v.code).toBe(1);
    expect(v.stderr).toMatch(/^bad\.mv: COPY_WITHOUT_COPY \(2513\) in 0x42::m::f at offset 0: .+\n$/);

    writeFileSync(join(dir, 'good.mvasm'), copiesS.replace('CopyLoc loc0', 'MoveLoc loc0'));
    expect(deed(['asm', 'good.mvasm', '-o', 'fixed.mv'], dir).code).toBe(0);
    const ok = deed(['verify', 'fixed.mv'], dir);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe('fixed.mv: ok\n');
    expect(deed(['verify', '--test', 'fixed.mv'], dir).stdout).toContain('ok');
  });

  it('round-trips a module file through disasm and asm byte for byte', () => {
    const bytes = encodeModule(everyOpcodeModule());
    writeFileSync(join(dir, 'shapes.mv'), bytes);
    const listing = deed(['disasm', 'shapes.mv'], dir);
    writeFileSync(join(dir, 'shapes.mvasm'), listing.stdout);
    expect(deed(['asm', 'shapes.mvasm', '-o', 'again.mv'], dir).code).toBe(0);
    expect(Buffer.from(readFileSync(join(dir, 'again.mv'))).equals(Buffer.from(bytes))).toBe(true);
  });

  it('verifies modules that depend on each other and on the bundled library; refuses an edited one', () => {
    const { modules } = compileMove(
      'sources/pair.move',
      `module test::store {
    public struct Item has store { value: u64 }
    public fun make(value: u64): Item { Item { value } }
    public fun value(i: &Item): u64 { i.value }
    public fun burn(i: Item): u64 { let Item { value } = i; value }
}
module test::shelf {
    use test::store::{Self, Item};
    public struct Shelf has key { id: UID, items: vector<Item> }
    public fun consume(i: Item): u64 { store::burn(i) }
    public fun new(ctx: &mut TxContext): Shelf { Shelf { id: object::new(ctx), items: vector[] } }
}`,
    );
    writeFileSync(join(dir, 'store.mv'), encodeModule(modules.get('0x42::store')!));
    writeFileSync(join(dir, 'shelf.mv'), encodeModule(modules.get('0x42::shelf')!));
    const both = deed(['verify', 'shelf.mv', 'store.mv'], dir);
    expect(both.stderr).toBe('');
    expect(both.stdout).toBe('shelf.mv: ok\nstore.mv: ok\n');
    expect(both.code).toBe(0);

    // Alone, shelf names a module nobody gave the verifier.
    const alone = deed(['verify', 'shelf.mv'], dir);
    expect(alone.code).toBe(1);
    expect(alone.stderr).toMatch(/^shelf\.mv: [A-Z_]+ \(28\d\d\)/);

    // `consume` moves its Item (no `copy`) into store::burn; make it a copy instead.
    const listing = deed(['disasm', 'shelf.mv'], dir).stdout;
    const edited = listing.replace(/(fun consume\(loc0: [^)]*\): u64 \{\n\s+0: )MoveLoc loc0/, '$1CopyLoc loc0');
    expect(edited).not.toBe(listing);
    writeFileSync(join(dir, 'shelf-copy.mvasm'), edited);
    expect(deed(['asm', 'shelf-copy.mvasm'], dir).code).toBe(0);
    const refused = deed(['verify', 'shelf-copy.mv', 'store.mv'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^shelf-copy\.mv: COPY_WITHOUT_COPY \(2513\) in 0x42::shelf::consume at offset 0: /);
  });

  it('reports listing errors as file:line:col lines and exits 1', () => {
    // Syntax first: a line that does not parse.
    writeFileSync(join(dir, 'syntax.mvasm'), copiesS.replace('CopyLoc loc0', 'CopyLoc').replace('1: Ret', '1: Ret 3'));
    const r = deed(['asm', 'syntax.mvasm'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('syntax.mvasm:11:19: expected a local such as loc0, found the end of the line\nsyntax.mvasm:12:16: unexpected `3` after the operands\n');
    expect(existsSync(join(dir, 'syntax.mv'))).toBe(false);

    // Then names: a datatype no handle declares.
    writeFileSync(join(dir, 'names.mvasm'), copiesS.replace('(loc0: 0x42::m::S)', '(loc0: 0x42::m::T)'));
    const n = deed(['asm', 'names.mvasm'], dir);
    expect(n.code).toBe(1);
    expect(n.stderr).toBe('names.mvasm:10:24: unknown datatype 0x42::m::T: no datatype handle has that name\n');
  });

  it('reports missing and malformed files, and bad usage', () => {
    const asmMissing = deed(['asm', 'nope.mvasm'], dir);
    expect(asmMissing.code).toBe(1);
    expect(asmMissing.stderr).toBe('cannot read nope.mvasm: no such file\n');
    expect(deed(['asm', 'bad.mv'], dir).stderr).toContain('choose the output with -o');

    const missing = deed(['verify', 'nope.mv'], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('nope.mv: cannot read: no such file\n');
    const text = deed(['verify', 'bad.mvasm'], dir);
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(/^bad\.mvasm: not a valid module: BAD_MAGIC \(1001\)/);

    expect(deed(['asm'], dir).code).toBe(2);
    expect(deed(['verify'], dir).code).toBe(2);
    expect(deed(['verify', '--nope', 'x.mv'], dir).code).toBe(2);
    expect(deed(['asm', '--help']).stdout).toContain('--output');
  });
});
