// Commit planning shared by both stores: a CommitBatch and a view of the store in, the checked
// list of history entries, live-set changes and the new state accumulator out (or a StoreError).
// The stores only apply the plan, so they cannot disagree about what a batch means.
//
// Rules a batch must follow (a violation is an executor bug; nothing is applied):
// - every written record encodes and carries the digest of its contents;
// - per object, the versions in the batch (written and removed together) are distinct and all
//   above the latest version the store knows for it, live or removed: versions only grow;
// - transaction digests are 32-byte base58, not already stored, not repeated.
// Within the batch, an object's entries apply in version order, so a batch may hold several
// transactions touching the same object (mutated at v5, then deleted at v6).

import { encodeCheckedObject, tryDigestBytes } from './encoding.js';
import type { Address, Digest, ObjectId, ObjectRecord } from './object.js';
import { accAdd, accSub, stateLeaf } from './state-digest.js';
import type { CommitBatch, DeferredTransaction, StoredTransaction } from './store.js';
import { StoreError } from './store-error.js';

/** What the live index keeps per object: enough to fold the state digest and the owner index. */
export interface LiveEntry {
  version: number;
  digest: Digest;
  /** The AddressOwner, for the owner index; undefined for other owners. */
  owner: Address | undefined;
}

export interface PlanView {
  /** The latest version the store holds for `id` (live or removed) and its live entry if live. */
  latest(id: ObjectId): { version: number; live: LiveEntry | undefined } | undefined;
  /** `key`: the digest's 32 bytes. */
  hasTransaction(digest: Digest, key: Uint8Array): boolean;
}

export interface HistoryEntry {
  id: ObjectId;
  version: number;
  /** The record and its canonical bytes, or undefined for a removal (tombstone). */
  record: ObjectRecord | undefined;
  bytes: Uint8Array | undefined;
}

export interface LiveChange {
  id: ObjectId;
  before: LiveEntry | undefined;
  /** The new live entry and the history entry that holds its record, or undefined if removed. */
  after: (LiveEntry & { entry: HistoryEntry }) | undefined;
}

export interface CommitPlan {
  /** With each digest's 32 bytes (`key`), decoded once. */
  transactions: Array<StoredTransaction & { key: Uint8Array }>;
  history: HistoryEntry[];
  live: LiveChange[];
  lock: Array<{ id: ObjectId; version: number; holder: Digest }>;
  unlock: Array<{ id: ObjectId; version: number }>;
  /** The carry-over to store (each digest with its 32 bytes), or undefined to keep the stored one. */
  deferred: Array<DeferredTransaction & { key: Uint8Array }> | undefined;
  accumulator: Uint8Array;
}

export function addressOwnerOf(r: ObjectRecord): Address | undefined {
  return typeof r.owner === 'object' && 'AddressOwner' in r.owner ? r.owner.AddressOwner : undefined;
}

