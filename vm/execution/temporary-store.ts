// The temporary store of one transaction. In: a read-only StateView, the objects the transaction
// takes as inputs or loads while it runs, and the executor's final decision for each object it
// touched (write, delete, wrap). Out: the Lamport version, the raw changedObjects of the effects,
// the dependencies, the storage each write costs and the rebates of what it replaces, and the
// new object records and removals of the CommitBatch. It never writes the store (ARCHITECTURE.md,
// convention 8); reads are cached so a transaction sees one consistent state.
//
//   Lamport version = 1 + max(version of every input object, gas coin, receiving object and
//   assigned shared version)   (SPEC §2); every written object gets it, packages get 1.

import { digestBytes, sealObject, storageSize } from '../objects/encoding.js';
import { leafOf, type KnownLeaf } from '../objects/state-digest.js';
import type { Digest, MoveObjectData, ObjectId, ObjectRecord, Owner, PackageData } from '../objects/object.js';
import type { StateView } from '../objects/store.js';
import type { Value } from '../runtime/values.js';
import type { ChangedObject, IdOperation } from './effects.js';
import { failure } from './errors.js';
import { storageCostOf } from './gas.js';

/** Largest stored Move object and package, in encoded bytes (Sui: 250 KB objects; packages larger here, as the framework is one). */
export const MAX_MOVE_OBJECT_BYTES = 256 * 1024;
export const MAX_PACKAGE_BYTES = 2 * 1024 * 1024;

/** A decision for one object at the end of the transaction. */
export type FinalState =
  | { kind: 'write'; owner: Owner; data: MoveObjectData | PackageData; created: boolean; version?: number }
  | { kind: 'delete' }
  | { kind: 'wrap' };

/** 32 zero bytes in base58: a placeholder digest of the right size for measuring records. */
const PLACEHOLDER_DIGEST = '11111111111111111111111111111111';

export class TemporaryStore {
  private readonly cache = new Map<ObjectId, ObjectRecord | null>();
  /** The state before the transaction of every object it took or loaded. */
  readonly before = new Map<ObjectId, ObjectRecord>();
  /** Objects read without being part of `before`'s write set (immutable inputs, read-only shared). */
  private readonly readOnly = new Map<ObjectId, ObjectRecord>();
  private readonly lamportInputs: number[] = [];
  private finals = new Map<ObjectId, FinalState>();

  constructor(private readonly view: StateView) {}

  /** The live object, cached for the rest of the transaction. */
  live(id: ObjectId): ObjectRecord | undefined {
    const hit = this.cache.get(id);
    if (hit !== undefined) return hit ?? undefined;
    const r = this.view.getObject(id);
    this.cache.set(id, r ?? null);
    return r;
  }

  version(id: ObjectId, version: number): ObjectRecord | undefined {
    const live = this.live(id);
    if (live !== undefined && live.version === version) return live;
    return this.view.getObjectVersion(id, version);
  }

  /** An input (owned, shared, gas) the transaction may write: its version counts for the Lamport version. */
  noteInput(record: ObjectRecord): void {
    this.before.set(record.id, record);
    this.lamportInputs.push(record.version);
  }

  /** An input that is only read (immutable, read-only shared): counts for Lamport, never written. */
  noteReadOnlyInput(record: ObjectRecord): void {
    this.readOnly.set(record.id, record);
    this.lamportInputs.push(record.version);
  }

  /** A version that counts for the Lamport version without an object being read now (Receiving). */
  noteVersion(version: number): void {
    this.lamportInputs.push(version);
  }

  /** An object loaded while running (a dynamic-field child, a received object). */
  noteLoaded(record: ObjectRecord): void {
    if (!this.before.has(record.id)) this.before.set(record.id, record);
  }

  lamportVersion(): number {
    let max = 0;
    for (const v of this.lamportInputs) if (v > max) max = v;
    return max + 1;
  }

  existed(id: ObjectId): boolean {
    return this.before.has(id);
  }

  set(id: ObjectId, state: FinalState): void {
    this.finals.set(id, state);
  }

  final(id: ObjectId): FinalState | undefined {
    return this.finals.get(id);
  }

  /** Forgets every decision (a failed transaction starts its writes again). */
  reset(): void {
    this.finals = new Map();
  }

