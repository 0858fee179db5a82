// The pieces every benchmark workload builds its genesis from. In: a fresh store (MemoryStore or
// LmdbStore), a seed. Out: a LocalChain on it after the framework genesis, deterministic accounts
// (ed25519 keys derived from the seed), SUI coins minted in ONE store commit, example packages
// published and setup transactions run, and a signer that turns `deed ptb` JSON into signed
// transactions.
//
// Everything here is a function of the seed and the parameters only: keys come from Blake2b of
// the seed, coin IDs from the faucet's system-transaction digests (recipient, amount, nonce), and
// package and object IDs from the digests of deterministically signed setup transactions (ed25519
// signatures are deterministic). So the same seed gives the same objects and state digest on any
// store, which is what lets `deed exec` rebuild a genesis from its description.
//
// The framework genesis uses LocalChain's defaults (Clock at 0), the same as a `deed` store folder
// gets on first use, so a replay on a fresh `--store` starts from the same state.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compilePackage, compileSources } from '../../compiler/index.js';
import { encodeModule } from '../../vm/bytecode/codec.js';
import type { CompiledModule } from '../../vm/bytecode/module.js';
import { blake2b256 } from '../../vm/execution/canonical.js';
import { LocalChain, type TransactionDraft } from '../../vm/execution/chain.js';
import { objectChanges, type TransactionEffects } from '../../vm/execution/effects.js';
import { GAS_CONSTANTS } from '../../vm/execution/gas.js';
import { mintGas } from '../../vm/execution/genesis.js';
import { PackageCache } from '../../vm/execution/packages.js';
import { keypair, keySigner, type Keypair, type SignedTransaction, type Signer } from '../../vm/execution/signature.js';
import { parseTransaction, transactionDigest, type TransactionData } from '../../vm/execution/transaction.js';
import { FRAMEWORK } from '../../vm/execution/type-tags.js';
import type { Address, ObjectId } from '../../vm/objects/object.js';
import type { CommitBatch, ObjectStore } from '../../vm/objects/store.js';

/** Gas budget and price of every workload transaction. */
export const TX_GAS_BUDGET = 50_000_000n;
export const TX_GAS_PRICE = GAS_CONSTANTS.REFERENCE_GAS_PRICE;
/** A gas coin per transaction: 1 SUI, enough for the budget and an AMM swap paid out of it. */
export const GAS_COIN_AMOUNT = 1_000_000_000n;

export interface Account {
  key: Keypair;
  address: Address;
  signer: Signer;
}

export interface CoinRef {
  id: ObjectId;
  version: number;
}

let frameworkCache: CompiledModule[] | undefined;
const exampleCache = new Map<string, Uint8Array[]>();

/** The bundled std and sui modules, compiled once per process. */
export function frameworkModules(): CompiledModule[] {
  if (frameworkCache === undefined) {
    const r = compileSources([], { std: true, sui: true });
    if (!r.ok || !r.modules) throw new Error('the bundled standard library does not compile (this is a bug in Deed)');
    frameworkCache = [...r.modules.values()];
  }
  return frameworkCache;
}

/** The repository root: the folder holding examples/ (from the TypeScript sources or from dist/). */
export function repoRoot(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(d, 'examples', 'counter', 'Move.toml'))) return d;
    d = dirname(d);
  }
  throw new Error('cannot find the examples/ folder of the Deed repository');
}

/** The bytes of an example package's own modules (examples/NAME), compiled once per process. */
export function examplePackage(name: string): Uint8Array[] {
  const cached = exampleCache.get(name);
  if (cached) return cached;
  const r = compilePackage(join(repoRoot(), 'examples', name));
  if (!r.ok || !r.modules || !r.names || !r.package) throw new Error(`examples/${name} does not build`);
  const own = r.package.manifest.name;
  const bytes = [...r.modules].filter(([k]) => r.names!.table.modules.get(k)?.unit.package.name === own).map(([, m]) => encodeModule(m));
  exampleCache.set(name, bytes);
  return bytes;
}

