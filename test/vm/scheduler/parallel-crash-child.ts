// The process the parallel crash test (parallel-crash.test.ts) kills. In: an LMDB directory
// (argv[2]) and a batch file (argv[3]). Out, on stdout: `ready <batch hash>` just before the run
// starts, `p <done>` as transactions finish, `c <n>` after the run's n-th store commit returned,
// and `done <state digest>` when the run finished (then it exits 0).
//
// The first time, when the store is empty, the child gives it a deterministic genesis
// (counter-world's chain plus fresh coins for every transaction of the batch, `crashGenesis`),
// builds the batch from it (a function of the genesis alone) and writes the batch to the batch
// file before `ready`. After a restart it reads the batch back from the file (building the genesis
// again would give the same batch, but compiling the framework takes seconds), then runs it again
// through `runParallel` (2 workers, a small `commitEvery`, so there are many LMDB commits to be
// killed in): transactions already committed are refused as AlreadyExecuted, the others run.
//
// Also a module: the test imports `crashGenesis`, `batchHash` and the constants to build the
// oracle's batch the same way.

import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { existsSync, renameSync, readFileSync, writeFileSync } from 'node:fs';
import { decodeCanonical, encodeCanonical } from '../../../vm/execution/canonical.js';
import { PackageCache } from '../../../vm/execution/packages.js';
import { decodeSignedTransaction, encodeSignedTransaction, keySigner, type Keypair, type SignedTransaction } from '../../../vm/execution/signature.js';
import { transactionDigest, type TransactionData } from '../../../vm/execution/transaction.js';
import { LmdbStore } from '../../../vm/objects/lmdb-store.js';
import type { ObjectStore } from '../../../vm/objects/store.js';
import { runParallel } from '../../../vm/scheduler/parallel.js';
import type { World } from './counter-world.js';

/** Transactions in the batch. */
export const BATCH_SIZE = 240;
/** Every BUMP_EVERY-th transaction (from BUMP_EVERY / 2 on) bumps the shared counter (consensus path). */
export const BUMP_EVERY = 24;
export const WORKERS = 2;
export const COMMIT_EVERY = 8;
/** Consensus transactions per consensus commit: the batch's 10 bumps make 4 commits, so a kill can fall between them. */
export const MAX_PER_COMMIT = 3;

export interface CrashGenesis {
  w: World;
  txs: SignedTransaction[];
  /** One coin per transaction, its owned input (or gas), at its genesis version: all exist once the genesis is complete. */
  coins: Array<{ id: string; version: number }>;
}

function signData(who: Keypair, data: TransactionData): SignedTransaction {
  return { data, signature: keySigner(who.secretKey)(transactionDigest(data).bytes) };
}

/**
 * Builds the genesis on `store` (empty) and returns the batch: owned tally calls, aborting calls
 * and coin transfers, each with coins of its own (fast path, independent of one another), and a
 * few consensus bumps of the shared counter (several consensus commits of MAX_PER_COMMIT, within the
 * congestion budget). Deterministic: the same objects under the same ids on every store.
 */
export async function crashGenesis(store: ObjectStore): Promise<CrashGenesis> {
  // Imported here: the compiler behind them takes seconds to load, and a restart needs neither.
  const { shared } = await import('../execution/chain.js');
  const { world } = await import('./counter-world.js');
  const w = world(store);
  const { alice, bob } = w.t;
  const txs: SignedTransaction[] = [];
  const coins: Array<{ id: string; version: number }> = [];
  for (let i = 0; i < BATCH_SIZE; i++) {
    const who = i % 2 === 0 ? alice : bob;
    const other = i % 2 === 0 ? bob : alice;
    const gas = w.coin(who);
    coins.push(gas);
    if (i % BUMP_EVERY === BUMP_EVERY / 2) {
      txs.push(w.sign(who, gas, 'bump', [shared(w.counter)]));
      continue;
    }
    switch (i % 3) {
      case 0:
        txs.push(w.sign(who, gas, 'tally'));
        break;
      case 1: {
        if (i % 7 === 1) {
          txs.push(w.sign(who, gas, 'boom'));
          break;
        }
        // Transfer a coin of its own to the other account, gas paid by `gas`.
        const coin = w.coin(who, 1000n);
        coins.push(coin);
        const data: TransactionData = {
          sender: who.address,
          gasBudget: 50_000_000n,
          gasPrice: 1000n,
          gasPayment: [gas],
          inputs: [{ Object: coin }, { Pure: { type: 'address', value: other.address } }],
          commands: [{ TransferObjects: { objects: [{ Input: 0 }], address: { Input: 1 } } }],
        };
        txs.push(signData(who, data));
        break;
      }
      default:
        txs.push(w.sign(who, gas, 'tally'));
    }
  }
  return { w, txs, coins };
}

/** A short fingerprint of the batch, so the parent can tell the child rebuilt the same one. */
export function batchHash(txs: readonly SignedTransaction[]): string {
  const h = createHash('sha256');
  for (const tx of txs) h.update(transactionDigest(tx.data).text);
  return h.digest('hex').slice(0, 16);
}

function writeBatch(file: string, txs: readonly SignedTransaction[]): void {
  writeFileSync(`${file}.tmp`, encodeCanonical(txs.map(encodeSignedTransaction)));
  renameSync(`${file}.tmp`, file);
}

function readBatch(file: string): SignedTransaction[] {
  const items = decodeCanonical(readFileSync(file)) as Uint8Array[];
  return items.map((bytes, i) => {
    const r = decodeSignedTransaction(bytes);
    if (!r.ok) throw new Error(`transaction ${i} of ${file} does not decode: ${r.error.path}: ${r.error.message}`);
    return r.value;
  });
}

async function main(dir: string, file: string): Promise<void> {
  const store = LmdbStore.open(dir);
  let txs: SignedTransaction[];
  let packages: PackageCache;
  if (store.commitCount() === 0) {
    const g = await crashGenesis(store);
    writeBatch(file, g.txs);
    txs = g.txs;
    packages = g.w.options().packages;
  } else {
    // The parent only kills after `ready`, so a store with commits has its whole genesis and the file.
    if (!existsSync(file)) throw new Error(`the store in ${dir} has commits but there is no batch file ${file}`);
    txs = readBatch(file);
    packages = new PackageCache();
  }
  // Each store commit of the run is reported once it returned, so the parent can aim its kills at the commits.
  const commit = store.commit.bind(store);
  let commits = 0;
  store.commit = (batch) => {
    commit(batch);
    process.stdout.write(`c ${++commits}\n`);
  };
  process.stdout.write(`ready ${batchHash(txs)}\n`);
  const r = await runParallel(store, txs, {
    packages,
    workers: WORKERS,
    commitEvery: COMMIT_EVERY,
    maxPerCommit: MAX_PER_COMMIT,
    onProgress: (done) => {
      process.stdout.write(`p ${done}\n`);
    },
  });
  const digest = store.stateDigest();
  if (digest !== r.stats.stateDigest) throw new Error(`the run reported ${r.stats.stateDigest}, the store holds ${digest}`);
  store.close();
  process.stdout.write(`done ${digest}\n`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv[2]!, process.argv[3]!).then(
    () => process.exit(0),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    },
  );
}
