// The state behind sui::test_scenario. In: the calls of test_scenario's natives (take, return
// checks, inventory queries, receiving tickets, end of transaction) made while one test runs.
// Out: Move values (objects taken, IDs, the TransactionEffects struct) or test_scenario's abort
// codes, and, in between, committed pseudo-transactions in an in-memory store.
//
// There is no separate fake storage: every pseudo-transaction runs with the real ObjectRuntime of
// vm/execution (installed in the natives' extensions under OBJECT_RUNTIME_KEY) over a
// TemporaryStore reading a MemoryStore, and `endTransaction` turns the object runtime's fates into
// writes and commits them as the executor does. Objects taken from an inventory are the
// transaction's inputs (their versions count for the Lamport version, as on chain); a shared
// object keeps its initialSharedVersion when it is returned, and gets the Lamport version of the
// transaction that took it, as on the consensus path.
//
//   begin ──► tx 0 ──end_transaction──► tx 1 ──► ... ──end_transaction──► (test ends)
//              take_*/return_* act on the committed store; transfers of tx n become
//              takeable in tx n+1.
//
// Sui's rules kept here (its framework's own test_scenario tests pin them down):
// - an object taken is out of every inventory until it is given back (EObjectNotFound or
//   EEmptyInventory when taken again); it may stay in the test's hands across transactions, and be
//   returned in a later one;
// - at the end of a transaction, a shared object taken must not have been transferred, frozen,
//   wrapped or added as a dynamic field (it may be deleted), and an immutable one must come back
//   frozen and unchanged, or the transaction aborts with EInvalidSharedOrImmutableUsage;
// - an owned object taken and wrapped in an object written by the transaction leaves the store;
// - "most recent" is the object last placed in that inventory.

import { MemoryStore } from '../objects/memory-store.js';
import type { Address, ObjectId, ObjectRecord, Owner } from '../objects/object.js';
import type { DatatypeLayout } from '../runtime/natives.js';
import type { RuntimeType } from '../runtime/types.js';
import type { Value } from '../runtime/values.js';
import { copyValue, u64, valuesEqual } from '../runtime/values.js';
import { blake2b256, toBase58 } from '../execution/canonical.js';
import { objectData } from '../execution/commands.js';
import { OBJECT_RUNTIME_KEY, ObjectRuntime, TX_INFO_KEY, type TxInfo } from '../execution/object-runtime.js';
import { TemporaryStore } from '../execution/temporary-store.js';
import { typeString } from '../execution/type-tags.js';

export const TEST_SCENARIO_KEY = 'sui.test_scenario';

/** test_scenario's abort codes (its constants). */
export const SCENARIO_ABORT = {
  ECouldNotGenerateEffects: 0,
  EInvalidSharedOrImmutableUsage: 1,
  ECantReturnObject: 2,
  EEmptyInventory: 3,
  EObjectNotFound: 4,
  EUnableToAllocateReceivingTicket: 5,
  EReceivingTicketAlreadyAllocated: 6,
  EUnableToDeallocateReceivingTicket: 7,
} as const;

export type InventoryKind = 'address' | 'shared' | 'immutable';

interface Taken {
  kind: InventoryKind;
  /** The owner it was taken from, for address inventories. */
  account?: Address;
  record: ObjectRecord;
}

export type Outcome<T> = { ok: T } | { abort: number };

const ZERO = '0x' + '0'.repeat(64);
const SUI = '0x' + '2'.padStart(64, '0');

export type LayoutOf = (t: RuntimeType) => DatatypeLayout | undefined;

/** The object IDs of the UIDs inside `v` (a value of type `t`): the objects it wraps. */
function uidsIn(v: Value, t: RuntimeType, layout: LayoutOf, out: Set<ObjectId>): void {
  if (t.kind === 'vector') {
    if (t.elem.kind === 'datatype' || t.elem.kind === 'vector') for (const e of v as Value[]) uidsIn(e, t.elem, layout, out);
    return;
  }
  if (t.kind !== 'datatype') return;
  if (t.address === SUI && t.module === 'object' && t.name === 'UID') {
    out.add(((v as Value[])[0] as Value[])[0] as string);
    return;
  }
  const l = layout(t);
  if (l === undefined) return;
  const items = v as Value[];
  const fields = l.kind === 'struct' ? l.fields : (l.variants[items[0] as number]?.fields ?? []);
  const offset = l.kind === 'struct' ? 0 : 1;
  fields.forEach((f, i) => uidsIn(items[i + offset]!, f.type, layout, out));
}

