// The shared-counter workloads, on examples/counter. In: a GenesisBuilder and the parameters. Out:
// the batch, after publishing the package and sharing the counters (one setup transaction).
//   counter-hot: every transaction increments the same counter: one chain of consensus
//                transactions, the worst case (no parallelism at all);
//   counters:    each picks one of K counters: K independent chains;
//   mixed:       mostly owned transfers (fast path), a fraction `sharedRatio` of increments.

import type { SignedTransaction } from '../../vm/execution/signature.js';
import type { ObjectId } from '../../vm/objects/object.js';
import { GAS_COIN_AMOUNT, signJson, type Account, type CoinRef, type GenesisBuilder } from './genesis.js';
import type { WorkloadParams } from './params.js';
import { Rng } from './rng.js';
import { planTransfers, transferTx } from './transfers.js';

/** Publishes examples/counter and shares `k` counters; returns the package and the counters' IDs. */
function setupCounters(g: GenesisBuilder, k: number): { pkg: ObjectId; counters: ObjectId[] } {
  const publisher = g.account(0, 'publisher');
  g.mint([{ owner: publisher.address, amount: 1_000_000_000_000n }]);
  const pkg = g.publish(publisher, 'counter');
  const create = { MoveCall: { package: pkg, module: 'counter', function: 'create', typeArguments: [], arguments: [] } };
  const fx = g.run(publisher, { commands: Array.from({ length: k }, () => create) }, `creating ${k} counters`);
  const counters = g.createdOfType(fx, '::counter::Counter');
  if (counters.length !== k) throw new Error(`workload genesis: expected ${k} counters, got ${counters.length}`);
  return { pkg, counters };
}

function incrementTx(who: Account, gas: CoinRef, pkg: ObjectId, counter: ObjectId): SignedTransaction {
  return signJson(who, gas, {
    inputs: [{ Shared: { id: counter, mutable: true } }],
    commands: [{ MoveCall: { package: pkg, module: 'counter', function: 'increment', typeArguments: [], arguments: [{ Input: 0 }] } }],
  });
}

function increments(g: GenesisBuilder, p: WorkloadParams, k: number, stream: string): SignedTransaction[] {
  const { pkg, counters } = setupCounters(g, k);
  const users = g.accounts(p.accounts);
  const rng = new Rng(p.seed, stream);
  const picks = Array.from({ length: p.txs }, () => ({ who: users[rng.int(users.length)]!, counter: counters[rng.int(k)]! }));
  const gas = g.mint(picks.map((x) => ({ owner: x.who.address, amount: GAS_COIN_AMOUNT })));
  return picks.map((x, i) => incrementTx(x.who, gas[i]!, pkg, x.counter));
}

export const counterHot = (g: GenesisBuilder, p: WorkloadParams): SignedTransaction[] => increments(g, p, 1, 'counter-hot');
export const counters = (g: GenesisBuilder, p: WorkloadParams): SignedTransaction[] => increments(g, p, p.counters, 'counters');

export function mixed(g: GenesisBuilder, p: WorkloadParams): SignedTransaction[] {
  const { pkg, counters: ids } = setupCounters(g, p.counters);
  const users = g.accounts(p.accounts);
  const rng = new Rng(p.seed, 'mixed');
  // Decide each slot first, then mint in slot order: the genesis depends on the draws only.
  const shared = Array.from({ length: p.txs }, () => rng.float() < p.sharedRatio);
  const nShared = shared.filter(Boolean).length;
  const transfers = planTransfers(g, users, p.txs - nShared, rng);
  const incs = Array.from({ length: nShared }, () => ({ who: users[rng.int(users.length)]!, counter: ids[rng.int(ids.length)]! }));
  const gas = g.mint(incs.map((x) => ({ owner: x.who.address, amount: GAS_COIN_AMOUNT })));
  let t = 0;
  let s = 0;
  return shared.map((isShared) => {
    if (!isShared) {
      const x = transfers[t++]!;
      return transferTx(x.from, x.to, x.gas, x.coin);
    }
    const x = incs[s]!;
    return incrementTx(x.who, gas[s++]!, pkg, x.counter);
  });
}
