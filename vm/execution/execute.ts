// The executor. In: a signed transaction (or one whose signature the caller already checked), a
// read-only StateView, and the context (epoch, clock time, the package cache, the shared-object
// versions a sequencer assigned). Out: `{ kind: 'executed', effects, writes }`, where writes is
// the CommitBatch the caller commits (execution never writes the store: ARCHITECTURE.md,
// convention 8), or `{ kind: 'rejected', rejection }` for a transaction refused before execution
// (bad signature, someone else's object, stale or missing versions, gas it cannot pay): nothing
// changes and no gas is charged, as Sui refuses invalid user input.
//
// Once execution starts, the outcome is always effects. The block is atomic: if any command
// fails, every change is dropped except the gas coin's charge (and, as in Sui, the version bump
// of the mutable inputs the transaction consumed, so their locks are released and the shared
// objects' versions advance as the sequencer assumed). A stray JS exception anywhere becomes an
// InvariantViolation failure, never a crash.
//
// Steps: digest and signature; gas checks (price, budget, coins owned by the sender, balance);
// inputs (existence, versions, owners, shared versions); Lamport version; gas smashing (the
// other gas coins merged into the first); the commands (commands.ts); the end-of-block checks;
// the fate of every touched object (object-runtime.ts) turned into writes; gas (gas.ts); effects.

import type { ObjectId, ObjectRecord, Owner } from '../objects/object.js';
import { CLOCK_ID } from '../objects/object.js';
import type { CommitBatch, StateView } from '../objects/store.js';
import { BudgetGasMeter } from '../gas/meter.js';
import type { RuntimeType } from '../runtime/types.js';
import type { Value } from '../runtime/values.js';
import { copyValue, u64, u64Big } from '../runtime/values.js';
import { Block, objectData, type Slot } from './commands.js';
import type { ExecutionFailure, ExecutionStatus, SharedObjectRead, TransactionEffects } from './effects.js';
import { encodeEffects } from './effects.js';
import { CommandFailure, type Rejection, type RejectionCode } from './errors.js';
import { computationBudgetUnits, computeGas, GAS_CONSTANTS, minimumBudget } from './gas.js';
import { OBJECT_RUNTIME_KEY, ObjectRuntime, TX_INFO_KEY, type TxInfo } from './object-runtime.js';
import type { PackageCache } from './packages.js';
import type { Signature, SignedTransaction } from './signature.js';
import { verifyTransactionSignature } from './signature.js';
import { TemporaryStore } from './temporary-store.js';
import type { TransactionData, TransactionDigest } from './transaction.js';
import { digestOfBytes, parseTransaction, pureToValue } from './transaction.js';
import { GAS_COIN_TYPE, parseType, typeString } from './type-tags.js';
import { encodeCanonical } from './canonical.js';

export interface ExecutionContext {
  epoch: number;
  /** Start of the epoch, for tx_context::epoch_timestamp_ms. */
  epochTimestampMs?: number;
  packages: PackageCache;
  /** Versions a sequencer assigned to shared inputs; by default each shared input's live version. */
  sharedVersions?: ReadonlyMap<ObjectId, number>;
  /**
   * Set when congestion control cancelled the transaction (the reason): no command runs, its
   * shared inputs are neither read nor written (the sequencer assigned them nothing), and it
   * fails with ExecutionCancelledDueToSharedObjectCongestion, paying gas as Sui charges it.
   */
  cancelled?: string;
}

/** A transaction whose signature the caller has verified (e.g. a scheduler that checked it once). */
export interface VerifiedTransaction {
  data: TransactionData;
  signature?: Signature;
  verified: true;
  /**
   * Set by a caller that already parsed `data` (parseTransaction's normalised form) and computed
   * its digest, as the schedulers do: parsing and hashing again would cost as much as a transfer.
   */
  digest?: TransactionDigest;
}

