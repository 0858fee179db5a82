// `deed bench` through the built CLI: the --json summary, bad options (exit 2, no stack trace),
// the sequential and parallel executors agreeing on the state digest, and --emit: the batch and
// its genesis replayed by `deed exec` on a fresh store reach the bench's state digest.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chainCli } from './chain-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'deed-bench-cli-'));
function deed(...args: string[]) {
  const r = spawnSync(process.execPath, [join(process.cwd(), 'bin/deed.js'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function benchJson(...args: string[]): Record<string, any> {
  const r = deed('bench', ...args, '--json');
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Record<string, any>;
}

describe('deed bench', () => {
  it('--json prints one object with the run summary', () => {
    const out = benchJson('--workload', 'transfers', '--txs', '24', '--workers', '2', '--store', 'memory', '--seed', '3');
    expect(out).toMatchObject({ ok: true, workload: 'transfers', txs: 24, workers: 2, executor: 'parallel', fastPath: 24, consensus: 0, success: 24, failed: 0, seed: 3, store: 'memory' });
    for (const k of ['seconds', 'tps', 'parallelism', 'cpuSeconds', 'cores', 'commits']) expect(typeof out[k], k).toBe('number');
    expect(out['stateDigest']).toMatch(/^[1-9A-HJ-NP-Za-km-z]{32,44}$/);
  });

  it('the sequential and the parallel executor reach the same state digest', () => {
    const seq = benchJson('--workload', 'counters', '--txs', '24', '--counters', '3', '--sequential');
    const par = benchJson('--workload', 'counters', '--txs', '24', '--counters', '3', '--workers', '2');
    expect(seq).toMatchObject({ executor: 'sequential', workers: 0, consensus: 24, success: 24 });
    expect(par.stateDigest).toBe(seq.stateDigest);
  });

  it('prints a human summary', () => {
    const r = deed('bench', '--workload', 'counter-hot', '--txs', '10', '--sequential', '--store', 'memory');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^counter-hot: 10 transactions \(0 fast path, 10 consensus\) on the sequential executor, memory store, seed 1/);
    expect(r.stdout).toMatch(/tps/);
    expect(r.stdout).toMatch(/state digest /);
  });

  it('bad options: a clear message, exit 2, no stack trace', () => {
    const cases: Array<[string[], RegExp]> = [
      [['--workload', 'nope'], /unknown workload "nope" \(one of transfers, nft-mint/],
      [['--txs', 'ten'], /--txs expects a whole number/],
      [['--txs', '0'], /--txs must be a whole number from 1/],
      [['--workers', '0'], /--workers must be from 1 to 64/],
      [['--shared-ratio', '1.5'], /--shared-ratio must be a number from 0 to 1/],
      [['--shared-ratio', 'x'], /--shared-ratio expects a number/],
      [['--store', 'disk'], /--store is memory or lmdb/],
      [['--frobnicate'], /unknown option/],
    ];
    for (const [args, message] of cases) {
      const r = deed('bench', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('--emit writes the batch with its genesis; deed exec replays it on a fresh store to the same state digest', () => {
    const file = join(dir, 'mixed.jsonl');
    const bench = benchJson('--workload', 'mixed', '--txs', '30', '--shared-ratio', '0.3', '--counters', '2', '--seed', '11', '--emit', file);
    expect(bench.consensus).toBeGreaterThan(0);
    expect(bench.fastPath).toBeGreaterThan(0);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(31);
    const genesis = JSON.parse(lines[0]!) as { genesis: Record<string, any> };
    expect(genesis.genesis).toMatchObject({ format: 'deed-bench/1', workload: 'mixed', params: { txs: 30, seed: 11, sharedRatio: 0.3, counters: 2 } });
    expect(JSON.parse(lines[1]!)).toHaveProperty('signature.signature');

    const c = chainCli('deed-bench-replay-');
    const replay = c.json('exec', file);
    expect(replay.code, replay.stderr).toBe(0);
    expect(replay.out['stats']).toMatchObject({ transactions: 30, success: 30, malformed: 0, stateDigest: bench.stateDigest });
    expect(replay.out['stats'].consensus).toBe(bench.consensus);

    // The genesis needs a fresh store: a second replay on the same one is refused.
    const again = c.deed('exec', file);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/needs a fresh store/);
  });
});