export class TestScenario {
  readonly store = new MemoryStore();
  private txNumber = 0;
  private seq = 0;
  /** When each live object last entered an inventory: the "most recent" order. */
  private readonly placed = new Map<ObjectId, number>();
  private temp!: TemporaryStore;
  private runtime!: ObjectRuntime;
  private taken = new Map<ObjectId, Taken>();
  private receivable = new Map<ObjectId, number>();
  private sharedInputs = new Set<ObjectId>();

  constructor(
    private readonly extensions: Map<string, unknown>,
    readonly info: TxInfo,
  ) {
    extensions.set(TX_INFO_KEY, info);
    this.startTransaction();
  }

  /** The object runtime of the current pseudo-transaction. */
  get objects(): ObjectRuntime {
    return this.runtime;
  }

  private digest(): Uint8Array {
    return blake2b256(new TextEncoder().encode(`deed test scenario transaction ${this.txNumber}`));
  }

  private startTransaction(): void {
    this.temp = new TemporaryStore(this.store);
    this.receivable = new Map();
    // Shared objects still in the test's hands from earlier transactions may be shared again.
    this.sharedInputs = new Set([...this.taken].filter(([, t]) => t.kind === 'shared').map(([id]) => id));
    this.runtime = new ObjectRuntime(ZERO, this.digest(), this.info, { live: (id) => this.temp.live(id) }, this.receivable, this.sharedInputs);
    this.extensions.set(OBJECT_RUNTIME_KEY, this.runtime);
  }

  private matches(r: ObjectRecord, kind: InventoryKind, type: string, account?: Address): boolean {
    if (r.data.kind !== 'move' || r.data.type !== type || this.taken.has(r.id)) return false;
    const o = r.owner;
    if (kind === 'address') return typeof o === 'object' && 'AddressOwner' in o && o.AddressOwner === account;
    if (kind === 'shared') return typeof o === 'object' && 'Shared' in o;
    return o === 'Immutable';
  }

