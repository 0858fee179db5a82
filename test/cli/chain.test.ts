// The local-chain commands end to end, as a user runs them: keys, faucet, publish, call, ptb,
// object, objects and tx against one persistent store folder, in text and JSON form, with the
// failure paths (an abort shows its constant and line; malformed input is a one-line error).

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chainCli } from './chain-cli.js';
import { demo } from '../../cli/commands/demo.js';

const { dir, deed, json } = chainCli('deed-chain-');

describe('the local chain from the command line', () => {
  let alice = '';
  let bob = '';
  let pkg = '';
  let counter = '';

  it('creates keys and funds them from the faucet', () => {
    alice = json('keys', 'new', '--alias', 'alice').out['address'];
    bob = json('keys', 'new', '--alias', 'bob').out['address'];
    expect(alice).toMatch(/^0x[0-9a-f]{64}$/);
    expect(deed('faucet').code).toBe(0);
    expect(deed('faucet', 'bob', '--amount', '5000000000').code).toBe(0);
    const keys = json('keys', 'list').out['keys'] as Array<{ address: string; alias: string; active: boolean; balance: string }>;
    expect(keys.map((k) => [k.alias, k.active, k.balance])).toEqual([['alice', true, '100000000000'], ['bob', false, '5000000000']]);
  });

  it('publishes a package: the package and its UpgradeCap are created', () => {
    const r = json('publish', join(process.cwd(), 'examples/counter'));
    expect(r.code).toBe(0);
    pkg = r.out['packageId'];
    expect(pkg).toMatch(/^0x[0-9a-f]{64}$/);
    const created = r.out['effects']['created'] as Array<{ id: string; owner: unknown }>;
    expect(created.map((c) => c.id)).toContain(pkg);
    expect(created.some((c) => JSON.stringify(c.owner) === JSON.stringify({ AddressOwner: alice }))).toBe(true);
  });

  it('calls entry functions; a shared object is found and passed as a shared input', () => {
    const made = json('call', `${pkg}::counter::create`);
    expect(made.code).toBe(0);
    counter = (made.out['effects']['created'] as Array<{ id: string; owner: any }>).find((c) => c.owner.Shared)!.id;
    expect(deed('call', `${pkg}::counter::increment`, '--args', counter).code).toBe(0);
    const obj = json('object', counter).out;
    expect(obj['type']).toBe(`${pkg}::counter::Counter`);
    expect(obj['contents'][2]).toBe(1);
    expect(deed('call', `${pkg}::counter::set_value`, '--args', counter, '41').code).toBe(0);
    expect(json('object', counter).out['contents'][2]).toBe(41);
  });

  it('reports an abort with its constant name and line, charges gas and changes nothing else', () => {
    const before = json('object', counter).out['contents'];
    const r = deed('call', `${pkg}::counter::set_value`, '--args', counter, '7', '--sender', 'bob');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/FAILED in command 0: MoveAbort/);
    expect(r.stderr).toMatch(/abort code 0 in 0x[0-9a-f]+::counter::assert_owner at instruction \d+: ENotOwner \(line \d+\)/);
    expect(json('object', counter).out['contents']).toEqual(before);
    const bobCoins = json('objects', '--owner', 'bob').out['objects'] as Array<{ contents: any }>;
    expect(BigInt(bobCoins[0]!.contents[1][0])).toBeLessThan(5000000000n);
  });

  it('runs a programmable transaction from JSON: split the gas coin and send a part', () => {
    const file = join(dir, 'split.json');
    writeFileSync(file, JSON.stringify({
      gasBudget: '100000000',
      inputs: [{ Pure: { type: 'u64', value: 1234 } }, { Pure: { type: 'address', value: bob } }],
      commands: [{ SplitCoins: { coin: 'GasCoin', amounts: [{ Input: 0 }] } }, { TransferObjects: { objects: [{ NestedResult: [0, 0] }], address: { Input: 1 } } }],
    }));
    const r = json('ptb', file);
    expect(r.code).toBe(0);
    const coin = (r.out['effects']['created'] as Array<{ id: string }>)[0]!.id;
    const obj = json('object', coin).out;
    expect(obj['owner']).toEqual({ AddressOwner: bob });
    expect(obj['contents'][1][0]).toBe(1234);
    const digest = r.out['effects']['transactionDigest'];
    expect(deed('tx', digest).stdout).toContain(`Transaction ${digest}: success`);
  });

  it('rejects malformed input with one clear line, never a stack trace', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ commands: [{ SplitCoins: { coin: 'GasCoin', amounts: [{ Input: 3 }] } }] }));
    const bad = deed('ptb', file);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^deed: .*\$\.commands\[0\]/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    writeFileSync(file, '{ not json');
    expect(deed('ptb', file).stderr).toMatch(/^deed: .* is not JSON/);
    expect(deed('object', '0x1234').stderr).toMatch(/^deed: no live object 0x1234/);
    expect(deed('call', `${pkg}::counter::nope`).stderr).toMatch(/^deed: counter has no function nope/);
    expect(deed('call', `${pkg}::counter::set_value`, '--args', counter, 'x').stderr).toMatch(/^deed: expected an integer for u64, got x/);
  });
});

describe('deed demo (npm start)', () => {
  it('runs its tour on a fresh store, and again on the same store', () => {
    const demoStore = join(dir, 'demo');
    const run = () => spawnSync(process.execPath, [join(process.cwd(), 'bin/deed.js'), 'demo', '--store', demoStore], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const first = run();
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/== deed publish examples\/counter\nPublished counter as package 0x[0-9a-f]{64}/);
    expect(first.stdout).toMatch(/counter::increment[^\n]*\nTransaction \w+: success/);
    const second = run();
    expect(second.status).toBe(0);
    expect(second.stdout).not.toContain('deed keys new');
  });

  it('finds examples/ when run from the TypeScript sources too', () => {
    // This test imports cli/commands/demo.ts itself (not dist/), where the folder is one level nearer.
    const out = demo({ store: join(dir, 'demo-src') });
    expect(out.ok).toBe(true);
    expect(out.text).toMatch(/== deed publish examples\/counter\nPublished counter as package 0x[0-9a-f]{64}/);
  });
});
