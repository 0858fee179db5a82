// A worker and the writes the main thread has committed (pool.ts `committed`, reads 'store'): such
// writes are not sent to the worker, which reads them from the store, and it drops the older
// writes of those positions from its overlay, or they would hide the store's newer versions.
//
// A chain of three transactions on one gas coin and one Thing (the random workload's builder keeps
// the versions chained): the first runs on the worker, which keeps its writes; the second runs on
// the main thread, and both are committed to the LMDB store; the third runs on the worker and must
// see the second's versions, so it gives exactly the outcome the main thread computes for it.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute, type ExecuteOutcome } from '../../../vm/execution/execute.js';
import { LmdbStore } from '../../../vm/objects/lmdb-store.js';
import type { StateView } from '../../../vm/objects/store.js';
import { prepareBatch, type Prepared } from '../../../vm/scheduler/admission.js';
import { mergeBatches } from '../../../vm/scheduler/consensus.js';
import { VersionedOverlay } from '../../../vm/scheduler/overlay.js';
import { WorkerPool, type Lane } from '../../../vm/scheduler/workers/pool.js';
import { buildWorkload, type Plan, type Workload } from './random-workload.js';

type Ok = Extract<Prepared, { ok: true }>;
let dir: string;
let store: LmdbStore;
let w: Workload;
let txs: Ok[];
let pool: WorkerPool;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'deed-pool-committed-'));
  store = LmdbStore.open(dir);
  const touch = { k: 'touch' as const, from: 0, coin: 0, thing: 0, omit: false, fail: false };
  const plan: Plan = { accounts: 2, coins: 2, things: 1, counters: 1, maxPerCommit: null, congestion: null, commitTime: null, ops: [touch, touch, touch] };
  w = buildWorkload(plan, store);
  txs = prepareBatch(w.txs).map((p, i) => {
    if (!p.ok) throw new Error(`transaction ${i} does not parse`);
    return p;
  });
  pool = await WorkerPool.start({ workers: 1, reads: 'store', storeDir: dir });
}, 60_000);

afterAll(async () => {
  await pool?.close();
  store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const run = (p: Ok, view: StateView): ExecuteOutcome => execute({ data: p.data, signature: p.signature, verified: true, digest: p.digest }, view, { epoch: 0, epochTimestampMs: 0, packages: w.options.packages });

/** Runs transaction `i` at position `i` of scope 1 through the pool; `view` is what the main thread would show it. */
function submit(i: number, view: StateView): Promise<{ out: ExecuteOutcome; lane: Lane }> {
  const p = txs[i]!;
  return new Promise((resolve, reject) =>
    pool.submit({
      kind: 'exec',
      attempts: 0,
      msg: () => ({ scope: 1, at: i, tx: { data: p.data, digest: p.digest.bytes, digestText: p.digest.text, signature: p.signature }, epoch: 0, epochTimestampMs: 0 }),
      local: () => run(p, view),
      done: (out, _us, lane) => resolve({ out, lane }),
      fail: (reason) => reject(new Error(reason)),
    }),
  );
}

describe('WorkerPool: committed writes are read from the store', () => {
  it('a worker sees the versions a commit made, not the older ones it kept', async () => {
    pool.newScope();
    const overlay = new VersionedOverlay(store);
    // 1. On the worker (the only task: nothing for the main thread to take back).
    const first = await submit(0, overlay.view(0));
    expect(first.lane).not.toBeUndefined();
    expect(first.out.kind).toBe('executed');
    if (first.out.kind !== 'executed') return;
    overlay.apply(0, first.out.writes);
    pool.publish(0, first.out.writes.written, first.out.writes.removed, first.lane);
    // 2. On the main thread, against the first one's writes.
    const second = run(txs[1]!, overlay.view(1));
    expect(second.kind === 'executed' && second.effects.status.status).toBe('success');
    if (second.kind !== 'executed') return;
    overlay.apply(1, second.writes);
    pool.publish(1, second.writes.written, second.writes.removed);
    // Both committed: the second's writes are not sent to the worker; it is told position 2.
    store.commit(mergeBatches([first.out.writes, second.writes]));
    pool.committed(2);
    // 3. On the worker: the same outcome as here, where the store holds both.
    const expected = run(txs[2]!, store);
    expect(expected.kind === 'executed' && expected.effects.status.status).toBe('success');
    const third = await submit(2, overlay.view(2));
    expect(third.lane).not.toBeUndefined();
    expect(third.out).toEqual(expected);
  }, 60_000);
});
