// MemoryStore: the ObjectStore for tests, benchmarks and the REPL. Commit batches in, the same
// answers as LmdbStore out (both apply commit-plan.ts's plan and fold state-digest.ts's digest),
// kept in JS maps and lost when the process ends.
//
// Objects are kept as their canonical bytes and decoded on every read, so a caller that mutates a
// record it was handed (the interpreter mutates values in place) cannot change the store, and
// both stores hand out fresh records.

import { decodeObject, tryDigestBytes } from './encoding.js';
import { tryNormalizeAddress as queryId, type Address, type Digest, type ObjectId, type ObjectRecord } from './object.js';
import { planCommit, type LiveEntry, type PlanView } from './commit-plan.js';
import { digestOfAccumulator } from './state-digest.js';
import type { CommitBatch, DeferredTransaction, ObjectStore, StoredTransaction } from './store.js';
import { StoreError } from './store-error.js';

interface LiveObject extends LiveEntry {
  bytes: Uint8Array;
}

export class MemoryStore implements ObjectStore {
  /** id -> version -> canonical bytes, or null where the object was removed at that version. */
  private readonly history = new Map<ObjectId, Map<number, Uint8Array | null>>();
  private readonly latestVersion = new Map<ObjectId, number>();
  private readonly live = new Map<ObjectId, LiveObject>();
  private readonly owners = new Map<Address, Set<ObjectId>>();
  private readonly transactions = new Map<Digest, StoredTransaction>();
  private readonly locks = new Map<string, Digest>();
  private accumulator: Uint8Array = new Uint8Array(32);
  private commits = 0;
  private carried: DeferredTransaction[] = [];
  private closed = false;

  private read(bytes: Uint8Array, what: string): ObjectRecord {
    // The bytes were encoded and checked by planCommit in this process: nothing can have changed them.
    const r = decodeObject(bytes, { trusted: true });
    if (!r.ok) throw new StoreError(`the store holds an unreadable object (${what}): ${r.message}`);
    return r.record;
  }

  private check(): void {
    if (this.closed) throw new StoreError('the store is closed');
  }

  getObject(id: ObjectId): ObjectRecord | undefined {
    this.check();
    const key = queryId(id);
    const o = key === undefined ? undefined : this.live.get(key);
    return o && this.read(o.bytes, `${key} version ${o.version}`);
  }

  getObjectVersion(id: ObjectId, version: number): ObjectRecord | undefined {
    this.check();
    const key = queryId(id);
    const bytes = key === undefined ? undefined : this.history.get(key)?.get(version);
    return bytes ? this.read(bytes, `${key} version ${version}`) : undefined;
  }

  commit(batch: CommitBatch): void {
    this.check();
    const view: PlanView = {
      latest: (id) => {
        const version = this.latestVersion.get(id);
        return version === undefined ? undefined : { version, live: this.live.get(id) };
      },
      hasTransaction: (d) => this.transactions.has(d),
    };
    // Planning throws before anything changes; applying cannot fail, so the batch is atomic.
    const plan = planCommit(batch, view, this.accumulator);
    for (const t of plan.transactions) {
      this.transactions.set(t.digest, { digest: t.digest, transaction: Uint8Array.from(t.transaction), effects: Uint8Array.from(t.effects) });
    }
    for (const e of plan.history) {
      let versions = this.history.get(e.id);
      if (!versions) this.history.set(e.id, (versions = new Map()));
      versions.set(e.version, e.bytes ?? null);
      this.latestVersion.set(e.id, e.version);
    }
    for (const c of plan.live) {
      if (c.before?.owner !== undefined) this.owners.get(c.before.owner)?.delete(c.id);
      if (c.after) {
        this.live.set(c.id, { version: c.after.version, digest: c.after.digest, owner: c.after.owner, bytes: c.after.entry.bytes! });
        if (c.after.owner !== undefined) {
          let set = this.owners.get(c.after.owner);
          if (!set) this.owners.set(c.after.owner, (set = new Set()));
          set.add(c.id);
        }
      } else this.live.delete(c.id);
    }
    for (const l of plan.lock) if (!this.locks.has(`${l.id}:${l.version}`)) this.locks.set(`${l.id}:${l.version}`, l.holder);
    for (const u of plan.unlock) this.locks.delete(`${queryId(u.id) ?? u.id}:${u.version}`);
    if (plan.deferred !== undefined) this.carried = plan.deferred.map((d) => ({ digest: d.digest, deferrals: d.deferrals }));
    this.accumulator = plan.accumulator;
    this.commits++;
  }

  getTransaction(digest: Digest): StoredTransaction | undefined {
    this.check();
    const t = this.transactions.get(digest);
    return t && { digest: t.digest, transaction: Uint8Array.from(t.transaction), effects: Uint8Array.from(t.effects) };
  }

  objectsOwnedBy(owner: Address): ObjectRecord[] {
    this.check();
    const key = queryId(owner);
    const ids = key === undefined ? undefined : this.owners.get(key);
    if (!ids) return [];
    return [...ids].sort().map((id) => {
      const o = this.live.get(id)!;
      return this.read(o.bytes, `${id} version ${o.version}`);
    });
  }

  *liveObjects(): Iterable<ObjectRecord> {
    this.check();
    for (const id of [...this.live.keys()].sort()) {
      const o = this.live.get(id);
      if (o) yield this.read(o.bytes, `${id} version ${o.version}`);
    }
  }

  private lockKey(id: ObjectId, version: number): string {
    const key = queryId(id);
    if (key === undefined || !Number.isSafeInteger(version) || version < 0) throw new StoreError(`cannot lock ${String(id)} version ${version}: not an object reference`);
    return `${key}:${version}`;
  }

  lock(id: ObjectId, version: number, tx: Digest): Digest {
    return this.lockAll([{ id, version }], tx)[0]?.holder ?? tx;
  }

  lockAll(inputs: ReadonlyArray<{ id: ObjectId; version: number }>, tx: Digest): Array<{ id: ObjectId; version: number; holder: Digest }> {
    this.check();
    if (!tryDigestBytes(tx)) throw new StoreError(`cannot lock for ${String(tx)}: not a transaction digest`);
    const keys = inputs.map((i) => this.lockKey(i.id, i.version));
    const conflicts: Array<{ id: ObjectId; version: number; holder: Digest }> = [];
    keys.forEach((k, n) => {
      const holder = this.locks.get(k);
      if (holder !== undefined && holder !== tx) conflicts.push({ id: inputs[n]!.id, version: inputs[n]!.version, holder });
    });
    if (conflicts.length === 0) for (const k of keys) if (!this.locks.has(k)) this.locks.set(k, tx);
    return conflicts;
  }

  lockHolder(id: ObjectId, version: number): Digest | undefined {
    this.check();
    return this.locks.get(this.lockKey(id, version));
  }

  stateDigest(): Digest {
    return digestOfAccumulator(this.accumulator);
  }

  commitCount(): number {
    return this.commits;
  }

  deferred(): DeferredTransaction[] {
    this.check();
    return this.carried.map((d) => ({ ...d }));
  }

  close(): void {
    this.closed = true;
  }
}

