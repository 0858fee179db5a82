// The commands of a programmable transaction block. In: the block's input slots (pure values,
// objects, the gas coin), the runtime, the object runtime and the temporary store. Out: each
// command run in order, its results kept for later commands (Result / NestedResult), or a
// CommandFailure naming what went wrong; at the end, the checks that every result without `drop`
// was consumed and that shared objects taken by value were shared again or deleted.
//
// Argument rules (Sui's): a value whose type has `copy` is copied when used by value, anything
// else is moved and cannot be used again; `&mut` needs a mutable object (owned, or shared and
// declared mutable), by-value needs an owned or mutable shared object; the gas coin can be
// borrowed anywhere but taken by value only by TransferObjects; within one command an argument
// borrowed mutably or moved is not used again. Pure inputs are typed by their declaration and
// must match the parameter exactly; Receiving inputs match any `Receiving<T>` parameter.

import type { CompiledModule, ModuleId, SigType } from '../bytecode/module.js';
import { Ability } from '../bytecode/module.js';
import { decodeModule, encodeModule } from '../bytecode/codec.js';
import { deriveObjectId, type ObjectId, type ObjectRecord } from '../objects/object.js';
import type { GasMeter } from '../gas/meter.js';
import type { RuntimeType } from '../runtime/types.js';
import { T, showType } from '../runtime/types.js';
import type { Value } from '../runtime/values.js';
import { copyValue, Ref, u64, u64Big } from '../runtime/values.js';
import type { LoadedModule } from '../runtime/loader.js';
import { verifyPackage } from '../verifier/index.js';
import { orderPackage } from '../verifier/package.js';
import { isFrameworkAddress } from '../verifier/module-key.js';
import { CommandFailure, failure, failureOf } from './errors.js';
import { GAS_CONSTANTS } from './gas.js';
import type { ObjectRuntime } from './object-runtime.js';
import type { PackageCache } from './packages.js';
import { referencedPackages } from './packages.js';
import type { TemporaryStore } from './temporary-store.js';
import { moveData } from './temporary-store.js';
import type { Argument, Command, MoveCallCommand } from './transaction.js';
import { isCoin, isReceiving, objectIdOf, parseType, TX_CONTEXT_TYPE, TypeTagError, typeString, UPGRADE_CAP_TYPE } from './type-tags.js';

export type SlotKind = 'pure' | 'owned' | 'immutable' | 'shared' | 'gas' | 'receiving' | 'result';

export interface Slot {
  /** cell[0] holds the value, so `&` and `&mut` arguments can point into it. */
  cell: Value[];
  moved: boolean;
  /** Undefined for Receiving inputs, which take the type of the parameter they are passed to. */
  type: RuntimeType | undefined;
  kind: SlotKind;
  /** Shared inputs: declared mutable. */
  mutable: boolean;
  /** Object inputs and the gas coin: the object's ID and record before the transaction. */
  id?: ObjectId;
  record?: ObjectRecord;
  /** Publish's UpgradeCap: sent to the sender at the end if no command used it. */
  autoTransfer?: boolean;
  label: string;
}

type Use = 'read' | 'mut' | 'move';

export interface BlockContext {
  sender: string;
  txDigest: Uint8Array;
  packages: PackageCache;
  store: TemporaryStore;
  objects: ObjectRuntime;
  meter: GasMeter;
  extensions: Map<string, unknown>;
  /** TxContext value [sender, digest, epoch, epochTimestampMs, idsCreated] in cell[0]. */
  txContext: Value[];
}

export class Block {
  readonly results: Slot[][] = [];
  /** Packages published by this transaction (not in the store yet). */
  readonly published = new Map<ObjectId, CompiledModule[]>();
  private uses = new Map<Slot, Use>();

  constructor(
    private readonly cx: BlockContext,
    readonly inputs: Slot[],
    readonly gas: Slot | undefined,
  ) {}

  private get runtime() {
    return this.cx.packages.runtime;
  }

