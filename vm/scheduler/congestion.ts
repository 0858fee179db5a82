// Per-object congestion control (SPEC §4). In: each commit's consensus-path transactions in order
// (anything with a digest, its shared uses and, for the `gas` mode, its gas budget). Out: the
// commit's schedule: the transactions to sequence now (the ones carried over first, in their
// order, then the new ones), each either scheduled or cancelled, and the transactions deferred to
// the next commit. Nothing executes here: for a cancelled transaction the caller charges gas and
// changes nothing else (the sequencer gives it a Lamport version but no shared versions).
//
// Each shared object has a budget per commit; a transaction costs 1 (`count`) or its gas budget
// (`gas`), charged to every shared object it uses mutably. As in Sui, only mutable uses count:
// readers do not serialise behind each other, so they do not lengthen the object's critical path
// (Sui's guide speaks of the space a transaction takes "on a mutable shared object").
//
// One transaction, commit after commit:
//
//   new --fits every mutable object's budget--> scheduled
//    |  \--over budget, deferrals < max--> deferred (+1) --next commit--> (tried again, first)
//    \--over budget, deferrals == max--> cancelled
//
// Usage per object is the plain sum of the costs scheduled on it in the commit (Sui refines this
// into a critical path across objects; a sum is the simpler bound and enough for one process).

import type { Digest, ObjectId } from '../objects/object.js';
import type { SharedUse } from './sequencer.js';

export interface CongestionConfig {
  mode: 'count' | 'gas';
  /** Cost a shared object may take per commit: a transaction count, or a sum of gas budgets. */
  budgetPerObject: bigint;
  /** Deferrals a transaction may take; over budget once more, it is cancelled. */
  maxDeferrals: number;
}

export const DEFAULT_CONGESTION: CongestionConfig = { mode: 'count', budgetPerObject: 100n, maxDeferrals: 3 };

export interface CongestionInput {
  digest: Digest;
  shared: readonly SharedUse[];
  gasBudget?: bigint;
}

export interface Cancellation<T> {
  tx: T;
  deferrals: number;
  /** The mutable shared objects whose budget it did not fit. */
  congested: ObjectId[];
  message: string;
}

export interface Schedule<T> {
  /** What this commit sequences, in order; cancelled ones carry `cancelled: true`. */
  inputs: Array<T & { cancelled?: boolean }>;
  scheduled: T[];
  cancelled: Array<Cancellation<T>>;
  /** Carried to the next commit, in order. */
  deferred: T[];
  /** Cost scheduled on each object in this commit. */
  usage: Map<ObjectId, bigint>;
}

export interface CongestionStats {
  /** Deferral decisions so far (a transaction deferred twice counts twice). */
  deferred: number;
  cancelled: number;
  scheduled: number;
  /** Cost scheduled per object over all commits. */
  usage: Map<ObjectId, bigint>;
}

export class CongestionControl<T extends CongestionInput> {
  private carried: Array<{ tx: T; deferrals: number }> = [];
  private readonly totals: CongestionStats = { deferred: 0, cancelled: 0, scheduled: 0, usage: new Map() };

  constructor(readonly config: CongestionConfig = DEFAULT_CONGESTION) {
    if (config.budgetPerObject < 0n) throw new RangeError('the per-object budget cannot be negative');
    if (!Number.isSafeInteger(config.maxDeferrals) || config.maxDeferrals < 0) throw new RangeError('maxDeferrals is a non-negative integer');
  }

  private cost(tx: T): bigint {
    if (this.config.mode === 'count') return 1n;
    if (tx.gasBudget === undefined) throw new Error(`congestion control in gas mode needs the gas budget of ${tx.digest}`);
    return tx.gasBudget;
  }

  /** Transactions waiting for the next commit. */
  get pending(): readonly T[] {
    return this.carried.map((c) => c.tx);
  }

  /** The carry-over with the deferrals each has taken, in order (what a store keeps with a commit). */
  get carriedOver(): ReadonlyArray<{ tx: T; deferrals: number }> {
    return this.carried.map((c) => ({ ...c }));
  }

  /**
   * Takes up a carry-over stored by an earlier run (a batch run again after a kill): these go first
   * in the next commit, in this order, with the deferrals they had taken. Before any new deferral.
   */
  resume(carried: ReadonlyArray<{ tx: T; deferrals: number }>): void {
    if (this.carried.length > 0) throw new Error('congestion control resumes a carry-over only before its first schedule');
    for (const c of carried) {
      if (!Number.isSafeInteger(c.deferrals) || c.deferrals < 1) throw new RangeError(`a carried-over transaction has been deferred at least once, not ${c.deferrals} times`);
      this.carried.push({ tx: c.tx, deferrals: c.deferrals });
    }
  }

  schedule(batch: readonly T[]): Schedule<T> {
    const queue = [...this.carried, ...batch.map((tx) => ({ tx, deferrals: 0 }))];
    this.carried = [];
    const usage = new Map<ObjectId, bigint>();
    const out: Schedule<T> = { inputs: [], scheduled: [], cancelled: [], deferred: [], usage };
    for (const { tx, deferrals } of queue) {
      const cost = this.cost(tx);
      const mutable = [...new Set(tx.shared.filter((s) => s.mutable).map((s) => s.id))];
      const congested = mutable.filter((id) => (usage.get(id) ?? 0n) + cost > this.config.budgetPerObject);
      if (congested.length === 0) {
        for (const id of mutable) usage.set(id, (usage.get(id) ?? 0n) + cost);
        out.inputs.push(tx);
        out.scheduled.push(tx);
      } else if (deferrals < this.config.maxDeferrals) {
        this.carried.push({ tx, deferrals: deferrals + 1 });
        out.deferred.push(tx);
      } else {
        const message = `transaction ${tx.digest} cancelled: shared object${congested.length > 1 ? 's' : ''} ${congested.join(', ')} stayed over the per-commit budget (${this.config.budgetPerObject} by ${this.config.mode}) after ${deferrals} deferral${deferrals === 1 ? '' : 's'}; gas is charged and nothing else changes`;
        out.cancelled.push({ tx, deferrals, congested, message });
        out.inputs.push({ ...tx, cancelled: true });
      }
    }
    this.totals.deferred += out.deferred.length;
    this.totals.cancelled += out.cancelled.length;
    this.totals.scheduled += out.scheduled.length;
    for (const [id, c] of usage) this.totals.usage.set(id, (this.totals.usage.get(id) ?? 0n) + c);
    return out;
  }

  stats(): CongestionStats {
    return { ...this.totals, usage: new Map(this.totals.usage) };
  }
}
