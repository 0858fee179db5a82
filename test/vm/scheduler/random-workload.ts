// Random batches for checking the parallel executor against the sequential oracle (issue 7). In:
// a fast-check `Plan` (plain JSON: a few sizes, the batch options, and a list of operations whose
// account/coin/object choices are small integers reduced modulo what exists), and a fresh
// ObjectStore. Out: `buildWorkload(plan, store)`: a deterministic genesis committed to the store
// (the Move package below published, shared counters and a shared table, a frozen object, owned
// objects with dynamic fields, gas coins from the faucet) and the batch: the signed transactions,
// the BatchOptions (commit size, congestion control) and every owned (id, version) the batch names.
//
// Building the same plan on two fresh stores gives the same object ids and the same transactions
// byte for byte (keys from fixed seeds, faucet nonces, the ids derived from transaction digests).
//
// The conflict patterns, mixed by the plan:
// - independent owned transfers (SplitCoins of the gas coin, TransferObjects of coins and Things,
//   with the Object version given or omitted) and chains on the same gas coin / object: the
//   builder keeps a model of the live version of every owned object, assuming each fast-path
//   transaction it builds executes (an abort or out-of-gas still moves the owned inputs to the
//   Lamport version = 1 + max input version), so the next transaction names the version the
//   previous one produces, as the oracle admits fast-path transactions against the live store;
// - objects created in the batch and used later in it: their ids follow from the creating
//   transaction's digest (SPEC §2), so a payment's new coin pays gas for its recipient later, and a
//   Thing minted in the batch is touched, sent, given dynamic fields (inputs that do not exist when
//   the batch starts);
// - equivocation (the same gas coin version in a second, different transaction), duplicates (the
//   very same signed transaction again, on either path), stale versions;
// - Move aborts, failing dynamic-field operations, out of gas (minimum budget and a long loop), a
//   gas coin too poor for the budget (refused by the executor after its lock was taken, so the coin
//   stays locked; on the consensus path after the sequencer gave it a shared version);
// - shared counters (mutable, read-only, with an owned object, with the Clock), bursts of bumps
//   on one counter, a shared Table touched by several transactions; congestion control (count or
//   gas, budgets and deferrals small enough to defer and cancel), commit sizes, commit times;
// - dynamic fields on owned Things touched by several transactions;
// - bad signatures (another key, a flipped byte), a forged copy followed by the genuine
//   transaction, a transaction submitted before the version it names exists and then again,
//   someone else's object, a shared object passed as an owned input.
// Once a consensus transaction (or a refused one) holds an owned object, the model no longer knows
// its version and prefers the account's other coins; when none is left, the next transaction
// reuses a held version: an equivocation. The model is only a guide to make chains meaningful;
// whatever the oracle does with a transaction, the property compares it with the parallel run.

import fc from 'fast-check';
import { objectChanges, type TransactionEffects } from '../../../vm/execution/effects.js';
import type { PackageCache } from '../../../vm/execution/packages.js';
import { keypair, keySigner, signTransaction, type Keypair, type SignedTransaction } from '../../../vm/execution/signature.js';
import { transactionDigest, type Command, type TransactionData, type TransactionInput } from '../../../vm/execution/transaction.js';
import { CLOCK_ID, deriveObjectId, type ObjectId, type ObjectRecord } from '../../../vm/objects/object.js';
import type { ObjectStore } from '../../../vm/objects/store.js';
import type { BatchOptions } from '../../../vm/scheduler/sequential.js';
import type { ObjectRef } from '../../../vm/scheduler/locks.js';
import { compilePackage, input, moveCall, pure, seed, TestChain } from '../execution/chain.js';