export type ExecuteOutcome =
  | {
      kind: 'executed';
      digest: string;
      /** The effects' status and Lamport version, at hand without the effects (a worker's outcome decodes them on first use). */
      status: ExecutionStatus;
      lamportVersion: number;
      effects: TransactionEffects;
      effectsBytes: Uint8Array;
      writes: CommitBatch;
    }
  | { kind: 'rejected'; digest?: string; rejection: Rejection };

class Reject extends Error {
  constructor(readonly rejection: Rejection) {
    super(rejection.message);
  }
}

const reject = (code: RejectionCode, message: string): never => {
  throw new Reject({ code, message });
};

const GAS_TYPE = typeString(GAS_COIN_TYPE);

function ownerOf(r: ObjectRecord): Owner {
  return r.owner;
}

function isAddressOwned(o: Owner, by: string): boolean {
  return typeof o === 'object' && 'AddressOwner' in o && o.AddressOwner === by;
}

function coinBalance(v: Value): bigint {
  return u64Big(((v as Value[])[1] as Value[])[0]!);
}

function setCoinBalance(v: Value, b: bigint): void {
  ((v as Value[])[1] as Value[])[0] = u64(b);
}

/** The bytes the store keeps for the transaction: the signed form when there is a signature (normalised data). */
function storedTransactionBytes(data: TransactionData, signature: Signature | undefined): Uint8Array {
  if (signature !== undefined) return encodeCanonical({ data, signature: { publicKey: signature.publicKey, signature: signature.signature } });
  return encodeCanonical({ data });
}

export function execute(tx: SignedTransaction | VerifiedTransaction, view: StateView, ctx: ExecutionContext): ExecuteOutcome {
  // Validate and normalise once: the digest and the stored bytes both come from this form.
  let data: TransactionData;
  let digest: TransactionDigest;
  if ('verified' in tx && tx.digest !== undefined) {
    data = tx.data;
    digest = tx.digest;
  } else {
    const parsed = parseTransaction(tx.data);
    if (!parsed.ok) return { kind: 'rejected', rejection: { code: 'MalformedTransaction', message: `${parsed.error.path}: ${parsed.error.message}` } };
    data = parsed.value;
    digest = digestOfBytes(encodeCanonical(data));
  }
  try {
    return new Execution({ ...tx, data } as SignedTransaction | VerifiedTransaction, digest, view, ctx).run();
  } catch (e) {
    if (e instanceof Reject) return { kind: 'rejected', digest: digest.text, rejection: e.rejection };
    return { kind: 'rejected', digest: digest.text, rejection: { code: 'InternalError', message: `the executor failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}` } };
  }
}

interface SharedInput {
  slot: Slot;
  record: ObjectRecord;
  read: SharedObjectRead;
}

class Execution {
  private readonly data: TransactionData;
  private readonly store: TemporaryStore;
  private readonly shared: SharedInput[] = [];
  private readonly gasCoins: ObjectRecord[] = [];
  private readonly mutableInputs: ObjectRecord[] = [];

  constructor(
    private readonly tx: SignedTransaction | VerifiedTransaction,
    private readonly digest: TransactionDigest,
    view: StateView,
    private readonly ctx: ExecutionContext,
  ) {
    this.data = tx.data;
    this.store = new TemporaryStore(view);
  }

