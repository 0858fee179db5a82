// The parallel executor's LMDB commit batching survives SIGKILL. A child process
// (parallel-crash-child.ts) runs a batch with `runParallel` (2 workers, a commit every 8 fast-path
// transactions, so many LMDB commits) on one store directory and is SIGKILLed at a random moment of
// the run, several times; each restart runs the same batch again on what the last one left.
// In: nothing. Out: after every kill the store opens and holds the oracle's state after a prefix of
// its commits:
// - its state digest is the recount of its live objects, and is the sequential oracle's (runBatch
//   on a MemoryStore, same genesis, same batch) after exactly the commits the store holds;
// - every committed transaction is there whole (its effects byte for byte the oracle's, every
//   object it wrote at the version and digest the effects name), every other one left no object;
// - the committed fast-path transactions are an arrival-order prefix of the batch's, the consensus
//   commits (four of them) come after all of them, each whole or absent, in order; locks: a
//   fast-path transaction never leaves one, a queued consensus one has its lock persisted with the
//   commit of its position;
// - every live object is the oracle's object at that version.
// Finally the child runs the batch to completion and the state digest is the oracle's: nothing
// lost, nothing applied twice, even when the last kill fell between two consensus commits (the
// rerun numbers its commits on from the store's, consensus.ts nextCommitIndex).

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { TransactionEffects } from '../../../vm/execution/effects.js';
import type { SignedTransaction } from '../../../vm/execution/signature.js';
import type { CommitBatch } from '../../../vm/objects/store.js';
import { LmdbStore } from '../../../vm/objects/lmdb-store.js';
import { MemoryStore } from '../../../vm/objects/memory-store.js';
import { stateDigestOf } from '../../../vm/objects/state-digest.js';
import { runBatch, type BatchResult } from '../../../vm/scheduler/sequential.js';
import { batchHash, BATCH_SIZE, COMMIT_EVERY, crashGenesis, MAX_PER_COMMIT } from './parallel-crash-child.js';

const CHILD = fileURLToPath(new URL('./parallel-crash-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const ROUNDS = 5;
const root = mkdtempSync(join(tmpdir(), 'deed-par-crash-'));
const dir = join(root, 'store');
const batchFile = join(root, 'batch.bin');
mkdirSync(dir);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A MemoryStore that records its state digest after every commit, once `digests` is set. */
class RecordingStore extends MemoryStore {
  digests: string[] | undefined;
  override commit(batch: CommitBatch): void {
    super.commit(batch);
    this.digests?.push(this.stateDigest());
  }
}

interface Oracle {
  store: RecordingStore;
  txs: SignedTransaction[];
  result: BatchResult;
  /** The state digest after the oracle's first k commits of the batch (k = 0: the genesis). */
  digests: string[];
}

async function buildOracle(): Promise<Oracle> {
  const store = new RecordingStore();
  const g = await crashGenesis(store);
  const digests = [store.stateDigest()];
  store.digests = digests;
  const result = runBatch(store, g.txs, { ...g.w.options(), maxPerCommit: MAX_PER_COMMIT });
  return { store, txs: g.txs, result, digests };
}

interface ChildRun {
  hash: string;
  /** Progress (transactions finished) and store commits of the run last reported. */
  progress: number;
  commits: number;
  /** The `done` digest if the child finished by itself. */
  done?: string;
  killed: boolean;
}

/** When to SIGKILL the child: `extraMs` after it reported `count` store commits, or `count` finished transactions. */
type Kill = { on: 'c' | 'p'; count: number; extraMs: number };

/** Runs the child on the store, killing it as `kill` says (never, if undefined). */
function runChild(kill: Kill | undefined): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, batchFile], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let hash = '';
    let progress = 0;
    let commits = 0;
    let done: string | undefined;
    let armed = false;
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const lines = out.split('\n');
      out = lines.pop()!;
      for (const line of lines) {
        const [word, arg] = line.split(' ');
        if (word === 'ready') hash = arg!;
        else if (word === 'p') progress = Number(arg);
        else if (word === 'c') commits = Number(arg);
        else if (word === 'done') done = arg;
      }
      if (kill !== undefined && !armed && (kill.on === 'c' ? commits : progress) >= kill.count) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), kill.extraMs);
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ hash, progress, commits, killed: true });
      else if (code === 0 && done !== undefined) resolve({ hash, progress, commits, done, killed: false });
      else reject(new Error(`the child failed (code ${code}, signal ${signal}): ${err}`));
    });
  });
}

interface StoreCheck {
  /** Batch transactions the store holds. */
  committed: number;
  /** Of them, fast-path ones. */
  fast: number;
  consensusCommits: number;
}

