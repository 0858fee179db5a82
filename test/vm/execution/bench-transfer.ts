// Throughput of simple coin transfers, single-threaded:
// `npx tsx test/vm/execution/bench-transfer.ts [N] [memory|lmdb] [verified]`.
// Each transaction moves one SUI coin to another account and pays gas with a second coin (inputs:
// the coin and the recipient; one TransferObjects command). Signing happens before the timer;
// the timer covers signature check, execution and commit. Prints transactions/second per round
// and the median.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalChain } from '../../../vm/execution/chain.js';
import { keypair, signDigest } from '../../../vm/execution/signature.js';
import type { SignedTransaction } from '../../../vm/execution/signature.js';
import { transactionDigest } from '../../../vm/execution/transaction.js';
import { PackageCache } from '../../../vm/execution/packages.js';
import { LmdbStore } from '../../../vm/objects/lmdb-store.js';
import { MemoryStore } from '../../../vm/objects/memory-store.js';
import type { ObjectStore } from '../../../vm/objects/store.js';
import { framework } from './chain.js';

const N = Number(process.argv[2] ?? 2000);
const kind = process.argv[3] ?? 'memory';
/** `verified`: the signature was checked elsewhere (as a parallel scheduler does); the timer then covers execution and commit only. */
const verified = process.argv[4] === 'verified';
const ROUNDS = 5;
const packages = new PackageCache();
const modules = framework();

function round(): number {
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
  gas = chain.getObject(gasId)!;
  store.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  return (N / ms) * 1000;
}

const rates: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  const rate = round();
  rates.push(rate);
  console.log(`round ${r + 1}: ${rate.toFixed(0)} tx/s (${kind}${verified ? ', signatures pre-verified' : ''}, ${N} transfers)`);
}
rates.sort((x, y) => x - y);
console.log(`median: ${rates[Math.floor(ROUNDS / 2)]!.toFixed(0)} tx/s`);