  run(): ExecuteOutcome {
    this.checkSignature();
    const d = this.data;
    if (d.expiration !== undefined && this.ctx.epoch > d.expiration) reject('TransactionExpired', `the transaction expired after epoch ${d.expiration}; this is epoch ${this.ctx.epoch}`);
    this.checkGas();
    const inputs = this.loadInputs();
    const lamport = this.store.lamportVersion();
    const [gasRecord, ...smashed] = this.gasCoins;

    // Gas smashing: the first coin takes every other coin's balance; the others are deleted.
    const gasValue = copyValue((gasRecord!.data as { contents: Value }).contents);
    let total = coinBalance(gasValue);
    for (const c of smashed) total += coinBalance((c.data as { contents: Value }).contents);
    setCoinBalance(gasValue, total);
    const gasPristine = copyValue(gasValue);
    const gasSlot: Slot = { cell: [gasValue], moved: false, type: GAS_COIN_TYPE, kind: 'gas', mutable: true, id: gasRecord!.id, record: gasRecord!, label: 'GasCoin' };

    const info: TxInfo = { rgp: Number(GAS_CONSTANTS.REFERENCE_GAS_PRICE), gasPrice: u64(d.gasPrice), gasBudget: u64(d.gasBudget), sponsor: [] };
    const receivable = new Map<ObjectId, number>();
    for (const i of d.inputs) if ('Receiving' in i) receivable.set(i.Receiving.id, i.Receiving.version);
    const objects = new ObjectRuntime(d.sender, this.digest.bytes, info, { live: (id) => this.store.live(id) }, receivable, new Set(this.shared.map((s) => s.record.id)));
    const extensions = new Map<string, unknown>([
      [OBJECT_RUNTIME_KEY, objects],
      [TX_INFO_KEY, info],
    ]);
    const meter = new BudgetGasMeter(computationBudgetUnits(d.gasBudget, d.gasPrice));
    const txContext: Value[] = [[d.sender, Array.from(this.digest.bytes), u64(this.ctx.epoch), u64(this.ctx.epochTimestampMs ?? 0), 0]];
    const block = new Block({ sender: d.sender, txDigest: this.digest.bytes, packages: this.ctx.packages, store: this.store, objects, meter, extensions, txContext }, inputs, gasSlot);

    let status: ExecutionStatus = { status: 'success' };
    let at = -1;
    try {
      if (this.ctx.cancelled !== undefined) throw new CommandFailure({ kind: 'ExecutionCancelledDueToSharedObjectCongestion', message: this.ctx.cancelled });
      for (at = 0; at < d.commands.length; at++) block.run(d.commands[at]!, at);
      at = -1;
      block.finish();
      this.applyFates(block, objects, gasSlot, lamport);
    } catch (e) {
      status = { status: 'failure', error: asFailure(e), command: at >= 0 ? at : null };
    }

    const finishWith = (failed: boolean): ExecuteOutcome | undefined => {
      if (failed) this.failureWrites(gasRecord!, gasPristine, smashed);
      else for (const c of smashed) this.store.set(c.id, { kind: 'delete' });
      const { costs, oldRebates } = this.store.measure(lamport);
      const gas = computeGas({ budget: d.gasBudget, price: d.gasPrice, unitsUsed: meter.used(), storageCosts: [...costs.values()], oldRebates }, failed);
      if (!failed && !gas.fits) return undefined;
      // Charge the gas coin wherever it ended up (its write holds the value to change).
      const gasWrite = this.store.final(gasRecord!.id);
      if (gasWrite !== undefined && gasWrite.kind === 'write' && gasWrite.data.kind === 'move') {
        const coin = gasWrite.data.contents;
        const after = coinBalance(coin) + gas.net;
        setCoinBalance(coin, after < 0n ? 0n : after);
      }
      const { written, encoded, removed, changed, leaves } = this.store.finish(this.digest.text, lamport, costs);
      const gasOut = written.find((r) => r.id === gasRecord!.id);
      const effects: TransactionEffects = {
        status,
        transactionDigest: this.digest.text,
        epoch: this.ctx.epoch,
        lamportVersion: lamport,
        gasUsed: gas.summary,
        changedObjects: changed,
        sharedObjects: this.shared.map((s) => s.read),
        dependencies: this.store.dependencies(this.digest.text),
        events: status.status === 'success' ? objects.events.map((e) => e.event) : [],
        gasObject: gasOut === undefined ? null : { id: gasOut.id, version: gasOut.version, digest: gasOut.digest, owner: gasOut.owner },
      };
      const effectsBytes = encodeEffects(effects);
      return {
        kind: 'executed',
        digest: this.digest.text,
        status,
        lamportVersion: lamport,
        effects,
        effectsBytes,
        writes: { transactions: [{ digest: this.digest.text, transaction: storedTransactionBytes(this.data, this.tx.signature), effects: effectsBytes }], written, encoded, removed, leaves },
      };
    };

    if (status.status === 'success') {
      try {
        const ok = finishWith(false);
        if (ok !== undefined) return ok;
        status = { status: 'failure', error: { kind: 'InsufficientGas', message: 'the gas budget does not cover the computation and storage of this transaction' }, command: null };
      } catch (e) {
        // An object too large to store, or a bug: the transaction fails and pays for its gas.
        status = { status: 'failure', error: asFailure(e), command: null };
      }
    }
    this.store.reset();
    return finishWith(true)!;
  }