  // --- Arguments --------------------------------------------------------------------------------

  private slot(arg: Argument): Slot {
    if (arg === 'GasCoin') {
      if (this.gas === undefined) throw failure('CommandArgumentError', 'GasCoin: this transaction has no gas coin');
      return this.gas;
    }
    if ('Input' in arg) {
      const s = this.inputs[arg.Input];
      if (s === undefined) throw failure('CommandArgumentError', `Input ${arg.Input} does not exist`);
      return s;
    }
    if ('Result' in arg) {
      const r = this.results[arg.Result];
      if (r === undefined) throw failure('CommandArgumentError', `Result ${arg.Result} does not exist yet`);
      if (r.length !== 1) throw failure('CommandArgumentError', `Result ${arg.Result}: command ${arg.Result} returned ${r.length} values; use NestedResult`);
      return r[0]!;
    }
    const [i, j] = arg.NestedResult;
    const s = this.results[i]?.[j];
    if (s === undefined) throw failure('CommandArgumentError', `NestedResult [${i}, ${j}] does not exist`);
    return s;
  }

  private use(slot: Slot, how: Use): void {
    const prior = this.uses.get(slot);
    if (prior !== undefined && (prior !== 'read' || how !== 'read')) throw failure('CommandArgumentError', `${slot.label} is used twice in one command while borrowed mutably or moved`);
    this.uses.set(slot, how);
  }

  private live(slot: Slot): Value {
    if (slot.moved) throw failure('CommandArgumentError', `${slot.label} was already moved by an earlier command`);
    return slot.cell[0]!;
  }

  private hasCopy(t: RuntimeType | undefined): boolean {
    return t !== undefined && (this.runtime.abilities(t) & Ability.copy) !== 0;
  }

  /** The argument by value: a copy if its type has `copy`, otherwise moved out of its slot. */
  private byValue(slot: Slot, allowGas = false): Value {
    const v = this.live(slot);
    if (slot.kind === 'immutable') throw failure('CommandArgumentError', `${slot.label}: an immutable object cannot be taken by value`);
    if (slot.kind === 'shared' && !slot.mutable) throw failure('CommandArgumentError', `${slot.label}: a shared object declared read-only cannot be taken by value`);
    if (slot.kind === 'gas' && !allowGas) throw failure('CommandArgumentError', 'GasCoin can only be taken by value by TransferObjects');
    if (this.hasCopy(slot.type)) {
      this.use(slot, 'read');
      return copyValue(v);
    }
    this.use(slot, 'move');
    slot.moved = true;
    if (slot.id !== undefined) this.cx.objects.take(slot.id);
    return v;
  }

  private byRef(slot: Slot, mutable: boolean): Ref {
    this.live(slot);
    if (mutable && slot.kind === 'immutable') throw failure('CommandArgumentError', `${slot.label}: an immutable object cannot be borrowed mutably`);
    if (mutable && slot.kind === 'shared' && !slot.mutable) throw failure('CommandArgumentError', `${slot.label}: a shared object declared read-only cannot be borrowed mutably`);
    this.use(slot, mutable ? 'mut' : 'read');
    return new Ref(slot.cell, 0);
  }

  private expectType(slot: Slot, want: RuntimeType, what: string): void {
    if (slot.kind === 'receiving') {
      if (!isReceiving(want)) throw failure('CommandArgumentError', `${what}: ${slot.label} is a Receiving input, the parameter is ${showType(want)}`);
      return;
    }
    if (slot.type !== want) throw failure('CommandArgumentError', `${what}: ${slot.label} is a ${slot.type === undefined ? '?' : showType(slot.type)}, expected ${showType(want)}`);
  }

  // --- Types and packages -------------------------------------------------------------------------

  packageExists(id: ObjectId): boolean {
    if (this.published.has(id)) return true;
    const r = this.cx.store.live(id);
    return r !== undefined && r.data.kind === 'package';
  }

