// The scheduler's pieces against the real executor: access sets → owned locks → sequencer (with
// the Clock prologue executed by vm/execution/prologue.ts) → execute with the assigned shared
// versions → commit with unlocks. The executor's Lamport versions and shared-object reads must be
// exactly what the sequencer assigned, and a Clock reader must see the commit's time.

import { describe, expect, it } from 'vitest';
import { execute } from '../../../vm/execution/execute.js';
import { decodeStoredTransaction } from '../../../vm/execution/genesis.js';
import { consensusCommitPrologue } from '../../../vm/execution/prologue.js';
import { keySigner, type Keypair } from '../../../vm/execution/signature.js';
import type { TransactionData } from '../../../vm/execution/transaction.js';
import { transactionDigest } from '../../../vm/execution/transaction.js';
import { CLOCK_ID } from '../../../vm/objects/object.js';
import { accessSet, sequencedInput } from '../../../vm/scheduler/access.js';
import { acquire, withUnlocks } from '../../../vm/scheduler/locks.js';
import { Sequencer } from '../../../vm/scheduler/sequencer.js';
import { input, moveCall, shared, TestChain } from '../execution/chain.js';

const SOURCE = `
module test::hot {
use sui::clock::Clock;
public struct Counter has key { id: UID, n: u64, at: u64 }
public fun create(ctx: &mut TxContext) { transfer::share_object(Counter { id: object::new(ctx), n: 0, at: 0 }) }
public fun bump(c: &mut Counter, clock: &Clock) { c.n = c.n + 1; c.at = clock.timestamp_ms() }
public fun read(c: &Counter): u64 { c.n }
}`;

describe('scheduler pipeline on the executor', () => {
  it('executes a sequenced commit with exactly the versions the sequencer assigned', () => {
    const t = new TestChain();
    const pkg = t.publish(SOURCE);
    const counter = t.created(t.ok(t.alice, { commands: [moveCall(`${pkg}::hot::create`, [])] }), '::hot::Counter')[0]!;
    // Fresh gas coins so that each transaction of the commit has its own.
    const coins = [t.alice, t.bob, t.alice, t.bob].map((who) => ({ who, coin: t.chain.faucet(who.address, 10_000_000_000n).coinId }));
    const txs: Array<{ who: Keypair; data: TransactionData }> = coins.map(({ who, coin }, i) => {
      const g = t.object(coin);
      const mutable = i !== 1;
      const data: TransactionData = {
        sender: who.address,
        gasBudget: 50_000_000n,
        gasPrice: 1000n,
        gasPayment: [{ id: g.id, version: g.version }],
        inputs: mutable ? [shared(counter.id, true), shared(CLOCK_ID, false)] : [shared(counter.id, false)],
        commands: [mutable ? moveCall(`${pkg}::hot::bump`, [input(0), input(1)]) : moveCall(`${pkg}::hot::read`, [input(0)])],
      };
      return { who, data };
    });

    // Owned locks first (the gas coins), as a validator does before consensus.
    for (const { data } of txs) expect(acquire(t.store, transactionDigest(data).text, accessSet(data, t.store).owned).kind).toBe('ok');

    const seq = new Sequencer((id) => t.store.getObject(id)?.version);
    const commit = seq.sequence(
      txs.map(({ data }) => sequencedInput(data, t.store)),
      { timestampMs: 1_700_000_000_000 },
    );
    const [prologue, ...entries] = commit.entries;
    if (prologue?.kind !== 'prologue') throw new Error('the commit must open with the prologue');
    const p = consensusCommitPrologue(t.store.getObject(CLOCK_ID)!, prologue.tx, prologue.lamportVersion);
    t.store.commit(p.batch);
    expect(t.store.getObject(CLOCK_ID)!.version).toBe(prologue.lamportVersion);
    expect(decodeStoredTransaction(p.batch.transactions[0]!.transaction)).toEqual({ kind: 'system', system: { kind: 'consensus-commit-prologue', commit: 0, timestampMs: 1_700_000_000_000, clockVersion: 1 } });

    entries.forEach((e, i) => {
      if (e.kind !== 'transaction') throw new Error('unreachable');
      const { who, data } = txs[i]!;
      const signature = keySigner(who.secretKey)(transactionDigest(data).bytes);
      const out = execute({ data, signature }, t.store, { epoch: 0, packages: t.chain.packages, sharedVersions: e.sharedVersions });
      if (out.kind !== 'executed') throw new Error(`rejected: ${out.rejection.message}`);
      expect(out.effects.status.status).toBe('success');
      expect(out.effects.lamportVersion).toBe(e.lamportVersion);
      for (const s of out.effects.sharedObjects) expect(s.version).toBe(e.sharedVersions.get(s.id));
      t.store.commit(withUnlocks(out.writes, accessSet(data, t.store).owned));
      // The gas coin's old version is no longer locked.
      expect(t.store.lockHolder(data.gasPayment[0]!.id, data.gasPayment[0]!.version)).toBeUndefined();
    });

    const after = t.object(counter.id);
    expect(after.version).toBe(commit.nextVersions.get(counter.id));
    const [, n, at] = (after.data as { contents: unknown[] }).contents;
    expect(Number(n)).toBe(3);
    expect(Number(at)).toBe(1_700_000_000_000);
  });
});
