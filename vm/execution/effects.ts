// Transaction effects (SPEC §3). In: what execution decided. Out: the TransactionEffects record,
// the created/mutated/deleted/wrapped/unwrapped/unwrappedThenDeleted lists DERIVED from its raw
// changedObjects (ARCHITECTURE.md, convention 8), its canonical msgpackr bytes for the store, and
// the JSON form for people and the CLI (bigints as decimal strings, bytes as base64).
//
// changedObjects follows Sui's model: per object, its state before (NotExist, or the version,
// digest and owner it had), its state after (NotExist, an object write, or a package write) and
// what happened to its ID (None, Created, Deleted). The lists are read off that triple:
//
//   input     output        idOperation   ->  list
//   NotExist  ObjectWrite   Created           created            (new object)
//   NotExist  PackageWrite  Created           created            (published package)
//   Exist     ObjectWrite   None              mutated
//   NotExist  ObjectWrite   None              unwrapped          (taken out of another object)
//   Exist     NotExist      Deleted           deleted
//   Exist     NotExist      None              wrapped            (stored inside another object)
//   NotExist  NotExist      Deleted           unwrappedThenDeleted

import type { Digest, ObjectId, Owner } from '../objects/object.js';
import { decodeCanonical, encodeCanonical, fromBase64, toBase64 } from './canonical.js';

export type ObjectIn = { kind: 'NotExist' } | { kind: 'Exist'; version: number; digest: Digest; owner: Owner };
export type ObjectOut = { kind: 'NotExist' } | { kind: 'ObjectWrite'; digest: Digest; owner: Owner } | { kind: 'PackageWrite'; version: number; digest: Digest };
export type IdOperation = 'None' | 'Created' | 'Deleted';

export interface ChangedObject {
  id: ObjectId;
  inputState: ObjectIn;
  outputState: ObjectOut;
  idOperation: IdOperation;
}

/** Sui's ExecutionErrorKind names, for the failures this executor reports. */
export type ExecutionErrorKind =
  | 'InsufficientGas'
  /** Congestion control gave up on the transaction: it pays gas, nothing else changes. */
  | 'ExecutionCancelledDueToSharedObjectCongestion'
  | 'InvalidGasObject'
  | 'InsufficientCoinBalance'
  | 'CoinBalanceOverflow'
  | 'MoveAbort'
  | 'MovePrimitiveRuntimeError'
  | 'VMInvariantViolation'
  | 'VMResourceLimit'
  | 'FunctionNotFound'
  | 'NonEntryFunctionInvoked'
  | 'InvalidPublicFunctionReturnType'
  | 'CommandArgumentError'
  | 'TypeArgumentError'
  | 'TypeArityMismatch'
  | 'UnusedValueWithoutDrop'
  | 'InvalidTransferObject'
  | 'PublishErrorNonZeroAddress'
  | 'VMVerificationOrDeserializationError'
  | 'PackageNotFound'
  | 'SharedObjectOperationNotSupported'
  | 'InputObjectDeleted'
  | 'InvariantViolation';

export interface CleverError {
  /** The `#[error]` constant's name; absent for a bare `abort`/`assert!` without one. */
  constantName?: string;
  /** Source line of the abort. */
  line: number;
  /** The constant's value: a byte string as text when it is UTF-8, else 0x-hex; other types as text. */
  value?: string;
}

export interface MoveAbortInfo {
  /** `0x<64 hex>::module`. */
  module: string;
  function: string;
  instruction: number;
  code: bigint;
  clever?: CleverError;
}

export interface ExecutionFailure {
  kind: ExecutionErrorKind;
  message: string;
  moveAbort?: MoveAbortInfo;
}

export type ExecutionStatus = { status: 'success' } | { status: 'failure'; error: ExecutionFailure; command: number | null };

export interface TransactionEvent {
  /** Package and module of the command (MoveCall, or the init of a Publish) that emitted it. */
  packageId: ObjectId;
  module: string;
  sender: string;
  /** Canonical type string of the event struct. */
  type: string;
  /** BCS bytes of the event value. */
  contents: Uint8Array;
}

export interface GasCostSummary {
  computationCost: bigint;
  storageCost: bigint;
  storageRebate: bigint;
  nonRefundableStorageFee: bigint;
}

export interface SharedObjectRead {
  id: ObjectId;
  version: number;
  mutable: boolean;
}

export interface GasObjectRef {
  id: ObjectId;
  version: number;
  digest: Digest;
  owner: Owner;
}

