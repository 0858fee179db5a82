// The sequential executor (SPEC §4), the oracle the parallel one must match. In: a store, signed
// transactions in arrival order, options (package cache, epoch, commit size, congestion config,
// commit times). Out: a BatchResult: each transaction's status (success, failure with the Move
// abort, rejected, equivocation, cancelled; with how often it was deferred) and effects, and the
// batch statistics with the final state digest. The store is written here, by commits.
//
// Order of work:
// 1. Arrival, in order: parse and check the signature (a forged transaction must not take anyone's
//    locks), refuse owned inputs of another sender, then take the owned-input locks
//    (equivocation: nothing runs; the batch also remembers versions already consumed in it, whose
//    store locks were released at commit). This is done for both paths, as a validator locks owned
//    inputs before consensus.
//    - fast path: execute at once and commit the transaction alone, with its unlocks;
//    - consensus path: queued.
// 2. The queue, in arrival order, is cut into consensus commits of at most `maxPerCommit` new
//    transactions (carried-over deferrals come first and also count). Each commit: congestion
//    control, the sequencer, the Clock prologue, then each transaction executed with its assigned
//    shared versions over an overlay of the commit's earlier writes; the whole commit (prologue
//    included) is ONE store commit, so a consensus commit is applied atomically.
//    Commits continue until no deferral is left (every deferral ends in a schedule or a cancel).
//
// Consequences, documented: a transaction may only use owned versions that are live when it
// arrives (one produced by a queued consensus transaction is not yet, and is refused); fast-path
// transactions of the batch therefore run before its consensus commits.
//
// A consensus transaction the executor rejects (no gas, wrong owner...) writes nothing, but the
// sequencer already advanced its mutable shared objects to its Lamport version; later entries are
// given the version that really exists (`forward`), so a rejection never blocks the others.
//
// Cancelled (congestion): as in Sui, the transaction runs in the executor's cancelled mode: no
// command runs and its shared inputs are untouched, it fails with
// ExecutionCancelledDueToSharedObjectCongestion, pays gas, and its owned inputs (gas included) move
// to its Lamport version, which releases their locks.
//
// Deterministic: everything but the wall time depends only on the store and the batch (the commit
// time defaults to the Clock's current time).

import type { Digest, ObjectId, ObjectRecord } from '../objects/object.js';
import { CLOCK_ID } from '../objects/object.js';
import type { CommitBatch, ObjectStore, StateView } from '../objects/store.js';
import type { ExecutionFailure, TransactionEffects } from '../execution/effects.js';
import { execute, type ExecuteOutcome } from '../execution/execute.js';
import type { PackageCache } from '../execution/packages.js';
import { consensusCommitPrologue } from '../execution/prologue.js';
import type { SignedTransaction } from '../execution/signature.js';
import { verifyTransactionSignature } from '../execution/signature.js';
import { parseTransaction, transactionDigest, type TransactionData } from '../execution/transaction.js';
import { accessSet, sequencedInput, type AccessSet } from './access.js';
import { CongestionControl, DEFAULT_CONGESTION, type CongestionConfig } from './congestion.js';
import { acquire, withUnlocks } from './locks.js';
import { Sequencer, type SequencedInput } from './sequencer.js';

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

/** The store plus the writes of the commit being built, so each entry sees the ones before it. */
class Overlay implements StateView {
  private readonly live = new Map<ObjectId, ObjectRecord | null>();
  private readonly versions = new Map<string, ObjectRecord>();
  constructor(private readonly base: StateView) {}
  getObject(id: ObjectId): ObjectRecord | undefined {
    const l = this.live.get(id);
    return l === undefined ? this.base.getObject(id) : (l ?? undefined);
  }
  getObjectVersion(id: ObjectId, version: number): ObjectRecord | undefined {
    return this.versions.get(`${id}:${version}`) ?? this.base.getObjectVersion(id, version);
  }
  apply(batch: CommitBatch): void {
    for (const r of batch.written) {
      this.live.set(r.id, r);
      this.versions.set(`${r.id}:${r.version}`, r);
    }
    for (const r of batch.removed) this.live.set(r.id, null);
  }
}