  private checkSignature(): void {
    if ('verified' in this.tx && this.tx.verified === true) return;
    const signed = this.tx as SignedTransaction;
    if (signed.signature === undefined) reject('InvalidSignature', 'the transaction is not signed');
    const r = verifyTransactionSignature(signed, this.digest);
    if (!r.ok) reject('InvalidSignature', r.reason);
  }

  private checkGas(): void {
    const d = this.data;
    const G = GAS_CONSTANTS;
    if (d.gasPrice < G.REFERENCE_GAS_PRICE) reject('GasPriceTooLow', `gas price ${d.gasPrice} is below the reference gas price ${G.REFERENCE_GAS_PRICE}`);
    if (d.gasPrice > G.MAX_GAS_PRICE) reject('GasPriceTooHigh', `gas price ${d.gasPrice} is above the maximum ${G.MAX_GAS_PRICE}`);
    if (d.gasBudget < minimumBudget(d.gasPrice)) reject('GasBudgetTooLow', `gas budget ${d.gasBudget} is below the minimum ${minimumBudget(d.gasPrice)} (${G.MIN_BUDGET_UNITS} units at price ${d.gasPrice})`);
    if (d.gasBudget > G.MAX_GAS_BUDGET) reject('GasBudgetTooHigh', `gas budget ${d.gasBudget} is above the maximum ${G.MAX_GAS_BUDGET}`);
    if (d.gasPayment.length === 0) reject('MissingGasPayment', 'the transaction names no gas coin');
    const seen = new Set<string>();
    let balance = 0n;
    for (const g of d.gasPayment) {
      if (seen.has(g.id)) reject('DuplicateObjectInput', `gas coin ${g.id} is named twice`);
      seen.add(g.id);
      const r = this.store.live(g.id);
      if (r === undefined) reject('ObjectNotFound', `gas coin ${g.id} does not exist`);
      const coin = r!;
      if (coin.version !== g.version) reject('ObjectVersionUnavailableForConsumption', `gas coin ${g.id} is at version ${coin.version}, not ${g.version}`);
      if (g.digest !== undefined && coin.digest !== g.digest) reject('ObjectDigestMismatch', `gas coin ${g.id} has digest ${coin.digest}, not ${g.digest}`);
      if (!isAddressOwned(coin.owner, d.sender)) reject('ObjectOwnedByOther', `gas coin ${g.id} is not owned by the sender ${d.sender}`);
      if (coin.data.kind !== 'move' || coin.data.type !== GAS_TYPE) reject('InvalidGasObject', `${g.id} is not a ${GAS_TYPE}`);
      balance += coinBalance((coin.data as { contents: Value }).contents);
      this.gasCoins.push(coin);
      this.store.noteInput(coin);
    }
    if (balance < d.gasBudget) reject('GasBalanceTooLow', `the gas coins hold ${balance}, less than the budget ${d.gasBudget}`);
    for (const i of d.inputs) {
      const id = 'Object' in i ? i.Object.id : 'Shared' in i ? i.Shared.id : 'Receiving' in i ? i.Receiving.id : undefined;
      if (id !== undefined && seen.has(id)) reject('DuplicateObjectInput', `${id} is a gas coin; use the GasCoin argument`);
    }
  }

