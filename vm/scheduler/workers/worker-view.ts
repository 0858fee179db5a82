// The state a worker's task sees (a StateView for execute). In: the task's position in its scope,
// the overlay writes of its scope it was sent (reads 'store'), the declared inputs the main thread
// shipped with it (reads 'batch'), and a base to ask for the rest: the LMDB store itself, or the
// main thread through the read channel. Out: the same answers the main thread's view at that
// position would give.
//
// Immutable objects and packages read from the committed store never change, so they are kept
// for the worker's lifetime: a package is not decoded again for every call.

import type { ObjectId, ObjectRecord } from '../../objects/object.js';
import type { StateView } from '../../objects/store.js';
import { VersionedOverlay } from '../overlay.js';

export interface BaseReader {
  /** A live object or a version (version -1: the live one), and whether it came from the committed store. */
  read(id: ObjectId, version: number): { record: ObjectRecord | undefined; committed: boolean };
}

const permanent = (r: ObjectRecord): boolean => r.owner === 'Immutable' || r.data.kind === 'package';

export class WorkerView implements StateView {
  private overlay: VersionedOverlay;
  private scope = -1;
  private at = 0;
  private inputs = new Map<ObjectId, ObjectRecord | null>();
  private readonly kept = new Map<ObjectId, ObjectRecord>();
  private readonly baseView: StateView;

  constructor(private readonly base: BaseReader) {
    this.baseView = {
      getObject: (id) => this.fromBase(id, -1),
      getObjectVersion: (id, version) => this.fromBase(id, version),
    };
    this.overlay = new VersionedOverlay(this.baseView);
  }

  /** Starts a task; returns true when the scope changed (the overlay was cleared). */
  begin(scope: number, at: number, inputs: Array<[ObjectId, ObjectRecord | null]>): boolean {
    const fresh = scope !== this.scope;
    if (fresh) {
      this.overlay = new VersionedOverlay(this.baseView);
      this.scope = scope;
    }
    this.at = at;
    this.inputs = new Map(inputs);
    return fresh;
  }

  addDelta(at: number, written: ObjectRecord[], removed: Array<{ id: ObjectId; version: number }>): void {
    this.overlay.apply(at, { written, removed });
  }

  /** Positions below `before` are in the committed store the base reads: their writes leave the overlay. */
  prune(before: number): void {
    this.overlay.prune(before);
  }

  private fromBase(id: ObjectId, version: number): ObjectRecord | undefined {
    return this.baseRead(id, version).record;
  }

  private baseRead(id: ObjectId, version: number): { record: ObjectRecord | undefined; committed: boolean } {
    const k = this.kept.get(id);
    if (k !== undefined && (version < 0 || k.version === version)) return { record: k, committed: true };
    const r = this.base.read(id, version);
    if (r.record !== undefined && r.committed && permanent(r.record)) this.kept.set(id, r.record);
    return r;
  }

  /** The live object in the committed store, if it is there (packages loaded ahead of the tasks: WarmMessage). */
  committedObject(id: ObjectId): ObjectRecord | undefined {
    const r = this.baseRead(id, -1);
    return r.committed ? r.record : undefined;
  }

  getObject(id: ObjectId): ObjectRecord | undefined {
    const o = this.overlay.latest(id, this.at);
    if (o !== undefined) return o ?? undefined;
    const shipped = this.inputs.get(id);
    // null: shipped as absent.
    if (shipped !== undefined) return shipped ?? undefined;
    return this.fromBase(id, -1);
  }

  getObjectVersion(id: ObjectId, version: number): ObjectRecord | undefined {
    const shipped = this.inputs.get(id);
    if (shipped && shipped.version === version) return shipped;
    return this.overlay.view(this.at).getObjectVersion(id, version);
  }
}
