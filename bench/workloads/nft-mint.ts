// The `nft-mint` workload: many accounts mint NFTs of examples/nft (`mint_to_sender`), each with
// its own gas coin. In: a GenesisBuilder and the parameters. Out: the batch, after publishing the
// package. All fast path: a mint creates a fresh object and touches nothing shared (the package is
// immutable), so the transactions are independent but each runs real Move code (strings, url,
// an event).

import type { SignedTransaction } from '../../vm/execution/signature.js';
import { GAS_COIN_AMOUNT, signJson, type GenesisBuilder } from './genesis.js';
import type { WorkloadParams } from './params.js';
import { Rng } from './rng.js';

export function nftMint(g: GenesisBuilder, p: WorkloadParams): SignedTransaction[] {
  const publisher = g.account(0, 'publisher');
  g.mint([{ owner: publisher.address, amount: 1_000_000_000_000n }]);
  const pkg = g.publish(publisher, 'nft');
  const users = g.accounts(p.accounts);
  const rng = new Rng(p.seed, 'nft-mint');
  const senders = Array.from({ length: p.txs }, () => users[rng.int(users.length)]!);
  const gas = g.mint(senders.map((u) => ({ owner: u.address, amount: GAS_COIN_AMOUNT })));
  return senders.map((u, i) =>
    signJson(u, gas[i]!, {
      inputs: [
        { Pure: { type: 'vector<u8>', value: `Deed #${i}` } },
        { Pure: { type: 'vector<u8>', value: `minted by account ${users.indexOf(u)}` } },
        { Pure: { type: 'vector<u8>', value: `https://example.com/deed/${i}.png` } },
      ],
      commands: [{ MoveCall: { package: pkg, module: 'nft', function: 'mint_to_sender', typeArguments: [], arguments: [{ Input: 0 }, { Input: 1 }, { Input: 2 }] } }],
    }),
  );
}
