// The parallel executor against the sequential oracle (issue 7, SPEC §4). In: random workloads
// (random-workload.ts: a fast-check plan built into a genesis and a signed batch, the same on two
// fresh stores) and a random run setup: 1..8 workers, store B a MemoryStore or an LmdbStore (whose
// workers may read it directly), the commit grouping, and whether the batch is then submitted
// again. Out: assertions that runParallel on store B gives what runBatch gives on store A (a
// MemoryStore): per-transaction status (kind, codes, messages), path,
// deferrals and commit, byte-identical effects (events included), every digest, the batch
// statistics, the stored transactions and effects, the final state digest, the same live objects
// with the same digests, and the same lock holder for every (id, version) the batch names.
// Also: a hand-written plan and fixed-seed samples that show the generator produces every kind of
// outcome (so the property is not vacuous), and the generator's determinism.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { objectChanges } from '../../../vm/execution/effects.js';
import { PackageCache } from '../../../vm/execution/packages.js';
import { encodeSignedTransaction, type SignedTransaction } from '../../../vm/execution/signature.js';
import { LmdbStore } from '../../../vm/objects/lmdb-store.js';
import { MemoryStore } from '../../../vm/objects/memory-store.js';
import type { ObjectStore } from '../../../vm/objects/store.js';
import { runParallel, type ParallelOptions, type ParallelResult } from '../../../vm/scheduler/parallel.js';
import { describeStatus, runBatch, type BatchResult, type TxResult } from '../../../vm/scheduler/sequential.js';
import { buildWorkload, planArb, type Plan, type Workload } from './random-workload.js';

/**
 * The executor under test. DEED_PARALLEL_SELFTEST=1 puts the oracle itself in its place, to check
 * this harness (and the generator) apart from the executor.
 */
const parallel: typeof runParallel = process.env['DEED_PARALLEL_SELFTEST'] === '1' ? async (store, txs, options) => selftest(store, txs, options) : runParallel;

function selftest(store: ObjectStore, txs: readonly SignedTransaction[], options: ParallelOptions): ParallelResult {
  const r = runBatch(store, txs, options);
  return { transactions: r.transactions, stats: { ...r.stats, workers: options.workers, reads: options.reads ?? 'batch', parallelism: 1, storeCommits: 0, workerRestarts: 0 }, profile: r.transactions.map((t) => ({ index: t.index }) as ParallelResult['profile'][number]) };
}

/** Property runs; DEED_PARALLEL_RUNS=500 for a longer soak (a failure prints its seed and shrunk plan). */
const RUNS = Number(process.env['DEED_PARALLEL_RUNS'] ?? 15);

const hex = (b: Uint8Array | undefined): string | undefined => (b === undefined ? undefined : Buffer.from(b).toString('hex'));

/** A fresh MemoryStore with the plan's genesis and batch; a package cache of its own unless one is given. */
function workload(plan: Plan, packages?: PackageCache): Workload {
  return buildWorkload(plan, new MemoryStore(), packages ?? new PackageCache());
}

function liveSet(store: ObjectStore): Array<[string, number, string]> {
  return [...store.liveObjects()].map((o) => [o.id, o.version, o.digest]);
}

function show(labels: readonly string[], r: BatchResult): string {
  return r.transactions.map((t) => `#${t.index} ${labels[t.index]} [${t.path ?? '-'}] ${describeStatus(t.status).slice(0, 160)}${t.deferrals ? ` (deferred ${t.deferrals})` : ''}`).join('\n');
}

function sameTx(a: TxResult, b: TxResult, label: string): void {
  const at = `transaction #${a.index} (${label})`;
  expect(b.index, at).toBe(a.index);
  expect(b.digest, at).toBe(a.digest);
  expect(b.path, at).toBe(a.path);
  expect(b.status, at).toEqual(a.status);
  expect(b.deferrals, at).toBe(a.deferrals);
  expect(b.commit, at).toBe(a.commit);
  expect(b.effectsBytes === undefined, at).toBe(a.effectsBytes === undefined);
  if (a.effectsBytes !== undefined) expect(Buffer.from(b.effectsBytes!).equals(Buffer.from(a.effectsBytes)), `${at}: effects bytes`).toBe(true);
  expect(b.effects, at).toEqual(a.effects);
  expect(b.effects?.events, `${at}: events`).toEqual(a.effects?.events);
}

