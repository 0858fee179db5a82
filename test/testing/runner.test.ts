// The unit-test runner (vm/testing/) on the fixture package test/testing/fixtures/mixed: which
// tests pass and which fail and why (unexpected aborts with their place and constant, expected
// aborts that never happen, wrong codes, clever errors), expected_failure's forms (constants,
// locations, arithmetic, out of gas, vector errors), test_scenario's semantics, the helpers, the
// gas limit, isolation between tests, and every example package's suite passing.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildForTests, type TestBuild } from '../../cli/testing/build.js';
import { runTests, TestRunner, type TestResult } from '../../vm/testing/runner.js';
import { expectationOf } from '../../vm/testing/expected.js';

const FIXTURE = join(__dirname, 'fixtures/mixed');
type Built = Extract<TestBuild, { ok: true }>;

function build(dir: string): Built {
  const b = buildForTests(dir);
  if (!b.ok) throw new Error(`${b.message}\n${b.diagnostics}`);
  return b;
}

describe('the test runner on the fixture package', () => {
  let b: Built;
  let results: Map<string, TestResult>;
  beforeAll(() => {
    b = build(FIXTURE);
    results = new Map(runTests(b.modules, b.tests).map((r) => [r.name.replace(/^0x0::/, ''), r]));
  });

  it('finds every #[test] in name order', () => {
    const names = b.tests.map((t) => t.name);
    expect(names).toEqual([...names].sort());
    expect(names).toContain('0x0::vault_tests::shared_flow_passes');
    expect(names.length).toBe(22);
  });

  it('passes the tests meant to pass, test_scenario and helpers included', () => {
    const failing = ['vault_tests::fails_unexpected_abort', 'vault_tests::fails_no_abort', 'vault_tests::fails_wrong_code', 'vault_tests::fails_clever_error'];
    for (const [name, r] of results) expect({ name, passed: r.passed, reason: r.reason }).toEqual({ name, passed: !failing.includes(name), reason: failing.includes(name) ? expect.any(String) : undefined });
  });

  it('reports an unexpected abort with its code, constant, module and line', () => {
    const r = results.get('vault_tests::fails_unexpected_abort')!;
    expect(r.error).toMatchObject({ status: 'ABORTED', abortCode: '1', constant: 'ENotOwner', module: '0x0::vault', function: 'withdraw', line: 33 });
    expect(r.error!.file).toMatch(/sources\/vault\.move$/);
    expect(r.output).toEqual(['[debug] "about to withdraw"']);
  });

  it('fails a test whose expected abort does not happen, or happens with another code', () => {
    expect(results.get('vault_tests::fails_no_abort')!.reason).toMatch(/expected the test to fail .*EEmpty.* but it succeeded/);
    expect(results.get('vault_tests::fails_wrong_code')!.reason).toMatch(/expected an abort with code EEmpty \(2\) in 0x0::vault, but the test aborted with code 1 \(ENotOwner\)/);
  });

  it('decodes clever errors: constant name and line', () => {
    expect(results.get('vault_tests::fails_clever_error')!.error).toMatchObject({ constant: 'ETooMuch', line: 35 });
    expect(results.get('vault_tests::clever_error_expected')!.passed).toBe(true);
  });

  it('keeps print output under the test that printed', () => {
    expect(results.get('vault_tests::shared_flow_passes')!.output).toEqual(['[debug] 10']);
  });

  it('honours the gas limit', () => {
    const spin = b.tests.find((t) => t.name.endsWith('::spins_forever'))!;
    const flow = b.tests.find((t) => t.name.endsWith('::shared_flow_passes'))!;
    const small = new TestRunner(b.modules, { gasLimit: 500 });
    expect(small.run(spin).passed).toBe(true);
    const r = small.run(flow);
    expect(r.passed).toBe(false);
    expect(r.error?.status).toBe('OUT_OF_GAS');
  });

  it('commits each pseudo-transaction to the store with consensus-path versions', () => {
    const flow = b.tests.find((t) => t.name.endsWith('::shared_flow_passes'))!;
    let live: Array<{ type: string; version: number; owner: unknown }> = [];
    expect(new TestRunner(b.modules).run(flow, (s) => (live = [...s.store.liveObjects()].map((r) => ({ type: (r.data as { type: string }).type, version: r.version, owner: r.owner })))).passed).toBe(true);
    // Shared by tx 0 (no inputs: Lamport version 1), then taken and returned by tx 1 and tx 2.
    expect(live).toEqual([{ type: expect.stringMatching(/::vault::Vault$/), version: 3, owner: { Shared: { initialSharedVersion: 1 } } }]);
  });

  it('gives each test fresh state (same result run twice, in any order)', () => {
    const runner = new TestRunner(b.modules);
    const picked = b.tests.filter((t) => t.name.includes('scenario_tests'));
    const once = picked.map((t) => runner.run(t));
    const again = [...picked].reverse().map((t) => runner.run(t)).reverse();
    expect(again).toEqual(once);
  });
});

describe('expected_failure attributes', () => {
  const self = { address: '0x' + '0'.repeat(64), name: 't' };
  const modules = new Map([[`${self.address}::t`, { moduleHandles: [self], constants: [{ name: 'E', type: 'u64', value: 7n }] } as never]]);
  const r = { modules, addresses: new Map() };
  const exp = (args: Array<[string, string | boolean]>) => expectationOf([{ name: 'test', args: [] }, { name: 'expected_failure', args }], self, r);

  it('parses the forms of Sui', () => {
    expect(expectationOf([{ name: 'test', args: [] }], self, r)).toEqual({ kind: 'success' });
    expect(exp([])).toEqual({ kind: 'failure', expected: { kind: 'any' } });
    expect(exp([['abort_code', '3']])).toEqual({ kind: 'failure', expected: { kind: 'abort', code: 3n } });
    expect(exp([['abort_code', 'E']])).toMatchObject({ expected: { kind: 'abort', code: 7n, location: self, constant: { name: 'E' } } });
    expect(exp([['abort_code', 't::E']])).toMatchObject({ expected: { code: 7n } });
    expect(exp([['out_of_gas', true], ['location', 'Self']])).toEqual({ kind: 'failure', expected: { kind: 'out_of_gas', location: self } });
    expect(exp([['vector_error', true], ['minor_status', '1'], ['location', 'Self']])).toEqual({ kind: 'failure', expected: { kind: 'vector_error', minorStatus: 1n, location: self } });
    expect(exp([['arithmetic_error', true]])).toEqual({ kind: 'failure', expected: { kind: 'arithmetic_error' } });
    expect(exp([['major_status', '4016'], ['minor_status', '5']])).toEqual({ kind: 'failure', expected: { kind: 'abort', code: 5n } });
  });

  it('refuses unknown constants and modules', () => {
    expect(exp([['abort_code', 'ENope']])).toMatchObject({ kind: 'invalid' });
    expect(exp([['abort_code', 'nope::E']])).toMatchObject({ kind: 'invalid' });
    expect(exp([['location', 'nope']])).toMatchObject({ kind: 'invalid' });
  });
});

describe('the examples', () => {
  const root = join(__dirname, '../../examples');
  for (const ex of readdirSync(root).sort()) {
    it(`${ex}: every test passes`, () => {
      const b = build(join(root, ex));
      const results = runTests(b.modules, b.tests);
      expect(results.length).toBeGreaterThan(2);
      expect(results.filter((r) => !r.passed).map((r) => `${r.name}: ${r.reason}`)).toEqual([]);
    });
  }
});
