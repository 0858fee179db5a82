// Owned-object locks (SPEC §4, fast path). In: a store, a transaction digest and the owned inputs it
// consumes (owned objects and gas coins, access.ts's `owned`). Out: `ok` with every lock held by
// the transaction, or the reason nothing was locked: `equivocation` (another transaction holds one
// of the (id, version) pairs) or `unavailable` (the object is not live at that version). Nothing
// is executed here.
//
// Lock of one (id, version), persisted in the store (ObjectStore.lock/lockAll):
//
//   free --acquire(tx)--> held by tx --acquire(tx)--> held by tx     (a retry is fine)
//                           |  \--acquire(other)--> equivocation, still held by tx
//                           \--commit with unlock (the version was consumed)--> gone
//
// The executor's CommitBatch does not list `unlock`s, so `withUnlocks` adds them from the owned
// inputs: whether the transaction succeeds or fails, every owned input it consumed moves to the
// Lamport version (a failure still bumps them), so the old versions can never be used again and
// their locks are dead weight. A rejected transaction writes nothing and keeps its locks, as Sui
// keeps a lock for the rest of the epoch.

import type { Digest, ObjectId } from '../objects/object.js';
import { headOf, type CommitBatch, type ObjectStore, type StateView } from '../objects/store.js';

export interface ObjectRef {
  id: ObjectId;
  version: number;
}

export type LockOutcome =
  | { kind: 'ok'; locked: ObjectRef[] }
  | { kind: 'equivocation'; id: ObjectId; version: number; holder: Digest; conflicts: Array<ObjectRef & { holder: Digest }>; message: string }
  | { kind: 'unavailable'; id: ObjectId; version: number; liveVersion: number | undefined; message: string };

/** The distinct (id, version) pairs, in a stable order, so equal inputs lock and report the same way. */
function distinct(owned: readonly ObjectRef[]): ObjectRef[] {
  const seen = new Map<string, ObjectRef>();
  for (const o of owned) seen.set(`${o.id}:${o.version}`, { id: o.id, version: o.version });
  return [...seen.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.version - b.version));
}

/**
 * Locks every owned input for `tx`, or none. Idempotent for the same digest. The store's lockAll
 * is one atomic step, so of two transactions racing for the same (id, version) exactly one wins.
 */
export function acquire(store: Pick<StateView, 'getObject' | 'getHead'> & Pick<ObjectStore, 'lockAll'>, tx: Digest, owned: readonly ObjectRef[]): LockOutcome {
  const refs = distinct(owned);
  // A version that is not live can never be consumed; refusing here keeps dead locks out of the store.
  for (const r of refs) {
    const live = headOf(store, r.id);
    if (live?.version !== r.version) {
      const message =
        live === undefined
          ? `object ${r.id} does not exist (deleted, wrapped or never created), so version ${r.version} cannot be locked`
          : `object ${r.id} is at version ${live.version}, not ${r.version}: that version is no longer available`;
      return { kind: 'unavailable', id: r.id, version: r.version, liveVersion: live?.version, message };
    }
  }
  const conflicts = store.lockAll(refs, tx);
  if (conflicts.length === 0) return { kind: 'ok', locked: refs };
  const first = conflicts[0]!;
  const more = conflicts.length > 1 ? ` (and ${conflicts.length - 1} more input${conflicts.length > 2 ? 's' : ''})` : '';
  return {
    kind: 'equivocation',
    id: first.id,
    version: first.version,
    holder: first.holder,
    conflicts,
    message: `equivocation: object ${first.id} version ${first.version} is locked by transaction ${first.holder}${more}; transaction ${tx} is rejected and nothing was executed`,
  };
}

/** The locks to release once the transaction's effects are committed: every owned input it consumed. */
export function unlocksFor(owned: readonly ObjectRef[]): ObjectRef[] {
  return distinct(owned);
}

/** The executor's batch plus the `unlock`s of the owned inputs (kept if the batch already lists some). */
export function withUnlocks(batch: CommitBatch, owned: readonly ObjectRef[]): CommitBatch {
  return { ...batch, unlock: distinct([...(batch.unlock ?? []), ...owned]) };
}