  /** Digests of the transactions that last wrote what this one read, sorted, without its own. */
  dependencies(self: Digest): Digest[] {
    const out = new Set<Digest>();
    for (const r of this.before.values()) out.add(r.previousTransaction);
    for (const r of this.readOnly.values()) out.add(r.previousTransaction);
    out.delete(self);
    return [...out].sort();
  }

  /** Storage cost of each write and the storageRebate fields of the versions replaced or removed. */
  measure(lamport: number): { costs: Map<ObjectId, bigint>; oldRebates: bigint[] } {
    const costs = new Map<ObjectId, bigint>();
    const oldRebates: bigint[] = [];
    for (const [id, f] of this.finals) {
      const prior = this.before.get(id);
      if (prior !== undefined) oldRebates.push(BigInt(prior.storageRebate));
      if (f.kind !== 'write') continue;
      const probe: ObjectRecord = { id, version: f.version ?? lamport, digest: PLACEHOLDER_DIGEST, owner: f.owner, data: f.data, previousTransaction: PLACEHOLDER_DIGEST, storageRebate: 0 };
      const bytes = storageSize(probe);
      const limit = f.data.kind === 'package' ? MAX_PACKAGE_BYTES : MAX_MOVE_OBJECT_BYTES;
      if (bytes > limit) throw failure('VMResourceLimit', `object ${id} would take ${bytes} bytes; the limit is ${limit}`);
      costs.set(id, storageCostOf(bytes));
    }
    return { costs, oldRebates };
  }

  /** The records and removals to commit and the raw changes of the effects. */
  /**
   * The records, their sealed bytes, the removals and the raw changedObjects; and the state-digest
   * leaves of what the commit adds and takes away (written records, and the versions they replace
   * or remove), computed here so the commit does not hash them again (CommitBatch.leaves).
   */
  finish(txDigest: Digest, lamport: number, costs: ReadonlyMap<ObjectId, bigint>): { written: ObjectRecord[]; encoded: Uint8Array[]; removed: Array<{ id: ObjectId; version: number }>; changed: ChangedObject[]; leaves: KnownLeaf[] } {
    const written: ObjectRecord[] = [];
    const encoded: Uint8Array[] = [];
    const leaves: KnownLeaf[] = [];
    const removed: Array<{ id: ObjectId; version: number }> = [];
    const changed: ChangedObject[] = [];
    for (const id of [...this.finals.keys()].sort()) {
      const f = this.finals.get(id)!;
      const prior = this.before.get(id);
      const inputState: ChangedObject['inputState'] = prior === undefined ? { kind: 'NotExist' } : { kind: 'Exist', version: prior.version, digest: prior.digest, owner: prior.owner };
      if (prior !== undefined) leaves.push([id, prior.version, leafOf(id, prior.version, digestBytes(prior.digest))]);
      if (f.kind === 'write') {
        const body = { id, version: f.version ?? lamport, owner: f.owner, data: f.data, previousTransaction: txDigest, storageRebate: Number(costs.get(id) ?? 0n) };
        const sealed = sealObject(body);
        const record = sealed.record;
        written.push(record);
        encoded.push(sealed.bytes);
        leaves.push([id, record.version, leafOf(id, record.version, sealed.bytes.subarray(sealed.bytes.length - 32))]);
        const idOperation: IdOperation = f.created && prior === undefined ? 'Created' : 'None';
        changed.push({
          id,
          inputState,
          outputState: f.data.kind === 'package' ? { kind: 'PackageWrite', version: record.version, digest: record.digest } : { kind: 'ObjectWrite', digest: record.digest, owner: record.owner },
          idOperation,
        });
      } else {
        if (prior !== undefined) removed.push({ id, version: lamport });
        changed.push({ id, inputState, outputState: { kind: 'NotExist' }, idOperation: f.kind === 'delete' ? 'Deleted' : 'None' });
      }
    }
    return { written, encoded, removed, changed, leaves };
  }
}

/** A Move object's data record. */
export function moveData(type: string, hasPublicTransfer: boolean, contents: Value): MoveObjectData {
  return { kind: 'move', type, hasPublicTransfer, contents };
}
