// LocalChain: the library face of a local chain, for the CLI, `deed test`/`deed script`, the REPL
// and tests. In: an ObjectStore (MemoryStore or LmdbStore), the compiled framework for genesis
// when the store is empty, transactions and a signer callback. Out: executed transactions
// committed to the store, and queries (objects, owned objects, gas coins, transactions with
// their effects). Execution itself is execute.ts; this class only sequences execute and commit,
// one transaction at a time, with each shared input at its live version.
//
//   const chain = LocalChain.open(new MemoryStore(), { frameworkModules });   // genesis if empty
//   const alice = keypair();
//   chain.faucet(alice.address, 10_000_000_000n);
//   const tx = chain.prepare({ sender: alice.address, inputs: [...], commands: [...] });   // picks gas
//   const out = chain.signAndExecute(tx, keySigner(alice.secretKey));
//   if (out.kind === 'executed' && out.effects.status.status === 'success') ...
//   chain.publish(alice.address, moduleBytes, signer)  // Publish + UpgradeCap to the sender
//
// Keys stay with the caller: signing is a callback from the transaction digest to a Signature.

import type { CompiledModule } from '../bytecode/module.js';
import type { Address, Digest, ObjectId, ObjectRecord } from '../objects/object.js';
import { normalizeAddress } from '../objects/object.js';
import type { ObjectStore } from '../objects/store.js';
import { decodeEffects, type TransactionEffects } from './effects.js';
import type { ExecuteOutcome, VerifiedTransaction } from './execute.js';
import { execute } from './execute.js';
import { GAS_CONSTANTS } from './gas.js';
import type { StoredTransactionView, SystemResult } from './genesis.js';
import { decodeStoredTransaction, genesis, mintGas } from './genesis.js';
import { PackageCache } from './packages.js';
import type { SignedTransaction, Signer } from './signature.js';
import type { Command, GasPaymentRef, TransactionData, TransactionInput } from './transaction.js';
import { transactionDigest } from './transaction.js';
import { FRAMEWORK, GAS_COIN_TYPE, typeString } from './type-tags.js';

export const DEFAULT_GAS_BUDGET = 500_000_000n;
/** What `deed faucet` gives by default: 100 SUI. */
export const DEFAULT_FAUCET_AMOUNT = 100_000_000_000n;

export interface LocalChainOptions {
  /** The compiled std and sui modules, needed only when the store is empty (genesis). */
  frameworkModules?: readonly CompiledModule[];
  /** Share loaded packages between chains built on the same framework (tests). */
  packages?: PackageCache;
  epoch?: number;
  epochTimestampMs?: number;
  /** Clock time written at genesis. */
  genesisTimestampMs?: number;
}

/** A transaction without its gas fields: prepare() fills them in. */
export interface TransactionDraft {
  sender: Address;
  inputs?: TransactionInput[];
  commands: Command[];
  gasBudget?: bigint;
  gasPrice?: bigint;
  gasPayment?: GasPaymentRef[];
  expiration?: number;
}

const GAS_TYPE = typeString(GAS_COIN_TYPE);

export class LocalChain {
  readonly packages: PackageCache;
  epoch: number;
  epochTimestampMs: number;
  private faucetNonce: number | undefined;

  private constructor(
    readonly store: ObjectStore,
    options: LocalChainOptions,
  ) {
    this.packages = options.packages ?? new PackageCache();
    this.epoch = options.epoch ?? 0;
    this.epochTimestampMs = options.epochTimestampMs ?? 0;
  }

  /** Opens a chain on `store`, running genesis first if the store holds no framework. */
  static open(store: ObjectStore, options: LocalChainOptions = {}): LocalChain {
    const chain = new LocalChain(store, options);
    if (store.getObject(FRAMEWORK.sui) === undefined) {
      if (options.frameworkModules === undefined) throw new Error('the store is empty: give the compiled framework (frameworkModules) for genesis');
      const g = genesis(options.frameworkModules, options.genesisTimestampMs === undefined ? {} : { timestampMs: options.genesisTimestampMs });
      store.commit(g.batch);
    }
    return chain;
  }

  /** Creates a SUI coin for `recipient` (a system transaction) and commits it. */
  faucet(recipient: Address, amount: bigint = DEFAULT_FAUCET_AMOUNT): SystemResult & { coinId: ObjectId } {
    let nonce = this.faucetNonce ?? 0;
    let r = mintGas(recipient, amount, nonce);
    while (this.store.getTransaction(r.digest) !== undefined) r = mintGas(recipient, amount, ++nonce);
    this.faucetNonce = nonce + 1;
    this.store.commit(r.batch);
    return r;
  }

