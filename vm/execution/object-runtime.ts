// The object runtime: the per-transaction state that the object natives (object, transfer, event,
// dynamic_field, tx_context) read and change. In: the transaction's facts (sender, digest, gas
// parameters), a read-only way to load child objects and receivable objects, and the calls of the
// natives. Out: what happened to every object ID the transaction touched (its "fate": transferred
// with a new owner, stored as a dynamic-field child, deleted, or taken into Move's hands and so
// wrapped unless it comes back), the new IDs, the emitted events, and the objects it read.
//
// Natives reach it through NativeContext.extensions under OBJECT_RUNTIME_KEY. Without one (plain
// runtime calls in tests of the VM), the natives that only record (record_new_uid, delete_impl)
// do nothing and the others fail with NATIVE_ERROR.
//
// Rules kept here, as Sui keeps them in its object runtime:
// - share_object of an object that was not created by this transaction aborts with
//   transfer::ESharedNonNewObject (0), unless it is a shared input being shared again;
// - dynamic-field children are loaded lazily, only under the parent whose UID the code holds: a
//   child is found only if the store says it is owned by ObjectOwner(parent);
// - an object can be received only if the transaction declared it as a Receiving input at that
//   version, it is owned by the parent's address, and it has the requested type.

import type { Address, ObjectId, ObjectRecord, Owner } from '../objects/object.js';
import type { RuntimeType } from '../runtime/types.js';
import type { Value } from '../runtime/values.js';
import { copyValue } from '../runtime/values.js';
import type { TransactionEvent } from './effects.js';
import { typeString } from './type-tags.js';

export const OBJECT_RUNTIME_KEY = 'sui.object_runtime';
/** The gas facts tx_context's natives report; the object runtime provides them, tests may set them. */
export const TX_INFO_KEY = 'sui.tx_info';

export interface TxInfo {
  rgp: number;
  gasPrice: number | bigint;
  gasBudget: number | bigint;
  sponsor: Address[];
}

/** Abort codes the natives raise, from the framework's Move sources. */
export const ABORT = {
  transfer: { ESharedNonNewObject: 0, EBCSSerializationFailure: 1, EReceivingObjectTypeMismatch: 2, EUnableToReceiveObject: 3, ESharedObjectOperationNotSupported: 4 },
  dynamicField: { EFieldAlreadyExists: 0, EFieldDoesNotExist: 1, EFieldTypeMismatch: 2, EBCSSerializationFailure: 3, ESharedObjectOperationNotSupported: 4 },
} as const;

/** IDs hard-coded in the framework (object::clock() and friends): always new when transferred or shared. */
export const SYSTEM_OBJECT_IDS: ReadonlySet<string> = new Set(['0x5', '0x6', '0x7', '0x8', '0x9', '0xc', '0x403', '0xacc'].map((a) => '0x' + a.slice(2).padStart(64, '0')));

/** Reads the runtime needs from the store, through the transaction's temporary store. */
export interface ObjectLoader {
  /** The live object `id`, if any (the caller checks the owner). */
  live(id: ObjectId): ObjectRecord | undefined;
}

export type Fate =
  | { kind: 'transferred'; owner: Owner; type: RuntimeType; value: Value; hasStore: boolean }
  | { kind: 'child'; slot: ChildSlot }
  | { kind: 'deleted' }
  /** In Move's hands (moved out of an input, removed from a parent, received): wrapped unless it comes back. */
  | { kind: 'taken' };

export interface ChildSlot {
  id: ObjectId;
  parent: ObjectId;
  /** Canonical type string. */
  type: string;
  runtimeType: RuntimeType | undefined;
  hasStore: boolean;
  /** The value lives in cell[0], so references into it survive. */
  cell: Value[];
  live: boolean;
  /** Written at the end: added in this transaction, or borrowed mutably. */
  dirty: boolean;
}

export interface EmittedEvent {
  event: TransactionEvent;
  type: RuntimeType;
  value: Value;
}

export type ChildLookup = { found: true; slot: ChildSlot } | { found: false; typeMismatch?: boolean };

export const LIMITS = { maxEvents: 1024, maxEventBytes: 256 * 1024, maxNewIds: 2048 } as const;

export class ObjectRuntime {
  readonly newIds = new Set<ObjectId>();
  readonly fates = new Map<ObjectId, Fate>();
  readonly children = new Map<ObjectId, ChildSlot>();
  /** Objects read from the store during execution (children, received objects): their state before. */
  readonly loaded = new Map<ObjectId, ObjectRecord>();
  readonly events: EmittedEvent[] = [];
  /** The package and module events are attributed to: the running command's. */
  current: { packageId: ObjectId; module: string } = { packageId: '0x' + '0'.repeat(64), module: '' };
  private readonly received = new Set<ObjectId>();