/** How the parallel side runs: worker count, its store, how workers read, commit grouping, and a second batch. */
interface RunSetup {
  workers: number;
  store: 'memory' | 'lmdb';
  reads: 'batch' | 'store';
  commitEvery: number | null;
  /** Then submit the whole batch again, reversed (AlreadyExecuted, locks kept from the first batch). */
  resubmit: boolean;
}

const runSetupArb: fc.Arbitrary<RunSetup> = fc
  .record({
    // Every count 1..8, the small ones more often: each run starts its own workers, which costs
    // about half a second of CPU per worker (the framework is loaded in each).
    workers: fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 2, arbitrary: fc.integer({ min: 4, max: 8 }) }),
    store: fc.constantFrom<'memory' | 'lmdb'>('memory', 'memory', 'lmdb'),
    reads: fc.constantFrom<'batch' | 'store'>('batch', 'store'),
    commitEvery: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
    resubmit: fc.boolean(),
  })
  // Workers read an LMDB store themselves; a MemoryStore lives in the main thread only.
  .map((r) => (r.store === 'memory' ? { ...r, reads: 'batch' as const } : r));

const tempDirs: string[] = [];
afterAll(() => {
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});

function parallelStore(kind: RunSetup['store']): ObjectStore {
  if (kind === 'memory') return new MemoryStore();
  const dir = mkdtempSync(join(tmpdir(), 'deed-parallel-prop-'));
  tempDirs.push(dir);
  return LmdbStore.open(dir);
}

/** One batch on both stores; everything observable must match. */
async function compareBatch(wa: Workload, wb: Workload, txs: SignedTransaction[], labels: string[], setup: RunSetup, what: string): Promise<void> {
  const a = wa.chain.store;
  const b = wb.chain.store;
  const oracle = runBatch(a, txs, wa.options);
  const options: ParallelOptions = { ...wb.options, workers: setup.workers, reads: setup.reads };
  if (setup.commitEvery !== null) options.commitEvery = setup.commitEvery;
  const par = await parallel(b, txs, options);
  const context = () => `${what}, ${JSON.stringify(setup)}\noracle:\n${show(labels, oracle)}`;

  expect(par.transactions.length, context()).toBe(oracle.transactions.length);
  try {
    for (const [i, t] of oracle.transactions.entries()) sameTx(t, par.transactions[i]!, labels[i]!);
  } catch (e) {
    throw new Error(`${context()}\n${String(e)}`);
  }
  // The BatchStats counts (not the wall time and rate, nor ParallelStats' own fields).
  const counts = (r: BatchResult) => {
    const s = r.stats;
    return { transactions: s.transactions, fast: s.fast, consensus: s.consensus, success: s.success, failed: s.failed, rejected: s.rejected, equivocations: s.equivocations, deferred: s.deferred, cancelled: s.cancelled, commits: s.commits, stateDigest: s.stateDigest };
  };
  expect(counts(par), context()).toEqual(counts(oracle));
  expect(par.stats.workers).toBe(setup.workers);
  expect(par.profile.map((p) => p.index).sort((x, y) => x - y)).toEqual(oracle.transactions.map((t) => t.index));
  // A transaction that executed on a lane had its signature checked on one first, and both were timed.
  for (const p of par.profile) if (p.verifyUs !== undefined && p.executeUs > 0) expect(p.verifyUs, `profile #${p.index}`).toBeGreaterThan(0);

  // The final state: digest, live set, stored transactions, locks.
  expect(b.stateDigest(), context()).toBe(a.stateDigest());
  expect(liveSet(b), context()).toEqual(liveSet(a));
  for (const t of oracle.transactions) {
    if (t.digest === undefined) continue;
    const sa = a.getTransaction(t.digest);
    const sb = b.getTransaction(t.digest);
    expect(sb === undefined, `stored #${t.index}`).toBe(sa === undefined);
    if (sa && sb) {
      expect(Buffer.from(sb.effects).equals(Buffer.from(sa.effects)), `stored effects #${t.index}`).toBe(true);
      expect(Buffer.from(sb.transaction).equals(Buffer.from(sa.transaction)), `stored transaction #${t.index}`).toBe(true);
    }
  }
  for (const r of wa.inputs) expect(b.lockHolder(r.id, r.version), `lock ${r.id}:${r.version}`).toBe(a.lockHolder(r.id, r.version));
}