export const WORKLOAD_SOURCE = `
module test::w {
use sui::clock::Clock;
use sui::dynamic_field as df;
use sui::event;
use sui::table::{Self, Table};

public struct Counter has key { id: UID, n: u64 }
public struct Registry has key { id: UID, t: Table<u64, u64> }
public struct Thing has key, store { id: UID, n: u64 }
public struct Bumped has copy, drop { counter: ID, n: u64 }
public struct Touched has copy, drop { thing: ID, n: u64 }

const EBoom: u64 = 7;
const EBad: u64 = 8;

public fun setup(counters: u64, ctx: &mut TxContext) {
    let mut i = 0;
    while (i < counters) {
        transfer::share_object(Counter { id: object::new(ctx), n: 0 });
        i = i + 1
    };
    let mut t = table::new(ctx);
    t.add(0, 1);
    transfer::share_object(Registry { id: object::new(ctx), t });
    transfer::public_freeze_object(Thing { id: object::new(ctx), n: 42 });
}

public fun mint(count: u64, ctx: &mut TxContext) {
    let mut i = 0;
    while (i < count) {
        let mut t = Thing { id: object::new(ctx), n: i };
        df::add(&mut t.id, 0u64, 1u64);
        transfer::public_transfer(t, ctx.sender());
        i = i + 1
    }
}

public fun bump(c: &mut Counter) {
    c.n = c.n + 1;
    event::emit(Bumped { counter: object::id(c), n: c.n })
}

public fun bump_with(c: &mut Counter, t: &mut Thing) {
    c.n = c.n + t.n + 1;
    t.n = t.n + 1;
    event::emit(Bumped { counter: object::id(c), n: c.n })
}

public fun bump_at(c: &mut Counter, clock: &Clock) {
    c.n = c.n + 1;
    event::emit(Bumped { counter: object::id(c), n: clock.timestamp_ms() })
}

public fun bump_fail(c: &mut Counter) { c.n = c.n + 100; abort EBoom }

public fun read(c: &Counter) { assert!(c.n < 1000000, EBad) }

public fun touch(t: &mut Thing) {
    t.n = t.n + 1;
    event::emit(Touched { thing: object::id(t), n: t.n })
}

public fun touch_fail(t: &mut Thing) { t.n = t.n + 1; abort EBoom }

public fun peek(t: &Thing) { assert!(t.n == 42, EBad) }

public fun boom() { abort EBoom }

public fun spin(n: u64) {
    let mut i = 0;
    while (i < n) { i = i + 1 }
}

public fun df_add(t: &mut Thing, k: u64) { df::add(&mut t.id, k, 1u64) }

public fun df_bump(t: &mut Thing, k: u64) {
    let v: &mut u64 = df::borrow_mut(&mut t.id, k);
    *v = *v + 1
}

public fun df_remove(t: &mut Thing, k: u64) { let _: u64 = df::remove(&mut t.id, k); }

public fun df_check(t: &Thing, k: u64) { assert!(*df::borrow<u64, u64>(&t.id, k) > 0, EBad) }

public fun put(r: &mut Registry, k: u64) { r.t.add(k, 1) }

public fun rbump(r: &mut Registry, k: u64) {
    let v = table::borrow_mut(&mut r.t, k);
    *v = *v + 1
}

public fun rremove(r: &mut Registry, k: u64) { let _ = r.t.remove(k); }

public fun rread(r: &Registry, k: u64) {
    if (r.t.contains(k)) assert!(*r.t.borrow(k) > 0, EBad)
}
}
`;

// ---------------------------------------------------------------------------------------------
// The plan: plain JSON. Every index is reduced modulo what exists when the transaction is built.

export type DfOp = 'add' | 'bump' | 'remove' | 'check';
export type TableOp = 'put' | 'bump' | 'remove' | 'read';

export type Op =
  | { k: 'pay'; from: number; coin: number; to: number; amount: number }
  | { k: 'sendCoin'; from: number; coin: number; obj: number; to: number; omit: boolean }
  | { k: 'sendThing'; from: number; coin: number; thing: number; to: number; omit: boolean }
  | { k: 'touch'; from: number; coin: number; thing: number; omit: boolean; fail: boolean }
  | { k: 'df'; from: number; coin: number; thing: number; omit: boolean; op: DfOp; key: number }
  | { k: 'mint'; from: number; coin: number }
  | { k: 'boom'; from: number; coin: number }
  | { k: 'spin'; from: number; coin: number }
  | { k: 'counter'; from: number; coin: number; counter: number; use: 'bump' | 'read' | 'fail' | 'with' | 'clock'; thing: number }
  | { k: 'burst'; from: number; coin: number; counter: number; n: number }
  | { k: 'table'; from: number; coin: number; op: TableOp; key: number }
  | { k: 'frozen'; from: number; coin: number; omit: boolean }
  | { k: 'misuse'; from: number; coin: number; counter: number }
  | { k: 'equivocate'; ref: number }
  | { k: 'duplicate'; ref: number }
  | { k: 'stale'; from: number; coin: number }
  | { k: 'early'; from: number; coin: number }
  | { k: 'badSig'; from: number; coin: number; how: 'wrongKey' | 'flipped'; thenValid: boolean }
  | { k: 'foreign'; from: number; coin: number; thing: number }
  | { k: 'poor'; from: number; coin: number; shared: boolean };