  /** Loads the packages of the datatypes in `t` (an object's type names only published packages). */
  private loadTypePackages(t: RuntimeType): void {
    if (t.kind === 'vector') return this.loadTypePackages(t.elem);
    if (t.kind !== 'datatype') return;
    const r = this.ctx.packages.load(t.address, (id) => this.store.live(id));
    if (!r.ok) reject('InternalError', `the package of ${t.key} does not load: ${r.message}`);
    for (const a of t.args) this.loadTypePackages(a);
  }

  private loadInputs(): Slot[] {
    const d = this.data;
    this.loadTypePackages(GAS_COIN_TYPE);
    const seen = new Set<ObjectId>();
    return d.inputs.map((input, i): Slot => {
      const label = `Input ${i}`;
      if ('Pure' in input) {
        const t = parseType(input.Pure.type);
        return { cell: [pureToValue(t, input.Pure.value)], moved: false, type: t, kind: 'pure', mutable: true, label };
      }
      const id = 'Object' in input ? input.Object.id : 'Shared' in input ? input.Shared.id : input.Receiving.id;
      if (seen.has(id)) reject('DuplicateObjectInput', `${id} is named by two inputs`);
      seen.add(id);
      if ('Receiving' in input) {
        this.store.noteVersion(input.Receiving.version);
        return { cell: [[[id], u64(input.Receiving.version)]], moved: false, type: undefined, kind: 'receiving', mutable: false, label };
      }
      const live = this.store.live(id);
      if (live === undefined) reject('ObjectNotFound', `${label}: object ${id} does not exist (deleted, wrapped or never created)`);
      const record = live!;
      if (record.data.kind === 'package') reject('PackageAsInput', `${label}: ${id} is a package; call it with MoveCall instead`);
      const type = parseType((record.data as { type: string }).type);
      this.loadTypePackages(type);
      if ('Shared' in input) {
        if (typeof record.owner !== 'object' || !('Shared' in record.owner)) reject('NotSharedObject', `${label}: ${id} is not a shared object; pass it as Object`);
        if (input.Shared.mutable && id === CLOCK_ID) reject('MutableClockNotAllowed', `${label}: the Clock can only be read (pass it with mutable: false)`);
        if (this.ctx.cancelled !== undefined) return { cell: [copyValue((record.data as { contents: Value }).contents)], moved: false, type, kind: 'shared', mutable: false, id, record, label };
        const assigned = this.ctx.sharedVersions?.get(id) ?? record.version;
        const at = assigned === record.version ? record : this.store.version(id, assigned);
        if (at === undefined) reject('ObjectVersionUnavailableForConsumption', `${label}: shared object ${id} has no version ${assigned}`);
        const r = at!;
        const slot: Slot = { cell: [copyValue((r.data as { contents: Value }).contents)], moved: false, type, kind: 'shared', mutable: input.Shared.mutable, id, record: r, label };
        if (input.Shared.mutable) {
          this.store.noteInput(r);
          this.mutableInputs.push(r);
        } else this.store.noteReadOnlyInput(r);
        this.shared.push({ slot, record: r, read: { id, version: r.version, mutable: input.Shared.mutable } });
        return slot;
      }
      const want = input.Object.version;
      if (want !== undefined && want !== record.version) reject('ObjectVersionUnavailableForConsumption', `${label}: object ${id} is at version ${record.version}, not ${want}`);
      const owner = ownerOf(record);
      if (owner === 'Immutable') {
        this.store.noteReadOnlyInput(record);
        return { cell: [copyValue((record.data as { contents: Value }).contents)], moved: false, type, kind: 'immutable', mutable: false, id, record, label };
      }
      if ('Shared' in owner) reject('SharedObjectAsOwned', `${label}: ${id} is shared; pass it as Shared`);
      if ('ObjectOwner' in owner) reject('InvalidChildObjectArgument', `${label}: ${id} is owned by object ${owner.ObjectOwner}; it can only be reached through its parent`);
      if (!isAddressOwned(owner, d.sender)) reject('ObjectOwnedByOther', `${label}: object ${id} is owned by ${(owner as { AddressOwner: string }).AddressOwner}, not by the sender ${d.sender}`);
      this.store.noteInput(record);
      this.mutableInputs.push(record);
      return { cell: [copyValue((record.data as { contents: Value }).contents)], moved: false, type, kind: 'owned', mutable: true, id, record, label };
    });
  }

