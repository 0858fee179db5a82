// The `amm` workload: swaps on a few shared constant-product pools (examples/amm), SUI for SILVER
// (examples/coin). In: a GenesisBuilder and the parameters. Out: the batch, after publishing both
// packages, sharing `pools` Pool<SUI, SILVER> and seeding each with liquidity. Each swap splits
// its input from the sender's gas coin (so its only owned input is the gas coin), swaps on one
// pool and sends the SILVER back to the sender: consensus path, `pools` independent chains, each
// transaction doing real arithmetic on the pool's balances.

import type { SignedTransaction } from '../../vm/execution/signature.js';
import { GAS_COIN_AMOUNT, signJson, type GenesisBuilder } from './genesis.js';
import type { WorkloadParams } from './params.js';
import { Rng } from './rng.js';

const SUI = '0x2::sui::SUI';
/** Each pool starts with a million SUI and a million SILVER (in base units). */
const LIQUIDITY = 1_000_000_000_000_000n;

export function amm(g: GenesisBuilder, p: WorkloadParams): SignedTransaction[] {
  const publisher = g.account(0, 'publisher');
  g.mint([{ owner: publisher.address, amount: LIQUIDITY * BigInt(p.pools) + 1_000_000_000_000n }]);
  const coinPkg = g.publish(publisher, 'coin');
  const ammPkg = g.publish(publisher, 'amm');
  const silver = `${coinPkg}::silver::SILVER`;
  const cap = g.chain.ownedObjects(publisher.address).find((o) => o.data.kind === 'move' && o.data.type.includes('::coin::TreasuryCap<'))!.id;
  const create = { MoveCall: { package: ammPkg, module: 'pool', function: 'create', typeArguments: [SUI, silver], arguments: [{ Input: 0 }] } };
  const fx = g.run(publisher, { inputs: [{ Pure: { type: 'u64', value: 30n } }], commands: Array.from({ length: p.pools }, () => create) }, `creating ${p.pools} pools`);
  const pools = g.createdOfType(fx, '::pool::Pool<');
  for (const pool of pools) {
    g.run(
      publisher,
      {
        inputs: [{ Pure: { type: 'u64', value: LIQUIDITY } }, { Object: { id: cap } }, { Shared: { id: pool, mutable: true } }, { Pure: { type: 'u64', value: 0n } }, { Pure: { type: 'address', value: publisher.address } }],
        commands: [
          { SplitCoins: { coin: 'GasCoin', amounts: [{ Input: 0 }] } },
          { MoveCall: { package: coinPkg, module: 'silver', function: 'mint', typeArguments: [], arguments: [{ Input: 1 }, { Input: 0 }] } },
          { MoveCall: { package: ammPkg, module: 'pool', function: 'add_liquidity', typeArguments: [SUI, silver], arguments: [{ Input: 2 }, { NestedResult: [0, 0] }, { Result: 1 }, { Input: 3 }] } },
          { TransferObjects: { objects: [{ NestedResult: [2, 0] }, { NestedResult: [2, 1] }, { NestedResult: [2, 2] }], address: { Input: 4 } } },
        ],
      },
      `seeding pool ${pool}`,
    );
  }
  const users = g.accounts(p.accounts);
  const rng = new Rng(p.seed, 'amm');
  const swaps = Array.from({ length: p.txs }, () => ({ who: users[rng.int(users.length)]!, pool: pools[rng.int(pools.length)]!, amount: 1_000_000n + BigInt(rng.int(10_000_000)) }));
  const gas = g.mint(swaps.map((s) => ({ owner: s.who.address, amount: GAS_COIN_AMOUNT })));
  return swaps.map((s, i) =>
    signJson(s.who, gas[i]!, {
      inputs: [{ Pure: { type: 'u64', value: s.amount.toString() } }, { Shared: { id: s.pool, mutable: true } }, { Pure: { type: 'u64', value: '1' } }, { Pure: { type: 'address', value: s.who.address } }],
      commands: [
        { SplitCoins: { coin: 'GasCoin', amounts: [{ Input: 0 }] } },
        { MoveCall: { package: ammPkg, module: 'pool', function: 'swap_a_for_b', typeArguments: [SUI, silver], arguments: [{ Input: 1 }, { NestedResult: [0, 0] }, { Input: 2 }] } },
        { TransferObjects: { objects: [{ Result: 1 }], address: { Input: 3 } } },
      ],
    }),
  );
}
