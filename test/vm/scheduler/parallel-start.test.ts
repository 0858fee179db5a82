// The start of a parallel run's arrival phase (parallel.ts, DagRunner.startAll). Admitting a
// consensus-path transaction finishes it at once (it is queued for its commit), which makes the
// next transaction on the same shared object ready right then. A batch longer than one parse
// slice (256) has signature verdicts back before the DAG starts, so those admissions happen inside
// startAll; every transaction must still be admitted exactly once: the same path and status as the
// sequential oracle's, and progress reported once per transaction. (Started twice, a transaction
// was refused as a duplicate of itself, lost its path, and counted twice.)

import { describe, expect, it } from 'vitest';
import { buildWorkload } from '../../../bench/workloads/index.js';
import { MemoryStore } from '../../../vm/objects/memory-store.js';
import { runParallel } from '../../../vm/scheduler/parallel.js';
import { runBatch } from '../../../vm/scheduler/sequential.js';

describe('parallel run start', () => {
  it('admits each transaction once when predecessors finish while the DAG starts (counters, 600 transactions)', async () => {
    const params = { txs: 600, seed: 2 };
    const a = buildWorkload('counters', new MemoryStore(), params);
    const oracle = runBatch(a.store, a.txs, { packages: a.packages });
    const b = buildWorkload('counters', new MemoryStore(), params);
    const progress: number[] = [];
    const par = await runParallel(b.store, b.txs, { packages: b.packages, workers: 2, onProgress: (done) => progress.push(done) });
    expect(oracle.transactions.filter((t) => t.path === 'consensus').length).toBeGreaterThan(500);
    for (const [i, t] of par.transactions.entries()) {
      const o = oracle.transactions[i]!;
      expect(t.path, `#${i}`).toBe(o.path);
      expect(t.status, `#${i}`).toEqual(o.status);
    }
    expect(par.stats.fast).toBe(oracle.stats.fast);
    expect(par.stats.consensus).toBe(oracle.stats.consensus);
    expect(par.stats.stateDigest).toBe(oracle.stats.stateDigest);
    expect(progress).toEqual(Array.from({ length: params.txs }, (_, k) => k + 1));
  }, 120_000);
});