/** The oracle on a MemoryStore, runParallel on an identical store of the setup's kind. */
async function checkAgainstOracle(plan: Plan, setup: RunSetup): Promise<void> {
  const wa = workload(plan);
  const b = parallelStore(setup.store);
  try {
    const wb = buildWorkload(plan, b, new PackageCache());
    const a = wa.chain.store;
    // Same genesis, same batch, byte for byte.
    expect(b.stateDigest()).toBe(a.stateDigest());
    expect(liveSet(b)).toEqual(liveSet(a));
    expect(wb.txs.map((t) => hex(encodeSignedTransaction(t)))).toEqual(wa.txs.map((t) => hex(encodeSignedTransaction(t))));
    await compareBatch(wa, wb, wb.txs, wa.labels, setup, `plan=${JSON.stringify(plan)}`);
    if (setup.resubmit) {
      const again = [...wb.txs].reverse();
      await compareBatch(wa, wb, again, [...wa.labels].reverse().map((l) => `again: ${l}`), setup, `resubmitted, plan=${JSON.stringify(plan)}`);
    }
  } finally {
    if (setup.store === 'lmdb') b.close();
  }
}

/** Every kind of outcome, by construction (kept small: congestion budget 1, one deferral). */
const EVERY_KIND: Plan = {
  accounts: 3,
  coins: 7,
  things: 2,
  counters: 2,
  maxPerCommit: 4,
  congestion: { mode: 'count', budget: 1, maxDeferrals: 1 },
  commitTime: { start: 1_700_000_000_000, step: 1000 },
  ops: [
    { k: 'pay', from: 0, coin: 0, to: 1, amount: 10 }, // #0
    { k: 'pay', from: 0, coin: 0, to: 2, amount: 20 }, // #1 chain: the gas version #0 produced
    { k: 'equivocate', ref: 0 }, // #2 the version #0 consumed, in another transaction
    { k: 'touch', from: 1, coin: 0, thing: 0, omit: true, fail: false }, // #3 version omitted
    { k: 'touch', from: 1, coin: 0, thing: 0, omit: false, fail: false }, // #4 chain on gas coin and object
    { k: 'df', from: 1, coin: 0, thing: 0, omit: false, op: 'bump', key: 0 }, // #5
    { k: 'df', from: 1, coin: 0, thing: 0, omit: false, op: 'bump', key: 2 }, // #6 no such field: abort
    { k: 'df', from: 1, coin: 1, thing: 1, omit: true, op: 'add', key: 1 }, // #7
    { k: 'boom', from: 2, coin: 0 }, // #8
    { k: 'spin', from: 2, coin: 1 }, // #9 out of gas
    { k: 'sendThing', from: 2, coin: 2, thing: 0, to: 0, omit: false }, // #10
    { k: 'touch', from: 0, coin: 1, thing: 2, omit: false, fail: false }, // #11 the thing #10 sent (account 0's third)
    { k: 'sendCoin', from: 0, coin: 2, obj: 0, to: 1, omit: true }, // #12
    { k: 'duplicate', ref: 4 }, // #13
    { k: 'stale', from: 0, coin: 0 }, // #14
    { k: 'badSig', from: 1, coin: 2, how: 'wrongKey', thenValid: false }, // #15
    { k: 'badSig', from: 2, coin: 0, how: 'flipped', thenValid: false }, // #16
    { k: 'foreign', from: 0, coin: 0, thing: 0 }, // #17
    { k: 'poor', from: 2, coin: 0, shared: false }, // #18
    { k: 'frozen', from: 1, coin: 2, omit: true }, // #19
    // Objects created in the batch, used by later transactions of it (ids derived from digests).
    { k: 'pay', from: 2, coin: 3, to: 1, amount: 1_000_000_000 }, // #20 a new coin for account 1
    { k: 'mint', from: 2, coin: 4 }, // #21 a new Thing for account 2
    { k: 'touch', from: 2, coin: 4, thing: 1, omit: false, fail: false }, // #22 the new Thing
    { k: 'pay', from: 1, coin: 8, to: 0, amount: 5 }, // #23 paid with the new coin (account 1's ninth: after account 0's first, its own seven)
    { k: 'df', from: 2, coin: 4, thing: 1, omit: true, op: 'bump', key: 0 }, // #24 the new Thing's dynamic field
    // Commit 0 takes #25-#28: #27 and #28 are over counter 0's budget and deferred; commit 1
    // runs #27 and cancels #28 (its second time over budget), with #29 and #30.
    { k: 'counter', from: 0, coin: 0, counter: 0, use: 'bump', thing: 0 }, // #25
    { k: 'counter', from: 1, coin: 1, counter: 0, use: 'read', thing: 0 }, // #26
    { k: 'counter', from: 2, coin: 1, counter: 0, use: 'bump', thing: 0 }, // #27
    { k: 'counter', from: 1, coin: 0, counter: 0, use: 'fail', thing: 0 }, // #28
    { k: 'counter', from: 0, coin: 1, counter: 1, use: 'with', thing: 0 }, // #29
    { k: 'table', from: 2, coin: 2, op: 'put', key: 1 }, // #30
    { k: 'table', from: 1, coin: 2, op: 'bump', key: 0 }, // #31
    { k: 'table', from: 0, coin: 2, op: 'read', key: 1 }, // #32
    { k: 'table', from: 2, coin: 2, op: 'remove', key: 2 }, // #33 no such key: abort
    { k: 'poor', from: 0, coin: 0, shared: true }, // #34 refused by the executor after sequencing
    { k: 'misuse', from: 1, coin: 0, counter: 1 }, // #35 a shared object as an owned input
    { k: 'burst', from: 0, coin: 0, counter: 0, n: 3 }, // #36-#38 after #34 on the same counter
    { k: 'burst', from: 1, coin: 0, counter: 1, n: 2 }, // #39-#40
    { k: 'counter', from: 2, coin: 0, counter: 1, use: 'clock', thing: 0 }, // #41 reads the Clock
    { k: 'badSig', from: 0, coin: 5, how: 'wrongKey', thenValid: true }, // #42-#43 forged copy, then the genuine one
    { k: 'early', from: 2, coin: 6 }, // #44-#46 too early, its producer, again
  ],
};

