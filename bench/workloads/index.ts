// The benchmark workloads (`deed bench`, `npm run bench`, `deed exec` replays). In: a workload
// name, parameters and a fresh store. Out: the store holding the workload's genesis (framework,
// funded accounts, published packages, shared objects) and the batch of signed transactions in
// arrival order, both deterministic in (name, parameters): the same seed gives the same
// transaction digests and genesis state digest.
//
//   const w = buildWorkload('transfers', new MemoryStore(), { txs: 100, seed: 7 });
//   runBatch(w.store, w.txs, { packages: w.packages });

import { PackageCache } from '../../vm/execution/packages.js';
import type { SignedTransaction } from '../../vm/execution/signature.js';
import type { Digest } from '../../vm/objects/object.js';
import type { ObjectStore } from '../../vm/objects/store.js';
import { amm } from './amm.js';
import { counterHot, counters, mixed } from './counters.js';
import { GenesisBuilder } from './genesis.js';
import { nftMint } from './nft-mint.js';
import { normalizeParams, type WorkloadName, type WorkloadParams } from './params.js';
import { transfers } from './transfers.js';

export { GENESIS_FORMAT, WORKLOAD_NAMES, DEFAULT_PARAMS, ParamError, isWorkloadName, normalizeParams, type WorkloadName, type WorkloadParams } from './params.js';

const BUILDERS: Record<WorkloadName, (g: GenesisBuilder, p: WorkloadParams) => SignedTransaction[]> = {
  transfers,
  'nft-mint': nftMint,
  'counter-hot': counterHot,
  counters,
  mixed,
  amm,
};

/** One line per workload, for --help and the README. */
export const WORKLOAD_DESCRIPTIONS: Record<WorkloadName, string> = {
  transfers: 'owned SUI coin transfers between many accounts (all fast path, no conflicts)',
  'nft-mint': 'accounts minting examples/nft NFTs (all fast path)',
  'counter-hot': 'every transaction increments ONE shared counter (all consensus, one chain)',
  counters: 'each transaction increments one of --counters K shared counters (default 16)',
  mixed: 'owned transfers with a fraction --shared-ratio R (default 0.1) of shared-counter increments',
  amm: 'swaps on --pools P shared examples/amm pools (default 4)',
};

export interface Workload {
  name: WorkloadName;
  params: WorkloadParams;
  store: ObjectStore;
  /** The runtime's package cache, already holding the genesis packages. */
  packages: PackageCache;
  txs: SignedTransaction[];
  /** The state digest right after the genesis, before the batch. */
  genesisDigest: Digest;
}

/**
 * Builds the genesis into `store` (it must be empty, or hold only the framework genesis) and
 * signs the batch. `packages` may be shared between rounds of one process (same framework).
 */
export function buildWorkload(name: WorkloadName, store: ObjectStore, given: Partial<WorkloadParams>, packages: PackageCache = new PackageCache()): Workload {
  const params = normalizeParams(given);
  const g = new GenesisBuilder(store, params.seed, packages);
  const txs = BUILDERS[name](g, params);
  return { name, params, store, packages: g.chain.packages, txs, genesisDigest: store.stateDigest() };
}
