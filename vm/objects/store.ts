// Store interfaces. The executor sees a read-only StateView; committing is the caller's job
// (ARCHITECTURE.md, convention 8), through ObjectStore.commit, which is atomic: a batch is
// applied whole or not at all, even if the process dies in the middle.
//
// Implementations: memory-store.ts (tests, benchmarks) and lmdb-store.ts (the embedded default,
// in `.deed/`). Both apply commit-plan.ts (the rules a batch must follow) and state-digest.ts (the
// state digest's definition), and throw StoreError (store-error.ts) for what a user should see.

import type { Address, Digest, ObjectId, ObjectRecord } from './object.js';
import type { KnownLeaf } from './state-digest.js';

/** What admission and scheduling read of a live object: everything but its contents. */
export type ObjectHead = Pick<ObjectRecord, 'id' | 'version' | 'digest' | 'owner'>;

export interface StateView {
  /** The live version of an object (not deleted, not wrapped), if any. */
  getObject(id: ObjectId): ObjectRecord | undefined;
  /**
   * Optional: the live version's head only, when the view can answer it without decoding the
   * record (an LMDB store answers from its live index). `headOf` falls back to getObject.
   */
  getHead?(id: ObjectId): ObjectHead | undefined;
  /** A specific version, live or historical. */
  getObjectVersion(id: ObjectId, version: number): ObjectRecord | undefined;
}

/** One committed transaction as the store keeps it. Bytes are the canonical encodings. */
export interface StoredTransaction {
  digest: Digest;
  /** Canonical msgpackr encoding of the signed transaction. */
  transaction: Uint8Array;
  /** Canonical msgpackr encoding of its effects (events included). */
  effects: Uint8Array;
}

export interface CommitBatch {
  transactions: StoredTransaction[];
  /** New versions of objects, which become their live versions. */
  written: ObjectRecord[];
  /**
   * Optional: `encodeObject(written[i])` for each record, already checked against its digest by
   * the executor that made it (a parallel executor's worker does this off the main thread, so the
   * commit does not encode every record again). Aligned with `written` when given; an undefined
   * entry is encoded and checked by the commit as usual.
   */
  encoded?: Array<Uint8Array | undefined>;
  /**
   * Optional: state-digest leaves (state-digest.ts) the executor computed where it ran, as
   * [id, version, leaf]: of the records it wrote and of the versions they replace or remove. The
   * commit takes a leaf from here instead of hashing again (the same trust as `encoded`) and
   * computes any it does not find.
   */
  leaves?: KnownLeaf[];
  /** Objects that leave the live set (deleted or wrapped), with the version that removed them. */
  removed: Array<{ id: ObjectId; version: number }>;
  /**
   * Owned-object locks taken by transactions of the batch, persisted with it (a batch executor
   * takes locks in memory and writes them with its commits instead of one write per lock). Applied
   * before `unlock`; an existing lock is never overwritten.
   */
  lock?: Array<{ id: ObjectId; version: number; holder: Digest }>;
  /** Owned-object locks to release (their version was consumed). */
  unlock?: Array<{ id: ObjectId; version: number }>;
  /**
   * A consensus commit's carry-over: the transactions congestion control deferred to the next
   * consensus commit, in their order, with the deferrals each has taken. Replaces the stored list
   * when given (an empty one clears it); a batch without it leaves the list as it was. Stored with
   * the commit that decided it, so a batch killed between its consensus commits and run again
   * carries them over as the uninterrupted run did.
   */
  deferred?: DeferredTransaction[];
}

/** A transaction waiting in congestion control's carry-over, by digest. */
export interface DeferredTransaction {
  digest: Digest;
  deferrals: number;
}

export interface ObjectStore extends StateView {
  /**
   * Applies a batch atomically and updates the running state digest. Throws StoreError, applying
   * nothing, when the batch breaks the rules in commit-plan.ts (digest mismatch, a version not
   * above the object's latest, a transaction stored twice).
   */
  commit(batch: CommitBatch): void;
  getTransaction(digest: Digest): StoredTransaction | undefined;
  /** Live objects owned by an address (AddressOwner), in id order. */
  objectsOwnedBy(owner: Address): ObjectRecord[];
  /** Every live object, in id order (for state digests and tools). */
  liveObjects(): Iterable<ObjectRecord>;
  /**
   * Owned-object locks (SPEC §4): the first transaction digest to use `(id, version)` holds it.
   * Returns the digest that holds the lock after the call: `tx` if it got (or already had) it.
   */
  lock(id: ObjectId, version: number, tx: Digest): Digest;
  lockHolder(id: ObjectId, version: number): Digest | undefined;
  /**
   * Locks every `(id, version)` for `tx` or none (Sui acquires a transaction's owned-input locks
   * all at once): returns the inputs held by another transaction, and locks nothing unless that
   * list is empty. Inputs already held by `tx` are fine.
   */
  lockAll(inputs: ReadonlyArray<{ id: ObjectId; version: number }>, tx: Digest): Array<{ id: ObjectId; version: number; holder: Digest }>;
  /**
   * A digest of the live set, folded in at each commit from the batch's changes (state-digest.ts
   * has the exact definition): Blake2b-256 leaves over each live object's (id, version, digest),
   * summed modulo 2^256. Two stores with the same live objects have the same state digest, so
   * equal histories do, however the transactions were grouped into commits.
   */
  stateDigest(): Digest;
  /** How many batches have been committed (0 for a new store). */
  commitCount(): number;
  /** The carry-over of the last consensus commit that stored one (CommitBatch.deferred); empty if none. */
  deferred(): DeferredTransaction[];
  close(): void;
}

/** The live head of `id` in `view`: its cheap answer if it has one, else the whole record. */
export function headOf(view: Pick<StateView, 'getObject' | 'getHead'>, id: ObjectId): ObjectHead | undefined {
  return view.getHead !== undefined ? view.getHead(id) : view.getObject(id);
}
