// The parallel executor against the sequential oracle on hand-made batches: the mixed batch
// (fast successes and aborts, an equivocation, consensus bumps with an abort), congestion deferral
// and cancellation, a crashed worker, both read modes (memory store: shipped reads; LMDB: the
// workers read the store). Every comparison is byte for byte: effects, digests, live objects,
// the state digest.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SignedTransaction } from '../../../vm/execution/signature.js';
import { LmdbStore } from '../../../vm/objects/lmdb-store.js';
import type { ObjectStore } from '../../../vm/objects/store.js';
import { ParallelExecutor, runParallel, type ParallelOptions, type ParallelResult } from '../../../vm/scheduler/parallel.js';
import { runBatch, type BatchResult } from '../../../vm/scheduler/sequential.js';
import { moveCall, shared } from '../execution/chain.js';
import { mixed, world, type World } from './counter-world.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function lmdb(): LmdbStore {
  const d = mkdtempSync(join(tmpdir(), 'deed-par-'));
  dirs.push(d);
  return LmdbStore.open(d);
}

function live(store: ObjectStore): string[] {
  return [...store.liveObjects()].map((o) => `${o.id}@${o.version}:${o.digest}`);
}

function same(a: BatchResult, b: ParallelResult, sa: ObjectStore, sb: ObjectStore): void {
  expect(b.transactions.map((t) => [t.index, t.digest, t.path, t.status, t.deferrals, t.commit])).toEqual(a.transactions.map((t) => [t.index, t.digest, t.path, t.status, t.deferrals, t.commit]));
  expect(b.transactions.map((t) => t.effectsBytes && Buffer.from(t.effectsBytes).toString('hex'))).toEqual(a.transactions.map((t) => t.effectsBytes && Buffer.from(t.effectsBytes).toString('hex')));
  expect(b.stats.stateDigest).toBe(a.stats.stateDigest);
  expect(sb.stateDigest()).toBe(sa.stateDigest());
  expect(live(sb)).toEqual(live(sa));
}

async function compare(build: (w: World) => SignedTransaction[], options: Partial<ParallelOptions> & { workers: number }, store: () => ObjectStore = () => undefined as never): Promise<{ a: BatchResult; b: ParallelResult; wa: World; wb: World }> {
  const wa = world();
  const wb = options.reads === 'store' ? world(store()) : world();
  const a = runBatch(wa.t.store, build(wa), wa.options(options));
  const b = await runParallel(wb.t.store, build(wb), { ...wb.options(options), ...options });
  same(a, b, wa.t.store, wb.t.store);
  return { a, b, wa, wb };
}

describe('the parallel executor matches the sequential oracle', () => {
  it('on the mixed batch, with 1 and 3 workers, reads shipped from a memory store', async () => {
    for (const workers of [1, 3]) {
      const { b } = await compare(mixed, { workers });
      expect(b.stats).toMatchObject({ workers, reads: 'batch', fast: 5, consensus: 3, success: 5, failed: 2, equivocations: 1, commits: 1 });
    }
  }, 60_000);

  it('on the mixed batch with the workers reading the LMDB store', async () => {
    const { b } = await compare(mixed, { workers: 2, reads: 'store', commitEvery: 2 }, lmdb);
    expect(b.stats.reads).toBe('store');
    expect(b.stats.storeCommits).toBeGreaterThan(1);
  }, 60_000);

  it('defers and cancels under congestion exactly as the oracle does', async () => {
    const build = (w: World): SignedTransaction[] => [0, 1, 2, 3, 4].map(() => w.sign(w.t.alice, w.coin(w.t.alice), 'bump', [shared(w.counter)]));
    const { b } = await compare(build, { workers: 2, maxPerCommit: 5, congestion: { mode: 'count', budgetPerObject: 2n, maxDeferrals: 1 } });
    expect(b.transactions.map((x) => x.status.kind)).toEqual(['success', 'success', 'success', 'success', 'cancelled']);
  }, 60_000);

  it('runs a commit on two shared counters on the workers, and a one-counter commit in process, alike', async () => {
    const second = (w: World): string => w.t.created(w.t.ok(w.t.alice, { commands: [moveCall(`${w.pkg}::ctr::create`, [])] }), '::ctr::Counter')[0]!.id;
    const build = (w: World): SignedTransaction[] => {
      const other = second(w);
      return [0, 1, 2, 3, 4, 5].map((i) => w.sign(i % 2 ? w.t.bob : w.t.alice, w.coin(i % 2 ? w.t.bob : w.t.alice), i === 3 ? 'bump_fail' : 'bump', [shared(i % 2 ? other : w.counter)]));
    };
    const { b } = await compare(build, { workers: 2 });
    expect(b.transactions.map((x) => x.status.kind)).toEqual(['success', 'success', 'success', 'failure', 'success', 'success']);
    // Two independent chains of three: the workers ran them (their time is counted).
    expect(b.stats.parallelism).toBeGreaterThan(0);
  }, 60_000);

  it('replaces a crashed worker and re-runs its transaction, with nothing lost or applied twice', async () => {
    // workers 2: the main thread and one worker thread, which both test crashes kill in turn.
    const { b } = await compare(mixed, { workers: 2, crashOn: [0, 7] });
    expect(b.stats.workerRestarts).toBe(2);
    // With one lane there is no worker thread to crash.
    const w = world();
    await expect(runParallel(w.t.store, mixed(w), { ...w.options({}), workers: 1, crashOn: [0] })).rejects.toThrow(/crashOn needs a worker thread/);
  }, 60_000);

  it('serves one LMDB store after another with the same warm workers', async () => {
    const first = lmdb();
    const executor = await ParallelExecutor.start(first, { workers: 2 });
    try {
      for (const store of [first, lmdb()]) {
        const wa = world();
        const wb = world(store);
        const a = runBatch(wa.t.store, mixed(wa), wa.options({}));
        const b = await executor.run(wb.t.store, mixed(wb), { ...wb.options({}), commitEvery: 2 });
        same(a, b, wa.t.store, wb.t.store);
        expect(b.stats.reads).toBe('store');
      }
      // An executor that reads the store cannot run on a memory store.
      const m = world();
      await expect(executor.run(m.t.store, mixed(m), m.options({}))).rejects.toThrow(/LMDB stores only/);
    } finally {
      await executor.close();
    }
  }, 60_000);
});
