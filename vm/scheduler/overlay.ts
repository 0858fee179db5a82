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
import type { CommitBatch, StateView } from '../objects/store.js';

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
      getObjectVersion: (id, version) => {
        const e = this.byVersion.get(`${id}:${version}`);
        return e !== undefined && e.at < limit ? e.record : this.base.getObjectVersion(id, version);
      },
    };
  }
}
