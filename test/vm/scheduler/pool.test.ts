// The worker pool's two lanes on signature checks (VerifyTask): a real pool with one worker thread
// (worker.ts through tsx) and the main thread. Every task must be answered exactly once, with the
// verdicts the check gives anywhere (verify.ts), whichever lane ran it: a task the main thread
// takes back from the worker must not also be run by the worker (claims.ts). Real signed
// transfers come from the bench workload generator; a forged signature and a signature by someone
// other than the sender must fail with a reason.
//
// Which lane ran a task is not reported, but busyMicros() is: a worker's share counts only
// transactions it executed ('done'), so with signature checks alone it is the main thread's time,
// and above zero exactly when the main thread ran a task.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkload } from '../../../bench/workloads/index.js';
import { keypair, signDigest } from '../../../vm/execution/signature.js';
import { encodeTransaction, type TransactionDigest } from '../../../vm/execution/transaction.js';
import { MemoryStore } from '../../../vm/objects/memory-store.js';
import { prepareBatch } from '../../../vm/scheduler/admission.js';
import { WorkerPool } from '../../../vm/scheduler/workers/pool.js';
import type { VerifyItem, VerifyResult } from '../../../vm/scheduler/workers/protocol.js';
import { verifyItems } from '../../../vm/scheduler/workers/verify.js';

let items: VerifyItem[] = [];
/** Each item's transaction digest, as prepareBatch computes it: a verdict carries it back. */
let digests: TransactionDigest[] = [];
/** The indices whose signature is forged or by the wrong key: their verdicts must carry a reason. */
const FORGED = new Set([3, 17, 101]);
const WRONG_KEY = new Set([42, 150]);
let pool: WorkerPool;

beforeAll(async () => {
  const w = buildWorkload('transfers', new MemoryStore(), { txs: 200, seed: 1 });
  const stranger = keypair(new Uint8Array(32).fill(77));
  items = prepareBatch(w.txs).map((p, index) => {
    if (!p.ok) throw new Error(`the workload's transaction ${index} does not parse`);
    let signature = p.signature;
    if (FORGED.has(index)) {
      const forged = Uint8Array.from(signature.signature);
      forged[5]! ^= 0x01;
      signature = { publicKey: signature.publicKey, signature: forged };
    } else if (WRONG_KEY.has(index)) signature = signDigest(p.digest.bytes, stranger.secretKey);
    digests[index] = p.digest;
    return { index, bytes: encodeTransaction(p.data), sender: p.data.sender, signature };
  });
  // A worker holds at most MAX_VERIFYING (pool.ts, 32) signature checks, and here at most 4 tasks.
  pool = await WorkerPool.start({ workers: 1, reads: 'batch', maxInflight: 4 });
}, 60_000);

afterAll(async () => {
  await pool?.close();
});

/** Submits one task per chunk; resolves once all are answered, plus a pause to catch late duplicates. */
async function verifyAll(chunks: VerifyItem[][]): Promise<{ done: number[]; fails: string[]; results: VerifyResult[][]; micros: number[] }> {
  const done = chunks.map(() => 0);
  const micros = chunks.map(() => 0);
  const fails: string[] = [];
  const results: VerifyResult[][] = chunks.map(() => []);
  let left = chunks.length;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${left} tasks unanswered`)), 20_000);
    chunks.forEach((chunk, i) => {
      pool.submit({
        kind: 'verify',
        items: chunk,
        attempts: 0,
        fail: (reason) => {
          fails.push(reason);
          if (--left === 0) resolve();
        },
        done: (r, us) => {
          done[i]! += 1;
          results[i] = r;
          micros[i] = us;
          if (done[i] === 1 && --left === 0) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
  });
  // A task run by both lanes would be answered twice; give the loser's answer time to arrive.
  await new Promise((r) => setTimeout(r, 25));
  return { done, fails, results, micros };
}

function expectVerdicts(chunks: VerifyItem[][], results: VerifyResult[][]): void {
  for (const [i, chunk] of chunks.entries()) {
    // The same verdicts as the check run right here, item for item.
    expect(results[i]).toEqual(verifyItems(chunk));
    for (const r of results[i]!) {
      if (FORGED.has(r.index)) expect(r.reason).toBe('the signature does not verify against the transaction digest');
      else if (WRONG_KEY.has(r.index)) expect(r.reason).toMatch(/^the signer 0x[0-9a-f]{64} is not the sender 0x[0-9a-f]{64}$/);
      else expect(r.reason).toBeUndefined();
      // The worker hashes the transaction too: the digest comes back with the verdict.
      expect([r.digest, r.digestText]).toEqual([digests[r.index]!.bytes, digests[r.index]!.text]);
    }
  }
}

const chunked = (xs: VerifyItem[], size: number): VerifyItem[][] => Array.from({ length: Math.ceil(xs.length / size) }, (_, i) => xs.slice(i * size, (i + 1) * size));

describe('WorkerPool: signature checks', () => {
  it('the main thread takes back a task the worker has not started, and it runs once', async () => {
    // Four heavy tasks: all fit on the worker (nothing stays queued), so any task the main thread
    // runs it took back. It takes the oldest one the worker has not started at once.
    const chunks = chunked(items.slice(0, 160), 40);
    expect(chunks.length).toBe(4);
    const busy = pool.busyMicros();
    const { done, fails, results, micros } = await verifyAll(chunks);
    expect(fails).toEqual([]);
    expect(done).toEqual([1, 1, 1, 1]);
    expectVerdicts(chunks, results);
    // Each task reports the time its lane spent on it, and the lanes' busy time is their sum
    // (the profile's verifyUs and the run's parallelism come from these).
    for (const us of micros) expect(us).toBeGreaterThan(0);
    expect(pool.busyMicros() - busy).toBeCloseTo(micros.reduce((a, b) => a + b, 0), 3);
    expect(pool.restarts).toBe(0);
  });

  it('many small tasks, more than the worker may hold: each answered once, with the right verdicts', async () => {
    const chunks = chunked(items, 3);
    const busy = pool.busyMicros();
    const { done, fails, results } = await verifyAll(chunks);
    expect(fails).toEqual([]);
    expect(done).toEqual(chunks.map(() => 1));
    expectVerdicts(chunks, results);
    // Every item was checked once, the forged ones included.
    expect(results.flat().map((r) => r.index)).toEqual(items.map((it) => it.index));
    expect(results.flat().filter((r) => r.reason !== undefined).map((r) => r.index).sort((a, b) => a - b)).toEqual([...FORGED, ...WRONG_KEY].sort((a, b) => a - b));
    // The main thread ran some (the queue outgrows the worker's four).
    expect(pool.busyMicros()).toBeGreaterThan(busy);
    expect(pool.restarts).toBe(0);
  });

  it('the same across repeated rounds (ids keep advancing, claim words are reused)', async () => {
    // 25 rounds of 20 tasks: 500 ids on top of the ones above, all through one worker's words.
    for (let round = 0; round < 25; round++) {
      const chunks = chunked(items.slice(round, round + 40), 2);
      const { done, fails, results } = await verifyAll(chunks);
      expect(fails).toEqual([]);
      expect(done).toEqual(chunks.map(() => 1));
      expectVerdicts(chunks, results);
    }
  }, 30_000);
});
