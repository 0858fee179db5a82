// The arrival phase's prefix commits (parallel.ts, prefixCommitSize): `commitEvery` transactions
// each, except at the end of a run with worker threads, where they shrink to what is left, so the
// last commit (which the workers sit out) is short. Whatever the sizes, the store ends in the
// oracle's state.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWorkload } from '../../../bench/workloads/index.js';
import { PackageCache } from '../../../vm/execution/packages.js';
import { LmdbStore } from '../../../vm/objects/lmdb-store.js';
import { MemoryStore } from '../../../vm/objects/memory-store.js';
import type { CommitBatch } from '../../../vm/objects/store.js';
import { prefixCommitSize, runParallel } from '../../../vm/scheduler/parallel.js';
import { runBatch } from '../../../vm/scheduler/sequential.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('prefixCommitSize', () => {
  it('is commitEvery with no worker thread, or with nothing executing', () => {
    expect(prefixCommitSize(256, false, 10, 5)).toBe(256);
    expect(prefixCommitSize(256, true, 0, 5)).toBe(256);
    expect(prefixCommitSize(4, false, 3, 1)).toBe(4);
  });

  it('with worker threads executing, shrinks to what is left to finish, down to 32', () => {
    expect(prefixCommitSize(256, true, 1, 1000)).toBe(256);
    expect(prefixCommitSize(256, true, 1, 256)).toBe(256);
    expect(prefixCommitSize(256, true, 1, 100)).toBe(100);
    expect(prefixCommitSize(256, true, 1, 33)).toBe(33);
    expect(prefixCommitSize(256, true, 1, 10)).toBe(32);
    expect(prefixCommitSize(256, true, 1, 0)).toBe(32);
  });

  it('never exceeds a commitEvery below 32', () => {
    expect(prefixCommitSize(2, true, 5, 100)).toBe(2);
    expect(prefixCommitSize(2, true, 5, 1)).toBe(2);
  });
});

describe('prefix commits of a run on the LMDB store', () => {
  const packages = new PackageCache();
  const params = { txs: 400, seed: 11 };
  const oracle = buildWorkload('transfers', new MemoryStore(), params, packages);
  const expected = runBatch(oracle.store, oracle.txs, { packages });

  for (const workers of [1, 2]) {
    it(`${workers} lane(s): every transaction is committed once, the commits follow the rule, the state is the oracle's`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'deed-prefix-'));
      dirs.push(dir);
      const store = LmdbStore.open(dir);
      const w = buildWorkload('transfers', store, params, packages);
      const sizes: number[] = [];
      const commit = store.commit.bind(store);
      store.commit = (b: CommitBatch): void => {
        sizes.push(b.transactions.length);
        commit(b);
      };
      const commitEvery = 128;
      const r = await runParallel(store, w.txs, { packages, workers, commitEvery });
      store.commit = commit;
      try {
        expect(r.stats.stateDigest).toBe(expected.stats.stateDigest);
        expect(store.stateDigest()).toBe(expected.stats.stateDigest);
        expect(r.transactions.map((t) => t.status)).toEqual(expected.transactions.map((t) => t.status));
        expect(r.stats.success).toBe(params.txs);
        expect(sizes.reduce((a, b) => a + b, 0)).toBe(params.txs);
        const allButLast = sizes.slice(0, -1);
        // A prefix can pass the threshold by more than one transaction at once, never fall short of it.
        if (workers === 1) for (const s of allButLast) expect(s).toBeGreaterThanOrEqual(commitEvery);
        else for (const s of allButLast) expect(s).toBeGreaterThanOrEqual(32);
      } finally {
        store.close();
      }
    }, 60_000);
  }
});
