// A batch killed between two of its consensus commits, then run again from the start on what the
// store kept, ends in the uninterrupted run's state. The committed transactions are refused as
// AlreadyExecuted; the others are sequenced into the commits that follow, numbered on from the
// store's last prologue (consensus.ts, nextCommitIndex), so their prologues set the Clock exactly
// as the uninterrupted run's did. (Numbered from 0 in each run, the rerun's prologues differed from
// the oracle's, and so did the Clock and the state digest.) With congestion control deferring
// transactions, the carry-over stored with the last commit (CommitBatch.deferred) puts the deferred
// ones first again, with their deferrals. (Queued in arrival order instead, they were sequenced
// into other commits, and some cancelled that the oracle ran, or the other way round.)
// The "kill" is a store whose commit throws after a given number of commits.

import { describe, expect, it } from 'vitest';
import { buildWorkload, type WorkloadParams } from '../../../bench/workloads/index.js';
import { PackageCache } from '../../../vm/execution/packages.js';
import { MemoryStore } from '../../../vm/objects/memory-store.js';
import type { CommitBatch } from '../../../vm/objects/store.js';
import { nextCommitIndex } from '../../../vm/scheduler/consensus.js';
import { runParallel } from '../../../vm/scheduler/parallel.js';
import { runBatch } from '../../../vm/scheduler/sequential.js';
import type { BatchOptions, BatchResult } from '../../../vm/scheduler/results.js';

class DyingStore extends MemoryStore {
  /** Commits still allowed; the next one throws. */
  left = Number.POSITIVE_INFINITY;
  override commit(batch: CommitBatch): void {
    if (this.left <= 0) throw new Error('killed');
    this.left -= 1;
    super.commit(batch);
  }
}

type Options = Omit<BatchOptions, 'packages'>;

/**
 * The batch of `counters` killed after each of `kills` store commits (the parallel executor's first
 * commit holds only the fast-path prefix's locks), then run again; checked against the oracle.
 * `inFlight`: what the store's carry-over must hold at the kill (some, or none).
 */
function killAndRerun(params: Partial<WorkloadParams> & { txs: number }, options: Options, kills: { sequential: number[]; parallel: number[] }, inFlight: 'some' | 'none'): void {
  const packages = new PackageCache();
  const oracle = buildWorkload('counters', new MemoryStore(), params, packages);
  const done = runBatch(oracle.store, oracle.txs, { packages, ...options });

  it('the oracle has several consensus commits, and the store counts on from them', () => {
    expect(done.stats.consensus).toBe(params.txs);
    expect(done.stats.commits).toBeGreaterThanOrEqual(4);
    expect(nextCommitIndex(oracle.store)).toBe(done.stats.commits);
    // Every deferral ended in a schedule or a cancel: nothing is left carried over.
    expect(oracle.store.deferred()).toEqual([]);
    // A fresh genesis: the Clock was last written by the genesis.
    expect(nextCommitIndex(buildWorkload('counters', new MemoryStore(), params, packages).store)).toBe(0);
  });

  for (const kind of ['sequential', 'parallel'] as const) {
    for (const kept of kills[kind]) {
      it(`${kind}: killed after ${kept} store commit(s), the rerun reaches the oracle's state`, async () => {
        const store = new DyingStore();
        const w = buildWorkload('counters', store, params, packages);
        const run = async (): Promise<BatchResult> => (kind === 'sequential' ? runBatch(store, w.txs, { packages, ...options }) : runParallel(store, w.txs, { packages, workers: 2, reads: 'batch', ...options }));
        store.left = kept;
        await expect(run()).rejects.toThrow('killed');
        const committed = done.transactions.filter((t) => t.digest !== undefined && store.getTransaction(t.digest) !== undefined);
        // Killed mid-batch: some of its transactions are in, not all.
        expect(committed.length).toBeGreaterThan(0);
        expect(committed.length).toBeLessThan(params.txs);
        const carried = store.deferred();
        if (inFlight === 'some') expect(carried.length).toBeGreaterThan(0);
        else expect(carried).toEqual([]);
        // A deferred transaction is never committed before it is scheduled or cancelled.
        for (const d of carried) expect(store.getTransaction(d.digest)).toBeUndefined();
        store.left = Number.POSITIVE_INFINITY;
        const again = await run();
        expect(again.transactions.filter((t) => t.status.kind === 'rejected' && t.status.code === 'AlreadyExecuted').length).toBe(committed.length);
        // The rest end as they did in the uninterrupted run: same status, same deferrals.
        const inStore = new Set(committed.map((t) => t.digest));
        const rest = (r: BatchResult): string[] => r.transactions.filter((t) => !inStore.has(t.digest)).map((t) => `${t.digest} ${t.status.kind} ${t.deferrals}`);
        expect(rest(again)).toEqual(rest(done));
        expect(store.stateDigest()).toBe(done.stats.stateDigest);
        expect(nextCommitIndex(store)).toBe(done.stats.commits);
        expect(store.deferred()).toEqual([]);
      }, 120_000);
    }
  }
}

describe('a batch run again after a kill between its consensus commits', () => {
  killAndRerun({ txs: 240, seed: 5 }, { maxPerCommit: 40 }, { sequential: [1, 3], parallel: [2, 4] }, 'none');
});

describe('a batch run again after a kill while congestion control has transactions deferred', () => {
  // 4 counters, 40 transactions per commit, 3 per counter: most commits defer some, and 2 deferrals cancel.
  const congestion = { mode: 'count', budgetPerObject: 3n, maxDeferrals: 2 } as const;
  killAndRerun({ txs: 240, seed: 5, counters: 4 }, { maxPerCommit: 40, congestion }, { sequential: [2, 7], parallel: [3, 8] }, 'some');
});