export interface Plan {
  /** Accounts (2..4), each with `coins` faucet gas coins and `things` owned Things (each with dynamic field 0). */
  accounts: number;
  coins: number;
  things: number;
  /** Shared counters (1..2). */
  counters: number;
  /** BatchOptions.maxPerCommit; null: the default. */
  maxPerCommit: number | null;
  /** BatchOptions.congestion; `budget` is a count, or a number of 50_000_000-MIST budgets in gas mode; null: the default. */
  congestion: { mode: 'count' | 'gas'; budget: number; maxDeferrals: number } | null;
  /** BatchOptions.commitTimestampMs as `start + commit * step`; null: the Clock's time. */
  commitTime: { start: number; step: number } | null;
  ops: Op[];
}

const ix = fc.nat({ max: 7 });
/** A payment this big makes a coin that can pay gas; smaller ones make coins that cannot. */
const PAY_GAS_COIN = 1_000_000_000;
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ k: fc.constant('pay' as const), from: ix, coin: ix, to: ix, amount: fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 1, max: 1000 }) }, { weight: 2, arbitrary: fc.constant(PAY_GAS_COIN) }, { weight: 1, arbitrary: fc.constant(20_000_000_000) }) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('mint' as const), from: ix, coin: ix }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('sendCoin' as const), from: ix, coin: ix, obj: ix, to: ix, omit: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('sendThing' as const), from: ix, coin: ix, thing: ix, to: ix, omit: fc.boolean() }) },
  { weight: 4, arbitrary: fc.record({ k: fc.constant('touch' as const), from: ix, coin: ix, thing: ix, omit: fc.boolean(), fail: fc.boolean() }) },
  { weight: 4, arbitrary: fc.record({ k: fc.constant('df' as const), from: ix, coin: ix, thing: ix, omit: fc.boolean(), op: fc.constantFrom<DfOp>('add', 'bump', 'remove', 'check'), key: fc.nat({ max: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('boom' as const), from: ix, coin: ix }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('spin' as const), from: ix, coin: ix }) },
  { weight: 6, arbitrary: fc.record({ k: fc.constant('counter' as const), from: ix, coin: ix, counter: ix, use: fc.constantFrom<'bump' | 'read' | 'fail' | 'with' | 'clock'>('bump', 'bump', 'read', 'fail', 'with', 'clock'), thing: ix }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('burst' as const), from: ix, coin: ix, counter: ix, n: fc.integer({ min: 2, max: 5 }) }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('table' as const), from: ix, coin: ix, op: fc.constantFrom<TableOp>('put', 'bump', 'remove', 'read'), key: fc.nat({ max: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('frozen' as const), from: ix, coin: ix, omit: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('misuse' as const), from: ix, coin: ix, counter: ix }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('equivocate' as const), ref: fc.nat({ max: 31 }) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('duplicate' as const), ref: fc.nat({ max: 31 }) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('stale' as const), from: ix, coin: ix }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('early' as const), from: ix, coin: ix }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('badSig' as const), from: ix, coin: ix, how: fc.constantFrom<'wrongKey' | 'flipped'>('wrongKey', 'flipped'), thenValid: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('foreign' as const), from: ix, coin: ix, thing: ix }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('poor' as const), from: ix, coin: ix, shared: fc.boolean() }) },
);

