// The world the executor tests share: a chain with a package of a shared counter (bump, an
// aborting bump), an owned Tally, and a function that always aborts; funded accounts; and the
// mixed batch (fast successes and aborts, an equivocation, consensus bumps with an abort).
// Deterministic: two worlds built the same way hold the same objects under the same ids.

import { keySigner, type Keypair, type SignedTransaction } from '../../../vm/execution/signature.js';
import type { TransactionData, TransactionInput } from '../../../vm/execution/transaction.js';
import { transactionDigest } from '../../../vm/execution/transaction.js';
import type { ObjectStore } from '../../../vm/objects/store.js';
import { MemoryStore } from '../../../vm/objects/memory-store.js';
import type { BatchOptions } from '../../../vm/scheduler/sequential.js';
import { input, moveCall, shared, TestChain } from '../execution/chain.js';

const SOURCE = `
module test::ctr {
public struct Counter has key { id: UID, n: u64 }
public struct Tally has key { id: UID, n: u64 }
const EBoom: u64 = 7;
public fun create(ctx: &mut TxContext) { transfer::share_object(Counter { id: object::new(ctx), n: 0 }) }
public fun bump(c: &mut Counter) { c.n = c.n + 1 }
public fun bump_fail(c: &mut Counter) { c.n = c.n + 100; abort EBoom }
public fun tally(ctx: &mut TxContext) { transfer::transfer(Tally { id: object::new(ctx), n: 0 }, ctx.sender()) }
public fun boom() { abort EBoom }
}`;

export interface World {
  t: TestChain;
  pkg: string;
  counter: string;
  /** A fresh gas coin for `who` (deterministic: faucet nonces). */
  coin(who: Keypair, amount?: bigint): { id: string; version: number };
  sign(who: Keypair, gas: { id: string; version: number }, call: string, inputs?: TransactionInput[]): SignedTransaction;
  options(extra?: Partial<BatchOptions>): BatchOptions;
}

export function world(store: ObjectStore = new MemoryStore()): World {
  const t = new TestChain(store);
  const pkg = t.publish(SOURCE);
  const counter = t.created(t.ok(t.alice, { commands: [moveCall(`${pkg}::ctr::create`, [])] }), '::ctr::Counter')[0]!.id;
  return {
    t,
    pkg,
    counter,
    coin(who, amount = 10_000_000_000n) {
      const r = t.object(t.chain.faucet(who.address, amount).coinId);
      return { id: r.id, version: r.version };
    },
    sign(who, gas, call, inputs = []) {
      const data: TransactionData = { sender: who.address, gasBudget: 50_000_000n, gasPrice: 1000n, gasPayment: [gas], inputs, commands: [moveCall(`${pkg}::ctr::${call}`, inputs.map((_, i) => input(i)))] };
      return { data, signature: keySigner(who.secretKey)(transactionDigest(data).bytes) };
    },
    options: (extra = {}) => ({ packages: t.chain.packages, ...extra }),
  };
}

/** The mixed batch: fast successes and aborts, an equivocation, consensus bumps with an abort among them. */
export function mixed(w: World): SignedTransaction[] {
  const { t } = w;
  const spent = w.coin(t.alice);
  return [
    w.sign(t.alice, w.coin(t.alice), 'tally'),
    w.sign(t.bob, w.coin(t.bob), 'boom'),
    w.sign(t.alice, spent, 'tally'),
    w.sign(t.alice, spent, 'boom'), // the same coin version, a different transaction
    w.sign(t.alice, w.coin(t.alice), 'bump', [shared(w.counter)]),
    w.sign(t.bob, w.coin(t.bob), 'bump_fail', [shared(w.counter)]),
    w.sign(t.alice, w.coin(t.alice), 'bump', [shared(w.counter)]),
    w.sign(t.bob, w.coin(t.bob), 'tally'),
  ];
}

