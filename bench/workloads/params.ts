// The parameters of a benchmark workload, and their defaults. In: what the user gave (CLI options
// or a genesis line of an emitted batch). Out: complete, validated parameters: together with the
// workload name they determine the genesis and the batch exactly.

/** The `format` of the genesis line `deed bench --emit` writes and `deed exec` reads. */
export const GENESIS_FORMAT = 'deed-bench/1';

export const WORKLOAD_NAMES = ['transfers', 'nft-mint', 'counter-hot', 'counters', 'mixed', 'amm'] as const;
export type WorkloadName = (typeof WORKLOAD_NAMES)[number];

export interface WorkloadParams {
  /** Transactions in the batch. */
  txs: number;
  seed: number;
  /** User accounts the transactions are spread over. */
  accounts: number;
  /** Shared counters (`counters`, `mixed`; `counter-hot` has one). */
  counters: number;
  /** Fraction of `mixed` transactions on shared counters. */
  sharedRatio: number;
  /** Shared pools (`amm`). */
  pools: number;
}

export const DEFAULT_PARAMS: WorkloadParams = { txs: 1000, seed: 1, accounts: 64, counters: 16, sharedRatio: 0.1, pools: 4 };

export class ParamError extends Error {}

export function isWorkloadName(s: string): s is WorkloadName {
  return (WORKLOAD_NAMES as readonly string[]).includes(s);
}

/** Fills in defaults and checks ranges; a ParamError names the bad one. */
export function normalizeParams(given: Partial<WorkloadParams>): WorkloadParams {
  const p: WorkloadParams = { ...DEFAULT_PARAMS };
  for (const [k, v] of Object.entries(given)) if (v !== undefined) (p as unknown as Record<string, unknown>)[k] = v;
  const int = (name: string, v: number, min: number, max: number): void => {
    if (!Number.isSafeInteger(v) || v < min || v > max) throw new ParamError(`${name} must be a whole number from ${min} to ${max}, got ${v}`);
  };
  int('txs', p.txs, 1, 1_000_000);
  int('seed', p.seed, 0, 0xffff_ffff);
  int('accounts', p.accounts, 2, 100_000);
  int('counters', p.counters, 1, 1000);
  int('pools', p.pools, 1, 100);
  if (typeof p.sharedRatio !== 'number' || !(p.sharedRatio >= 0 && p.sharedRatio <= 1)) throw new ParamError(`shared-ratio must be a number from 0 to 1, got ${p.sharedRatio}`);
  return p;
}