  /** Executes and, unless rejected, commits. Shared inputs are read at their live versions. */
  execute(tx: SignedTransaction | VerifiedTransaction, sharedVersions?: ReadonlyMap<ObjectId, number>): ExecuteOutcome {
    const ctx = { epoch: this.epoch, epochTimestampMs: this.epochTimestampMs, packages: this.packages, ...(sharedVersions ? { sharedVersions } : {}) };
    const out = execute(tx, this.store, ctx);
    if (out.kind === 'executed') this.store.commit(out.writes);
    return out;
  }

  signAndExecute(data: TransactionData, signer: Signer): ExecuteOutcome {
    const digest = transactionDigest(data);
    return this.execute({ data, signature: signer(digest.bytes) });
  }

  /** Fills in gas: price = reference price, a default budget, and the sender's richest SUI coin not used as an input. */
  prepare(draft: TransactionDraft): TransactionData {
    const sender = normalizeAddress(draft.sender);
    const gasPrice = draft.gasPrice ?? GAS_CONSTANTS.REFERENCE_GAS_PRICE;
    const gasBudget = draft.gasBudget ?? DEFAULT_GAS_BUDGET;
    const inputs = draft.inputs ?? [];
    let gasPayment = draft.gasPayment;
    if (gasPayment === undefined) {
      const used = new Set(inputs.map((i) => ('Object' in i ? i.Object.id : 'Shared' in i ? i.Shared.id : 'Receiving' in i ? i.Receiving.id : '')));
      const coin = this.gasCoins(sender).find((c) => !used.has(c.id));
      if (coin === undefined) throw new Error(`${sender} has no SUI coin to pay gas with (use the faucet)`);
      gasPayment = [{ id: coin.id, version: coin.version, digest: coin.digest }];
    }
    const tx: TransactionData = { sender, gasBudget, gasPrice, gasPayment, inputs, commands: draft.commands };
    if (draft.expiration !== undefined) tx.expiration = draft.expiration;
    return tx;
  }

  /** Publishes modules (their bytes) and sends the UpgradeCap to the sender. */
  publish(sender: Address, modules: Uint8Array[], signer: Signer, options: { dependencies?: ObjectId[]; gasBudget?: bigint } = {}): ExecuteOutcome {
    const draft: TransactionDraft = { sender, commands: [{ Publish: { modules, dependencies: options.dependencies ?? [FRAMEWORK.std, FRAMEWORK.sui] } }] };
    if (options.gasBudget !== undefined) draft.gasBudget = options.gasBudget;
    return this.signAndExecute(this.prepare(draft), signer);
  }

  getObject(id: ObjectId): ObjectRecord | undefined {
    return this.store.getObject(normalizeAddress(id));
  }

  getObjectVersion(id: ObjectId, version: number): ObjectRecord | undefined {
    return this.store.getObjectVersion(normalizeAddress(id), version);
  }

  ownedObjects(owner: Address): ObjectRecord[] {
    return this.store.objectsOwnedBy(normalizeAddress(owner));
  }

  /** The owner's SUI coins, richest first. */
  gasCoins(owner: Address): ObjectRecord[] {
    const balance = (r: ObjectRecord): bigint => BigInt(((r.data as { contents: unknown[][] }).contents[1]![0] as number | bigint) ?? 0);
    return this.ownedObjects(owner)
      .filter((r) => r.data.kind === 'move' && r.data.type === GAS_TYPE)
      .sort((a, b) => {
        const d = balance(b) - balance(a);
        return d > 0n ? 1 : d < 0n ? -1 : a.id < b.id ? -1 : 1;
      });
  }

  balance(owner: Address): bigint {
    return this.gasCoins(owner).reduce((s, r) => s + BigInt(((r.data as { contents: unknown[][] }).contents[1]![0] as number | bigint) ?? 0), 0n);
  }

  getTransaction(digest: Digest): { transaction: StoredTransactionView | undefined; effects: TransactionEffects } | undefined {
    const t = this.store.getTransaction(digest);
    if (t === undefined) return undefined;
    return { transaction: decodeStoredTransaction(t.transaction), effects: decodeEffects(t.effects) };
  }

  getEffects(digest: Digest): TransactionEffects | undefined {
    const t = this.store.getTransaction(digest);
    return t === undefined ? undefined : decodeEffects(t.effects);
  }
}
