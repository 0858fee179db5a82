// The benchmark workloads (bench/workloads/): deterministic in (name, parameters), every
// transaction of a small batch succeeds through the sequential executor, and each workload takes
// the paths it is meant to (transfers all fast, counter-hot all consensus, mixed about its ratio).

import { describe, expect, it } from 'vitest';
import { buildWorkload, normalizeParams, ParamError, WORKLOAD_NAMES, type WorkloadName } from '../../bench/workloads/index.js';
import { Rng } from '../../bench/workloads/rng.js';
import { PackageCache } from '../../vm/execution/packages.js';
import { transactionDigest } from '../../vm/execution/transaction.js';
import { MemoryStore } from '../../vm/objects/memory-store.js';
import { runBatch } from '../../vm/scheduler/sequential.js';

const packages = new PackageCache();
const build = (name: WorkloadName, txs: number, seed: number, extra = {}) => buildWorkload(name, new MemoryStore(), { txs, seed, accounts: 8, ...extra }, packages);
const digests = (w: ReturnType<typeof build>) => w.txs.map((t) => transactionDigest(t.data).text);

describe('workloads', () => {
  it('the PRNG is deterministic per seed and stream', () => {
    const a = new Rng(7, 'x');
    const b = new Rng(7, 'x');
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    const c = new Rng(7, 'y');
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
    const r = new Rng(1);
    for (let i = 0; i < 200; i++) {
      const k = r.intExcept(5, 2);
      expect(k).not.toBe(2);
      expect(k).toBeGreaterThanOrEqual(0);
      expect(k).toBeLessThan(5);
    }
  });

  for (const name of WORKLOAD_NAMES) {
    it(`${name}: same seed, same transactions and genesis; another seed, different ones`, () => {
      const a = build(name, 12, 5);
      const b = build(name, 12, 5);
      const c = build(name, 12, 6);
      expect(a.txs).toHaveLength(12);
      expect(digests(a)).toEqual(digests(b));
      expect(a.genesisDigest).toBe(b.genesisDigest);
      expect(digests(c)).not.toEqual(digests(a));
      expect(c.genesisDigest).not.toBe(a.genesisDigest);
      // No two transactions of a batch spend the same owned version (gas included).
      const owned = a.txs.flatMap((t) => [...t.data.gasPayment.map((g) => `${g.id}:${g.version}`), ...t.data.inputs.flatMap((i) => ('Object' in i ? [`${i.Object.id}:${i.Object.version}`] : []))]);
      expect(new Set(owned).size).toBe(owned.length);
    });
  }

  for (const name of WORKLOAD_NAMES) {
    it(`${name}: every transaction succeeds through runBatch, and the run is reproducible`, () => {
      const run = () => {
        const w = build(name, 30, 3);
        return runBatch(w.store, w.txs, { packages: w.packages });
      };
      const r = run();
      expect(r.transactions.map((t) => t.status.kind)).toEqual(Array(30).fill('success'));
      expect(run().stats.stateDigest).toBe(r.stats.stateDigest);
      const paths = { fast: r.stats.fast, consensus: r.stats.consensus };
      if (name === 'transfers' || name === 'nft-mint') expect(paths).toEqual({ fast: 30, consensus: 0 });
      if (name === 'counter-hot' || name === 'counters' || name === 'amm') expect(paths).toEqual({ fast: 0, consensus: 30 });
    });
  }

  it('counter-hot uses one shared object, counters K of them, amm P pools', () => {
    const shared = (w: ReturnType<typeof build>) => new Set(w.txs.flatMap((t) => t.data.inputs.flatMap((i) => ('Shared' in i ? [i.Shared.id] : []))));
    expect(shared(build('counter-hot', 40, 1)).size).toBe(1);
    expect(shared(build('counters', 200, 1, { counters: 4 })).size).toBe(4);
    expect(shared(build('amm', 100, 1, { pools: 2 })).size).toBe(2);
  });

  it('mixed takes about its shared ratio through consensus', () => {
    const w = build('mixed', 400, 9, { sharedRatio: 0.25 });
    const r = runBatch(w.store, w.txs, { packages: w.packages });
    expect(r.stats.success).toBe(400);
    expect(r.stats.fast + r.stats.consensus).toBe(400);
    expect(r.stats.consensus / 400).toBeGreaterThan(0.18);
    expect(r.stats.consensus / 400).toBeLessThan(0.32);
    const none = build('mixed', 50, 9, { sharedRatio: 0 });
    expect(none.txs.every((t) => t.data.inputs.every((i) => !('Shared' in i)))).toBe(true);
  });

  it('parameters are checked', () => {
    expect(normalizeParams({ txs: 5 })).toMatchObject({ txs: 5, seed: 1, counters: 16, sharedRatio: 0.1, pools: 4 });
    expect(() => normalizeParams({ txs: 0 })).toThrow(ParamError);
    expect(() => normalizeParams({ sharedRatio: 1.5 })).toThrow(/shared-ratio/);
    expect(() => normalizeParams({ pools: 0 })).toThrow(/pools/);
  });
});
