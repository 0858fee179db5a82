// The consensus path of a batch (SPEC §4), shared by both executors. In: the admitted
// consensus-path transactions in arrival order. Out, one at a time: consensus commits to run, each
// with its Clock prologue already computed and its transactions in commit order; and, per entry,
// the context to execute it with and what to commit once it ran.
//
// Per commit (ConsensusPlanner.next): the queue, in arrival order, is cut into commits of at most
// `maxPerCommit` new transactions (carried-over deferrals come first and also count); congestion
// control schedules, defers or cancels; the sequencer assigns shared versions and Lamport
// versions; the prologue sets the Clock. The caller runs the entries (in order, or in any order
// that respects their conflicts), applies each entry's writes to an overlay of the commit, and
// commits the whole commit as ONE store commit before asking for the next one (the sequencer
// reads the store for shared objects it has not seen, which an earlier commit may have created).
// Commits continue until no deferral is left (every deferral ends in a schedule or a cancel).
//
// A transaction the executor rejects (no gas, wrong owner...) writes nothing, but the sequencer
// already advanced its mutable shared objects to its Lamport version; later entries are given the
// version that really exists (`forward`), so a rejection never blocks the others. An entry only
// reads `forward` keys of its own shared objects, which only earlier entries on the same objects
// write: conflicting entries, which the parallel executor runs in order.
//
// Cancelled (congestion): as in Sui, the transaction runs in the executor's cancelled mode: no
// command runs and its shared inputs are untouched, it fails with
// ExecutionCancelledDueToSharedObjectCongestion, pays gas, and its owned inputs (gas included) move
// to its Lamport version, which releases their locks.

import type { ObjectId } from '../objects/object.js';
import { CLOCK_ID } from '../objects/object.js';
import type { CommitBatch, DeferredTransaction, ObjectStore, StateView } from '../objects/store.js';
import { execute, type ExecuteOutcome, type ExecutionContext } from '../execution/execute.js';
import { consensusCommitPrologue } from '../execution/prologue.js';
import { decodeCanonical } from '../execution/canonical.js';
import type { SignedTransaction } from '../execution/signature.js';
import type { TransactionDigest } from '../execution/transaction.js';
import type { SystemResult } from '../execution/genesis.js';
import { sequencedInput, type AccessSet } from './access.js';
import { CongestionControl, DEFAULT_CONGESTION } from './congestion.js';
import { withUnlocks } from './locks.js';
import { fromOutcome, type BatchOptions, type TxResult } from './results.js';
import { Sequencer, type CommitEntry, type SequencedInput } from './sequencer.js';

export interface Queued {
  result: TxResult;
  signed: SignedTransaction;
  digest: TransactionDigest;
  access: AccessSet;
}

export type TxEntry = Extract<CommitEntry<Queued>, { kind: 'transaction' }>;

export interface PlannedCommit {
  /** Its place among this batch's commits, from 0 (its prologue carries the store-wide index). */
  index: number;
  /** The prologue's writes (the Clock), the first thing the commit applies. */
  prologue: SystemResult;
  /** The transactions, in commit order. */
  entries: TxEntry[];
  /** Congestion control's carry-over after this commit, to store with it (CommitBatch.deferred). */
  deferred: DeferredTransaction[];
}

export function clockTime(view: StateView): number {
  const contents = (view.getObject(CLOCK_ID)?.data as { contents?: unknown[] } | undefined)?.contents;
  return Number((contents?.[1] as number | bigint | undefined) ?? 0);
}

/**
 * The index of the next consensus commit on this store: one past the commit of the last prologue,
 * which is the Clock's previous transaction (only a prologue writes the Clock), or 0 when the
 * Clock was last written by the genesis. Counting on from the store, not from each run, makes a
 * batch run again after a kill between its consensus commits number its remaining commits as the
 * uninterrupted run did, so their prologues, and the Clock, are the same.
 */
