// `deed exec FILE.jsonl` end to end: examples/counter published through the CLI, then one batch
// with a good fast-path line, a consensus abort (ENotOwner), two lines spending the same coin
// version (equivocation), malformed lines (bad JSON, unknown sender) and a good consensus line.
// Each line gets its own status, the rest commit, and the command exits 0 because the batch ran
// (the statuses are the result); --json gives { ok, transactions, stats }.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chainCli } from './chain-cli.js';

const { dir, deed, json } = chainCli('deed-exec-');

describe('deed exec', () => {
  let pkg = '';
  let counter = '';
  let spare = { id: '', version: 0 };
  const line = (sender: string, fn: string, inputs: unknown[], extra: Record<string, unknown> = {}) =>
    JSON.stringify({ sender, inputs, commands: [{ MoveCall: { package: pkg, module: 'counter', function: fn, typeArguments: [], arguments: inputs.map((_, i) => ({ Input: i })) } }], ...extra });

  beforeAll(() => {
    expect(deed('keys', 'new', '--alias', 'alice').code).toBe(0);
    expect(deed('keys', 'new', '--alias', 'bob').code).toBe(0);
    for (let i = 0; i < 3; i++) expect(deed('faucet').code).toBe(0);
    for (let i = 0; i < 2; i++) expect(deed('faucet', 'bob').code).toBe(0);
    const small = json('faucet', 'alice', '--amount', '2000000000').out['coin'] as string;
    const pub = json('publish', join(process.cwd(), 'examples/counter'));
    expect(pub.code).toBe(0);
    pkg = pub.out['packageId'];
    const made = json('call', `${pkg}::counter::create`);
    counter = (made.out['effects']['created'] as Array<{ id: string; owner: any }>).find((c) => c.owner.Shared)!.id;
    const o = json('object', small).out;
    spare = { id: o['id'], version: o['version'] };
  }, 120_000);

  it('gives every line its own status; the others commit; exit 0 because the batch ran', () => {
    const file = join(dir, 'batch.jsonl');
    const shared = { Shared: { id: counter, mutable: true } };
    writeFileSync(
      file,
      [
        line('alice', 'create_tally', []),
        line('bob', 'set_value', [shared, { Pure: { type: 'u64', value: 7 } }]), // not the owner: aborts
        line('alice', 'create_tally', [], { gasPayment: [spare] }),
        line('alice', 'create_tally', [], { gasPayment: [spare], gasBudget: '400000000' }), // same coin version, another transaction
        '{ not json',
        '',
        line('alice', 'increment', [shared]),
        line('nobody', 'create_tally', []),
        line('bob', 'create_tally', []),
      ].join('\n') + '\n',
    );
    const r = json('exec', file);
    expect(r.code).toBe(0);
    const txs = r.out['transactions'] as Array<Record<string, any>>;
    expect(txs.map((t) => [t['line'], t['path'], t['status']])).toEqual([
      [1, 'fast', 'success'],
      [2, 'consensus', 'failure'],
      [3, 'fast', 'success'],
      [4, 'fast', 'equivocation'],
      [5, null, 'malformed'],
      [7, 'consensus', 'success'],
      [8, null, 'malformed'],
      [9, 'fast', 'success'],
    ]);
    expect(txs[1]!['error']['kind']).toBe('MoveAbort');
    expect(txs[1]!['message']).toMatch(/ENotOwner/);
    expect(txs[3]!['holder']).toBe(txs[2]!['digest']);
    expect(txs[3]!['object']).toBe(spare.id);
    expect(txs[4]!['message']).toMatch(/^line 5: not JSON/);
    expect(txs[6]!['message']).toMatch(/^line 8: no key for nobody/);
    expect(txs[0]!['effects']['transactionDigest']).toBe(txs[0]!['digest']);
    expect(r.out['stats']).toMatchObject({ transactions: 8, malformed: 2, fast: 4, consensus: 2, success: 4, failed: 1, equivocations: 1, commits: 1, deferred: 0, cancelled: 0 });
    expect(typeof r.out['stats']['stateDigest']).toBe('string');
    expect(typeof r.out['stats']['tps']).toBe('number');
    // The committed ones are on the chain; the counter took the good increment only.
    expect(deed('tx', txs[5]!['digest']).code).toBe(0);
    expect(json('object', counter).out['contents'][2]).toBe(1);
  });

  it('prints one line per transaction and the statistics in text form', () => {
    const file = join(dir, 'text.jsonl');
    writeFileSync(file, [line('alice', 'create_tally', []), 'nope'].join('\n'));
    const r = deed('exec', file);
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n');
    expect(rows[1]).toMatch(/^\s+1 {2}\w{43,44} {2}fast {7}success$/);
    expect(rows[2]).toMatch(/^\s+2 {2}- +- +malformed: line 2: not JSON/);
    expect(r.stdout).toMatch(/2 transactions \(1 fast path, 0 consensus, 1 malformed\): 1 success/);
    expect(r.stdout).toMatch(/state digest \w+/);
  });

  it('runs on the parallel executor by default, and --sequential and --workers N agree with it', () => {
    const file = join(dir, 'again.jsonl');
    writeFileSync(file, [line('alice', 'create_tally', []), line('bob', 'create_tally', []), line('alice', 'increment', [{ Shared: { id: counter, mutable: true } }])].join('\n'));
    const par = deed('exec', file, '--workers', '2');
    expect(par.code).toBe(0);
    expect(par.stdout).toMatch(/tps \(2 workers, parallelism \d+\.\d\d, \d+ store commits?\)/);
    expect(par.stdout).toMatch(/3 transactions \(2 fast path, 1 consensus, 0 malformed\): 3 success/);
    // The same lines again (gas is picked afresh, so they are new transactions), in process.
    const seq = json('exec', file, '--sequential');
    expect(seq.code).toBe(0);
    expect(seq.out['stats']).toMatchObject({ executor: 'sequential', success: 3, fast: 2, consensus: 1 });
    expect(json('object', counter).out['contents'][2]).toBe(3);
    const bad = deed('exec', file, '--workers', '0');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--workers.*from 1 to 64/);
  }, 60_000);

  it('run again, a committed line that names its gas coin is refused as AlreadyExecuted; one without takes a new coin', () => {
    const coin = (who: string) => {
      const o = json('object', json('faucet', who, '--amount', '2000000000').out['coin'] as string).out;
      return { id: o['id'], version: o['version'] };
    };
    const file = join(dir, 'rerun.jsonl');
    const shared = { Shared: { id: counter, mutable: true } };
    writeFileSync(file, [line('alice', 'create_tally', [], { gasPayment: [coin('alice')] }), line('bob', 'increment', [shared], { gasPayment: [coin('bob')] }), line('alice', 'create_tally', [])].join('\n'));
    const before = json('object', counter).out['contents'][2] as number;
    const first = json('exec', file);
    expect((first.out['transactions'] as Array<Record<string, any>>).map((t) => t['status'])).toEqual(['success', 'success', 'success']);
    const second = json('exec', file);
    const txs = second.out['transactions'] as Array<Record<string, any>>;
    expect(txs.map((t) => [t['status'], t['code']])).toEqual([
      ['rejected', 'AlreadyExecuted'],
      ['rejected', 'AlreadyExecuted'],
      ['success', undefined],
    ]);
    expect(txs[0]!['digest']).toBe((first.out['transactions'] as Array<Record<string, any>>)[0]!['digest']);
    // The increment ran once.
    expect(json('object', counter).out['contents'][2]).toBe(before + 1);
  }, 60_000);

  it('an unreadable file is a user error (exit 1)', () => {
    const r = deed('exec', join(dir, 'missing.jsonl'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^deed: cannot read/);
  });
});
