// The sequential executor (SPEC §4), the oracle the parallel one must match. In: a store, signed
// transactions in arrival order, options (package cache, epoch, commit size, congestion config,
// commit times). Out: a BatchResult: each transaction's status (success, failure with the Move
// abort, rejected, equivocation, cancelled; with how often it was deferred) and effects, and the
// batch statistics with the final state digest. The store is written here, by commits.
//
// Order of work:
// 1. Arrival, in order: admission.ts (parse; a digest seen earlier in the batch is a duplicate;
//    the signature, so a forged transaction never takes anyone's locks; owned inputs of another
//    sender; versions already taken in the batch; then the owned-input locks, equivocation
//    meaning nothing runs). This is done for both paths, as a validator locks owned inputs before
//    consensus.
//    - fast path: execute at once and commit the transaction alone, with its unlocks;
//    - consensus path: queued.
// 2. The consensus commits (consensus.ts: congestion control, the sequencer, the Clock prologue),
//    each transaction executed in commit order over an overlay of the commit's earlier writes; the
//    whole commit (prologue included) is ONE store commit, so it is applied atomically.
//
// Consequences, documented: a transaction may only use owned versions that are live when it
// arrives (one produced by a queued consensus transaction is not yet, and is refused); fast-path
// transactions of the batch therefore run before its consensus commits.
//
// Deterministic: everything but the wall time depends only on the store and the batch (the commit
// time defaults to the Clock's current time).

import type { CommitBatch, ObjectStore } from '../objects/store.js';
import { execute } from '../execution/execute.js';
import type { SignedTransaction } from '../execution/signature.js';
import { Admission, checkSignature, prepareBatch } from './admission.js';
import { consensusBatch, ConsensusPlanner } from './consensus.js';
import { withUnlocks } from './locks.js';
import { VersionedOverlay } from './overlay.js';
import { batchStats, fromOutcome, newResult, type BatchOptions, type BatchResult, type TxResult } from './results.js';

export { describeStatus, type BatchOptions, type BatchResult, type BatchStats, type TxResult, type TxStatus } from './results.js';

export function runBatch(store: ObjectStore, txs: readonly SignedTransaction[], options: BatchOptions): BatchResult {
  const started = performance.now();
  const ctx = { epoch: options.epoch ?? 0, epochTimestampMs: options.epochTimestampMs ?? 0, packages: options.packages };
  const planner = new ConsensusPlanner(store, options);
  const admission = new Admission(store);
  const results: TxResult[] = [];

  for (const [index, p] of prepareBatch(txs).entries()) {
    const r = newResult(index);
    results.push(r);
    if (!p.ok) {
      r.status = p.status;
      continue;
    }
    r.digest = p.digest.text;
    const bad = checkSignature(p);
    if (bad) {
      r.status = bad;
      continue;
    }
    const admitted = admission.admit(p, index, store, store);
    if (!admitted.ok) {
      r.status = admitted.status;
      r.path = admitted.path;
      continue;
    }
    r.path = admitted.access.path;
    const signed = { data: p.data, signature: p.signature };
    if (admitted.access.path === 'consensus') {
      planner.push({ result: r, signed, digest: p.digest, access: admitted.access });
      continue;
    }
    const out = execute({ ...signed, verified: true, digest: p.digest }, store, ctx);
    fromOutcome(r, out);
    if (out.kind === 'executed') store.commit(withUnlocks(out.writes, admitted.access.owned));
  }

  for (let commit = planner.nextCommit(); commit !== undefined; commit = planner.nextCommit()) {
    const overlay = new VersionedOverlay(store);
    const batches: CommitBatch[] = [];
    overlay.apply(0, commit.prologue.batch);
    for (const e of commit.entries) {
      const b = planner.runHere(e, overlay.view(), ctx);
      if (b === undefined) continue;
      overlay.apply(0, b);
      batches.push(b);
    }
    store.commit(consensusBatch(commit, batches));
  }

  return { transactions: results, stats: batchStats(results, planner.commits, performance.now() - started, store) };
}