  private loadPackage(id: ObjectId): void {
    if (!this.packageExists(id)) throw failure('PackageNotFound', `package ${id} does not exist`);
    const r = this.cx.packages.load(id, (x) => this.cx.store.live(x));
    if (!r.ok) throw failure('VMVerificationOrDeserializationError', r.message);
  }

  /** Parses a type argument and makes sure every datatype in it exists. */
  private typeArg(text: string, what: string): RuntimeType {
    let t: RuntimeType;
    try {
      t = parseType(text);
    } catch (e) {
      throw failure('TypeArgumentError', `${what}: ${e instanceof TypeTagError ? e.message : String(e)}`);
    }
    const check = (x: RuntimeType): void => {
      if (x.kind === 'vector') return check(x.elem);
      if (x.kind !== 'datatype') return;
      if (!this.packageExists(x.address)) throw failure('TypeArgumentError', `${what}: package ${x.address} of ${showType(x)} does not exist`);
      this.loadPackage(x.address);
      if (this.runtime.layout(x) === undefined) throw failure('TypeArgumentError', `${what}: ${showType(x)} is not a datatype of a published package (or has the wrong number of type arguments)`);
      x.args.forEach(check);
    };
    check(t);
    return t;
  }

  private instantiate(sig: SigType, m: LoadedModule, args: readonly RuntimeType[]): RuntimeType {
    if (typeof sig === 'string') return T.prim(sig);
    switch (sig[0]) {
      case 'param':
        return args[sig[1]]!;
      case 'vector':
        return T.vector(this.instantiate(sig[1], m, args));
      case 'datatype': {
        const dt = m.handleDatatypes[sig[1]]!;
        return T.datatype(dt.module.id, dt.name, sig[2].map((x) => this.instantiate(x, m, args)));
      }
      default:
        return this.instantiate(sig[1], m, args);
    }
  }

  private charge(units: number): void {
    if (!this.cx.meter.charge(units)) throw failure('InsufficientGas', 'the gas budget ran out');
  }

  private freshId(): ObjectId {
    const ctx = this.cx.txContext[0] as Value[];
    const count = Number(ctx[4] as number);
    const id = deriveObjectId(this.cx.txDigest, count);
    ctx[4] = u64(BigInt(count) + 1n);
    this.cx.objects.recordNewId(id);
    return id;
  }

  private moduleOf = (address: string, name: string): CompiledModule | undefined => this.runtime.module({ address, name })?.compiled;

  // --- Commands -----------------------------------------------------------------------------------

  run(command: Command, index: number): void {
    this.uses = new Map();
    this.charge(GAS_CONSTANTS.COMMAND_UNITS);
    let results: Slot[];
    if ('MoveCall' in command) results = this.moveCall(command.MoveCall, index);
    else if ('TransferObjects' in command) results = this.transferObjects(command.TransferObjects.objects, command.TransferObjects.address);
    else if ('SplitCoins' in command) results = this.splitCoins(command.SplitCoins.coin, command.SplitCoins.amounts, index);
    else if ('MergeCoins' in command) results = this.mergeCoins(command.MergeCoins.destination, command.MergeCoins.sources);
    else if ('MakeMoveVec' in command) results = this.makeMoveVec(command.MakeMoveVec.type, command.MakeMoveVec.elements, index);
    else results = this.publish(command.Publish.modules, command.Publish.dependencies, index);
    this.results.push(results);
  }

