// The `transfers` workload: owned SUI coin transfers between many accounts, all fast path. In: a
// GenesisBuilder and the parameters. Out: the batch, after minting for every transaction its own
// gas coin and its own coin to send (so no two transactions touch the same object: a perfectly
// parallel batch, the best case of the fast path). `mixed` reuses transferTx.

import type { SignedTransaction } from '../../vm/execution/signature.js';
import { GAS_COIN_AMOUNT, signJson, type Account, type CoinRef, type GenesisBuilder } from './genesis.js';
import { Rng } from './rng.js';
import type { WorkloadParams } from './params.js';

/** One transfer: `coin` (owned by `from`) to `to`, gas paid with `gas`. */
export function transferTx(from: Account, to: Account, gas: CoinRef, coin: CoinRef): SignedTransaction {
  return signJson(from, gas, {
    inputs: [{ Object: { id: coin.id, version: coin.version } }, { Pure: { type: 'address', value: to.address } }],
    commands: [{ TransferObjects: { objects: [{ Input: 0 }], address: { Input: 1 } } }],
  });
}

/** Draws sender and recipient of each transfer, then mints the coins each one needs. */
export function planTransfers(g: GenesisBuilder, users: Account[], count: number, rng: Rng): Array<{ from: Account; to: Account; gas: CoinRef; coin: CoinRef }> {
  const plan = Array.from({ length: count }, () => {
    const s = rng.int(users.length);
    return { from: users[s]!, to: users[rng.intExcept(users.length, s)]!, amount: 1000n + BigInt(rng.int(1_000_000)) };
  });
  const coins = g.mint(plan.flatMap((p) => [{ owner: p.from.address, amount: GAS_COIN_AMOUNT }, { owner: p.from.address, amount: p.amount }]));
  return plan.map((p, i) => ({ from: p.from, to: p.to, gas: coins[2 * i]!, coin: coins[2 * i + 1]! }));
}

export function transfers(g: GenesisBuilder, p: WorkloadParams): SignedTransaction[] {
  const rng = new Rng(p.seed, 'transfers');
  return planTransfers(g, g.accounts(p.accounts), p.txs, rng).map((t) => transferTx(t.from, t.to, t.gas, t.coin));
}
