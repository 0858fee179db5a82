// A batch killed between two of its consensus commits, then run again from the start on what the
// store kept, ends in the uninterrupted run's state. The committed transactions are refused as
// AlreadyExecuted; the others are sequenced into the commits that follow, numbered on from the
// store's last prologue (consensus.ts, nextCommitIndex), so their prologues set the Clock exactly
// as the uninterrupted run's did. (Numbered from 0 in each run, the rerun's prologues differed from
// the oracle's, and so did the Clock and the state digest.)
// The "kill" is a store whose commit throws after a given number of commits.

import { describe, expect, it } from 'vitest';
import { buildWorkload } from '../../../bench/workloads/index.js';
import { PackageCache } from '../../../vm/execution/packages.js';
import { MemoryStore } from '../../../vm/objects/memory-store.js';
import type { CommitBatch } from '../../../vm/objects/store.js';
import { nextCommitIndex } from '../../../vm/scheduler/consensus.js';
import { runParallel } from '../../../vm/scheduler/parallel.js';
import { runBatch } from '../../../vm/scheduler/sequential.js';
import type { BatchResult } from '../../../vm/scheduler/results.js';

class DyingStore extends MemoryStore {
  /** Commits still allowed; the next one throws. */
  left = Number.POSITIVE_INFINITY;
  override commit(batch: CommitBatch): void {
    if (this.left <= 0) throw new Error('killed');
    this.left -= 1;
    super.commit(batch);
  }
}

const PARAMS = { txs: 240, seed: 5 };
const OPTIONS = { maxPerCommit: 40 };

describe('a batch run again after a kill between its consensus commits', () => {
  const packages = new PackageCache();
  const oracle = buildWorkload('counters', new MemoryStore(), PARAMS, packages);
  const done = runBatch(oracle.store, oracle.txs, { packages, ...OPTIONS });

  it('the oracle has several consensus commits, and the store counts on from them', () => {
    expect(done.stats.consensus).toBe(PARAMS.txs);
    expect(done.stats.commits).toBeGreaterThanOrEqual(4);
    expect(nextCommitIndex(oracle.store)).toBe(done.stats.commits);
    // A fresh genesis: the Clock was last written by the genesis.
    expect(nextCommitIndex(buildWorkload('counters', new MemoryStore(), PARAMS, packages).store)).toBe(0);
  });

  for (const kind of ['sequential', 'parallel'] as const) {
    // The parallel run's first store commit holds none of the batch yet (the fast-path prefix, empty here).
    for (const kept of kind === 'sequential' ? [1, 3] : [2, 4]) {
      it(`${kind}: killed after ${kept} store commit(s), the rerun reaches the oracle's state`, async () => {
        const store = new DyingStore();
        const w = buildWorkload('counters', store, PARAMS, packages);
        const run = async (): Promise<BatchResult> => (kind === 'sequential' ? runBatch(store, w.txs, { packages, ...OPTIONS }) : runParallel(store, w.txs, { packages, workers: 2, reads: 'batch', ...OPTIONS }));
        store.left = kept;
        await expect(run()).rejects.toThrow('killed');
        const committed = done.transactions.filter((t) => t.digest !== undefined && store.getTransaction(t.digest) !== undefined).length;
        // Killed mid-batch: some of its transactions are in, not all.
        expect(committed).toBeGreaterThan(0);
        expect(committed).toBeLessThan(PARAMS.txs);
        store.left = Number.POSITIVE_INFINITY;
        const again = await run();
        expect(again.transactions.filter((t) => t.status.kind === 'rejected' && t.status.code === 'AlreadyExecuted').length).toBe(committed);
        expect(again.transactions.filter((t) => t.status.kind === 'success').length).toBe(PARAMS.txs - committed);
        expect(store.stateDigest()).toBe(done.stats.stateDigest);
        expect(nextCommitIndex(store)).toBe(done.stats.commits);
      }, 120_000);
    }
  }
});
