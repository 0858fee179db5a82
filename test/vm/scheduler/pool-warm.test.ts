// Loading packages on the workers ahead of their tasks (warm.ts, WarmMessage): a fresh worker
// loads the framework (decode, verify, link) before its first transaction, so that transaction does
// not hold up the arrival-order prefix while it loads.
//
// A real pool with one worker thread (worker.ts through tsx), reads 'batch': everything the worker
// reads comes through the pool's reader, which the test records. Without a warm-up, a worker's
// first transaction reads the framework packages; after one, it reads none, and the packages were
// read earlier, outside any scope (from the committed store). A package is sent to a worker once;
// a replacement worker loads the packages again.

import { afterEach, describe, expect, it } from 'vitest';
import { buildWorkload, type Workload } from '../../../bench/workloads/index.js';
import type { ExecuteOutcome } from '../../../vm/execution/execute.js';
import { FRAMEWORK } from '../../../vm/execution/type-tags.js';
import { MemoryStore } from '../../../vm/objects/memory-store.js';
import { prepareBatch } from '../../../vm/scheduler/admission.js';
import { packagesUsed } from '../../../vm/scheduler/warm.js';
import { WorkerPool, type Lane } from '../../../vm/scheduler/workers/pool.js';
import { storeExecTask, type Ok } from './pool-tasks.js';

const FRAMEWORK_IDS = [FRAMEWORK.std, FRAMEWORK.sui];

let pool: WorkerPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

interface Setup {
  w: Workload;
  prepared: Ok[];
  pool: WorkerPool;
  /** Every read the worker made through the reader: scope and object. */
  reads: Array<{ scope: number; id: string }>;
}

async function setup(): Promise<Setup> {
  const w = buildWorkload('transfers', new MemoryStore(), { txs: 8, seed: 5 });
  const prepared = prepareBatch(w.txs).map((p, i) => {
    if (!p.ok) throw new Error(`the workload's transaction ${i} does not parse`);
    return p;
  });
  pool = await WorkerPool.start({ workers: 1, reads: 'batch' });
  const reads: Setup['reads'] = [];
  pool.reader = (scope, _at, id, version) => {
    reads.push({ scope, id });
    return { record: version < 0 ? w.store.getObject(id) : w.store.getObjectVersion(id, version), committed: true };
  };
  return { w, prepared, pool, reads };
}

/** Runs transaction i alone (the worker takes it: the main thread takes back only from a worker holding two). */
function runOne(s: Setup, i: number): Promise<{ out: ExecuteOutcome; lane: Lane }> {
  return new Promise((resolve, reject) => s.pool.submit(storeExecTask(s.w, s.prepared[i]!, i, (out, lane) => resolve({ out, lane }), (reason) => reject(new Error(reason)))));
}

const packageReads = (reads: Setup['reads']): Setup['reads'] => reads.filter((r) => FRAMEWORK_IDS.includes(r.id));

async function until(what: string, cond: () => boolean): Promise<void> {
  const end = Date.now() + 30_000;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('WorkerPool warm-up: packages load before the first transaction', () => {
  it('a transfer uses the gas coin package (the framework), and a fresh worker reads it during its first transaction', async () => {
    const s = await setup();
    const used = new Set<string>();
    packagesUsed(s.prepared[0]!.data, used);
    expect([...used]).toEqual([FRAMEWORK.sui]);
    const { out, lane } = await runOne(s, 0);
    expect(out.kind).toBe('executed');
    expect(lane).not.toBeUndefined();
    expect(packageReads(s.reads).map((r) => r.scope)).toEqual([1, 1]);
  }, 60_000);

  it('a warmed worker read the framework outside any scope and reads none in its transactions; a replacement loads it again', async () => {
    const s = await setup();
    const used = new Set<string>();
    packagesUsed(s.prepared[0]!.data, used);
    s.pool.warm(used);
    // 0x2 and, as it depends on it, 0x1.
    await until('the warm-up reads', () => packageReads(s.reads).length === 2);
    expect(packageReads(s.reads).map((r) => r.id).sort()).toEqual([...FRAMEWORK_IDS].sort());
    expect(packageReads(s.reads).every((r) => r.scope === -1)).toBe(true);

    s.reads.length = 0;
    const first = await runOne(s, 1);
    expect(first.out.kind).toBe('executed');
    expect(first.lane).not.toBeUndefined();
    // The transaction read its objects (they were shipped, so maybe none) but no package.
    expect(packageReads(s.reads)).toEqual([]);

    // Sent once per worker: asking again sends nothing (a message would come before the next task).
    s.pool.warm(used);
    await runOne(s, 2);
    expect(packageReads(s.reads)).toEqual([]);

    // A replacement worker starts empty and is told the packages again.
    await s.pool.kill(0);
    await until('the replacement', () => s.pool.restarts === 1);
    await until('the replacement to load the framework', () => packageReads(s.reads).length === 2);
    expect(packageReads(s.reads).every((r) => r.scope === -1)).toBe(true);
    s.reads.length = 0;
    const after = await runOne(s, 3);
    expect(after.out.kind).toBe('executed');
    expect(packageReads(s.reads)).toEqual([]);
  }, 60_000);
});
