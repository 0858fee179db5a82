// Genesis and the faucet: system transactions, which no one signs and which pay no gas. In: the
// compiled framework (std at 0x1, sui at 0x2; the caller compiles them, since vm/ never imports
// the compiler), or a recipient and an amount. Out: a CommitBatch (with the transaction and its
// effects) that initialises a fresh store, or that creates one SUI gas coin.
//
// Genesis creates the std and sui package objects (immutable, version 1) and the shared Clock at
// 0x6 (initial shared version 1, time `timestampMs`). A faucet transaction's digest is
// Blake2b-256 of its canonical encoding `{ system: { kind: 'faucet', recipient, amount, nonce } }`,
// so the same request always makes the same coin (ID derived from that digest, index 0); the
// nonce tells repeated requests apart.

import type { CompiledModule } from '../bytecode/module.js';
import { encodeModule } from '../bytecode/codec.js';
import { objectDigest } from '../objects/encoding.js';
import type { Address, ObjectId, ObjectRecord } from '../objects/object.js';
import { CLOCK_ID, deriveObjectId, normalizeAddress } from '../objects/object.js';
import type { CommitBatch } from '../objects/store.js';
import { u64 } from '../runtime/values.js';
import { verifyPackage } from '../verifier/index.js';
import { moduleKeyOf } from '../verifier/module-key.js';
import { decodeCanonical, encodeCanonical } from './canonical.js';
import type { ChangedObject, TransactionEffects } from './effects.js';
import { encodeEffects } from './effects.js';
import type { SignedTransaction } from './signature.js';
import { parseSignedTransaction } from './signature.js';
import type { TransactionData } from './transaction.js';
import { digestOfBytes, parseTransaction } from './transaction.js';
import { CLOCK_TYPE, FRAMEWORK, GAS_COIN_TYPE, typeString } from './type-tags.js';

export type SystemTransaction =
  | { kind: 'genesis'; packages: Array<{ id: ObjectId; modules: string[] }>; timestampMs: number }
  | { kind: 'faucet'; recipient: Address; amount: bigint; nonce: number }
  /** Sets the Clock at the start of a consensus commit (prologue.ts). */
  | { kind: 'consensus-commit-prologue'; commit: number; timestampMs: number; clockVersion: number };

export interface SystemResult {
  digest: string;
  effects: TransactionEffects;
  batch: CommitBatch;
  written: ObjectRecord[];
}

const ZERO_GAS = { computationCost: 0n, storageCost: 0n, storageRebate: 0n, nonRefundableStorageFee: 0n };

function record(body: Omit<ObjectRecord, 'digest'>): ObjectRecord {
  return { ...body, digest: objectDigest(body) };
}

