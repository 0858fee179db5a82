// Store micro-benchmarks. In: nothing (records are built here). Out: medians of a few runs, as
// { name, value, unit } rows: commits per second of a coin transfer's batch (one transaction, two
// objects written: the coin sent and the gas coin) for MemoryStore and LmdbStore (in a temporary
// directory, with its durable settings: one fsync'd LMDB transaction per commit), and live-object
// reads per second. Runs in a few seconds.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blake2b256, digestFromBytes, withDigest } from '../vm/objects/encoding.js';
import { LmdbStore } from '../vm/objects/lmdb-store.js';
import { MemoryStore } from '../vm/objects/memory-store.js';
import { normalizeAddress, type ObjectRecord } from '../vm/objects/object.js';
import type { CommitBatch, ObjectStore } from '../vm/objects/store.js';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const COIN = `${normalizeAddress('0x2')}::coin::Coin<${normalizeAddress('0x2')}::sui::SUI>`;
const ACCOUNTS = 100;
const account = (n: number): string => normalizeAddress((0xacc000 + (n % ACCOUNTS)).toString(16));
const coinId = (n: number): string => normalizeAddress((0xc0000 + n).toString(16));
const digestOf = (s: string): string => digestFromBytes(blake2b256(new TextEncoder().encode(s)));

function coin(n: number, version: number, owner: string, balance: number, tx: string): ObjectRecord {
  return withDigest({
    id: coinId(n),
    version,
    owner: { AddressOwner: owner },
    data: { kind: 'move', type: COIN, hasPublicTransfer: true, contents: [[[coinId(n)]], [balance]] },
    previousTransaction: tx,
    storageRebate: 988,
  });
}

/**
 * `count` transfer batches over `2 * pairs` coins, built up front so only commit is timed: batch j
 * moves coin 2p to another account and pays gas from coin 2p + 1, at version base + j.
 */
function transfers(pairs: number, count: number, base: number, salt: string): CommitBatch[] {
  const out: CommitBatch[] = [];
  for (let j = 0; j < count; j++) {
    const p = j % pairs;
    const v = base + j;
    const tx = digestOf(`${salt} ${j}`);
    out.push({
      transactions: [{ digest: tx, transaction: new Uint8Array(200), effects: new Uint8Array(300) }],
      written: [coin(2 * p, v, account(j + 1), 1000, tx), coin(2 * p + 1, v, account(p), 999_000 - j, tx)],
      removed: [],
    });
  }
  return out;
}

function genesis(store: ObjectStore, pairs: number): void {
  const tx = digestOf('genesis');
  const written: ObjectRecord[] = [];
  for (let n = 0; n < 2 * pairs; n++) written.push(coin(n, 1, account(n >> 1), 1_000_000, tx));
  store.commit({ transactions: [{ digest: tx, transaction: new Uint8Array(1), effects: new Uint8Array(1) }], written, removed: [] });
}

function measure(name: string, make: () => { store: ObjectStore; done: () => void }, commits: number, runs: number): BenchRow[] {
  const commitRates: number[] = [];
  const readRates: number[] = [];
  const pairs = 500;
  for (let r = 0; r < runs; r++) {
    const { store, done } = make();
    genesis(store, pairs);
    const batches = transfers(pairs, commits, 2, `run ${r}`);
    let t = performance.now();
    for (const b of batches) store.commit(b);
    commitRates.push(commits / ((performance.now() - t) / 1000));
    const reads = 5000;
    t = performance.now();
    for (let i = 0; i < reads; i++) store.getObject(coinId(i % (2 * pairs)));
    readRates.push(reads / ((performance.now() - t) / 1000));
    done();
  }
  return [
    { name: `${name}: transfer commits (1 tx, 2 objects written)`, value: Math.round(median(commitRates)), unit: 'commits/s' },
    { name: `${name}: getObject of a live coin`, value: Math.round(median(readRates)), unit: 'reads/s' },
  ];
}

export function benchStores(runs = 5): BenchRow[] {
  const memory = measure('MemoryStore', () => {
    const store = new MemoryStore();
    return { store, done: () => store.close() };
  }, 5000, runs);
  const lmdb = measure('LmdbStore', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deed-bench-store-'));
    const store = LmdbStore.open(dir);
    return {
      store,
      done: () => {
        store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }, 300, runs);
  return [...memory, ...lmdb];
}