function merge(batches: CommitBatch[]): CommitBatch {
  return {
    transactions: batches.flatMap((b) => b.transactions),
    written: batches.flatMap((b) => b.written),
    removed: batches.flatMap((b) => b.removed),
    unlock: batches.flatMap((b) => b.unlock ?? []),
  };
}

function fromOutcome(r: TxResult, out: ExecuteOutcome): void {
  if (out.kind === 'rejected') {
    r.status = { kind: 'rejected', code: out.rejection.code, message: out.rejection.message };
    return;
  }
  const s = out.effects.status;
  r.status = s.status === 'success' ? { kind: 'success' } : { kind: 'failure', error: s.error, command: s.command };
  r.effects = out.effects;
  r.effectsBytes = out.effectsBytes;
}

interface Queued {
  result: TxResult;
  signed: SignedTransaction;
  access: AccessSet;
}

/** Parses, checks the signature and ownership, and locks; undefined (status set) if it cannot go on. */
function admit(store: ObjectStore, taken: Map<string, Digest>, tx: SignedTransaction, r: TxResult): { data: TransactionData; access: AccessSet } | undefined {
  const parsed = parseTransaction(tx.data);
  if (!parsed.ok) {
    r.status = { kind: 'rejected', code: 'MalformedTransaction', message: `${parsed.error.path}: ${parsed.error.message}` };
    return undefined;
  }
  const data = parsed.value;
  const digest = transactionDigest(data);
  r.digest = digest.text;
  const sig = verifyTransactionSignature({ data, signature: tx.signature }, digest);
  if (!sig.ok) {
    r.status = { kind: 'rejected', code: 'InvalidSignature', message: sig.reason };
    return undefined;
  }
  if (store.getTransaction(digest.text) !== undefined) {
    r.status = { kind: 'rejected', code: 'AlreadyExecuted', message: `transaction ${digest.text} was already executed` };
    return undefined;
  }
  const access = accessSet(data, store);
  r.path = access.path;
  for (const o of access.owned) {
    const owner = store.getObject(o.id)?.owner;
    if (typeof owner === 'object' && 'AddressOwner' in owner && owner.AddressOwner !== data.sender) {
      r.status = { kind: 'rejected', code: 'ObjectOwnedByOther', message: `object ${o.id} is owned by ${owner.AddressOwner}, not by the sender ${data.sender}; nothing was locked` };
      return undefined;
    }
  }
  // A version consumed earlier in the batch has no lock left in the store (its commit released
  // it), so the batch remembers who took it: a second spender is equivocation, not a stale read.
  for (const o of access.owned) {
    const holder = taken.get(`${o.id}:${o.version}`);
    if (holder !== undefined && holder !== digest.text) {
      const message = `equivocation: object ${o.id} version ${o.version} is locked by transaction ${holder}; transaction ${digest.text} is rejected and nothing was executed`;
      r.status = { kind: 'equivocation', id: o.id, version: o.version, holder, message };
      return undefined;
    }
  }
  const lock = acquire(store, digest.text, access.owned);
  if (lock.kind === 'equivocation') {
    r.status = { kind: 'equivocation', id: lock.id, version: lock.version, holder: lock.holder, message: lock.message };
    return undefined;
  }
  if (lock.kind === 'unavailable') {
    r.status = { kind: 'rejected', code: 'ObjectVersionUnavailableForConsumption', message: lock.message };
    return undefined;
  }
  for (const o of access.owned) taken.set(`${o.id}:${o.version}`, digest.text);
  return { data, access };
}

