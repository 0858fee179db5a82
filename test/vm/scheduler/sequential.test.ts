// The sequential executor (runBatch) on a real chain: a batch mixing fast-path successes and
// aborts, an equivocation (two transactions spending the same coin version), and consensus
// transactions on a shared counter. Each gets its own status; failures never block independent
// transactions; the same batch on two fresh stores gives identical effects bytes and state digest;
// congestion control defers and cancels through runBatch.

import { describe, expect, it } from 'vitest';
import { runBatch } from '../../../vm/scheduler/sequential.js';
import { coinValue, contents, shared } from '../execution/chain.js';
import { mixed, world } from './counter-world.js';

describe('runBatch, the sequential executor', () => {
  it('gives each transaction its own status; failures and equivocations block nothing else', () => {
    const w = world();
    const txs = mixed(w);
    const r = runBatch(w.t.store, txs, w.options());
    expect(r.transactions.map((x) => [x.index, x.path, x.status.kind])).toEqual([
      [0, 'fast', 'success'],
      [1, 'fast', 'failure'],
      [2, 'fast', 'success'],
      [3, 'fast', 'equivocation'],
      [4, 'consensus', 'success'],
      [5, 'consensus', 'failure'],
      [6, 'consensus', 'success'],
      [7, 'fast', 'success'],
    ]);
    const abort = r.transactions[1]!.status;
    if (abort.kind !== 'failure') throw new Error('unreachable');
    expect(abort.error.kind).toBe('MoveAbort');
    expect(abort.error.moveAbort?.code).toBe(7n);
    const eq = r.transactions[3]!.status;
    if (eq.kind !== 'equivocation') throw new Error('unreachable');
    expect(eq.id).toBe(txs[2]!.data.gasPayment[0]!.id);
    expect(eq.holder).toBe(r.transactions[2]!.digest);
    expect(r.transactions[3]!.effects).toBeUndefined();
    expect(w.t.store.getTransaction(r.transactions[3]!.digest!)).toBeUndefined();
    // The aborted bump changed nothing but its gas; the two good bumps count.
    expect(Number(contents(w.t.object(w.counter))[1])).toBe(2);
    expect(r.transactions.filter((x) => x.path === 'consensus').every((x) => x.commit === 0)).toBe(true);
    expect(r.stats).toMatchObject({ transactions: 8, fast: 5, consensus: 3, success: 5, failed: 2, equivocations: 1, rejected: 0, deferred: 0, cancelled: 0, commits: 1 });
    expect(r.stats.stateDigest).toBe(w.t.store.stateDigest());
    // Every effects is committed, and the consensus ones read the counter at consecutive versions.
    for (const x of r.transactions) if (x.effects) expect(w.t.store.getTransaction(x.digest!)).toBeDefined();
    const reads = [4, 5, 6].map((i) => r.transactions[i]!.effects!.sharedObjects[0]!.version);
    expect(reads[1]).toBeGreaterThan(reads[0]!);
    expect(reads[2]).toBeGreaterThan(reads[1]!);
  });

  it('is deterministic: the same batch on two fresh stores gives identical effects bytes and state digest', () => {
    const run = () => {
      const w = world();
      return runBatch(w.t.store, mixed(w), w.options());
    };
    const a = run();
    const b = run();
    expect(a.stats.stateDigest).toBe(b.stats.stateDigest);
    expect(a.transactions.map((x) => x.digest)).toEqual(b.transactions.map((x) => x.digest));
    expect(a.transactions.map((x) => x.effectsBytes && Buffer.from(x.effectsBytes).toString('hex'))).toEqual(b.transactions.map((x) => x.effectsBytes && Buffer.from(x.effectsBytes).toString('hex')));
  });

  it('a rejected consensus transaction does not block the later ones on the same object', () => {
    const w = world();
    const poor = w.coin(w.t.bob, 1_000_000n); // below the 50_000_000 budget: refused by the executor
    const txs = [w.sign(w.t.bob, poor, 'bump', [shared(w.counter)]), w.sign(w.t.alice, w.coin(w.t.alice), 'bump', [shared(w.counter)])];
    const r = runBatch(w.t.store, txs, w.options());
    expect(r.transactions.map((x) => x.status.kind)).toEqual(['rejected', 'success']);
    expect(r.transactions[0]!.status).toMatchObject({ code: 'GasBalanceTooLow' });
    expect(Number(contents(w.t.object(w.counter))[1])).toBe(1);
  });

  it('defers over-budget transactions to the next commit and cancels them after maxDeferrals', () => {
    const w = world();
    const coins = [0, 1, 2, 3, 4].map(() => w.coin(w.t.alice));
    const txs = coins.map((c) => w.sign(w.t.alice, c, 'bump', [shared(w.counter)]));
    const r = runBatch(w.t.store, txs, w.options({ maxPerCommit: 5, congestion: { mode: 'count', budgetPerObject: 2n, maxDeferrals: 1 } }));
    expect(r.transactions.map((x) => [x.status.kind, x.deferrals, x.commit])).toEqual([
      ['success', 0, 0],
      ['success', 0, 0],
      ['success', 1, 1],
      ['success', 1, 1],
      ['cancelled', 1, 1],
    ]);
    expect(r.stats).toMatchObject({ consensus: 5, success: 4, deferred: 3, cancelled: 1, commits: 2 });
    expect(Number(contents(w.t.object(w.counter))[1])).toBe(4);
    // Cancelled as in Sui: it pays gas (its coin moves on and shrinks), and the counter is untouched.
    const fx = r.transactions[4]!.effects!;
    expect(fx.status).toMatchObject({ status: 'failure', error: { kind: 'ExecutionCancelledDueToSharedObjectCongestion' } });
    expect(fx.sharedObjects).toEqual([]);
    expect(w.t.object(coins[4]!.id).version).toBeGreaterThan(coins[4]!.version);
    expect(coinValue(w.t.object(coins[4]!.id))).toBeLessThan(10_000_000_000n);
    expect(r.transactions[4]!.status).toMatchObject({ congested: [w.counter] });
  });

  it('cuts the consensus queue into commits of maxPerCommit, one store commit each', () => {
    const w = world();
    const txs = [0, 1, 2].map(() => w.sign(w.t.alice, w.coin(w.t.alice), 'bump', [shared(w.counter)]));
    const before = w.t.store.commitCount();
    const r = runBatch(w.t.store, txs, w.options({ maxPerCommit: 2 }));
    expect(r.transactions.map((x) => x.commit)).toEqual([0, 0, 1]);
    expect(r.stats.commits).toBe(2);
    expect(w.t.store.commitCount() - before).toBe(2);
    expect(Number(contents(w.t.object(w.counter))[1])).toBe(3);
  });
});
