// `deed script` from the command line: printing a script's output, `--check` against the
// expected file (exit 0 when equal, 1 with a diff when not, 1 when it is missing), `--update`
// writing it, a script error exiting 1 with its line, and an unreadable file.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'deed-script-'));

function deed(...args: string[]) {
  const r = spawnSync(process.execPath, [join(process.cwd(), 'bin/deed.js'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const SCRIPT = `//# init --accounts A B --addresses demo=0x0

//# publish
module demo::note;

public struct Note has key, store {
    id: UID,
    n: u64,
}

public fun make(n: u64, to: address, ctx: &mut TxContext) {
    transfer::public_transfer(Note { id: object::new(ctx), n }, to);
}

//# run demo::note::make --sender A --args 7 @B

//# view-object 2,0
`;

describe('deed script', () => {
  const file = join(dir, 'note.move');
  const exp = join(dir, 'note.exp');
  writeFileSync(file, SCRIPT);

  it('prints the output with stable names', () => {
    const r = deed('script', 'note.move');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('task 2, lines 15-15:\n//# run demo::note::make --sender A --args 7 @B\ncreated: object(2,0)\nmutated: object(0,0)\n');
    expect(r.stdout).toContain('Owner: Account Address ( B )');
    expect(r.stdout).toContain('Contents: demo::note::Note {\n    id: object(2,0),\n    n: 7u64,\n}');
    expect(r.stdout).not.toMatch(/0x[0-9a-f]{64}/);
  });

  it('--check without an expected file exits 1', () => {
    const r = deed('script', 'note.move', '--check');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('note.exp');
  });

  it('--update writes the expected file and --check then passes', () => {
    const u = deed('script', 'note.move', '--update');
    expect(u.code).toBe(0);
    expect(existsSync(exp)).toBe(true);
    expect(readFileSync(exp, 'utf8')).toBe(deed('script', 'note.move').stdout);
    const c = deed('script', 'note.move', '--check');
    expect(c.code).toBe(0);
  });

  it('--check shows a diff and exits 1 when the output changed', () => {
    writeFileSync(exp, readFileSync(exp, 'utf8').replace('n: 7u64', 'n: 8u64'));
    const r = deed('script', 'note.move', '--check');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--update');
    expect(r.stderr).toMatch(/^-    n: 8u64,$/m);
    expect(r.stderr).toMatch(/^\+    n: 7u64,$/m);
    expect(r.stderr).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@$/m);
  });

  it('a mistake in the script is reported with its line and exits 1, without a stack trace', () => {
    writeFileSync(join(dir, 'bad.move'), '//# init --accounts A\n\n//# run 0x2::pay::split --sender Z --type-args sui::sui::SUI --args object(0,0) 2\n//# frob\n');
    const r = deed('script', 'bad.move');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Error: bad.move:3: no account named Z (the accounts are A)');
    expect(r.stdout).toContain('Error: bad.move:4: unknown command `frob`');
    expect(r.stderr).toContain('2 tasks could not run');
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a file that cannot be read exits 1', () => {
    const r = deed('script', 'missing.move');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot read missing.move');
  });
});
