// Throughput of simple coin transfers, single-threaded, for `npm run bench`. Each transaction
// moves one SUI coin to another account and pays gas with a second coin (inputs: the coin and the
// recipient; one TransferObjects command). Signing happens before the timer; the timer covers
// signature check (unless pre-verified, as a parallel scheduler would do), execution and commit.
// Out: rows of transactions/second, the median of a few rounds, per store.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileSources } from '../compiler/index.js';
import type { CompiledModule } from '../vm/bytecode/module.js';
import { LocalChain } from '../vm/execution/chain.js';
import { keypair, signDigest } from '../vm/execution/signature.js';
import type { SignedTransaction } from '../vm/execution/signature.js';
import { transactionDigest } from '../vm/execution/transaction.js';
import { PackageCache } from '../vm/execution/packages.js';
import { LmdbStore } from '../vm/objects/lmdb-store.js';
import { MemoryStore } from '../vm/objects/memory-store.js';
import type { ObjectStore } from '../vm/objects/store.js';

export interface TransferRow {
  name: string;
  value: number;
  unit: string;
}

function framework(): CompiledModule[] {
  const r = compileSources([], { std: true, sui: true });
  if (!r.ok || !r.modules) throw new Error('the framework does not compile');
  return [...r.modules.values()];
}

function round(kind: 'memory' | 'lmdb', verified: boolean, N: number, modules: CompiledModule[], packages: PackageCache): number {
  let dir: string | undefined;
  let store: ObjectStore;
  if (kind === 'lmdb') {
    dir = mkdtempSync(join(tmpdir(), 'deed-bench-'));
    store = LmdbStore.open(dir);
  } else store = new MemoryStore();
  const chain = LocalChain.open(store, { frameworkModules: modules, packages });
  const a = keypair(new Uint8Array(32).fill(1));
  const b = keypair(new Uint8Array(32).fill(2));
  const gasId = chain.faucet(a.address, 1_000_000_000_000_000n).coinId;
  const coins = Array.from({ length: N }, () => chain.faucet(a.address, 1000n).coinId);
  // Warm-up: load the framework into the runtime.
  let gas = chain.getObject(gasId)!;
  const txs: SignedTransaction[] = [];
  // Transactions chain on the gas coin; its version after each is the Lamport version (1 + max of inputs).
  let gasVersion = gas.version;
  for (let i = 0; i < N; i++) {
    const coin = coins[i]!;
    const data = {
      sender: a.address,
      gasBudget: 50_000_000n,
      gasPrice: 1000n,
      gasPayment: [{ id: gasId, version: gasVersion }],
      inputs: [{ Object: { id: coin, version: 1 } }, { Pure: { type: 'address', value: b.address } }],
      commands: [{ TransferObjects: { objects: [{ Input: 0 }], address: { Input: 1 } } }],
    };
    txs.push({ data, signature: signDigest(transactionDigest(data).bytes, a.secretKey) });
    gasVersion = Math.max(gasVersion, 1) + 1;
  }
  const t0 = performance.now();
  for (const tx of txs) {
    const out = chain.execute(verified ? { data: tx.data, signature: tx.signature, verified: true } : tx);
    if (out.kind !== 'executed' || out.effects.status.status !== 'success') throw new Error(JSON.stringify(out, (_k, v) => (typeof v === 'bigint' ? String(v) : v)));
  }
  const ms = performance.now() - t0;
  store.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  return (N / ms) * 1000;
}

export function benchTransfers(n = 400, rounds = 3): TransferRow[] {
  const modules = framework();
  const packages = new PackageCache();
  const rows: TransferRow[] = [];
  for (const kind of ['memory', 'lmdb'] as const) {
    for (const verified of [false, true]) {
      const rates: number[] = [];
      for (let r = 0; r < rounds; r++) rates.push(round(kind, verified, n, modules, packages));
      rates.sort((x, y) => x - y);
      rows.push({ name: `coin transfers, ${kind} store${verified ? ', signatures pre-verified' : ', signatures checked'}`, value: Math.round(rates[Math.floor(rounds / 2)]!), unit: 'tx/s' });
    }
  }
  return rows;
}