export function planArb(options: { minOps?: number; maxOps?: number } = {}): fc.Arbitrary<Plan> {
  return fc.record({
    accounts: fc.integer({ min: 2, max: 4 }),
    coins: fc.integer({ min: 2, max: 6 }),
    things: fc.integer({ min: 1, max: 2 }),
    counters: fc.integer({ min: 1, max: 2 }),
    maxPerCommit: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null, freq: 3 }),
    congestion: fc.option(fc.record({ mode: fc.constantFrom<'count' | 'gas'>('count', 'gas'), budget: fc.integer({ min: 1, max: 3 }), maxDeferrals: fc.integer({ min: 0, max: 2 }) }), { nil: null }),
    commitTime: fc.option(fc.record({ start: fc.integer({ min: 1_700_000_000_000, max: 1_700_000_100_000 }), step: fc.integer({ min: 0, max: 5000 }) }), { nil: null }),
    ops: fc.array(opArb, { minLength: options.minOps ?? 4, maxLength: options.maxOps ?? 24 }),
  });
}

// ---------------------------------------------------------------------------------------------
// Building.

export interface Workload {
  chain: TestChain;
  txs: SignedTransaction[];
  options: BatchOptions;
  /** Every owned (id, version) a transaction of the batch names (gas coins and Object inputs, omitted versions resolved by the model). */
  inputs: ObjectRef[];
  /** What each transaction was built to be (for people reading a failing case). */
  labels: string[];
  /** Objects by role (`coins`, big coins first, and `things` include those the batch is expected to create). */
  ids: { pkg: ObjectId; counters: ObjectId[]; registry: ObjectId; frozen: ObjectId; coins: ObjectId[]; things: ObjectId[] };
}

const BUDGET = 50_000_000n;
const MIN_BUDGET = 5_000_000n;
const POOR_BUDGET = 40_000_000_000n; // above a 10 SUI faucet coin, below the 50 SUI maximum
const FAUCET_COIN = 10_000_000_000n;
const BIG_COIN = 1_000_000_000_000n;

let packageBytes: Uint8Array[] | undefined;