  private moveCall(c: MoveCallCommand, index: number): Slot[] {
    const name = `${c.package}::${c.module}::${c.function}`;
    this.loadPackage(c.package);
    const mid: ModuleId = { address: c.package, name: c.module };
    const m = this.runtime.module(mid);
    if (m === undefined) throw failure('FunctionNotFound', `module ${c.package}::${c.module} does not exist`);
    const fn = m.functions.get(c.function);
    if (fn === undefined) throw failure('FunctionNotFound', `${name} does not exist`);
    if (!fn.def.entry && fn.def.visibility !== 'public') throw failure('NonEntryFunctionInvoked', `${name} is neither public nor entry`);
    if (!fn.def.entry && fn.handle.returns.some((r) => typeof r !== 'string' && (r[0] === 'ref' || r[0] === 'mut'))) {
      throw failure('InvalidPublicFunctionReturnType', `${name} returns a reference, which a transaction cannot hold`);
    }
    if (c.typeArguments.length !== fn.typeParamCount) throw failure('TypeArityMismatch', `${name} takes ${fn.typeParamCount} type arguments, got ${c.typeArguments.length}`);
    const typeArgs = c.typeArguments.map((t, i) => this.typeArg(t, `type argument ${i} of ${name}`));
    const params = fn.handle.params;
    const last = params[params.length - 1];
    const takesCtx = last !== undefined && typeof last !== 'string' && (last[0] === 'ref' || last[0] === 'mut') && this.instantiate(last[1], m, typeArgs) === TX_CONTEXT_TYPE;
    const explicit = takesCtx ? params.length - 1 : params.length;
    if (c.arguments.length !== explicit) throw failure('CommandArgumentError', `${name} takes ${explicit} arguments, got ${c.arguments.length}`);
    const values: Value[] = [];
    params.forEach((p, i) => {
      if (takesCtx && i === params.length - 1) {
        values.push(new Ref(this.cx.txContext, 0));
        return;
      }
      const ref = typeof p !== 'string' && (p[0] === 'ref' || p[0] === 'mut') ? p[0] : undefined;
      const want = this.instantiate(ref ? (p as readonly [string, SigType])[1] : p, m, typeArgs);
      const slot = this.slot(c.arguments[i]!);
      this.expectType(slot, want, `argument ${i} of ${name}`);
      values.push(ref ? this.byRef(slot, ref === 'mut') : this.byValue(slot));
    });
    this.cx.objects.current = { packageId: c.package, module: c.module };
    const r = this.runtime.call(mid, c.function, typeArgs, values, this.cx.meter, { extensions: this.cx.extensions });
    if (r.status !== 'ok') throw new CommandFailure(failureOf(r.error, this.moduleOf));
    return r.returns.map((v, j) => ({ cell: [v], moved: false, type: this.instantiate(fn.handle.returns[j]!, m, typeArgs), kind: 'result', mutable: true, label: `NestedResult [${index}, ${j}]` }));
  }

  private transferObjects(objects: Argument[], address: Argument): Slot[] {
    const to = this.slot(address);
    if (to.type !== T.address) throw failure('CommandArgumentError', `TransferObjects: the recipient ${to.label} is not an address`);
    const recipient = this.byValue(to) as string;
    for (const arg of objects) {
      const slot = this.slot(arg);
      const t = slot.type;
      if (t === undefined || t.kind !== 'datatype' || (this.runtime.abilities(t) & (Ability.key | Ability.store)) !== (Ability.key | Ability.store)) {
        throw failure('InvalidTransferObject', `TransferObjects: ${slot.label} (${t === undefined ? 'Receiving' : showType(t)}) is not an object with key and store`);
      }
      const v = this.byValue(slot, true);
      this.cx.objects.transfer(objectIdOf(v), { AddressOwner: recipient }, t, v, true);
    }
    return [];
  }

  private coinSlot(arg: Argument, what: string): { slot: Slot; type: RuntimeType } {
    const slot = this.slot(arg);
    if (slot.type === undefined || !isCoin(slot.type)) throw failure('CommandArgumentError', `${what}: ${slot.label} is not a Coin`);
    return { slot, type: slot.type };
  }

