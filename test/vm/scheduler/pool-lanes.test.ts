// Which lane the worker pool gives each kind of task (pool.ts): while signature checks are queued,
// checks go to the worker thread and transactions stay on the main thread, and either lane starts
// the oldest check not started yet. A check crosses threads
// for a few microseconds (bytes in, a verdict out); a transaction run on a worker costs its message,
// its packed outcome and the unpacking, so the cheap-to-move work is the one moved. Once no check is
// left, transactions go to the worker again.
//
// A real pool with one worker thread (worker.ts through tsx), reads 'batch', answering the worker's
// reads from the workload's memory store. Every task must still be answered exactly once, with the
// same outcome whichever lane ran it.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkload, type Workload } from '../../../bench/workloads/index.js';
import type { ExecuteOutcome } from '../../../vm/execution/execute.js';
import { encodeTransaction } from '../../../vm/execution/transaction.js';
import { MemoryStore } from '../../../vm/objects/memory-store.js';
import { prepareBatch } from '../../../vm/scheduler/admission.js';
import { WorkerPool, type ExecTask, type Lane } from '../../../vm/scheduler/workers/pool.js';
import type { VerifyItem } from '../../../vm/scheduler/workers/protocol.js';
import { storeExecTask, type Ok } from './pool-tasks.js';

let w: Workload;
let prepared: Ok[] = [];
let items: VerifyItem[] = [];
let pool: WorkerPool;

beforeAll(async () => {
  w = buildWorkload('transfers', new MemoryStore(), { txs: 60, seed: 3 });
  prepared = prepareBatch(w.txs).map((p, i) => {
    if (!p.ok) throw new Error(`the workload's transaction ${i} does not parse`);
    return p;
  });
  items = prepared.map((p, index) => ({ index, bytes: encodeTransaction(p.data), sender: p.data.sender, signature: p.signature }));
  pool = await WorkerPool.start({ workers: 1, reads: 'batch' });
  // The worker asks for anything not shipped with a task: the committed store answers.
  pool.reader = (_scope, _at, id, version) => ({ record: version < 0 ? w.store.getObject(id) : w.store.getObjectVersion(id, version), committed: true });
}, 60_000);

afterAll(async () => {
  await pool?.close();
});

/** Transaction i as an exec task (each runs against the genesis state: they are independent transfers). */
function execTask(i: number, done: (out: ExecuteOutcome, lane: Lane) => void, fail: (reason: string) => void): ExecTask {
  return storeExecTask(w, prepared[i]!, i, done, fail);
}

/** Submits the checks (in chunks) and then the transactions; resolves with each transaction's outcomes and lanes once all are answered. */
async function run(checks: VerifyItem[][], txs: number[]): Promise<{ outs: ExecuteOutcome[][]; lanes: Lane[]; checked: number }> {
  const outs: ExecuteOutcome[][] = txs.map(() => []);
  const lanes: Lane[] = [];
  let checked = 0;
  let left = checks.length + txs.length;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${left} tasks unanswered`)), 60_000);
    const one = (): void => {
      if (--left === 0) {
        clearTimeout(timer);
        resolve();
      }
    };
    for (const chunk of checks)
      pool.submit({
        kind: 'verify',
        attempts: 0,
        items: chunk,
        done: (r) => {
          checked += r.length;
          one();
        },
        fail: (reason) => reject(new Error(reason)),
      });
    txs.forEach((i, k) =>
      pool.submit(
        execTask(
          i,
          (out, lane) => {
            outs[k]!.push(out);
            lanes[k] = lane;
            if (outs[k]!.length === 1) one();
          },
          (reason) => reject(new Error(reason)),
        ),
      ),
    );
  });
  // A task run by both lanes would be answered twice; give the loser's answer time to arrive.
  await new Promise((r) => setTimeout(r, 25));
  return { outs, lanes, checked };
}

const digestOf = (o: ExecuteOutcome): string | undefined => (o.kind === 'executed' ? o.digest : undefined);

describe('WorkerPool lanes: checks to the worker, transactions to the main thread', () => {
  it('both lanes start the oldest check not started: the main thread takes back what the worker holds before what is queued', async () => {
    // 40 chunks, far more than the worker holds (8): most are queued. The worker holds the oldest
    // ones, so a main thread that took the queue's head first would run chunk 8 or later before
    // chunks 1 to 7, and the arrival-order prefix would wait for them. Each lane starts the
    // oldest unstarted check, so each lane's checks come back in submission order.
    const chunks = Array.from({ length: 40 }, (_, k) => items.slice((k % 5) * 12, (k % 5) * 12 + 12));
    const order: Array<{ chunk: number; lane: Lane }> = [];
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('checks unanswered')), 60_000);
      chunks.forEach((chunk, k) =>
        pool.submit({
          kind: 'verify',
          attempts: 0,
          items: chunk,
          done: (_r, _us, lane) => {
            order.push({ chunk: k, lane });
            if (order.length === chunks.length) {
              clearTimeout(timer);
              resolve();
            }
          },
          fail: (reason) => reject(new Error(reason)),
        }),
      );
    });
    expect(order.map((o) => o.chunk).sort((a, b) => a - b)).toEqual(chunks.map((_, k) => k));
    const mine = order.filter((o) => o.lane === undefined).map((o) => o.chunk);
    const theirs = order.filter((o) => o.lane !== undefined).map((o) => o.chunk);
    expect(mine.length).toBeGreaterThan(0);
    expect(theirs.length).toBeGreaterThan(0);
    expect(mine).toEqual([...mine].sort((a, b) => a - b));
    expect(theirs).toEqual([...theirs].sort((a, b) => a - b));
    // The main thread's first check is one the worker was holding, not the queue's head.
    expect(mine[0]).toBeLessThan(8);
  }, 90_000);

  it('while checks are queued, every transaction runs on the main thread, and each task is answered once', async () => {
    // 1,200 checks (the 60 transactions 20 times over), far more than the worker holds at once:
    // they stay queued while the 12 transactions are submitted behind them.
    const checks = Array.from({ length: 100 }, (_, k) => items.slice((k % 5) * 12, (k % 5) * 12 + 12));
    const txs = Array.from({ length: 12 }, (_, i) => i);
    const { outs, lanes, checked } = await run(checks, txs);
    expect(checked).toBe(1200);
    expect(outs.map((o) => o.length)).toEqual(txs.map(() => 1));
    for (const [k, o] of outs.entries()) {
      expect(o[0]!.kind).toBe('executed');
      expect(digestOf(o[0]!)).toBe(prepared[txs[k]!]!.digest.text);
    }
    expect(lanes).toEqual(txs.map(() => undefined));
    expect(pool.restarts).toBe(0);
  }, 90_000);

  it('with no check left, transactions go to the worker too, with the outcome the main thread computes', async () => {
    const txs = Array.from({ length: 48 }, (_, i) => 12 + i);
    const { outs, lanes } = await run([], txs);
    expect(outs.map((o) => o.length)).toEqual(txs.map(() => 1));
    // The worker ran some of them (the main thread takes back only what it has not started).
    expect(lanes.some((l) => l !== undefined)).toBe(true);
    // Whatever the lane, the outcome is the one a run right here gives: same effects, same writes.
    for (const [k, o] of outs.entries()) {
      const here = execTask(txs[k]!, () => {}, () => {}).local();
      expect(o[0]).toEqual(here);
    }
  }, 90_000);
});
