// Transaction gas (SPEC §3): the constants and the integer arithmetic that turn the gas units the
// runtime's meter counted and the bytes a transaction writes into the four numbers of
// `gasUsed`. In: budget, price, units used, the storage size of each written object and the
// rebates of the object versions it replaced or removed. Out: computationCost, storageCost,
// storageRebate, nonRefundableStorageFee (bigints, MIST), and the net change of the gas coin.
//
// Everything is bigint arithmetic with floor division, so the numbers are exact and the same on
// every machine. Units: 1 SUI = 10^9 MIST; gas units are the runtime meter's (vm/gas/schedule.ts).
//
//   computationCost  = max(units, MIN_COMPUTATION_UNITS) x gasPrice, at most the budget. The
//                      runtime runs with a meter of floor(budget / gasPrice) units, so an endless
//                      loop stops with InsufficientGas and is charged the whole budget.
//   storageCost      = sum over written objects of storageBytes x STORAGE_UNITS_PER_BYTE x
//                      STORAGE_PRICE; each written object records its own part as its
//                      `storageRebate` field.
//   storageRebate    = floor(sum of the storageRebate fields of the versions replaced or removed
//                      x REBATE_BASIS_POINTS / 10000): 99% comes back ...
//   nonRefundableStorageFee = ... and the other 1% is kept.
//   gas coin change  = - computationCost - storageCost + storageRebate (may be positive).
//
// storageBytes is the size of the object's canonical encoding (vm/objects/encoding.ts
// storageSize), measured with its storageRebate field at 0 and, for the gas coin, before the
// charge is taken from its balance (the size must not depend on the charge it determines).
//
// Budget rule (as in Sui): computationCost + storageCost must fit in the budget. If a successful
// execution's storage does not fit, the transaction fails with InsufficientGas and is charged
// as a failure. A failed transaction writes only the gas coin (and the version bumps of its
// mutable inputs); its computation is charged, capped so that the total stays within the budget.

import type { GasCostSummary } from './effects.js';

export const GAS_CONSTANTS = {
  /** The reference gas price of the local chain, MIST per gas unit (Sui mainnet's is of this order). */
  REFERENCE_GAS_PRICE: 1000n,
  /** Highest gas price accepted (protects against typos that burn a fortune). */
  MAX_GAS_PRICE: 100_000n,
  /** Every transaction pays for at least this many units of computation (Sui's smallest bucket). */
  MIN_COMPUTATION_UNITS: 1000n,
  /** The smallest budget accepted, in gas units (x gasPrice gives MIST): covers the minimum computation and a gas coin's storage. */
  MIN_BUDGET_UNITS: 5000n,
  /** Largest budget accepted: 50 SUI, as on Sui. */
  MAX_GAS_BUDGET: 50_000_000_000n,
  /** Storage gas price, MIST per storage unit (Sui's). */
  STORAGE_PRICE: 76n,
  /** Storage units per byte of an object's encoding (Sui's). */
  STORAGE_UNITS_PER_BYTE: 100n,
  /** Share of a replaced or removed object's storageRebate that is paid back. */
  REBATE_BASIS_POINTS: 9900n,
  /** Computation units per command of the block (argument checks, moving values). */
  COMMAND_UNITS: 100,
  /** Computation units per byte of module published (decoding, verification, linking). */
  PUBLISH_UNITS_PER_BYTE: 2,
} as const;

const G = GAS_CONSTANTS;

export function minimumBudget(gasPrice: bigint): bigint {
  return G.MIN_BUDGET_UNITS * gasPrice;
}

/** The meter budget in units for a transaction (never above what a JS number holds exactly). */
export function computationBudgetUnits(gasBudget: bigint, gasPrice: bigint): number {
  const units = gasPrice === 0n ? 0n : gasBudget / gasPrice;
  return Number(units > BigInt(Number.MAX_SAFE_INTEGER) ? BigInt(Number.MAX_SAFE_INTEGER) : units);
}

/** Storage cost of an object whose encoding takes `bytes` bytes. */
export function storageCostOf(bytes: number): bigint {
  return BigInt(bytes) * G.STORAGE_UNITS_PER_BYTE * G.STORAGE_PRICE;
}

export interface GasInputs {
  budget: bigint;
  price: bigint;
  /** Units the meter counted (including commands and publish work). */
  unitsUsed: number;
  /** Storage costs of the written objects. */
  storageCosts: readonly bigint[];
  /** storageRebate fields of the object versions replaced or removed. */
  oldRebates: readonly bigint[];
}

export interface GasCharge {
  summary: GasCostSummary;
  /** Whether computation + storage fit in the budget. */
  fits: boolean;
  /** What the gas coin's balance changes by: storageRebate - computationCost - storageCost. */
  net: bigint;
}

/** The charge for an execution (see the file comment); `failed` caps computation to fit the budget. */
export function computeGas(g: GasInputs, failed: boolean): GasCharge {
  const units = BigInt(g.unitsUsed) > G.MIN_COMPUTATION_UNITS ? BigInt(g.unitsUsed) : G.MIN_COMPUTATION_UNITS;
  let computationCost = units * g.price;
  if (computationCost > g.budget) computationCost = g.budget;
  let storageCost = g.storageCosts.reduce((a, b) => a + b, 0n);
  const old = g.oldRebates.reduce((a, b) => a + b, 0n);
  const storageRebate = (old * G.REBATE_BASIS_POINTS) / 10000n;
  const nonRefundableStorageFee = old - storageRebate;
  const fits = computationCost + storageCost <= g.budget;
  if (failed && !fits) {
    // Storage of the gas coin first; computation takes what is left of the budget.
    if (storageCost > g.budget) storageCost = g.budget;
    computationCost = g.budget - storageCost;
  }
  return { summary: { computationCost, storageCost, storageRebate, nonRefundableStorageFee }, fits, net: storageRebate - computationCost - storageCost };
}