  constructor(
    readonly sender: Address,
    readonly txDigest: Uint8Array,
    readonly info: TxInfo,
    private readonly loader: ObjectLoader,
    /** Receiving inputs: id -> version. */
    private readonly receivable: ReadonlyMap<ObjectId, number>,
    /** Shared inputs (they may be shared again). */
    private readonly sharedInputs: ReadonlySet<ObjectId>,
  ) {}

  recordNewId(id: ObjectId): void {
    this.newIds.add(id);
  }

  deleteId(id: ObjectId): void {
    this.fates.set(id, { kind: 'deleted' });
  }

  /** An object left a place the executor tracks (an input moved into a call). */
  take(id: ObjectId): void {
    this.fates.set(id, { kind: 'taken' });
  }

  isNew(id: ObjectId): boolean {
    return this.newIds.has(id) || SYSTEM_OBJECT_IDS.has(id);
  }

  /** transfer/share/freeze. Returns an abort code when the rule of the file comment is broken. */
  transfer(id: ObjectId, owner: Owner, type: RuntimeType, value: Value, hasStore: boolean): number | undefined {
    if (typeof owner === 'object' && 'Shared' in owner && !this.isNew(id) && !this.sharedInputs.has(id)) return ABORT.transfer.ESharedNonNewObject;
    this.fates.set(id, { kind: 'transferred', owner, type, value, hasStore });
    return undefined;
  }

  emit(event: EmittedEvent): boolean {
    if (this.events.length >= LIMITS.maxEvents) return false;
    this.events.push(event);
    return true;
  }

  // --- Dynamic-field children ---------------------------------------------------------------------

  /** The live child `id` of `parent`, loading it from the store on first use. */
  child(parent: ObjectId, id: ObjectId): ChildSlot | undefined {
    const slot = this.children.get(id);
    if (slot !== undefined) return slot.live && slot.parent === parent ? slot : undefined;
    const fate = this.fates.get(id);
    // Removed, deleted or taken earlier in this transaction: no longer a child in the store's sense.
    if (fate !== undefined) return undefined;
    const record = this.loader.live(id);
    if (record === undefined || record.data.kind !== 'move') return undefined;
    const owner = record.owner;
    if (typeof owner !== 'object' || !('ObjectOwner' in owner) || owner.ObjectOwner !== parent) return undefined;
    this.loaded.set(id, record);
    const fresh: ChildSlot = { id, parent, type: record.data.type, runtimeType: undefined, hasStore: record.data.hasPublicTransfer, cell: [copyValue(record.data.contents)], live: true, dirty: false };
    this.children.set(id, fresh);
    return fresh;
  }

  /** The child `id` of `parent` if it is a `type`. */
  typedChild(parent: ObjectId, id: ObjectId, type: RuntimeType): ChildLookup {
    const slot = this.child(parent, id);
    if (slot === undefined) return { found: false };
    if (slot.type !== typeString(type)) return { found: false, typeMismatch: true };
    slot.runtimeType = type;
    return { found: true, slot };
  }

  /** Adds a child; false if `id` is already a live child. */
  addChild(parent: ObjectId, id: ObjectId, type: RuntimeType, value: Value, hasStore: boolean): boolean {
    const existing = this.children.get(id);
    if (existing !== undefined && existing.live) return false;
    // Sui's rule: a child that exists in the store (under any parent) must not be shadowed; the
    // framework always checks has_child_object first, so this only catches corrupt callers.
    if (existing === undefined && this.fates.get(id) === undefined) {
      const record = this.loader.live(id);
      if (record !== undefined) this.loaded.set(id, record);
    }
    const slot: ChildSlot = { id, parent, type: typeString(type), runtimeType: type, hasStore, cell: [value], live: true, dirty: true };
    this.children.set(id, slot);
    this.fates.set(id, { kind: 'child', slot });
    return true;
  }

  markDirty(slot: ChildSlot): void {
    slot.dirty = true;
    this.fates.set(slot.id, { kind: 'child', slot });
  }

  removeChild(slot: ChildSlot): Value {
    slot.live = false;
    this.children.delete(slot.id);
    this.fates.set(slot.id, { kind: 'taken' });
    return slot.cell[0]!;
  }

  // --- Receiving ------------------------------------------------------------------------------------

  /** The object to receive, or the abort code of transfer::receive. */
  receive(parent: ObjectId, id: ObjectId, version: number, type: RuntimeType): { value: Value; record: ObjectRecord } | { abort: number } {
    const unable = { abort: ABORT.transfer.EUnableToReceiveObject };
    if (this.receivable.get(id) !== version || this.received.has(id)) return unable;
    const record = this.loader.live(id);
    if (record === undefined || record.version !== version || record.data.kind !== 'move') return unable;
    const owner = record.owner;
    if (typeof owner !== 'object' || !('AddressOwner' in owner) || owner.AddressOwner !== parent) return unable;
    if (record.data.type !== typeString(type)) return { abort: ABORT.transfer.EReceivingObjectTypeMismatch };
    this.received.add(id);
    this.loaded.set(id, record);
    this.fates.set(id, { kind: 'taken' });
    return { value: copyValue(record.data.contents), record };
  }
}