export function nextCommitIndex(store: ObjectStore): number {
  const clock = store.getObject(CLOCK_ID);
  const stored = clock === undefined ? undefined : store.getTransaction(clock.previousTransaction);
  if (stored === undefined) return 0;
  let tx: unknown;
  try {
    tx = decodeCanonical(stored.transaction);
  } catch {
    // Unreadable: number from 0 again. The prologue's digest still differs from every earlier one
    // (it names the Clock version), so only the numbering, never the state's integrity, is at stake.
    return 0;
  }
  const system = (tx as { system?: { kind?: unknown; commit?: unknown } } | null)?.system;
  if (system?.kind !== 'consensus-commit-prologue') return 0;
  const commit = Number(system.commit);
  return Number.isSafeInteger(commit) && commit >= 0 ? commit + 1 : 0;
}

export class ConsensusPlanner {
  private readonly queue: Queued[] = [];
  private next = 0;
  private sequencer: Sequencer | undefined;
  private readonly cc: CongestionControl<SequencedInput<Queued>>;
  /** `${id}:${assigned}` -> the version that really exists; kept across commits, as the sequencer keeps its `next`. */
  private readonly forward = new Map<string, number>();
  private readonly maxPerCommit: number;
  commits = 0;

  constructor(
    private readonly store: ObjectStore,
    private readonly options: BatchOptions,
  ) {
    this.maxPerCommit = options.maxPerCommit ?? 100;
    if (!Number.isSafeInteger(this.maxPerCommit) || this.maxPerCommit < 1) throw new RangeError('maxPerCommit is a positive integer');
    this.cc = new CongestionControl(options.congestion ?? DEFAULT_CONGESTION);
  }

  push(q: Queued): void {
    this.queue.push(q);
  }

  /** The next commit to run, or undefined when every queued transaction has been sequenced or cancelled. */
  nextCommit(): PlannedCommit | undefined {
    if (this.next >= this.queue.length && this.cc.pending.length === 0) return undefined;
    if (this.sequencer === undefined) {
      // The sequencer starts at the Clock's time once the fast path has run, as the oracle always did.
      this.sequencer = new Sequencer((id) => this.store.getObject(id)?.version, { timestampMs: clockTime(this.store), firstCommit: nextCommitIndex(this.store) });
      this.resumeDeferred();
    }
    const take = Math.max(0, this.maxPerCommit - this.cc.pending.length);
    const fresh = this.queue.slice(this.next, this.next + take);
    this.next += fresh.length;
    // The versions of owned inputs were fixed at arrival (they are locked), so the arrival-time access set stands.
    const schedule = this.cc.schedule(fresh.map((q) => this.sequenced(q)));
    for (const d of schedule.deferred) d.tx.result.deferrals += 1;
    for (const c of schedule.cancelled) c.tx.tx.result.status = { kind: 'cancelled', congested: c.congested, message: c.message };
    const commit = this.sequencer.sequence(schedule.inputs, this.options.commitTimestampMs ? { timestampMs: this.options.commitTimestampMs(this.commits) } : {});
    this.commits += 1;
    const [first, ...rest] = commit.entries;
    if (first?.kind !== 'prologue') throw new Error('a commit starts with its prologue');
    const prologue = consensusCommitPrologue(this.store.getObject(CLOCK_ID)!, first.tx, first.lamportVersion, this.options.epoch ?? 0);
    const entries = rest as TxEntry[];
    const index = this.commits - 1;
    for (const e of entries) e.tx.result.commit = index;
    const deferred = this.cc.carriedOver.map((c) => ({ digest: c.tx.digest, deferrals: c.deferrals }));
    return { index, prologue, entries, deferred };
  }