function created(t: TestChain, fx: TransactionEffects, suffix: string): ObjectRecord[] {
  return objectChanges(fx)
    .created.map((c) => t.chain.getObject(c.id))
    .filter((o): o is ObjectRecord => o !== undefined && o.data.kind === 'move' && o.data.type.endsWith(suffix))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * The genesis for `plan` on the fresh `store`, then the batch. `packages` is the PackageCache the
 * chain and the BatchOptions use (by default the test file's shared one).
 */
export function buildWorkload(plan: Plan, store: ObjectStore, packages?: PackageCache): Workload {
  const t = new TestChain(store, packages ? { packages } : {});
  const keys: Keypair[] = [t.alice, t.bob, keypair(seed(3)), keypair(seed(4))].slice(0, Math.max(2, Math.min(4, plan.accounts)));
  for (const k of keys.slice(2)) t.chain.faucet(k.address, BIG_COIN);

  packageBytes ??= compilePackage(WORKLOAD_SOURCE, 'w.move');
  const pub = t.chain.publish(t.alice.address, packageBytes, keySigner(t.alice.secretKey));
  if (pub.kind !== 'executed' || pub.effects.status.status !== 'success') throw new Error('publishing the workload package failed');
  const pkg = objectChanges(pub.effects).created.find((c) => c.owner === 'Immutable' && t.chain.getObject(c.id)?.data.kind === 'package')!.id;

  const call = (fn: string, inputs: TransactionInput[]): Command => moveCall(`${pkg}::w::${fn}`, inputs.map((_, i) => input(i)));
  const setupInputs = [pure('u64', BigInt(plan.counters))];
  const setup = t.ok(t.alice, { inputs: setupInputs, commands: [call('setup', setupInputs)] });
  const counters = created(t, setup, '::w::Counter').map((o) => o.id);
  const registry = created(t, setup, '::w::Registry')[0]!.id;
  const frozen = created(t, setup, '::w::Thing')[0]!.id;

  const things: ObjectId[] = [];
  const bigCoins: ObjectId[] = [];
  const coins: ObjectId[] = [];
  for (const k of keys) {
    const mintInputs = [pure('u64', BigInt(plan.things))];
    things.push(...created(t, t.ok(k, { inputs: mintInputs, commands: [call('mint', mintInputs)] }), '::w::Thing').map((o) => o.id));
    bigCoins.push(t.chain.gasCoins(k.address)[0]!.id);
  }
  for (const k of keys) for (let i = 0; i < plan.coins; i++) coins.push(t.chain.faucet(k.address, FAUCET_COIN).coinId);

  // The model: live version and owner (account index) of every owned object, and the objects
  // whose version the builder cannot predict (used by a consensus transaction, or locked by a
  // transaction the executor rejects).
  const version = new Map<ObjectId, number>();
  const owner = new Map<ObjectId, number>();
  const unknown = new Set<ObjectId>();
  /** Coins made in the batch too small to pay a budget: never chosen as gas. */
  const tiny = new Set<ObjectId>();
  for (const id of [...bigCoins, ...coins, ...things]) {
    const r = t.object(id);
    version.set(id, r.version);
    owner.set(id, keys.findIndex((k) => typeof r.owner === 'object' && 'AddressOwner' in r.owner && r.owner.AddressOwner === k.address));
  }
  const frozenVersion = t.object(frozen).version;

  const txs: SignedTransaction[] = [];
  const labels: string[] = [];
  const inputs: ObjectRef[] = [];
  /** Indices of transactions built to be admitted (candidates for equivocation). */
  const admissible: number[] = [];

  const acct = (i: number): number => i % keys.length;
  const owned = (list: readonly ObjectId[], a: number): ObjectId[] => list.filter((id) => owner.get(id) === a);
  /** A gas coin of account a: the i-th faucet coin it holds, else the next predictable one, else its big coin. */
  const gasCoin = (a: number, i: number): ObjectId => {
    const mine = [...owned(coins, a).filter((id) => !tiny.has(id)), bigCoins[a]!];
    for (let j = 0; j < mine.length; j++) {
      const id = mine[(i + j) % mine.length]!;
      if (!unknown.has(id)) return id;
    }
    return mine[i % mine.length]!;
  };
  const thingOf = (a: number, i: number): ObjectId => {
    const mine = owned(things, a);
    const pool = mine.length > 0 ? mine : things;
    return pool[i % pool.length]!;
  };
  const ref = (id: ObjectId): { id: ObjectId; version: number } => ({ id, version: version.get(id)! });
  const objIn = (id: ObjectId, omit: boolean): TransactionInput => (omit ? { Object: { id } } : { Object: ref(id) });

  function push(label: string, tx: SignedTransaction, admitted: boolean): void {
    labels.push(label);
    txs.push(tx);
    if (admitted) admissible.push(txs.length - 1);
    for (const g of tx.data.gasPayment) inputs.push({ id: g.id, version: g.version });
    for (const i of tx.data.inputs) if ('Object' in i && i.Object.id !== frozen) inputs.push({ id: i.Object.id, version: i.Object.version ?? version.get(i.Object.id) ?? store.getObject(i.Object.id)?.version ?? 0 });
  }

  /**
   * Builds, signs and records a transaction of account `a` paying with `gas`, and moves the model
   * on: a fast-path transaction expected to be admitted moves its owned inputs to its Lamport
   * version (and `transfers` to their new owners); a consensus one makes them unpredictable.
   */
  function tx(label: string, a: number, gas: ObjectId, txInputs: TransactionInput[], commands: Command[], extra: { budget?: bigint; ownedInputs?: ObjectId[]; transfers?: Array<[ObjectId, number]>; executes?: boolean; creates?: Array<{ list: ObjectId[]; owner: number; tiny?: boolean }> } = {}): void {
    const data: TransactionData = { sender: keys[a]!.address, gasBudget: extra.budget ?? BUDGET, gasPrice: 1000n, gasPayment: [ref(gas)], inputs: txInputs, commands };
    const ownedIds = [gas, ...(extra.ownedInputs ?? [])];
    const admitted = ownedIds.every((id) => !unknown.has(id) && owner.get(id) === a);
    const signed = signTransaction(data, keys[a]!.secretKey);
    push(label, signed, admitted);
    if (!admitted) return;
    const consensus = txInputs.some((i) => 'Shared' in i);
    if (consensus || extra.executes === false) {
      for (const id of ownedIds) unknown.add(id);
      return;
    }
    const immutable = txInputs.some((i) => 'Object' in i && i.Object.id === frozen) ? [frozenVersion] : [];
    const lamport = 1 + Math.max(...ownedIds.map((id) => version.get(id)!), ...immutable);
    for (const id of ownedIds) version.set(id, lamport);
    for (const [id, to] of extra.transfers ?? []) owner.set(id, to);
    // Objects it creates (expected to succeed): their ids follow from its digest (SPEC §2), so
    // later transactions of the batch can name objects that do not exist yet when the batch starts.
    const digest = transactionDigest(signed.data).bytes;
    for (const [i, c] of (extra.creates ?? []).entries()) {
      const id = deriveObjectId(digest, i);
      c.list.push(id);
      version.set(id, lamport);
      owner.set(id, c.owner);
      if (c.tiny) tiny.add(id);
    }
  }

  const address = (a: number): TransactionInput => pure('address', keys[a]!.address);
  const shared = (id: ObjectId, mutable: boolean): TransactionInput => ({ Shared: { id, mutable } });

  for (const op of plan.ops) {
    switch (op.k) {
      case 'pay': {
        const a = acct(op.from);
        const ins = [pure('u64', BigInt(op.amount)), address(acct(op.to))];
        // A payment the gas coin can afford creates a coin for the recipient, usable later in the batch.
        const creates = op.amount <= PAY_GAS_COIN ? [{ list: coins, owner: acct(op.to), tiny: op.amount < PAY_GAS_COIN }] : [];
        tx(`pay ${op.amount} ${a}->${acct(op.to)}`, a, gasCoin(a, op.coin), ins, [{ SplitCoins: { coin: 'GasCoin', amounts: [input(0)] } }, { TransferObjects: { objects: [{ NestedResult: [0, 0] }], address: input(1) } }], { creates });
        break;
      }
      case 'sendCoin': {
        const a = acct(op.from);
        const gas = gasCoin(a, op.coin);
        const others = owned(coins, a).filter((id) => id !== gas);
        if (others.length === 0) {
          tx(`boom ${a} (no coin to send)`, a, gas, [], [call('boom', [])]);
          break;
        }
        const c = others[op.obj % others.length]!;
        const to = acct(op.to);
        tx(`send coin ${a}->${to}${op.omit ? ' (version omitted)' : ''}`, a, gas, [objIn(c, op.omit), address(to)], [{ TransferObjects: { objects: [input(0)], address: input(1) } }], { ownedInputs: [c], transfers: [[c, to]] });
        break;
      }
      case 'sendThing': {
        const a = acct(op.from);
        const th = thingOf(a, op.thing);
        const to = acct(op.to);
        tx(`send thing ${a}->${to}${op.omit ? ' (version omitted)' : ''}`, a, gasCoin(a, op.coin), [objIn(th, op.omit), address(to)], [{ TransferObjects: { objects: [input(0)], address: input(1) } }], { ownedInputs: [th], transfers: [[th, to]] });
        break;
      }
      case 'touch': {
        const a = acct(op.from);
        const th = thingOf(a, op.thing);
        const ins = [objIn(th, op.omit)];
        tx(`${op.fail ? 'touch_fail' : 'touch'} ${a}`, a, gasCoin(a, op.coin), ins, [call(op.fail ? 'touch_fail' : 'touch', ins)], { ownedInputs: [th] });
        break;
      }
      case 'df': {
        const a = acct(op.from);
        const th = thingOf(a, op.thing);
        const ins = [objIn(th, op.omit), pure('u64', BigInt(op.key))];
        tx(`df_${op.op} ${op.key} ${a}`, a, gasCoin(a, op.coin), ins, [call(`df_${op.op}`, ins)], { ownedInputs: [th] });
        break;
      }
      case 'mint': {
        // A Thing (with dynamic field 0) made in the batch; later operations may pick it.
        const a = acct(op.from);
        const ins = [pure('u64', 1n)];
        tx(`mint ${a}`, a, gasCoin(a, op.coin), ins, [call('mint', ins)], { creates: [{ list: things, owner: a }] });
        break;
      }
      case 'boom': {
        const a = acct(op.from);
        tx(`boom ${a}`, a, gasCoin(a, op.coin), [], [call('boom', [])]);
        break;
      }
      case 'spin': {
        const a = acct(op.from);
        const ins = [pure('u64', 100_000_000n)];
        tx(`out of gas ${a}`, a, gasCoin(a, op.coin), ins, [call('spin', ins)], { budget: MIN_BUDGET });
        break;
      }
      case 'counter': {
        const a = acct(op.from);
        const c = counters[op.counter % counters.length]!;
        if (op.use === 'with') {
          const th = thingOf(a, op.thing);
          const ins = [shared(c, true), objIn(th, false)];
          tx(`counter bump_with ${a}`, a, gasCoin(a, op.coin), ins, [call('bump_with', ins)], { ownedInputs: [th] });
        } else if (op.use === 'clock') {
          const ins = [shared(c, true), shared(CLOCK_ID, false)];
          tx(`counter bump_at (Clock) ${a}`, a, gasCoin(a, op.coin), ins, [call('bump_at', ins)]);
        } else {
          const ins = [shared(c, op.use !== 'read')];
          tx(`counter ${op.use} ${a}`, a, gasCoin(a, op.coin), ins, [call(op.use === 'fail' ? 'bump_fail' : op.use, ins)]);
        }
        break;
      }
      case 'burst': {
        // Several accounts bump the same counter one after the other: congestion material.
        const c = counters[op.counter % counters.length]!;
        for (let j = 0; j < op.n; j++) {
          const a = acct(op.from + j);
          const ins = [shared(c, true)];
          tx(`burst bump ${a}`, a, gasCoin(a, op.coin + j), ins, [call('bump', ins)]);
        }
        break;
      }
      case 'table': {
        const a = acct(op.from);
        const fn = { put: 'put', bump: 'rbump', remove: 'rremove', read: 'rread' }[op.op];
        const ins = [shared(registry, op.op !== 'read'), pure('u64', BigInt(op.key))];
        tx(`table ${op.op} ${op.key} ${a}`, a, gasCoin(a, op.coin), ins, [call(fn, ins)]);
        break;
      }
      case 'frozen': {
        const a = acct(op.from);
        const ins: TransactionInput[] = [op.omit ? { Object: { id: frozen } } : { Object: { id: frozen, version: frozenVersion } }];
        tx(`peek frozen ${a}${op.omit ? ' (version omitted)' : ''}`, a, gasCoin(a, op.coin), ins, [call('peek', ins)]);
        break;
      }
      case 'misuse': {
        // A shared object named as an owned Object input: admitted (and locked) as an owned
        // write, refused by the executor; its gas coin stays locked.
        const a = acct(op.from);
        const c = counters[op.counter % counters.length]!;
        const ins: TransactionInput[] = [{ Object: { id: c } }];
        tx(`shared counter as an owned input ${a}`, a, gasCoin(a, op.coin), ins, [call('bump', ins)], { executes: false });
        break;
      }
      case 'equivocate': {
        if (admissible.length === 0) break;
        const i = admissible[op.ref % admissible.length]!;
        const first = txs[i]!;
        // The same owned inputs at the same versions, a different transaction (another budget).
        const data: TransactionData = { ...first.data, gasBudget: first.data.gasBudget + 1000n };
        const a = keys.findIndex((k) => k.address === first.data.sender);
        push(`equivocation of #${i}`, signTransaction(data, keys[a]!.secretKey), false);
        break;
      }
      case 'duplicate': {
        if (txs.length === 0) break;
        const i = op.ref % txs.length;
        // Also on the consensus path: see the report on the oracle (same signed transaction twice).
        push(`duplicate of #${i}`, txs[i]!, false);
        break;
      }
      case 'stale': {
        const a = acct(op.from);
        const gas = gasCoin(a, op.coin);
        const data: TransactionData = { sender: keys[a]!.address, gasBudget: BUDGET, gasPrice: 1000n, gasPayment: [{ id: gas, version: version.get(gas)! - 1 }], inputs: [], commands: [call('boom', [])] };
        push(`stale gas ${a}`, signTransaction(data, keys[a]!.secretKey), false);
        break;
      }
      case 'early': {
        // A transaction naming the gas version the next one produces, submitted too early
        // (unavailable), then the producer, then the same transaction again: the refused first
        // copy does not make the second a duplicate (this once was an oracle bug), so it runs.
        // The coin's version is not tracked afterwards.
        const a = acct(op.from);
        const gas = gasCoin(a, op.coin);
        const v = version.get(gas)!;
        const sign = (d: TransactionData) => signTransaction(d, keys[a]!.secretKey);
        const later: TransactionData = { sender: keys[a]!.address, gasBudget: BUDGET, gasPrice: 1000n, gasPayment: [{ id: gas, version: v + 1 }], inputs: [], commands: [call('boom', [])] };
        push(`too early (gas version ${v + 1}) ${a}`, sign(later), false);
        const admitted = !unknown.has(gas) && owner.get(gas) === a;
        tx(`producer of gas version ${v + 1} ${a}`, a, gas, [], [call('boom', [])]);
        push(`the too-early transaction again ${a}`, sign(later), admitted);
        unknown.add(gas);
        break;
      }
      case 'badSig': {
        const a = acct(op.from);
        const ins = [pure('u64', 1n), address(a)];
        const data: TransactionData = { sender: keys[a]!.address, gasBudget: BUDGET, gasPrice: 1000n, gasPayment: [ref(gasCoin(a, op.coin))], inputs: ins, commands: [{ SplitCoins: { coin: 'GasCoin', amounts: [input(0)] } }, { TransferObjects: { objects: [{ NestedResult: [0, 0] }], address: input(1) } }] };
        let signed: SignedTransaction;
        if (op.how === 'wrongKey') signed = signTransaction(data, keys[(a + 1) % keys.length]!.secretKey);
        else {
          const good = signTransaction(data, keys[a]!.secretKey);
          const sig = Uint8Array.from(good.signature.signature);
          sig[5] = sig[5]! ^ 0x40;
          signed = { data, signature: { publicKey: good.signature.publicKey, signature: sig } };
        }
        push(`bad signature (${op.how}) ${a}`, signed, false);
        if (op.thenValid) {
          // The genuine transaction after its forged copy: the same digest (signatures are not part
          // of it), but the refused copy does not block it (this once was an oracle bug: a forged
          // copy could block a transaction for the batch). Its gas coin is not tracked afterwards.
          const gas = data.gasPayment[0]!.id;
          push(`the genuine transaction after its forged copy ${a}`, signTransaction(data, keys[a]!.secretKey), !unknown.has(gas) && owner.get(gas) === a);
          unknown.add(data.gasPayment[0]!.id);
        }
        break;
      }
      case 'foreign': {
        const a = acct(op.from);
        const theirs = things.filter((id) => owner.get(id) !== a);
        if (theirs.length === 0) break;
        const th = theirs[op.thing % theirs.length]!;
        const ins = [objIn(th, false)];
        tx(`touch someone else's thing ${a}`, a, gasCoin(a, op.coin), ins, [call('touch', ins)], { ownedInputs: [th] });
        break;
      }
      case 'poor': {
        const a = acct(op.from);
        const mine = owned(coins, a).filter((id) => !unknown.has(id) && !tiny.has(id));
        if (mine.length === 0) break;
        // On the consensus path the sequencer has already given it a version of the counter when
        // the executor refuses it: the later users must get the version that really exists.
        const ins = op.shared ? [shared(counters[0]!, true)] : [];
        tx(`gas coin too poor ${a}${op.shared ? ' (consensus)' : ''}`, a, mine[op.coin % mine.length]!, ins, [call(op.shared ? 'bump' : 'boom', ins)], { budget: POOR_BUDGET, executes: false });
        break;
      }
    }
  }

  const options: BatchOptions = { packages: t.chain.packages };
  if (plan.maxPerCommit !== null) options.maxPerCommit = plan.maxPerCommit;
  if (plan.congestion !== null) {
    const c = plan.congestion;
    options.congestion = { mode: c.mode, budgetPerObject: c.mode === 'count' ? BigInt(c.budget) : BigInt(c.budget) * BUDGET, maxDeferrals: c.maxDeferrals };
  }
  if (plan.commitTime !== null) {
    const { start, step } = plan.commitTime;
    options.commitTimestampMs = (commit) => start + commit * step;
  }
  return { chain: t, txs, options, inputs, labels, ids: { pkg, counters, registry, frozen, coins: [...bigCoins, ...coins], things } };
}