  private splitCoins(coin: Argument, amounts: Argument[], index: number): Slot[] {
    const { slot, type } = this.coinSlot(coin, 'SplitCoins');
    const ref = this.byRef(slot, true);
    const value = ref.c[ref.i] as Value[];
    const balance = value[1] as Value[];
    let left = u64Big(balance[0]!);
    const out: Slot[] = [];
    amounts.forEach((a, j) => {
      const s = this.slot(a);
      if (s.type !== T.u64) throw failure('CommandArgumentError', `SplitCoins: amount ${s.label} is not a u64`);
      const amount = u64Big(this.byValue(s));
      if (amount > left) throw failure('InsufficientCoinBalance', `SplitCoins: the coin holds ${left}, cannot split ${amount}`);
      left -= amount;
      const id = this.freshId();
      out.push({ cell: [[[[id]], [u64(amount)]]], moved: false, type, kind: 'result', mutable: true, label: `NestedResult [${index}, ${j}]` });
    });
    balance[0] = u64(left);
    return out;
  }

  private mergeCoins(destination: Argument, sources: Argument[]): Slot[] {
    const { slot, type } = this.coinSlot(destination, 'MergeCoins');
    const ref = this.byRef(slot, true);
    const balance = (ref.c[ref.i] as Value[])[1] as Value[];
    let total = u64Big(balance[0]!);
    for (const a of sources) {
      const s = this.slot(a);
      if (s.type !== type) throw failure('CommandArgumentError', `MergeCoins: ${s.label} is not a ${showType(type)}`);
      const v = this.byValue(s) as Value[];
      total += u64Big((v[1] as Value[])[0]!);
      if (total > (1n << 64n) - 1n) throw failure('CoinBalanceOverflow', 'MergeCoins: the balance would overflow u64');
      this.cx.objects.deleteId(objectIdOf(v));
    }
    balance[0] = u64(total);
    return [];
  }

  private makeMoveVec(typeText: string | undefined, elements: Argument[], index: number): Slot[] {
    let elem: RuntimeType | undefined = typeText === undefined ? undefined : this.typeArg(typeText, 'MakeMoveVec');
    const items: Value[] = [];
    for (const a of elements) {
      const s = this.slot(a);
      if (elem === undefined) {
        if (s.type === undefined) throw failure('CommandArgumentError', 'MakeMoveVec: give the element type for Receiving inputs');
        elem = s.type;
      }
      this.expectType(s, elem, 'MakeMoveVec');
      if (s.kind === 'receiving') throw failure('CommandArgumentError', 'MakeMoveVec of Receiving inputs is not supported');
      items.push(this.byValue(s));
    }
    return [{ cell: [items], moved: false, type: T.vector(elem!), kind: 'result', mutable: true, label: `Result ${index}` }];
  }

  // --- Publish ------------------------------------------------------------------------------------

  private publish(bytes: Uint8Array[], dependencies: ObjectId[], index: number): Slot[] {
    this.charge(GAS_CONSTANTS.PUBLISH_UNITS_PER_BYTE * bytes.reduce((n, b) => n + b.length, 0));
    const modules: CompiledModule[] = bytes.map((b, i) => {
      const d = decodeModule(b);
      if (!d.ok) throw failure('VMVerificationOrDeserializationError', `module ${i} does not decode: ${d.status.name}: ${d.status.message}`);
      return d.module;
    });
    const self = modules[0]!.moduleHandles[0]?.address;
    if (self === undefined || modules.some((m) => m.moduleHandles[0]?.address !== self)) throw failure('PublishErrorNonZeroAddress', 'the modules of a package must share one address');
    const deps = new Set<ObjectId>([...dependencies, '0x' + '1'.padStart(64, '0'), '0x' + '2'.padStart(64, '0')]);
    if (isFrameworkAddress(self) || deps.has(self)) throw failure('PublishErrorNonZeroAddress', `the package's modules are at ${self}, the address of a published package; compile them at 0x0 or their own named address`);
    for (const d of deps) this.loadPackage(d);
    const closure = this.cx.packages.closureIds(deps);
    const id = this.freshId();
    const relocated = modules.map((m) => relocate(m, self, id));
    for (const dep of referencedPackages(relocated, id)) {
      if (!closure.has(dep)) throw failure('PublishErrorNonZeroAddress', `the package uses ${dep}, which is not among its dependencies`);
    }
    const depModules = this.cx.packages.closure(deps);
    const verified = verifyPackage(relocated, depModules);
    if (!verified.ok) throw failure('VMVerificationOrDeserializationError', `${verified.error.name}: ${verified.error.message}`);
    const loaded = this.cx.packages.add(id, relocated);
    if (!loaded.ok) throw failure('VMVerificationOrDeserializationError', loaded.message);
    this.published.set(id, relocated);
    this.cx.store.set(id, { kind: 'write', owner: 'Immutable', data: { kind: 'package', modules: relocated.map((m) => [m.moduleHandles[0]!.name, encodeModule(m)]) }, created: true, version: 1 });

    const ordered = orderPackage(relocated, depModules);
    for (const m of Array.isArray(ordered) ? (ordered as CompiledModule[]) : relocated) this.runInit(m);

    const cap = this.freshId();
    return [{ cell: [[[[cap]], [id], 1, 0]], moved: false, type: UPGRADE_CAP_TYPE, kind: 'result', mutable: true, autoTransfer: true, label: `Result ${index}` }];
  }

