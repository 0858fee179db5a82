// Runs the built `deed` CLI (dist/, built by the global setup) on sample packages, as a user
// would, in both text and JSON form, and checks exit codes: 0 clean, 1 errors, 2 bad usage.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function deed(args: string[], cwd = process.cwd()) {
  const r = spawnSync(process.execPath, [join(process.cwd(), 'bin/deed.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function brokenPackage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'deed-build-'));
  writeFileSync(join(dir, 'Move.toml'), '[package]\nname = "broken"\nedition = "2024"\n\n[addresses]\nbroken = "0x0"\n');
  mkdirSync(join(dir, 'sources'));
  writeFileSync(join(dir, 'sources', 'broken.move'), 'module broken::broken {\n    public fun f(): u64 {\n        let x = 1\n        x +\n    }\n}\n');
  return dir;
}

describe('deed build', () => {
  it('writes bytecode modules and their dependencies under build/, which deed disasm reads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deed-out-'));
    cpSync('examples/counter', dir, { recursive: true });
    const r = deed(['build'], dir);
    expect(r.code).toBe(0);
    const out = join(dir, 'build', 'counter', 'bytecode_modules');
    expect(readdirSync(out).filter((f) => f.endsWith('.mv'))).toEqual(['counter.mv']);
    expect(readdirSync(join(out, 'dependencies')).sort()).toEqual(['MoveStdlib', 'Sui']);
    expect(existsSync(join(out, 'dependencies', 'Sui', 'coin.mv'))).toBe(true);
    expect(existsSync(join(out, 'dependencies', 'MoveStdlib', 'vector.mv'))).toBe(true);
    const listing = deed(['disasm', join(out, 'counter.mv')]);
    expect(listing.code).toBe(0);
    expect(listing.stdout).toMatch(/module 0x0*::counter \{/);
    expect(listing.stdout).toContain('Ret');
    // A second build replaces the folder instead of mixing old and new files.
    expect(deed(['build'], dir).code).toBe(0);
    expect(readdirSync(join(dir, 'build'))).toEqual(['counter']);
  });

  it('builds an example package cleanly in text form', () => {
    const r = deed(['build', 'examples/counter']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/BUILDING counter\nBuilt counter: \d+ modules? from \d+ files?\n/);
  });

  it('prints exactly one JSON object with --json', () => {
    const r = deed(['build', 'examples/counter', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.ok).toBe(true);
    expect(out.diagnostics).toEqual([]);
    expect(out.packages[0].name).toBe('counter');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('renders syntax errors with source excerpts and exits 1', () => {
    const dir = brokenPackage();
    const r = deed(['build', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error[E01002]');
    expect(r.stderr).toMatch(/sources\/broken\.move:4:9/);
    expect(r.stderr).toContain('Failed to build broken: 2 errors');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('reports the same errors as JSON', () => {
    const dir = brokenPackage();
    const r = deed(['build', dir, '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.ok).toBe(false);
    expect(out.diagnostics.map((d: { code: string; line: number; column: number; severity: string }) => [d.severity, d.code, d.line, d.column])).toEqual([
      ['error', 'E01002', 4, 9],
      ['error', 'E01002', 5, 5],
    ]);
    expect(out.diagnostics[0].file).toMatch(/sources\/broken\.move$/);
  });

  it('reports a missing manifest as a user error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deed-empty-'));
    const r = deed(['build', dir, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).diagnostics[0].code).toBe('E11001');
  });

  it('exits 2 on bad usage and 0 on --help', () => {
    expect(deed(['build', '--no-such-flag']).code).toBe(2);
    expect(deed(['frobnicate']).code).toBe(2);
    const help = deed(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('build');
  });
});

describe('deed new', () => {
  it('creates a package that builds cleanly, tests included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deed-new-'));
    const made = deed(['new', 'my_pkg'], dir);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('Created package `my_pkg`');
    const built = deed(['build', '--test', 'my_pkg', '--json'], dir);
    expect(built.code).toBe(0);
    const out = JSON.parse(built.stdout);
    expect(out.packages[0].modules).toEqual(['my_pkg', 'my_pkg_tests']);
  });

  it('refuses to overwrite, and rejects invalid names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deed-new-'));
    expect(deed(['new', 'p'], dir).code).toBe(0);
    const again = deed(['new', 'p'], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect(deed(['new', 'not-valid'], dir).code).toBe(1);
  });
});