export function runBatch(store: ObjectStore, txs: readonly SignedTransaction[], options: BatchOptions): BatchResult {
  const started = performance.now();
  const ctx = { epoch: options.epoch ?? 0, epochTimestampMs: options.epochTimestampMs ?? 0, packages: options.packages };
  const maxPerCommit = options.maxPerCommit ?? 100;
  if (!Number.isSafeInteger(maxPerCommit) || maxPerCommit < 1) throw new RangeError('maxPerCommit is a positive integer');
  const results: TxResult[] = [];
  const queue: Queued[] = [];
  const taken = new Map<string, Digest>();

  for (const [index, tx] of txs.entries()) {
    const r: TxResult = { index, digest: undefined, path: undefined, status: { kind: 'rejected', code: 'Unknown', message: '' }, deferrals: 0 };
    results.push(r);
    const admitted = admit(store, taken, tx, r);
    if (admitted === undefined) continue;
    const signed = { data: admitted.data, signature: tx.signature };
    if (admitted.access.path === 'consensus') {
      queue.push({ result: r, signed, access: admitted.access });
      continue;
    }
    const out = execute(signed, store, ctx);
    fromOutcome(r, out);
    if (out.kind === 'executed') store.commit(withUnlocks(out.writes, admitted.access.owned));
  }

  const commits = runConsensus(store, queue, options, ctx, maxPerCommit);

  const count = (k: TxStatus['kind']): number => results.filter((r) => r.status.kind === k).length;
  const wallTimeMs = performance.now() - started;
  const stats: BatchStats = {
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
  return { transactions: results, stats };
}

/** Step 2: the consensus commits; returns how many there were. */
function runConsensus(store: ObjectStore, queue: Queued[], options: BatchOptions, ctx: { epoch: number; epochTimestampMs: number; packages: PackageCache }, maxPerCommit: number): number {
  if (queue.length === 0) return 0;
  const clockTime = (): number => Number(((store.getObject(CLOCK_ID)?.data as { contents?: unknown[] } | undefined)?.contents?.[1] as number | bigint | undefined) ?? 0);
  const sequencer = new Sequencer((id) => store.getObject(id)?.version, { timestampMs: clockTime() });
  const cc = new CongestionControl<SequencedInput<Queued>>(options.congestion ?? DEFAULT_CONGESTION);
  // `${id}:${assigned}` -> the version that really exists, where an entry did not produce what the
  // sequencer expected; kept across commits, as the sequencer keeps its `next` versions.
  const forward = new Map<string, number>();
  let next = 0;
  let commits = 0;
  while (next < queue.length || cc.pending.length > 0) {
    const take = Math.max(0, maxPerCommit - cc.pending.length);
    const fresh = queue.slice(next, next + take);
    next += fresh.length;
    // The versions of owned inputs were fixed at arrival (they are locked), so the arrival-time access set stands.
    const schedule = cc.schedule(fresh.map((q) => ({ ...sequencedInput(q.signed.data, store), tx: q })));
    for (const d of schedule.deferred) d.tx.result.deferrals += 1;
    for (const c of schedule.cancelled) c.tx.tx.result.status = { kind: 'cancelled', congested: c.congested, message: c.message };
    const commit = sequencer.sequence(schedule.inputs, options.commitTimestampMs ? { timestampMs: options.commitTimestampMs(commits) } : {});
    const overlay = new Overlay(store);
    const batches: CommitBatch[] = [];
    for (const e of commit.entries) {
      if (e.kind === 'prologue') {
        const p = consensusCommitPrologue(overlay.getObject(CLOCK_ID)!, e.tx, e.lamportVersion, ctx.epoch);
        overlay.apply(p.batch);
        batches.push(p.batch);
        continue;
      }
      const q = e.tx;
      q.result.commit = commit.index;
      if (e.cancelled) {
        const status = q.result.status;
        const out = execute(q.signed, overlay, { ...ctx, cancelled: status.kind === 'cancelled' ? status.message : 'cancelled by congestion control' });
        fromOutcome(q.result, out);
        if (out.kind === 'executed') {
          q.result.status = status;
          const b = withUnlocks(out.writes, q.access.owned);
          overlay.apply(b);
          batches.push(b);
        }
        continue;
      }
      const assigned = new Map([...e.sharedVersions].map(([id, v]) => [id, forward.get(`${id}:${v}`) ?? v] as const));
      const out = execute(q.signed, overlay, { ...ctx, sharedVersions: assigned });
      fromOutcome(q.result, out);
      for (const s of q.access.shared) {
        if (!s.mutable || s.id === CLOCK_ID || !assigned.has(s.id)) continue;
        const produced = out.kind === 'executed' ? out.effects.lamportVersion : assigned.get(s.id)!;
        if (produced !== e.lamportVersion) forward.set(`${s.id}:${e.lamportVersion}`, produced);
      }
      if (out.kind === 'executed') {
        const b = withUnlocks(out.writes, q.access.owned);
        overlay.apply(b);
        batches.push(b);
      }
    }
    store.commit(merge(batches));
    commits += 1;
  }
  return commits;
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