export class GenesisBuilder {
  readonly chain: LocalChain;
  private nonce = 0;

  constructor(
    readonly store: ObjectStore,
    readonly seed: number,
    packages?: PackageCache,
  ) {
    // The framework is compiled only for an empty store (a `deed` store folder already has it).
    const empty = store.getObject(FRAMEWORK.sui) === undefined;
    this.chain = LocalChain.open(store, { ...(empty ? { frameworkModules: frameworkModules() } : {}), packages: packages ?? new PackageCache() });
  }

  /** Account `i` of this seed; `role` keeps e.g. the publisher's key apart from the users'. */
  account(i: number, role = 'user'): Account {
    const key = keypair(blake2b256(new TextEncoder().encode(`deed-bench/${this.seed}/${role}/${i}`)));
    return { key, address: key.address, signer: keySigner(key.secretKey) };
  }

  accounts(n: number): Account[] {
    return Array.from({ length: n }, (_, i) => this.account(i));
  }

  /** Mints one SUI coin per request, all in one store commit (thousands of coins in one LMDB write). */
  mint(requests: ReadonlyArray<{ owner: Address; amount: bigint }>): CoinRef[] {
    const batch: CommitBatch = { transactions: [], written: [], removed: [] };
    const coins = requests.map((r) => {
      const m = mintGas(r.owner, r.amount, this.nonce++);
      batch.transactions.push(...m.batch.transactions);
      batch.written.push(...m.batch.written);
      return { id: m.coinId, version: m.written[0]!.version };
    });
    if (requests.length > 0) this.store.commit(batch);
    return coins;
  }

  /** Runs a setup transaction (gas: the sender's richest coin) and returns its effects; it must succeed. */
  run(who: Account, draft: Omit<TransactionDraft, 'sender'>, what: string): TransactionEffects {
    const out = this.chain.signAndExecute(this.chain.prepare({ ...draft, sender: who.address }), who.signer);
    if (out.kind !== 'executed') throw new Error(`workload genesis: ${what} was refused: ${out.rejection.message}`);
    if (out.effects.status.status !== 'success') throw new Error(`workload genesis: ${what} failed: ${JSON.stringify(out.effects.status, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))}`);
    return out.effects;
  }

  /** Publishes examples/NAME from `who`; returns the package id. */
  publish(who: Account, name: string): ObjectId {
    const out = this.chain.publish(who.address, examplePackage(name), who.signer);
    if (out.kind !== 'executed' || out.effects.status.status !== 'success') throw new Error(`workload genesis: publishing examples/${name} failed`);
    return this.createdOfType(out.effects, '')[0] ?? '';
  }

  /** IDs of the objects `effects` created whose type contains `typePart` ('' for a package). */
  createdOfType(effects: TransactionEffects, typePart: string): ObjectId[] {
    return objectChanges(effects)
      .created.map((c) => c.id)
      .filter((id) => {
        const data = this.chain.getObject(id)?.data;
        if (data === undefined) return false;
        return typePart === '' ? data.kind === 'package' : data.kind === 'move' && data.type.includes(typePart);
      })
      .sort();
  }
}

/** A workload transaction from its `deed ptb` JSON form (gas fields added), normalised and signed. */
export function signJson(who: Account, gas: CoinRef, json: { inputs: unknown[]; commands: unknown[] }): SignedTransaction {
  const parsed = parseTransaction({ sender: who.address, gasBudget: TX_GAS_BUDGET.toString(), gasPrice: TX_GAS_PRICE.toString(), gasPayment: [gas], ...json });
  if (!parsed.ok) throw new Error(`workload transaction: ${parsed.error.path}: ${parsed.error.message}`);
  const data: TransactionData = parsed.value;
  return { data, signature: who.signer(transactionDigest(data).bytes) };
}