function systemResult(system: SystemTransaction, make: (digest: string, digestBytes: Uint8Array) => ObjectRecord[]): SystemResult {
  const txBytes = encodeCanonical({ system });
  const d = digestOfBytes(txBytes);
  const written = make(d.text, d.bytes);
  const changedObjects: ChangedObject[] = written
    .map((r): ChangedObject => ({
      id: r.id,
      inputState: { kind: 'NotExist' },
      outputState: r.data.kind === 'package' ? { kind: 'PackageWrite', version: r.version, digest: r.digest } : { kind: 'ObjectWrite', digest: r.digest, owner: r.owner },
      idOperation: 'Created',
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const effects: TransactionEffects = {
    status: { status: 'success' },
    transactionDigest: d.text,
    epoch: 0,
    lamportVersion: 1,
    gasUsed: { ...ZERO_GAS },
    changedObjects,
    sharedObjects: [],
    dependencies: [],
    events: [],
    gasObject: null,
  };
  return { digest: d.text, effects, written, batch: { transactions: [{ digest: d.text, transaction: txBytes, effects: encodeEffects(effects) }], written, removed: [] } };
}

export class GenesisError extends Error {}

/** The genesis batch for the framework modules (std at 0x1 and sui at 0x2, nothing else). */
export function genesis(frameworkModules: readonly CompiledModule[], options: { timestampMs?: number; verify?: boolean } = {}): SystemResult {
  const std = frameworkModules.filter((m) => m.moduleHandles[0]!.address === FRAMEWORK.std);
  const sui = frameworkModules.filter((m) => m.moduleHandles[0]!.address === FRAMEWORK.sui);
  if (std.length + sui.length !== frameworkModules.length) throw new GenesisError('genesis takes only the std (0x1) and sui (0x2) modules');
  if (std.length === 0 || sui.length === 0) throw new GenesisError('genesis needs both std (0x1) and sui (0x2)');
  if (options.verify !== false) {
    const s = verifyPackage(std);
    if (!s.ok) throw new GenesisError(`std does not verify: ${s.error.message}`);
    const deps = new Map(std.map((m) => [moduleKeyOf(m.moduleHandles[0]!), m]));
    const f = verifyPackage(sui, deps);
    if (!f.ok) throw new GenesisError(`sui does not verify: ${f.error.message}`);
  }
  const byName = (ms: CompiledModule[]) => ms.slice().sort((a, b) => (a.moduleHandles[0]!.name < b.moduleHandles[0]!.name ? -1 : 1));
  const packages = [
    { id: FRAMEWORK.std, modules: byName(std) },
    { id: FRAMEWORK.sui, modules: byName(sui) },
  ];
  const timestampMs = options.timestampMs ?? 0;
  const system: SystemTransaction = { kind: 'genesis', packages: packages.map((p) => ({ id: p.id, modules: p.modules.map((m) => m.moduleHandles[0]!.name) })), timestampMs };
  return systemResult(system, (digest) => [
    ...packages.map((p) =>
      record({ id: p.id, version: 1, owner: 'Immutable', data: { kind: 'package', modules: p.modules.map((m) => [m.moduleHandles[0]!.name, encodeModule(m)]) }, previousTransaction: digest, storageRebate: 0 }),
    ),
    record({
      id: CLOCK_ID,
      version: 1,
      owner: { Shared: { initialSharedVersion: 1 } },
      data: { kind: 'move', type: typeString(CLOCK_TYPE), hasPublicTransfer: false, contents: [[[CLOCK_ID]], u64(timestampMs)] },
      previousTransaction: digest,
      storageRebate: 0,
    }),
  ]);
}

/** A system transaction creating a SUI coin of `amount` MIST owned by `recipient`. */
export function mintGas(recipient: Address, amount: bigint, nonce = 0): SystemResult & { coinId: ObjectId } {
  const to = normalizeAddress(recipient);
  if (amount < 0n || amount > (1n << 64n) - 1n) throw new RangeError('a coin holds a u64 amount');
  let coinId = '';
  const result = systemResult({ kind: 'faucet', recipient: to, amount, nonce }, (digest, digestBytes) => {
    coinId = deriveObjectId(digestBytes, 0);
    return [
      record({
        id: coinId,
        version: 1,
        owner: { AddressOwner: to },
        data: { kind: 'move', type: typeString(GAS_COIN_TYPE), hasPublicTransfer: true, contents: [[[coinId]], [u64(amount)]] },
        previousTransaction: digest,
        storageRebate: 0,
      }),
    ];
  });
  return { ...result, coinId };
}

export type StoredTransactionView = { kind: 'signed'; transaction: SignedTransaction } | { kind: 'verified'; data: TransactionData } | { kind: 'system'; system: SystemTransaction };

/** What a StoredTransaction's bytes hold: a signed transaction, a verified one without signature, or a system transaction. */
export function decodeStoredTransaction(bytes: Uint8Array): StoredTransactionView | undefined {
  let plain: unknown;
  try {
    plain = decodeCanonical(bytes);
  } catch {
    return undefined;
  }
  if (plain === null || typeof plain !== 'object') return undefined;
  const r = plain as Record<string, unknown>;
  if ('system' in r) {
    const s = r['system'] as SystemTransaction;
    if (s.kind === 'faucet') s.amount = BigInt(s.amount as unknown as number);
    return { kind: 'system', system: s };
  }
  if ('signature' in r) {
    const t = parseSignedTransaction(r);
    return t.ok ? { kind: 'signed', transaction: t.value } : undefined;
  }
  const d = parseTransaction(r['data']);
  return d.ok ? { kind: 'verified', data: d.value } : undefined;
}
