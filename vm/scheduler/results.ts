// What a batch run reports, for both executors (sequential.ts, the oracle, and parallel.ts): the
// options, each transaction's status and effects, the statistics, and the helpers that turn an
// executor outcome into a status and a run into its statistics, so the two cannot word them apart.

import type { Digest, ObjectId } from '../objects/object.js';
import type { ObjectStore } from '../objects/store.js';
import type { ExecutionFailure, TransactionEffects } from '../execution/effects.js';
import type { ExecuteOutcome } from '../execution/execute.js';
import type { PackageCache } from '../execution/packages.js';
import type { CongestionConfig } from './congestion.js';

export interface BatchOptions {
  packages: PackageCache;
  epoch?: number;
  epochTimestampMs?: number;
  /** New consensus transactions per commit (default 100). */
  maxPerCommit?: number;
  congestion?: CongestionConfig;
  /** The time of consensus commit `n` of this batch; by default the Clock's time (deterministic). */
  commitTimestampMs?: (commit: number) => number;
}

export type TxStatus =
  | { kind: 'success' }
  | { kind: 'failure'; error: ExecutionFailure; command: number | null }
  | { kind: 'rejected'; code: string; message: string }
  | { kind: 'equivocation'; id: ObjectId; version: number; holder: Digest; message: string }
  | { kind: 'cancelled'; congested: ObjectId[]; message: string };

export interface TxResult {
  index: number;
  digest: Digest | undefined;
  path: 'fast' | 'consensus' | undefined;
  status: TxStatus;
  /** Commits it was deferred by congestion control before its final status. */
  deferrals: number;
  /** The consensus commit (of this batch) it was sequenced in. */
  commit?: number;
  effects?: TransactionEffects;
  effectsBytes?: Uint8Array;
}

export interface BatchStats {
  transactions: number;
  fast: number;
  consensus: number;
  success: number;
  failed: number;
  rejected: number;
  equivocations: number;
  /** Deferral decisions (a transaction deferred twice counts twice). */
  deferred: number;
  cancelled: number;
  commits: number;
  wallTimeMs: number;
  /** Transactions of the batch per second of wall time. */
  tps: number;
  stateDigest: Digest;
}

export interface BatchResult {
  transactions: TxResult[];
  stats: BatchStats;
}

export function newResult(index: number): TxResult {
  return { index, digest: undefined, path: undefined, status: { kind: 'rejected', code: 'Unknown', message: '' }, deferrals: 0 };
}

/** Sets the status (and effects) from the executor's outcome. */
export function fromOutcome(r: TxResult, out: ExecuteOutcome): void {
  if (out.kind === 'rejected') {
    r.status = { kind: 'rejected', code: out.rejection.code, message: out.rejection.message };
    return;
  }
  const s = out.status;
  r.status = s.status === 'success' ? { kind: 'success' } : { kind: 'failure', error: s.error, command: s.command };
  // A worker's outcome decodes its effects when first read (outcome-wire.ts): so does the result.
  const lazy = Object.getOwnPropertyDescriptor(out, 'effects')?.get;
  if (lazy === undefined) r.effects = out.effects;
  else {
    Object.defineProperty(r, 'effects', {
      get: lazy,
      set: (v: TransactionEffects | undefined) => Object.defineProperty(r, 'effects', { value: v, writable: true, enumerable: true, configurable: true }),
      enumerable: true,
      configurable: true,
    });
  }
  r.effectsBytes = out.effectsBytes;
}

export function batchStats(results: readonly TxResult[], commits: number, wallTimeMs: number, store: ObjectStore): BatchStats {
  const count = (k: TxStatus['kind']): number => results.filter((r) => r.status.kind === k).length;
  return {
    transactions: results.length,
    fast: results.filter((r) => r.path === 'fast').length,
    consensus: results.filter((r) => r.path === 'consensus').length,
    success: count('success'),
    failed: count('failure'),
    rejected: count('rejected'),
    equivocations: count('equivocation'),
    deferred: results.reduce((s, r) => s + r.deferrals, 0),
    cancelled: count('cancelled'),
    commits,
    wallTimeMs,
    tps: wallTimeMs > 0 ? (results.length * 1000) / wallTimeMs : 0,
    stateDigest: store.stateDigest(),
  };
}

/** One line for people: `success`, `failure: MoveAbort ... (command 0)`, `equivocation: ...`. */
export function describeStatus(s: TxStatus): string {
  switch (s.kind) {
    case 'success':
      return 'success';
    case 'failure':
      return `failure${s.command === null ? '' : ` in command ${s.command}`}: ${s.error.kind}: ${s.error.message}`;
    case 'rejected':
      return `rejected (${s.code}): ${s.message}`;
    case 'equivocation':
      return s.message;
    case 'cancelled':
      return `cancelled: ${s.message}`;
  }
}