  /** The IDs in an inventory, oldest first. */
  ids(kind: InventoryKind, type: RuntimeType, account?: Address): ObjectId[] {
    const t = typeString(type);
    const pool = kind === 'address' ? this.store.objectsOwnedBy(account!) : [...this.store.liveObjects()];
    return pool
      .filter((r) => this.matches(r, kind, t, account))
      .map((r) => r.id)
      .sort((a, b) => (this.placed.get(a) ?? 0) - (this.placed.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
  }

  mostRecent(kind: InventoryKind, type: RuntimeType, account?: Address): ObjectId | undefined {
    return this.ids(kind, type, account).at(-1);
  }

  take(kind: InventoryKind, type: RuntimeType, id: ObjectId, account?: Address): Outcome<Value> {
    const record = this.taken.has(id) ? undefined : this.temp.live(id);
    if (record === undefined || !this.matches(record, kind, typeString(type), account)) return { abort: SCENARIO_ABORT.EObjectNotFound };
    if (kind === 'immutable') this.temp.noteReadOnlyInput(record);
    else this.temp.noteInput(record);
    if (kind === 'shared') this.sharedInputs.add(id);
    this.runtime.take(id);
    this.taken.set(id, { kind, ...(account !== undefined ? { account } : {}), record });
    return { ok: copyValue((record.data as { contents: Value }).contents) };
  }

  wasTaken(kind: InventoryKind, id: ObjectId, account?: Address): boolean {
    const t = this.taken.get(id);
    return t !== undefined && t.kind === kind && (kind !== 'address' || t.account === account);
  }

  allocateReceivingTicket(type: RuntimeType, id: ObjectId): Outcome<number> {
    if (this.receivable.has(id)) return { abort: SCENARIO_ABORT.EReceivingTicketAlreadyAllocated };
    const r = this.temp.live(id);
    const owner = r?.owner;
    if (r === undefined || r.data.kind !== 'move' || r.data.type !== typeString(type) || typeof owner !== 'object' || !('AddressOwner' in owner) || this.taken.has(id)) {
      return { abort: SCENARIO_ABORT.EUnableToAllocateReceivingTicket };
    }
    this.receivable.set(id, r.version);
    this.temp.noteVersion(r.version);
    return { ok: r.version };
  }

  deallocateReceivingTicket(id: ObjectId): Outcome<null> {
    return this.receivable.delete(id) ? { ok: null } : { abort: SCENARIO_ABORT.EUnableToDeallocateReceivingTicket };
  }

  /**
   * Ends the current pseudo-transaction: checks the shared and immutable objects it took, turns
   * the object runtime's fates into writes (as vm/execution/execute.ts does), commits them, and
   * returns test_scenario::TransactionEffects as a Move value.
   */
  endTransaction(layout: LayoutOf): Outcome<Value> {
    const rt = this.runtime;
    const temp = this.temp;
    // The objects this transaction wraps: UIDs inside the values it writes.
    const wrapped = new Set<ObjectId>();
    for (const fate of rt.fates.values()) {
      if (fate.kind === 'transferred') uidsIn(fate.value, fate.type, layout, wrapped);
      else if (fate.kind === 'child' && fate.slot.live && fate.slot.dirty && fate.slot.runtimeType !== undefined) uidsIn(fate.slot.cell[0]!, fate.slot.runtimeType, layout, wrapped);
    }
    const settled: ObjectId[] = [];
    for (const [id, t] of this.taken) {
      const fate = rt.fates.get(id);
      const isWrapped = (fate === undefined || fate.kind === 'taken') && wrapped.has(id);
      // Still in the test's hands: it stays taken, and in the store, for a later transaction.
      if (!isWrapped && (fate === undefined || fate.kind === 'taken')) continue;
      const owner = fate?.kind === 'transferred' ? fate.owner : undefined;
      const ok =
        t.kind === 'shared'
          ? fate?.kind === 'deleted' || (typeof owner === 'object' && 'Shared' in owner)
          : t.kind === 'immutable'
            ? owner === 'Immutable' && fate?.kind === 'transferred' && valuesEqual(fate.value, (t.record.data as { contents: Value }).contents)
            : true;
      if (!ok) return { abort: SCENARIO_ABORT.EInvalidSharedOrImmutableUsage };
      // Taken in an earlier transaction: it is an input of this one, where its fate is decided.
      if (!temp.existed(id) && t.kind !== 'immutable') temp.noteInput(t.record);
      // Wrapped without the object runtime seeing it move (it was taken in an earlier transaction).
      if (isWrapped && fate === undefined) temp.set(id, { kind: 'wrap' });
      settled.push(id);
    }
    for (const r of rt.loaded.values()) temp.noteLoaded(r);
    const lamport = temp.lamportVersion();

    const created: Value[] = [];
    const written: Value[] = [];
    const deleted: Value[] = [];
    const toAccount: Value[] = [];
    const toObject: Value[] = [];
    const shared: Value[] = [];
    const frozen: Value[] = [];
    const placedNow: ObjectId[] = [];
    const idValue = (id: ObjectId): Value => [id];

    for (const [id, fate] of rt.fates) {
      const existed = temp.existed(id);
      const isNew = rt.newIds.has(id);
      switch (fate.kind) {
        case 'transferred': {
          let owner: Owner = fate.owner;
          const before = this.taken.get(id)?.record.owner;
          if (typeof owner === 'object' && 'Shared' in owner) {
            owner = typeof before === 'object' && 'Shared' in before ? before : { Shared: { initialSharedVersion: lamport } };
            shared.push(idValue(id));
          } else if (owner === 'Immutable') frozen.push(idValue(id));
          else if ('AddressOwner' in owner) toAccount.push([idValue(id), owner.AddressOwner]);
          else toObject.push([idValue(id), idValue(owner.ObjectOwner)]);
          placedNow.push(id);
          // An immutable object taken and frozen again is unchanged: it keeps its version.
          if (owner === 'Immutable' && before === 'Immutable') break;
          temp.set(id, { kind: 'write', owner, data: objectData(fate.type, fate.hasStore, fate.value), created: isNew });
          (existed ? written : created).push(idValue(id));
          break;
        }
        case 'child': {
          const slot = fate.slot;
          if (!slot.live || !slot.dirty) break;
          temp.set(id, { kind: 'write', owner: { ObjectOwner: slot.parent }, data: { kind: 'move', type: slot.type, hasPublicTransfer: slot.hasStore, contents: slot.cell[0]! }, created: isNew });
          (existed || !isNew ? written : created).push(idValue(id));
          break;
        }
        case 'deleted':
          // Created and deleted here leaves no trace; never seen and not new: it was wrapped before.
          if (existed || !isNew) {
            temp.set(id, { kind: 'delete' });
            deleted.push(idValue(id));
          }
          break;
        case 'taken':
          // Wrapped, or still held (then nothing changes in the store until it is settled).
          if (existed && (wrapped.has(id) || !this.taken.has(id))) temp.set(id, { kind: 'wrap' });
          break;
      }
    }

    const digest = toBase58(this.digest());
    try {
      const { written: records, removed } = temp.finish(digest, lamport, new Map());
      this.store.commit({ transactions: [], written: records, removed });
    } catch {
      return { abort: SCENARIO_ABORT.ECouldNotGenerateEffects };
    }
    for (const id of placedNow) this.placed.set(id, ++this.seq);
    for (const id of settled) this.taken.delete(id);
    const events = rt.events.length;
    this.txNumber++;
    this.startTransaction();
    return { ok: [created, written, deleted, [toAccount], [toObject], shared, frozen, u64(events)] };
  }
}