interface Tally {
  kinds: Map<string, number>;
  rejections: Set<string>;
  failures: Set<string>;
  deferred: number;
  paths: Set<string>;
}

function tally(results: BatchResult[]): Tally {
  const t: Tally = { kinds: new Map(), rejections: new Set(), failures: new Set(), deferred: 0, paths: new Set() };
  for (const r of results)
    for (const x of r.transactions) {
      t.kinds.set(x.status.kind, (t.kinds.get(x.status.kind) ?? 0) + 1);
      if (x.status.kind === 'rejected') t.rejections.add(x.status.code);
      if (x.status.kind === 'failure') t.failures.add(x.status.error.kind);
      if (x.path) t.paths.add(x.path);
      t.deferred += x.deferrals;
    }
  return t;
}

describe('runParallel matches the sequential oracle', () => {
  it('the hand-written plan produces every kind of outcome', () => {
    const w = workload(EVERY_KIND);
    const r = runBatch(w.chain.store, w.txs, w.options);
    const t = tally([r]);
    const summary = show(w.labels, r);
    for (const k of ['success', 'failure', 'rejected', 'equivocation', 'cancelled']) expect(t.kinds.get(k) ?? 0, `${k}\n${summary}`).toBeGreaterThan(0);
    for (const c of ['InvalidSignature', 'ObjectOwnedByOther', 'ObjectVersionUnavailableForConsumption', 'DuplicateTransaction', 'GasBalanceTooLow']) expect(t.rejections.has(c), `${c}\n${summary}`).toBe(true);
    for (const f of ['MoveAbort', 'InsufficientGas']) expect(t.failures.has(f), `${f}\n${summary}`).toBe(true);
    expect(t.deferred, summary).toBeGreaterThan(0);
    expect([...t.paths].sort()).toEqual(['consensus', 'fast']);
    // The chains really chain: the second payment and the second touch use what the first produced.
    const kinds = r.transactions.map((x) => x.status.kind);
    for (const i of [0, 1, 3, 4, 5, 7, 10, 11, 12, 19, 20, 21, 22, 23, 24, 25, 26, 27, 29, 36, 37, 41]) expect(kinds[i], `#${i}\n${summary}`).toBe('success');
    expect(kinds[2], summary).toBe('equivocation');
    expect(r.transactions[13]!.status, summary).toMatchObject({ kind: 'rejected', code: 'DuplicateTransaction' });
    expect(r.transactions[27]!.deferrals, summary).toBe(1);
    // A refused copy (forged signature, or too early) does not make the genuine one a duplicate.
    expect(r.transactions[42]!.status, summary).toMatchObject({ kind: 'rejected', code: 'InvalidSignature' });
    expect(kinds[43], summary).toBe('success');
    expect(r.transactions[46]!.status, summary).not.toMatchObject({ code: 'DuplicateTransaction' });
    expect(kinds[28], summary).toBe('cancelled');
    expect(r.transactions[44]!.status, summary).toMatchObject({ kind: 'rejected', code: 'ObjectVersionUnavailableForConsumption' });
    expect(kinds[45], summary).toBe('failure');
    expect(r.transactions[34]!.status, summary).toMatchObject({ kind: 'rejected', code: 'GasBalanceTooLow' });
    expect(r.transactions[34]!.path, summary).toBe('consensus');
    expect(r.transactions[35]!.status, summary).toMatchObject({ kind: 'rejected', code: 'SharedObjectAsOwned' });
    // Objects created in the batch are used by later transactions of it.
    const createdBy = (i: number) => objectChanges(r.transactions[i]!.effects!).created.map((c) => c.id);
    expect(createdBy(20)).toContain(w.txs[23]!.data.gasPayment[0]!.id);
    const touched = w.txs[22]!.data.inputs[0]!;
    expect('Object' in touched && createdBy(21).includes(touched.Object.id)).toBe(true);
    // Resubmitted (reversed): what ran is AlreadyExecuted; the refused ones stay refused.
    const again = runBatch(w.chain.store, [...w.txs].reverse(), w.options);
    const codes = new Set(again.transactions.map((x) => (x.status.kind === 'rejected' ? x.status.code : x.status.kind)));
    expect(codes.has('AlreadyExecuted'), show([...w.labels].reverse(), again)).toBe(true);
    // The genuine transaction of #42-#43 ran in the first batch, so now it is AlreadyExecuted.
    expect(again.transactions[3]!.status, show([...w.labels].reverse(), again)).toMatchObject({ kind: 'rejected', code: 'AlreadyExecuted' });
    if (process.env['SHOW_WORKLOAD']) console.log(`${summary}\n--- again:\n${show([...w.labels].reverse(), again)}`);
  });

  it('random plans from fixed seeds produce every kind of outcome', () => {
    const plans = fc.sample(planArb({ minOps: 16, maxOps: 24 }), { seed: 7, numRuns: 8 });
    const packages = new PackageCache();
    const t = tally(plans.map((p) => {
      const w = workload(p, packages);
      return runBatch(w.chain.store, w.txs, w.options);
    }));
    for (const k of ['success', 'failure', 'rejected', 'equivocation', 'cancelled']) expect(t.kinds.get(k) ?? 0, `${k}: ${JSON.stringify([...t.kinds])}`).toBeGreaterThan(0);
    expect(t.deferred).toBeGreaterThan(0);
    expect(t.failures.has('MoveAbort')).toBe(true);
    expect(t.rejections.size).toBeGreaterThanOrEqual(3);
    // Successes are the majority kind, so chains and conflicts mostly run rather than bounce.
    expect(t.kinds.get('success')!).toBeGreaterThan((t.kinds.get('rejected') ?? 0) + (t.kinds.get('equivocation') ?? 0));
  });

  it('the generator is deterministic: the same plan twice gives the same genesis, batch and results', () => {
    const run = (plan: Plan) => {
      const w = workload(plan);
      const before = w.chain.store.stateDigest();
      const r = runBatch(w.chain.store, w.txs, w.options);
      return { before, txs: w.txs.map((x) => hex(encodeSignedTransaction(x))), digests: r.transactions.map((x) => x.digest), effects: r.transactions.map((x) => hex(x.effectsBytes)), state: r.stats.stateDigest, live: liveSet(w.chain.store) };
    };
    const [sampled] = fc.sample(planArb({ minOps: 20, maxOps: 24 }), { seed: 11, numRuns: 1 });
    for (const plan of [EVERY_KIND, sampled!]) expect(run(plan)).toEqual(run(plan));
  });

  it('the hand-written plan, for worker counts 1, 2, 3, 5 and 8 (the property draws the others too)', async () => {
    for (const workers of [1, 2, 3, 5, 8]) await checkAgainstOracle(EVERY_KIND, { workers, store: 'memory', reads: 'batch', commitEvery: null, resubmit: workers === 8 });
  }, 180_000);

  it('the hand-written plan on LMDB, workers reading the store', async () => {
    await checkAgainstOracle(EVERY_KIND, { workers: 3, store: 'lmdb', reads: 'store', commitEvery: 2, resubmit: true });
  });

  it('property: random workloads and worker counts give identical effects, digests, state and locks', async () => {
    await fc.assert(
      fc.asyncProperty(planArb(), runSetupArb, async (plan, setup) => {
        await checkAgainstOracle(plan, setup);
      }),
      { numRuns: RUNS },
    );
  }, Math.max(180_000, RUNS * 5_000));
});
