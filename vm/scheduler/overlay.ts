// Writes of a batch that are not in the store yet, tagged with the position of the transaction that
// made them (its index in arrival order, or its entry in a consensus commit). In: each executed
// transaction's writes, in any order. Out: the state view a given position sees: the store plus
// the overlay writes of the positions before it, and nothing of the ones after.
//
// The parallel executor finishes transactions out of order, so a later transaction's writes can be
// in the overlay before an earlier transaction runs; the position filter keeps them out of its
// view, which is then exactly the state the sequential oracle shows it (parallel.ts says why the
// writes of independent earlier transactions do not matter). The sequential oracle applies in
// order and reads with no limit.

import type { ObjectId, ObjectRecord } from '../objects/object.js';
import { headOf, type CommitBatch, type ObjectHead, type StateView } from '../objects/store.js';

interface Entry {
  at: number;
  /** The record written, or null for a removal (deleted or wrapped). */
  record: ObjectRecord | null;
}

export class VersionedOverlay {
  private readonly byId = new Map<ObjectId, Entry[]>();
  private readonly byVersion = new Map<string, Entry & { record: ObjectRecord }>();

  constructor(private readonly base: StateView) {}

  apply(at: number, batch: Pick<CommitBatch, 'written' | 'removed'>): void {
    for (const r of batch.written) {
      this.insert(r.id, { at, record: r });
      this.byVersion.set(`${r.id}:${r.version}`, { at, record: r });
    }
    for (const r of batch.removed) this.insert(r.id, { at, record: null });
  }

  private insert(id: ObjectId, e: Entry): void {
    const list = this.byId.get(id);
    if (list === undefined) {
      this.byId.set(id, [e]);
      return;
    }
    let i = list.length;
    while (i > 0 && list[i - 1]!.at > e.at) i--;
    list.splice(i, 0, e);
  }

  /**
   * Forgets the writes of positions below `before`, which the caller has made readable from the
   * base: every view this overlay still serves is at `before` or later, so the base shows them
   * those writes as the overlay did.
   */
  prune(before: number): void {
    for (const [id, list] of this.byId) {
      let k = 0;
      while (k < list.length && list[k]!.at < before) k++;
      if (k === list.length) this.byId.delete(id);
      else if (k > 0) list.splice(0, k);
    }
    for (const [key, e] of this.byVersion) if (e.at < before) this.byVersion.delete(key);
  }

  /** The live record as position `limit` sees it: undefined if the overlay has nothing before it (ask the store). */
  latest(id: ObjectId, limit: number): ObjectRecord | null | undefined {
    const list = this.byId.get(id);
    if (list === undefined) return undefined;
    for (let i = list.length - 1; i >= 0; i--) if (list[i]!.at < limit) return list[i]!.record;
    return undefined;
  }

  /** What position `limit` sees (Infinity: every write). */
  view(limit = Infinity): StateView {
    return {
      getObject: (id) => {
        const r = this.latest(id, limit);
        return r === undefined ? this.base.getObject(id) : (r ?? undefined);
      },
      getHead: (id) => {
        const r = this.latest(id, limit);
        return r === undefined ? headOf(this.base, id) : (r ?? undefined);
      },
      getObjectVersion: (id, version) => {
        const e = this.byVersion.get(`${id}:${version}`);
        return e !== undefined && e.at < limit ? e.record : this.base.getObjectVersion(id, version);
      },
    };
  }
}

/**
 * The store's answers, remembered for one overlay scope. A store may decode (and check) a record
 * on every read, and admission, the schedulers' checks and input shipping each read a
 * transaction's inputs again; within a scope the store only changes by commits of writes the
 * scope's overlay already holds (and shows first), so a remembered answer is never the one shown
 * when it is stale.
 */
export class ReadCache implements StateView {
  private readonly live = new Map<ObjectId, ObjectRecord | undefined>();
  private readonly heads = new Map<ObjectId, ObjectHead | undefined>();
  private readonly versions = new Map<string, ObjectRecord | undefined>();
  constructor(private readonly base: StateView) {}
  getObject(id: ObjectId): ObjectRecord | undefined {
    if (this.live.has(id)) return this.live.get(id);
    const r = this.base.getObject(id);
    this.live.set(id, r);
    return r;
  }
  getHead(id: ObjectId): ObjectHead | undefined {
    if (this.live.has(id)) return this.live.get(id);
    if (this.heads.has(id)) return this.heads.get(id);
    const h = headOf(this.base, id);
    this.heads.set(id, h);
    return h;
  }
  getObjectVersion(id: ObjectId, version: number): ObjectRecord | undefined {
    const key = `${id}:${version}`;
    if (this.versions.has(key)) return this.versions.get(key);
    const r = this.base.getObjectVersion(id, version);
    // An absent version may still be written by a later commit of the scope: only hits are kept.
    if (r !== undefined) this.versions.set(key, r);
    return r;
  }
}