  private runInit(m: CompiledModule): void {
    const mid = m.moduleHandles[0]!;
    const fn = this.runtime.module(mid)?.functions.get('init');
    if (fn === undefined) return;
    const args: Value[] = [];
    if (fn.paramCount === 2) {
      const p = fn.handle.params[0]!;
      const otw = this.instantiate(p, fn.module, []);
      const layout = this.runtime.layout(otw);
      args.push(layout !== undefined && layout.kind === 'struct' && layout.fields.length === 1 ? [true] : []);
    }
    args.push(new Ref(this.cx.txContext, 0));
    this.cx.objects.current = { packageId: mid.address, module: mid.name };
    const r = this.runtime.call(mid, 'init', [], args, this.cx.meter, { extensions: this.cx.extensions });
    if (r.status !== 'ok') throw new CommandFailure(failureOf(r.error, this.moduleOf));
  }

  // --- End of block -------------------------------------------------------------------------------

  /** Sui's end-of-block checks; Publish's unused UpgradeCap goes to the sender. */
  finish(): void {
    this.results.forEach((slots, i) => {
      slots.forEach((s, j) => {
        if (s.moved || s.type === undefined) return;
        if (s.autoTransfer) {
          const v = s.cell[0]!;
          s.moved = true;
          this.cx.objects.transfer(objectIdOf(v), { AddressOwner: this.cx.sender }, s.type, v, true);
          return;
        }
        if ((this.runtime.abilities(s.type) & Ability.drop) === 0) throw failure('UnusedValueWithoutDrop', `the result ${slots.length === 1 ? `Result ${i}` : `NestedResult [${i}, ${j}]`} (${showType(s.type)}) was neither used nor dropped: it has no drop ability`);
      });
    });
    for (const s of this.inputs) {
      if (s.kind !== 'shared' || !s.moved || s.id === undefined) continue;
      const fate = this.cx.objects.fates.get(s.id);
      const ok = fate !== undefined && (fate.kind === 'deleted' || (fate.kind === 'transferred' && typeof fate.owner === 'object' && 'Shared' in fate.owner));
      if (!ok) throw failure('SharedObjectOperationNotSupported', `the shared object ${s.id} was taken by value and not shared again or deleted (it cannot be wrapped, transferred or frozen)`);
    }
  }
}

/** A module moved from `from` to the new package address `to` (every handle naming `from`). */
function relocate(m: CompiledModule, from: string, to: string): CompiledModule {
  const move = (h: ModuleId): ModuleId => (h.address === from ? { address: to, name: h.name } : h);
  return { ...m, moduleHandles: m.moduleHandles.map(move), friends: m.friends.map(move) };
}

/** The object's data record for a value of type `t` (exported for the executor). */
export function objectData(t: RuntimeType, hasStore: boolean, value: Value) {
  return moveData(typeString(t), hasStore, value);
}
