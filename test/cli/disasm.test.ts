// Runs the built `deed disasm` (dist/, built by the global setup) on a module file, a file that
// is not a module and a missing file: a listing or JSON with exit 0, else one clear line on
// stderr and exit 1, never a stack trace.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeModule } from '../../vm/bytecode/codec.js';
import { everyOpcodeModule } from '../vm/bytecode/fixtures.js';

function deed(args: string[], cwd = process.cwd()) {
  const r = spawnSync(process.execPath, [join(process.cwd(), 'bin/deed.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'deed-disasm-'));
const good = join(dir, 'shapes.mv');
writeFileSync(good, encodeModule(everyOpcodeModule()));

describe('deed disasm', () => {
  it('prints the listing of a module file', () => {
    const r = deed(['disasm', good]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('module 0x2::shapes {');
    expect(r.stdout).toContain('public entry fun every<T0: copy + drop>(loc0: u64, loc1: &mut vector<u8>) {');
    expect(r.stdout).toMatch(/17: Call 0x1::option::some<vector<u8>> +\/\/ 27:5-27:20/);
  });

  it('prints the decoded module as JSON with --json, big integers as strings', () => {
    const r = deed(['disasm', good, '--json']);
    expect(r.code).toBe(0);
    const m = JSON.parse(r.stdout);
    expect(m.moduleHandles[0]).toEqual({ address: '0x' + '0'.repeat(63) + '2', name: 'shapes' });
    expect(m.functions[0].code[4]).toEqual([9, '18446744073709551615']);
    expect(m.constants.find((c: { name: string }) => c.name === 'NAME').value).toEqual([104, 105]);
  });

  it('reports a malformed file with its decoding status and exits 1', () => {
    const bad = join(dir, 'bad.mv');
    const bytes = encodeModule(everyOpcodeModule());
    writeFileSync(bad, bytes.subarray(0, bytes.length - 3));
    const r = deed(['disasm', bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^deed: .*bad\.mv is not a valid module: MALFORMED \(1004\): .+\n$/);

    const text = join(dir, 'text.mv');
    writeFileSync(text, 'module 0x2::m {}\n');
    const t = deed(['disasm', text]);
    expect(t.code).toBe(1);
    expect(t.stderr).toMatch(/^deed: .*text\.mv is not a valid module: BAD_MAGIC \(1001\)/);
    expect(t.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reports a missing file and exits 1; a missing argument is bad usage', () => {
    const r = deed(['disasm', join(dir, 'nope.mv')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^deed: cannot read .*nope\.mv: no such file\n$/);
    expect(deed(['disasm']).code).toBe(2);
    expect(deed(['disasm', '--help']).stdout).toContain('--json');
  });
});
