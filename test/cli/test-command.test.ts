// Runs the built `deed test` (dist/, built by the global setup) as a user would, on the fixture
// package test/testing/fixtures/mixed and on an example: PASS/FAIL lines, failure details, debug
// output under the test's line, the summary line alone on its line, exit codes, --json, --list,
// FILTER, --gas-limit, bad usage, and worker threads giving the same output as one thread.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIXTURE = 'test/testing/fixtures/mixed';

function deed(args: string[], cwd = process.cwd()) {
  const r = spawnSync(process.execPath, [join(process.cwd(), 'bin/deed.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('deed test', () => {
  const full = deed(['test', FIXTURE]);

  it('prints a line per test, the failures explained, and the summary alone on its line', () => {
    expect(full.code).toBe(1);
    const lines = full.stdout.split('\n');
    expect(lines).toContain('[ PASS    ] 0x0::vault_tests::shared_flow_passes');
    expect(lines).toContain('[ FAIL    ] 0x0::vault_tests::fails_unexpected_abort');
    expect(lines).toContain('[ FAIL    ] 0x0::vault_tests::fails_no_abort');
    expect(lines).toContain('18 passed, 4 failed');
    expect(lines.filter((l) => /^\[ (PASS|FAIL) {4}\] /.test(l)).length).toBe(22);
    const i = lines.indexOf('[ FAIL    ] 0x0::vault_tests::fails_unexpected_abort');
    expect(lines.slice(i + 1, i + 5)).toEqual([
      '    [debug] "about to withdraw"',
      '    the test was not expected to fail, but it aborted with code 1 (ENotOwner) in 0x0::vault::withdraw',
      `    at 0x0::vault::withdraw (${FIXTURE}/sources/vault.move:33)`,
      '    abort code 1 (ENotOwner)',
    ]);
    const j = lines.indexOf('[ PASS    ] 0x0::vault_tests::shared_flow_passes');
    expect(lines[j + 1]).toBe('    [debug] 10');
  });

  it('runs only the tests matching FILTER, and exits 0 when they pass', () => {
    const r = deed(['test', FIXTURE, 'scenario_tests']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toContain('11 passed, 0 failed');
    expect(r.stdout).not.toContain('vault_tests');
  });

  it('takes a lone argument as the FILTER inside a package folder', () => {
    const r = deed(['test', 'owner_'], join(process.cwd(), 'examples/counter'));
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toContain('2 passed, 0 failed');
  });

  it('lists tests with --list and gives data with --json', () => {
    const list = deed(['test', FIXTURE, '--list']);
    expect(list.code).toBe(0);
    expect(list.stdout.split('\n')).toContain('0x0::vault_tests::spins_forever: test');
    const json = deed(['test', FIXTURE, 'fails_wrong', '--json']);
    expect(json.code).toBe(1);
    const data = JSON.parse(json.stdout) as { ok: boolean; passed: number; failed: number; tests: Array<{ name: string; passed: boolean; error: { abortCode: string; constant: string; line: number } }> };
    expect(data).toMatchObject({ ok: false, passed: 0, failed: 1 });
    expect(data.tests[0]).toMatchObject({ name: '0x0::vault_tests::fails_wrong_code', passed: false, error: { abortCode: '1', constant: 'ENotOwner', line: 33 } });
  });

  it('applies --gas-limit to each test and refuses a bad one', () => {
    const r = deed(['test', FIXTURE, 'shared_flow', '--gas-limit', '1000']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('ran out of gas');
    expect(deed(['test', FIXTURE, '--gas-limit', 'lots']).code).toBe(2);
  });

  it('gives the same output on worker threads as sequentially', () => {
    const parallel = deed(['test', FIXTURE, '--workers', '2']);
    expect(parallel.code).toBe(1);
    expect(parallel.stdout).toBe(full.stdout);
  });

  it('passes an example package and reports a build failure', () => {
    const r = deed(['test', 'examples/counter']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[ PASS    ] 0x0::counter_tests::runaway_loop_runs_out_of_gas');
    const missing = deed(['test', 'test/testing/fixtures/no-such-package']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/deed: failed to build/);
  });
});
