// The sequencer (SPEC §4, consensus path). In: batches of consensus-path transactions in their
// agreed order, each with its shared inputs (id, mutable) and the versions of its other inputs
// (owned, immutable, gas, receiving). Out: one Commit per batch, whose first entry is the Clock
// update (the consensus commit prologue) followed by the transactions, each with the versions
// assigned to its shared inputs and its Lamport version. Nothing executes here; the executor takes
// `sharedVersions` as ExecutionContext.sharedVersions.
//
// Version assignment, as Sui does it:
//   for each entry in order:
//     shared input o  -> assigned next[o]          (first use: the store's live version of o)
//     lamport         =  1 + max(input versions, assigned shared versions)
//     mutable o       -> next[o] = lamport          (read-only uses leave next[o] alone)
// Every object a transaction writes gets `lamport`, so after the commit executes, a mutably used
// shared object lives at next[o]: the assignment never has to wait for execution.
//
// `next` lives across commits, so a Sequencer must see every consensus commit of a chain, in
// order; rebuild one from the store (the live versions) after a restart.

import type { Digest, ObjectId } from '../objects/object.js';
import { CLOCK_ID } from '../objects/object.js';

export interface SharedUse {
  id: ObjectId;
  mutable: boolean;
}

/** A consensus-path transaction as the sequencer needs it (access.ts's `sequencedInput` builds one). */
export interface SequencedInput<T = unknown> {
  tx: T;
  digest: Digest;
  shared: readonly SharedUse[];
  /** Versions of every non-shared input: owned and immutable objects, gas coins, receiving. */
  inputVersions: readonly number[];
  /** The gas budget, for congestion control's `gas` cost mode (congestion.ts). */
  gasBudget?: bigint;
  /**
   * A transaction congestion control cancelled (congestion.ts): it still gets a Lamport version
   * (its gas coin is charged and moves on) but no shared versions, and advances nothing.
   */
  cancelled?: boolean;
}

/** The system transaction that sets the Clock (0x6) to the commit's time: sui::clock::consensus_commit_prologue. */
export interface CommitPrologue {
  kind: 'consensus-commit-prologue';
  /** Index of the commit, from 0, counted by this sequencer. */
  commit: number;
  timestampMs: number;
}

export type CommitEntry<T = unknown> =
  | { kind: 'prologue'; tx: CommitPrologue; sharedVersions: Map<ObjectId, number>; lamportVersion: number }
  | { kind: 'transaction'; tx: T; digest: Digest; sharedVersions: Map<ObjectId, number>; lamportVersion: number; cancelled: boolean; missing: ObjectId[] };

export interface Commit<T = unknown> {
  index: number;
  timestampMs: number;
  entries: Array<CommitEntry<T>>;
  /** next[o] after this commit, for every shared object the commit used (in first-use order). */
  nextVersions: Map<ObjectId, number>;
}

export interface SequenceOptions {
  /**
   * The commit's time (from consensus). Clamped so the Clock never goes back; by default the
   * previous commit's time, which keeps replays deterministic.
   */
  timestampMs?: number;
}

export class Sequencer {
  private readonly next = new Map<ObjectId, number>();
  private commits = 0;
  private lastTimestampMs: number;

  /**
   * `initial(id)`: the version the store holds for shared object `id` (its live version), or
   * undefined if there is no such shared object. Asked once per object; after that the sequencer
   * tracks the object itself.
   */
  constructor(
    private readonly initial: (id: ObjectId) => number | undefined,
    options: { timestampMs?: number; firstCommit?: number } = {},
  ) {
    this.lastTimestampMs = options.timestampMs ?? 0;
    this.commits = options.firstCommit ?? 0;
  }

  /** The version the next transaction using `id` would be assigned, if the object is known. */
  nextVersion(id: ObjectId): number | undefined {
    return this.lookup(id);
  }

  get commitCount(): number {
    return this.commits;
  }

  private lookup(id: ObjectId): number | undefined {
    let v = this.next.get(id);
    if (v === undefined) {
      v = this.initial(id);
      if (v !== undefined) this.next.set(id, v);
    }
    return v;
  }

  sequence<T>(batch: ReadonlyArray<SequencedInput<T>>, options: SequenceOptions = {}): Commit<T> {
    const timestampMs = Math.max(this.lastTimestampMs, options.timestampMs ?? this.lastTimestampMs);
    const touched = new Set<ObjectId>();
    const entries: Array<CommitEntry<T>> = [];

    // The prologue writes the Clock, so it is a mutable use of 0x6 and moves the Clock's version on
    // every commit; user transactions may only read the Clock and see this commit's time.
    const clock = this.lookup(CLOCK_ID);
    if (clock === undefined) throw new Error('the sequencer needs the Clock (0x6): run genesis first');
    const prologueLamport = clock + 1;
    this.next.set(CLOCK_ID, prologueLamport);
    touched.add(CLOCK_ID);
    entries.push({
      kind: 'prologue',
      tx: { kind: 'consensus-commit-prologue', commit: this.commits, timestampMs },
      sharedVersions: new Map([[CLOCK_ID, clock]]),
      lamportVersion: prologueLamport,
    });

    for (const input of batch) {
      const sharedVersions = new Map<ObjectId, number>();
      const missing: ObjectId[] = [];
      let max = 0;
      for (const v of input.inputVersions) if (v > max) max = v;
      if (input.cancelled !== true) {
        for (const s of input.shared) {
          const v = this.lookup(s.id);
          // An unknown shared object gets no version; the executor rejects the transaction.
          if (v === undefined) missing.push(s.id);
          else {
            sharedVersions.set(s.id, v);
            touched.add(s.id);
            if (v > max) max = v;
          }
        }
      }
      const lamportVersion = max + 1;
      // Only the prologue writes the Clock: the executor refuses a user's mutable Clock input, so
      // such a use must not move the Clock's version either.
      if (input.cancelled !== true) for (const s of input.shared) if (s.mutable && s.id !== CLOCK_ID && sharedVersions.has(s.id)) this.next.set(s.id, lamportVersion);
      entries.push({ kind: 'transaction', tx: input.tx, digest: input.digest, sharedVersions, lamportVersion, cancelled: input.cancelled === true, missing });
    }

    const nextVersions = new Map<ObjectId, number>();
    for (const id of touched) nextVersions.set(id, this.next.get(id)!);
    const commit: Commit<T> = { index: this.commits, timestampMs, entries, nextVersions };
    this.commits += 1;
    this.lastTimestampMs = timestampMs;
    return commit;
  }
}