  /** Turns what happened to each object into the temporary store's final states (success). */
  private applyFates(block: Block, objects: ObjectRuntime, gasSlot: Slot, lamport: number): void {
    const store = this.store;
    for (const r of objects.loaded.values()) store.noteLoaded(r);
    // Inputs still in their slots are written back with their owner (mutable ones only).
    for (const s of [...block.inputs, gasSlot]) {
      if (s.moved || s.record === undefined || s.id === undefined) continue;
      if (s.kind === 'immutable' || (s.kind === 'shared' && !s.mutable)) continue;
      const r = s.record;
      store.set(s.id, { kind: 'write', owner: r.owner, data: { kind: 'move', type: (r.data as { type: string }).type, hasPublicTransfer: (r.data as { hasPublicTransfer: boolean }).hasPublicTransfer, contents: s.cell[0]! }, created: false });
    }
    const sharedInitial = new Map(this.shared.map((s) => [s.record.id, s.record.owner as { Shared: { initialSharedVersion: number } }]));
    for (const [id, fate] of objects.fates) {
      const existed = store.existed(id);
      switch (fate.kind) {
        case 'transferred': {
          let owner = fate.owner;
          if (typeof owner === 'object' && 'Shared' in owner) owner = sharedInitial.get(id) ?? { Shared: { initialSharedVersion: lamport } };
          store.set(id, { kind: 'write', owner, data: objectData(fate.type, fate.hasStore, fate.value), created: objects.newIds.has(id) });
          break;
        }
        case 'child': {
          const slot = fate.slot;
          if (!slot.live || !slot.dirty) break;
          store.set(id, { kind: 'write', owner: { ObjectOwner: slot.parent }, data: { kind: 'move', type: slot.type, hasPublicTransfer: slot.hasStore, contents: slot.cell[0]! }, created: objects.newIds.has(id) });
          break;
        }
        case 'deleted':
          // Created and deleted here: no trace. Never seen and not new: it was wrapped before.
          if (existed || !objects.newIds.has(id)) store.set(id, { kind: 'delete' });
          break;
        case 'taken':
          if (existed) store.set(id, { kind: 'wrap' });
          break;
      }
    }
  }

  /** A failed transaction: the gas coin (smashed) and the version bumps of the consumed mutable inputs. */
  private failureWrites(gasRecord: ObjectRecord, gasPristine: Value, smashed: ObjectRecord[]): void {
    const store = this.store;
    const g = gasRecord.data as { type: string; hasPublicTransfer: boolean };
    store.set(gasRecord.id, { kind: 'write', owner: gasRecord.owner, data: { kind: 'move', type: g.type, hasPublicTransfer: g.hasPublicTransfer, contents: copyValue(gasPristine) }, created: false });
    for (const c of smashed) store.set(c.id, { kind: 'delete' });
    for (const r of this.mutableInputs) {
      const data = r.data as { type: string; hasPublicTransfer: boolean; contents: Value };
      store.set(r.id, { kind: 'write', owner: r.owner, data: { kind: 'move', type: data.type, hasPublicTransfer: data.hasPublicTransfer, contents: copyValue(data.contents) }, created: false });
    }
  }
}

function asFailure(e: unknown): ExecutionFailure {
  if (e instanceof CommandFailure) return e.failure;
  return { kind: 'InvariantViolation', message: `internal error during execution: ${e instanceof Error ? e.message : String(e)}` };
}