export interface TransactionEffects {
  status: ExecutionStatus;
  transactionDigest: Digest;
  epoch: number;
  lamportVersion: number;
  gasUsed: GasCostSummary;
  /** Sorted by id. */
  changedObjects: ChangedObject[];
  /** Shared inputs and the versions read, in input order. */
  sharedObjects: SharedObjectRead[];
  /** Digests of the transactions that last wrote the inputs, sorted, without duplicates. */
  dependencies: Digest[];
  events: TransactionEvent[];
  /** The gas coin after the charge; null for system transactions (genesis, faucet). */
  gasObject: GasObjectRef | null;
}

export interface ObjectChange {
  id: ObjectId;
  /** The version it has after the transaction (removed objects: the Lamport version). */
  version: number;
  /** Digest after the transaction; absent for objects that left the store. */
  digest?: Digest;
  owner?: Owner;
}

export interface ObjectChanges {
  created: ObjectChange[];
  mutated: ObjectChange[];
  deleted: ObjectChange[];
  wrapped: ObjectChange[];
  unwrapped: ObjectChange[];
  unwrappedThenDeleted: ObjectChange[];
}

/** The lists of the file comment, derived from changedObjects. */
export function objectChanges(effects: TransactionEffects): ObjectChanges {
  const out: ObjectChanges = { created: [], mutated: [], deleted: [], wrapped: [], unwrapped: [], unwrappedThenDeleted: [] };
  const lamport = effects.lamportVersion;
  for (const c of effects.changedObjects) {
    const existed = c.inputState.kind === 'Exist';
    const o = c.outputState;
    if (o.kind === 'PackageWrite') out.created.push({ id: c.id, version: o.version, digest: o.digest, owner: 'Immutable' });
    else if (o.kind === 'ObjectWrite') {
      const change = { id: c.id, version: lamport, digest: o.digest, owner: o.owner };
      if (c.idOperation === 'Created') out.created.push(change);
      else if (existed) out.mutated.push(change);
      else out.unwrapped.push(change);
    } else if (c.idOperation === 'Deleted') (existed ? out.deleted : out.unwrappedThenDeleted).push({ id: c.id, version: lamport });
    else out.wrapped.push({ id: c.id, version: lamport });
  }
  return out;
}

export function isSuccess(effects: TransactionEffects): boolean {
  return effects.status.status === 'success';
}

// --- Encoding ------------------------------------------------------------------------------------

export function encodeEffects(effects: TransactionEffects): Uint8Array {
  return encodeCanonical(effects);
}

const big = (v: unknown): bigint => (typeof v === 'bigint' ? v : BigInt(v as number | string));

/** Restores bigints (the canonical form writes small ones as numbers) and bytes. */
function revive(plain: Record<string, unknown>): TransactionEffects {
  const e = plain as unknown as TransactionEffects;
  const g = e.gasUsed as unknown as Record<string, unknown>;
  e.gasUsed = { computationCost: big(g['computationCost']), storageCost: big(g['storageCost']), storageRebate: big(g['storageRebate']), nonRefundableStorageFee: big(g['nonRefundableStorageFee']) };
  if (e.status.status === 'failure') {
    if (e.status.command === undefined) e.status.command = null;
    const a = e.status.error.moveAbort;
    if (a) a.code = big(a.code);
  }
  for (const ev of e.events) if (!(ev.contents instanceof Uint8Array)) ev.contents = fromBase64(String(ev.contents)) ?? new Uint8Array();
  if (e.gasObject === undefined) e.gasObject = null;
  return e;
}

export function decodeEffects(bytes: Uint8Array): TransactionEffects {
  const plain = decodeCanonical(bytes);
  if (plain === null || typeof plain !== 'object') throw new Error('not effects');
  return revive(plain as Record<string, unknown>);
}

/** JSON form: the record with bigints as decimal strings and bytes as base64, plus the derived lists. */
export function effectsToJson(effects: TransactionEffects): Record<string, unknown> {
  const j = (v: unknown): unknown => {
    if (typeof v === 'bigint') return v.toString();
    if (v instanceof Uint8Array) return toBase64(v);
    if (Array.isArray(v)) return v.map(j);
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = j(x);
      return out;
    }
    return v;
  };
  return { ...(j(effects) as Record<string, unknown>), ...(j(objectChanges(effects)) as Record<string, unknown>) };
}

/** The inverse of effectsToJson (the derived lists are ignored). */
export function effectsFromJson(json: Record<string, unknown>): TransactionEffects {
  const copy = JSON.parse(JSON.stringify(json)) as Record<string, unknown>;
  for (const k of ['created', 'mutated', 'deleted', 'wrapped', 'unwrapped', 'unwrappedThenDeleted']) delete copy[k];
  return revive(copy);
}