/** Opens the store and checks it against the oracle (see the top of the file). */
function checkStore(o: Oracle): StoreCheck {
  const store = LmdbStore.open(dir);
  try {
    const live = [...store.liveObjects()];
    expect(store.stateDigest()).toBe(stateDigestOf(live));

    const rs = o.result.transactions;
    const isCommitted = rs.map((r) => r.digest !== undefined && store.getTransaction(r.digest) !== undefined);
    const problems: string[] = [];
    rs.forEach((r, i) => {
      if (r.effectsBytes === undefined) {
        // The oracle did not execute it: nothing of it may be stored.
        if (isCommitted[i]) problems.push(`transaction ${i} (${r.status.kind}) is stored though the oracle did not execute it`);
        return;
      }
      const fx = r.effects as TransactionEffects;
      if (isCommitted[i]) {
        const stored = store.getTransaction(r.digest!)!;
        if (!Buffer.from(stored.effects).equals(Buffer.from(r.effectsBytes))) problems.push(`transaction ${i}: stored effects differ from the oracle's`);
      }
      for (const c of fx.changedObjects) {
        const version = c.outputState.kind === 'PackageWrite' ? c.outputState.version : fx.lamportVersion;
        const got = store.getObjectVersion(c.id, version);
        if (isCommitted[i] && c.outputState.kind !== 'NotExist' && got?.digest !== c.outputState.digest) problems.push(`transaction ${i} is committed but object ${c.id} version ${version} is ${got ? got.digest : 'missing'}, its effects say ${c.outputState.digest}`);
        if (!isCommitted[i] && got !== undefined) problems.push(`transaction ${i} is not committed but object ${c.id} is there at its version ${version}`);
      }
    });

    // Fast path: the committed ones are an arrival-order prefix.
    const fastIdx = rs.filter((r) => r.path === 'fast' && r.effectsBytes !== undefined).map((r) => r.index);
    const fast = fastIdx.filter((i) => isCommitted[i]).length;
    fastIdx.forEach((i, k) => {
      if (isCommitted[i] !== k < fast) problems.push(`fast-path transaction ${i} (the ${k}th) is ${isCommitted[i] ? '' : 'not '}committed, but ${fast} fast-path transactions are: not an arrival-order prefix`);
    });

    // Consensus: whole commits, in order, after the whole fast path.
    const commits = new Map<number, number[]>();
    for (const r of rs) if (r.path === 'consensus' && r.effectsBytes !== undefined) commits.set(r.commit!, [...(commits.get(r.commit!) ?? []), r.index]);
    let consensusCommits = 0;
    for (const [c, idx] of [...commits].sort((a, b) => a[0] - b[0])) {
      const n = idx.filter((i) => isCommitted[i]).length;
      if (n !== 0 && n !== idx.length) problems.push(`consensus commit ${c} is half there: ${n} of ${idx.length} transactions`);
      if (n === 0) break;
      if (c !== consensusCommits) problems.push(`consensus commit ${c} is there but an earlier one is not`);
      consensusCommits += 1;
    }
    const consensusTotal = rs.filter((r) => r.path === 'consensus' && r.effectsBytes !== undefined && isCommitted[r.index]).length;
    if (consensusTotal > 0 && fast < fastIdx.length) problems.push(`${consensusTotal} consensus transactions are committed before the whole fast path (${fast} of ${fastIdx.length})`);

    // Locks. A fast-path transaction takes its locks and releases them in one commit; a queued
    // consensus one keeps its lock from the prefix commit of its position until its consensus commit.
    const lastFast = fast > 0 ? fastIdx[fast - 1]! : -1;
    for (const r of rs) {
      if (r.effectsBytes === undefined || r.digest === undefined) continue;
      const data = o.txs[r.index]!.data;
      const ownedRefs = [...data.gasPayment, ...data.inputs.flatMap((inp) => ('Object' in inp ? [inp.Object] : []))];
      for (const ref of ownedRefs) {
        const holder = store.lockHolder(ref.id, ref.version!);
        if (r.path === 'fast' || isCommitted[r.index]) {
          if (holder !== undefined) problems.push(`transaction ${r.index} (${r.path}, ${isCommitted[r.index] ? 'committed' : 'not committed'}) left a lock on ${ref.id} version ${ref.version}`);
        } else if (holder !== undefined && holder !== r.digest) problems.push(`transaction ${r.index}'s input ${ref.id} version ${ref.version} is locked by ${holder}`);
        else if (holder === undefined && r.index < lastFast) problems.push(`consensus transaction ${r.index} has no lock on ${ref.id} version ${ref.version} though fast-path transaction ${lastFast} after it is committed`);
      }
    }

    // Every live object is the oracle's at that version.
    for (const obj of live) {
      const want = o.store.getObjectVersion(obj.id, obj.version);
      if (want?.digest !== obj.digest) problems.push(`live object ${obj.id} version ${obj.version} is ${obj.digest}, the oracle has ${want ? want.digest : 'nothing'}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);

    // The state is the oracle's after the same number of commits (one per executed fast-path transaction, then the consensus commits).
    expect(store.stateDigest()).toBe(o.digests[fast + consensusCommits]);
    return { committed: isCommitted.filter(Boolean).length, fast, consensusCommits };
  } finally {
    store.close();
  }
}

describe('parallel executor crash safety (LMDB commit batching)', () => {
  it(`leaves the oracle's state after a prefix of commits across ${ROUNDS} SIGKILLs, and a rerun completes the batch exactly`, async () => {
    const started = performance.now();
    const o = await buildOracle();
    const rs = o.result.transactions;
    const executed = rs.filter((r) => r.effectsBytes !== undefined).length;
    const fastTotal = rs.filter((r) => r.path === 'fast' && r.effectsBytes !== undefined).length;
    expect(rs.length).toBe(BATCH_SIZE);
    const consensusTotal = rs.filter((r) => r.path === 'consensus' && r.effectsBytes !== undefined).length;
    expect(o.result.stats.commits).toBe(Math.ceil(consensusTotal / MAX_PER_COMMIT));
    expect(o.result.stats.commits).toBeGreaterThan(1);
    expect(o.digests.length).toBe(fastTotal + o.result.stats.commits + 1);
    const hash = batchHash(o.txs);

    const log: string[] = [];
    let before: StoreCheck = { committed: 0, fast: 0, consensusCommits: 0 };
    let midRun = 0;
    let advanced = 0;
    for (let round = 0; round < ROUNDS; round++) {
      // Kill a few milliseconds (a commit takes about that) after a random number of the run's
      // store commits, spread so that every round has part of the fast path left to interrupt;
      // the last round aims at the consensus phase instead (once the child reports fast-path
      // transactions all finished, the fast path is committed and the consensus commits are running).
      const last = round === ROUNDS - 1;
      const leftCommits = Math.max(1, Math.floor((fastTotal - before.fast) / (2 * COMMIT_EVERY)));
      const kill: Kill = last
        ? // Past the first consensus commit's transactions, before the last commit's: between two consensus commits, mostly.
          { on: 'p', count: fastTotal + MAX_PER_COMMIT + 1 + Math.floor(Math.random() * 2 * MAX_PER_COMMIT), extraMs: 0 }
        : { on: 'c', count: 1 + Math.floor((Math.random() * leftCommits) / (ROUNDS - 1 - round)), extraMs: Math.floor(Math.random() * 15) };
      const run = await runChild(kill);
      expect(run.hash).toBe(hash);
      const after = checkStore(o);
      expect(after.committed).toBeGreaterThanOrEqual(before.committed);
      // Mid-run: the run had started (a transaction finished) and had not committed everything.
      const mid = run.killed && run.progress > 0 && after.committed < executed;
      if (mid) midRun += 1;
      if (after.committed > before.committed) advanced += 1;
      log.push(`round ${round}: kill at ${kill.on}>=${kill.count}+${kill.extraMs}ms, ${run.killed ? `killed at p=${run.progress} c=${run.commits}` : 'finished first'}, committed ${before.committed} -> ${after.committed} of ${executed} (fast ${after.fast}/${fastTotal}, consensus commits ${after.consensusCommits})${mid ? ', mid-run' : ''}`);
      before = after;
    }

    const final = await runChild(undefined);
    expect(final.hash).toBe(hash);
    expect(final.done).toBe(o.result.stats.stateDigest);
    const end = checkStore(o);
    expect(end.committed).toBe(executed);
    const store = LmdbStore.open(dir);
    try {
      expect([...store.liveObjects()].map((x) => `${x.id}@${x.version}:${x.digest}`)).toEqual([...o.store.liveObjects()].map((x) => `${x.id}@${x.version}:${x.digest}`));
    } finally {
      store.close();
    }
    console.log(`parallel crash test: ${midRun} of ${ROUNDS} kills mid-run (run started, batch not all committed), ${advanced} after new commits, ${((performance.now() - started) / 1000).toFixed(1)} s\n${log.join('\n')}`);
    expect(midRun).toBeGreaterThan(0);
  }, 180_000);
});