export function planCommit(batch: CommitBatch, view: PlanView, accumulator: Uint8Array): CommitPlan {
  if (typeof batch !== 'object' || batch === null) throw new StoreError('commit: the batch is not an object');
  const transactions = batch.transactions ?? [];
  const seenTx = new Set<string>();
  const keyed = transactions.map((t) => {
    const key = tryDigestBytes(t?.digest);
    if (!key) throw new StoreError(`commit: ${String(t?.digest)} is not a transaction digest`);
    if (!(t.transaction instanceof Uint8Array) || !(t.effects instanceof Uint8Array)) throw new StoreError(`commit: transaction ${t.digest} needs its bytes and effects`);
    if (seenTx.has(t.digest) || view.hasTransaction(t.digest, key)) throw new StoreError(`commit: transaction ${t.digest} is already stored`);
    seenTx.add(t.digest);
    return { ...t, key };
  });

  const byId = new Map<ObjectId, HistoryEntry[]>();
  const add = (e: HistoryEntry): void => {
    const list = byId.get(e.id);
    if (list) list.push(e);
    else byId.set(e.id, [e]);
  };
  const written = batch.written ?? [];
  if (batch.encoded !== undefined && batch.encoded.length !== written.length) throw new StoreError('commit: `encoded` must have one entry per written record');
  for (const [i, r] of written.entries()) {
    const given = batch.encoded?.[i];
    if (given instanceof Uint8Array) {
      add({ id: r.id, version: r.version, record: r, bytes: given });
      continue;
    }
    let checked: ReturnType<typeof encodeCheckedObject>;
    try {
      checked = encodeCheckedObject(r);
    } catch (e) {
      throw new StoreError(`commit: ${e instanceof Error ? e.message : String(e)}`, e);
    }
    if (checked.digestError) throw new StoreError(`commit: object ${r.id} version ${r.version}: ${checked.digestError}`);
    add({ id: r.id, version: r.version, record: r, bytes: checked.bytes });
  }
  for (const r of batch.removed ?? []) {
    if (typeof r?.id !== 'string' || !/^0x[0-9a-f]{64}$/.test(r.id) || !Number.isSafeInteger(r.version) || r.version < 0) {
      throw new StoreError(`commit: bad removal ${JSON.stringify(r)}`);
    }
    add({ id: r.id, version: r.version, record: undefined, bytes: undefined });
  }

  const known = new Map<string, Uint8Array>();
  for (const l of batch.leaves ?? []) {
    if (!Array.isArray(l) || typeof l[0] !== 'string' || !Number.isSafeInteger(l[1]) || (l[1] as number) < 0 || !(l[2] instanceof Uint8Array) || l[2].length !== 32) throw new StoreError(`commit: bad state leaf ${String(l)}`);
    known.set(`${l[0]}:${l[1]}`, l[2]);
  }
  // The entry's digest text is only read when the leaf must be computed here (LmdbStore decodes it on demand).
  const leaf = (id: ObjectId, e: { version: number; digest: Digest }): Uint8Array => known.get(`${id}:${e.version}`) ?? stateLeaf({ id, version: e.version, digest: e.digest });
  const acc = Uint8Array.from(accumulator);
  const history: HistoryEntry[] = [];
  const live: LiveChange[] = [];
  for (const id of [...byId.keys()].sort()) {
    const entries = byId.get(id)!.sort((a, b) => a.version - b.version);
    const latest = view.latest(id);
    let floor = latest?.version ?? -1;
    for (const e of entries) {
      if (e.version <= floor) {
        const why = e.version === floor ? 'appears twice or is already stored' : `is below version ${floor}, which the store already holds`;
        throw new StoreError(`commit: object ${id} version ${e.version} ${why}`);
      }
      floor = e.version;
      history.push(e);
    }
    const last = entries[entries.length - 1]!;
    const before = latest?.live;
    const after = last.record ? { version: last.version, digest: last.record.digest, owner: addressOwnerOf(last.record), entry: last } : undefined;
    if (before) accSub(acc, leaf(id, before));
    if (after) accAdd(acc, leaf(id, after));
    live.push({ id, before, after });
  }
  const lock = batch.lock ?? [];
  for (const l of lock) {
    if (typeof l?.id !== 'string' || !/^0x[0-9a-f]{64}$/.test(l.id) || !Number.isSafeInteger(l.version) || l.version < 0 || !tryDigestBytes(l.holder)) {
      throw new StoreError(`commit: bad lock ${JSON.stringify(l)}`);
    }
  }
  return { transactions: keyed, history, live, lock, unlock: batch.unlock ?? [], deferred: checkDeferred(batch.deferred), accumulator: acc };
}

function checkDeferred(deferred: CommitBatch['deferred']): CommitPlan['deferred'] {
  if (deferred === undefined) return undefined;
  if (!Array.isArray(deferred)) throw new StoreError('commit: `deferred` must be a list');
  const seen = new Set<string>();
  return deferred.map((d) => {
    const key = tryDigestBytes(d?.digest);
    if (!key || !Number.isSafeInteger(d.deferrals) || d.deferrals < 1) throw new StoreError(`commit: bad deferred transaction ${JSON.stringify(d)} (a digest, deferred at least once)`);
    if (seen.has(d.digest)) throw new StoreError(`commit: transaction ${d.digest} is deferred twice`);
    seen.add(d.digest);
    return { digest: d.digest, deferrals: d.deferrals, key };
  });
}