  /**
   * The carry-over the store kept with its last consensus commit names transactions of an earlier
   * run of this batch that were deferred when it stopped (a kill between its consensus commits).
   * Those queued again go first, in that order and with those deferrals, as they would have in the
   * uninterrupted run; the rest of the queue keeps its arrival order. Names not queued (a different
   * batch, or a line that took a new gas coin and so has a new digest) are dropped.
   */
  private resumeDeferred(): void {
    const stored = this.store.deferred();
    if (stored.length === 0) return;
    const byDigest = new Map<string, Queued>();
    for (let i = this.next; i < this.queue.length; i++) byDigest.set(this.queue[i]!.digest.text, this.queue[i]!);
    const resumed = stored.flatMap((d) => {
      const q = byDigest.get(d.digest);
      if (q === undefined) return [];
      byDigest.delete(d.digest);
      q.result.deferrals = d.deferrals;
      return [{ tx: this.sequenced(q), deferrals: d.deferrals }];
    });
    if (resumed.length === 0) return;
    // Out of the queue, in place (a batch may queue more transactions than a spread takes as arguments).
    const taken = new Set(resumed.map((r) => r.tx.tx));
    let k = this.next;
    for (let i = this.next; i < this.queue.length; i++) if (!taken.has(this.queue[i]!)) this.queue[k++] = this.queue[i]!;
    this.queue.length = k;
    this.cc.resume(resumed);
  }

  /** What congestion control and the sequencer see of a queued transaction. */
  private sequenced(q: Queued): SequencedInput<Queued> {
    return { ...sequencedInput(q.signed.data, this.store), tx: q };
  }

  /** The executor context of an entry, once the entries before it that share its objects have settled. */
  context(e: TxEntry): Pick<ExecutionContext, 'sharedVersions' | 'cancelled'> {
    if (e.cancelled) {
      const s = e.tx.result.status;
      return { cancelled: s.kind === 'cancelled' ? s.message : 'cancelled by congestion control' };
    }
    return { sharedVersions: new Map([...e.sharedVersions].map(([id, v]) => [id, this.forward.get(`${id}:${v}`) ?? v] as const)) };
  }

  /** Runs an entry in this thread (its predecessors settled) and settles it; returns the writes to apply, if any. */
  runHere(e: TxEntry, view: StateView, ctx: Pick<ExecutionContext, 'epoch' | 'epochTimestampMs' | 'packages'>): CommitBatch | undefined {
    const c = this.context(e);
    return this.settle(e, c, execute({ ...e.tx.signed, verified: true, digest: e.tx.digest }, view, { ...ctx, ...c }));
  }

  /** Records an entry's outcome (status, versions it really produced); returns the writes to apply, if any. */
  settle(e: TxEntry, ctx: Pick<ExecutionContext, 'sharedVersions' | 'cancelled'>, out: ExecuteOutcome): CommitBatch | undefined {
    const q = e.tx;
    if (e.cancelled) {
      const status = q.result.status;
      fromOutcome(q.result, out);
      if (out.kind !== 'executed') return undefined;
      q.result.status = status;
      return withUnlocks(out.writes, q.access.owned);
    }
    fromOutcome(q.result, out);
    const assigned = ctx.sharedVersions ?? new Map<ObjectId, number>();
    for (const s of q.access.shared) {
      if (!s.mutable || s.id === CLOCK_ID || !assigned.has(s.id)) continue;
      const produced = out.kind === 'executed' ? out.lamportVersion : assigned.get(s.id)!;
      if (produced !== e.lamportVersion) this.forward.set(`${s.id}:${e.lamportVersion}`, produced);
    }
    return out.kind === 'executed' ? withUnlocks(out.writes, q.access.owned) : undefined;
  }
}

/** A consensus commit as ONE store batch: its prologue, its transactions' writes, and the carry-over. */
export function consensusBatch(commit: PlannedCommit, parts: ReadonlyArray<CommitBatch | undefined>): CommitBatch {
  return { ...mergeBatches([commit.prologue.batch, ...parts.filter((b): b is CommitBatch => b !== undefined)]), deferred: commit.deferred };
}

export function mergeBatches(batches: readonly CommitBatch[]): CommitBatch {
  return {
    transactions: batches.flatMap((b) => b.transactions),
    written: batches.flatMap((b) => b.written),
    // Aligned with `written`: a part without pre-encoded bytes gets holes, which the commit fills.
    encoded: batches.flatMap((b) => b.encoded ?? b.written.map(() => undefined)),
    removed: batches.flatMap((b) => b.removed),
    leaves: batches.flatMap((b) => b.leaves ?? []),
    lock: batches.flatMap((b) => b.lock ?? []),
    unlock: batches.flatMap((b) => b.unlock ?? []),
  };
}
