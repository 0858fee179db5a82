// The parallel executor (SPEC §4). In: a store and signed transactions in arrival order, the same
// options as the sequential oracle (sequential.ts) plus a worker count. Out: the same BatchResult,
// byte for byte (statuses, effects, events, objects, the state digest), with the store written in
// fewer, larger commits, and the run's statistics and per-transaction profile.
//
// The main thread owns the store, admission and the order; workers (workers/) check signatures
// and execute, and so does the main thread when the workers have no room (it is one of the
// `workers` lanes: N lanes are the main thread and N - 1 worker threads). The run has the oracle's two phases:
//
// 1. Arrival. Every transaction's signature is checked on the workers. Transaction i is admitted
//    (admission.ts, on the main thread) once its signature verified and its predecessors in the
//    DAG of declared objects (dag.ts) are done; a fast-path one is then executed on a worker at
//    position i; a consensus-path one is queued. Admission and execution of i read only i's
//    declared objects and, during execution, their dynamic-field children; only transactions that
//    declare the same objects change those, and they are i's predecessors. So i sees what the
//    oracle shows it, provided its view hides what LATER transactions already wrote: the overlay
//    (overlay.ts) shows position i the writes of positions < i only.
//    Objects the DAG cannot see coming (an input that does not exist yet, is owned by an object or
//    shared, all of which an undeclared earlier transaction may change by creating, unwrapping or
//    transferring it) make i wait until every earlier transaction is done: then its view is the
//    oracle's exactly.
//    Writes go to the store in arrival-order prefixes of `commitEvery` transactions (one atomic
//    commit each; shorter ones at the end of a run with worker threads, prefixCommitSize), so the
//    store is always the oracle's state after some prefix, never ahead of a running transaction.
//    Locks are taken in memory and persisted with those commits.
// 2. Consensus. The consensus commits are planned one by one exactly as the oracle plans them
//    (consensus.ts); a commit's transactions run on the workers in the order their conflicts
//    allow, each at its position in the commit, and the commit is ONE store commit. A commit whose
//    DAG is mostly one chain (every transaction on one hot object) runs on the main thread in
//    commit order instead: workers could not overlap it, and each would cost a round trip.
//
// Workers read objects either straight from the LMDB store, with the scope's uncommitted writes
// sent to them (reads 'store'), or from the main thread: the declared inputs shipped with each
// task, anything else through a synchronous read (reads 'batch', the only choice for a memory
// store). A crashed worker is replaced and its tasks re-run (workers/pool.ts).

import type { ObjectId } from '../objects/object.js';
import { headOf, type CommitBatch, type ObjectStore, type StateView } from '../objects/store.js';
import { LmdbStore } from '../objects/lmdb-store.js';
import { execute, type ExecuteOutcome } from '../execution/execute.js';
import type { SignedTransaction } from '../execution/signature.js';
import type { TransactionData, TransactionDigest } from '../execution/transaction.js';
import { Admission, hashed, parseBatch, type LockTable, type ParsedTx, type Prepared } from './admission.js';
import { digestOfBytes } from '../execution/transaction.js';
import type { AccessSet } from './access.js';
import { consensusBatch, ConsensusPlanner, mergeBatches, type Queued, type TxEntry } from './consensus.js';
import { buildDag, criticalPath, staticAccess, type StaticAccess } from './dag.js';
import { withUnlocks } from './locks.js';
import { ReadCache, VersionedOverlay } from './overlay.js';
import { batchStats, fromOutcome, newResult, type BatchOptions, type BatchResult, type BatchStats, type TxResult } from './results.js';
import { pack, type ReadMode, type VerifyItem } from './workers/protocol.js';
import { WorkerPool, type Lane } from './workers/pool.js';
import { packagesUsed } from './warm.js';

export interface ParallelOptions extends BatchOptions {
  /** Threads that execute (1..64): the main thread and `workers - 1` worker threads. */
  workers: number;
  /** How workers read objects: straight from the LMDB store ('store'), or shipped by the main thread ('batch'). Default: 'store' for an LmdbStore. */
  reads?: ReadMode;
  /** Fast-path transactions per store commit (default 256; fewer at the end of a run with worker threads: prefixCommitSize). */
  commitEvery?: number;
  /** Called as transactions finish (done, total), for progress bars. */
  onProgress?: (done: number, total: number) => void;
  /** Tests only: transactions whose first execution kills the worker running it. */
  crashOn?: readonly number[];
}

/**
 * Per transaction: measured execution time on a lane (µs, 0 if not executed), its share of the
 * signature check that also hashed it (µs, 0 if it was not checked), what it waited for, and its
 * stage (0: fast path, k+1: consensus commit k; stages run one after another).
 */
export interface TxProfile {
  index: number;
  executeUs: number;
  verifyUs: number;
  preds: number[];
  stage: number;
}

export interface ParallelStats extends BatchStats {
  workers: number;
  reads: ReadMode;
  /** Lane time spent checking signatures and executing, summed over the lanes, over the wall time. */
  parallelism: number;
  /** Store commits made by the run. */
  storeCommits: number;
  /** Workers that died and were replaced. */
  workerRestarts: number;
}

export interface ParallelResult extends BatchResult {
  stats: ParallelStats;
  profile: TxProfile[];
}

const VERIFY_CHUNK = 16;
/** The smallest prefix commit at the end of a run with worker threads (prefixCommitSize). */
const TAIL_COMMIT_MIN = 32;

/**
 * How long the uncommitted arrival-order prefix must be before it is committed: `commitEvery`,
 * except at the end of a run with worker threads. Once fewer than `commitEvery` transactions are
 * left to finish (`unfinished`) while some still execute, a prefix is committed as soon as it is
 * as long as what is left (but at least TAIL_COMMIT_MIN). So the main thread commits while the
 * workers run the tail, and the last commit, which nothing can overlap, is short instead of up to
 * `commitEvery` long (it left the worker idle for 20 to 30 ms of a one-second `transfers` run).
 * With no worker thread, or nothing executing (consensus-path transactions finish at admission),
 * there is nothing to overlap, and smaller commits would only cost more syncs.
 */
export function prefixCommitSize(commitEvery: number, workerThreads: boolean, executing: number, unfinished: number): number {
  if (!workerThreads || executing === 0) return commitEvery;
  return Math.max(Math.min(commitEvery, TAIL_COMMIT_MIN), Math.min(commitEvery, unfinished));
}

/** Transactions parsed between two yields of the main thread at the start of a run. */
const PARSE_SLICE = 256;

/** Locks taken in memory for a run: conflicts with the store's persisted locks; new ones are written with the next commit. */
class PendingLocks implements LockTable {
  fresh: Array<{ id: ObjectId; version: number; holder: string }> = [];
  constructor(private readonly store: ObjectStore) {}
  lockAll(inputs: ReadonlyArray<{ id: ObjectId; version: number }>, tx: string): Array<{ id: ObjectId; version: number; holder: string }> {
    const conflicts: Array<{ id: ObjectId; version: number; holder: string }> = [];
    const fresh: typeof conflicts = [];
    for (const i of inputs) {
      const holder = this.store.lockHolder(i.id, i.version);
      if (holder === undefined) fresh.push({ id: i.id, version: i.version, holder: tx });
      else if (holder !== tx) conflicts.push({ id: i.id, version: i.version, holder });
    }
    this.fresh = conflicts.length === 0 ? fresh : [];
    return conflicts;
  }
}

/** Whether admission of `data` may depend on transactions that do not declare its objects (see the top of the file). */
function needsFullOrder(data: TransactionData, view: StateView): boolean {
  const plain = (id: ObjectId): boolean => {
    const r = headOf(view, id);
    return r !== undefined && (r.owner === 'Immutable' || (typeof r.owner === 'object' && 'AddressOwner' in r.owner));
  };
  if (!data.gasPayment.every((g) => plain(g.id))) return true;
  for (const i of data.inputs) {
    if ('Object' in i && !plain(i.Object.id)) return true;
    if ('Receiving' in i && headOf(view, i.Receiving.id) === undefined) return true;
  }
  return false;
}

function declaredIds(data: TransactionData): ObjectId[] {
  const ids = data.gasPayment.map((g) => g.id);
  for (const i of data.inputs) {
    if ('Object' in i) ids.push(i.Object.id);
    else if ('Shared' in i) ids.push(i.Shared.id);
    else if ('Receiving' in i) ids.push(i.Receiving.id);
  }
  return ids;
}

function entryAccess(e: TxEntry): StaticAccess {
  const a = e.tx.access;
  const barrier = e.tx.signed.data.commands.some((c) => 'Publish' in c || 'Upgrade' in c);
  // A cancelled transaction writes its owned inputs only (no command runs); it still loads its
  // shared inputs' live records (for their types), so it reads them.
  if (e.cancelled) return { reads: a.shared.map((x) => x.id), writes: a.owned.map((o) => o.id), barrier };
  return { reads: [...a.reads], writes: [...a.writes], barrier };
}

/** Runs a set of tasks in DAG order: `start(i)` when all of i's predecessors called `finish`. */
class DagRunner {
  private readonly waiting: number[];
  private readonly succs: number[][];
  private readonly done: boolean[];
  doneCount = 0;
  /** First position not done yet. */
  prefix = 0;

  constructor(
    readonly preds: number[][],
    private readonly ready: (i: number) => void,
  ) {
    this.waiting = preds.map((p) => p.length);
    this.succs = preds.map(() => []);
    preds.forEach((ps, i) => ps.forEach((p) => this.succs[p]!.push(i)));
    this.done = preds.map(() => false);
  }

  startAll(): void {
    // The roots first, then start them: `ready` may finish a task at once (admitting a
    // consensus-path transaction does), and that `finish` makes its successors ready; reading the
    // counts while starting would start such a successor a second time.
    const roots: number[] = [];
    this.waiting.forEach((w, i) => {
      if (w === 0) roots.push(i);
    });
    for (const i of roots) this.ready(i);
  }

  finish(i: number): void {
    if (this.done[i]) return;
    this.done[i] = true;
    this.doneCount += 1;
    while (this.prefix < this.done.length && this.done[this.prefix]) this.prefix += 1;
    for (const s of this.succs[i]!) if (--this.waiting[s]! === 0) this.ready(s);
  }

  get complete(): boolean {
    return this.doneCount === this.done.length;
  }
}

export class ParallelExecutor {
  private scopes = 0;

  private constructor(
    private readonly pool: WorkerPool,
    readonly reads: ReadMode,
    readonly workers: number,
  ) {}

  /** Starts the workers for runs on `store` (reads 'store' needs an LmdbStore). */
  static async start(store: ObjectStore, options: { workers: number; reads?: ReadMode }): Promise<ParallelExecutor> {
    const reads = options.reads ?? (store instanceof LmdbStore ? 'store' : 'batch');
    if (reads === 'store' && !(store instanceof LmdbStore)) throw new RangeError('reads "store" needs an LMDB store; use reads "batch" for a memory store');
    if (!Number.isSafeInteger(options.workers) || options.workers < 1 || options.workers > 64) throw new RangeError('workers is a whole number from 1 to 64');
    // The main thread is one of the lanes (workers/pool.ts).
    const pool = await WorkerPool.start({ workers: options.workers - 1, reads, ...(store instanceof LmdbStore ? { storeDir: store.dir } : {}) });
    return new ParallelExecutor(pool, reads, options.workers);
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  /** Tests: kills worker `i` as a crash would. */
  killWorker(i: number): Promise<number> {
    return this.pool.kill(i);
  }

  /**
   * Runs a batch on `store`. An executor may serve several stores one after another (its workers
   * stay warm): with reads 'store' the store must be an LmdbStore, which the workers switch to.
   */
  async run(store: ObjectStore, txs: readonly SignedTransaction[], options: BatchOptions & Omit<ParallelOptions, 'workers' | 'reads'>): Promise<ParallelResult> {
    if (this.reads === 'store') {
      if (!(store instanceof LmdbStore)) throw new RangeError('this executor reads "store": it runs on LMDB stores only');
      this.pool.useStore(store.dir);
    }
    const started = performance.now();
    const busyBefore = this.pool.busyMicros();
    const restartsBefore = this.pool.restarts;
    const commitsBefore = store.commitCount();
    const run = new Run(this, store, txs, options);
    const results = await run.execute();
    const wallTimeMs = performance.now() - started;
    const stats: ParallelStats = {
      ...batchStats(results, run.consensusCommits, wallTimeMs, store),
      workers: this.workers,
      reads: this.reads,
      parallelism: wallTimeMs > 0 ? (this.pool.busyMicros() - busyBefore) / 1000 / wallTimeMs : 0,
      storeCommits: store.commitCount() - commitsBefore,
      workerRestarts: this.pool.restarts - restartsBefore,
    };
    return { transactions: results, stats, profile: run.profile };
  }

  /** @internal for Run */
  get workerPool(): WorkerPool {
    return this.pool;
  }

  /** @internal a fresh overlay scope id */
  nextScope(): number {
    return ++this.scopes;
  }
}

/** One batch through the executor. */
class Run {
  private readonly pool: WorkerPool;
  private readonly results: TxResult[];
  private readonly prepared: Prepared[];
  private readonly ctx: { epoch: number; epochTimestampMs: number };
  private readonly planner: ConsensusPlanner;
  private readonly admission: Admission;
  private readonly locks: PendingLocks;
  private readonly crash: Set<number>;
  readonly profile: TxProfile[];
  consensusCommits = 0;
  private finished = 0;

  // The scope being run: its id, overlay, and what reads of its positions see.
  private scope = 0;
  private base: ReadCache;
  private overlay: VersionedOverlay;

  constructor(
    private readonly executor: ParallelExecutor,
    private readonly store: ObjectStore,
    private readonly txs: readonly SignedTransaction[],
    private readonly options: BatchOptions & Omit<ParallelOptions, 'workers' | 'reads'>,
  ) {
    this.pool = executor.workerPool;
    this.results = txs.map((_, i) => newResult(i));
    // Filled as transactions are parsed (a malformed one) or hashed by their signature check.
    this.prepared = new Array(txs.length);
    this.ctx = { epoch: options.epoch ?? 0, epochTimestampMs: options.epochTimestampMs ?? 0 };
    this.planner = new ConsensusPlanner(store, options);
    this.admission = new Admission(store);
    this.locks = new PendingLocks(store);
    this.crash = new Set(options.crashOn ?? []);
    if (this.crash.size > 0 && executor.workers < 2) throw new RangeError('crashOn needs a worker thread besides the main one (workers >= 2)');
    this.profile = txs.map((_, index) => ({ index, executeUs: 0, verifyUs: 0, preds: [], stage: 0 }));
    this.base = new ReadCache(store);
    this.overlay = new VersionedOverlay(this.base);
    this.pool.reader = (scope, at, id, version) => {
      if (scope !== this.scope) return { record: version < 0 ? this.store.getObject(id) : this.store.getObjectVersion(id, version), committed: true };
      if (version >= 0) return { record: this.overlay.view(at).getObjectVersion(id, version), committed: false };
      const o = this.overlay.latest(id, at);
      return o !== undefined ? { record: o ?? undefined, committed: false } : { record: this.base.getObject(id), committed: true };
    };
  }

  private progress(): void {
    this.finished += 1;
    this.options.onProgress?.(this.finished, this.results.length);
  }

  private newScope(): void {
    this.scope = this.executor.nextScope();
    this.base = new ReadCache(this.store);
    this.overlay = new VersionedOverlay(this.base);
    this.pool.newScope();
  }

  /** `lane`: who ran the transaction (it has these writes already), or undefined (the prologue, the main thread). */
  private apply(at: number, b: CommitBatch, lane: Lane = undefined): void {
    this.overlay.apply(at, b);
    this.pool.publish(at, b.written, b.removed, lane);
  }

  /** Sends one transaction to a worker at position `at` of the current scope. */
  private dispatch(index: number, at: number, data: TransactionData, digest: TransactionDigest, signature: SignedTransaction['signature'] | undefined, extra: { sharedVersions?: ReadonlyMap<ObjectId, number>; cancelled?: string }, done: (out: ExecuteOutcome, lane: Lane) => void, fail: (e: unknown) => void): void {
    // Made when the task starts, on a worker or here: its predecessors are done by then, and
    // positions after `at` are filtered out, so the view shows what it showed at dispatch.
    const view = this.overlay.view(at);
    const scope = this.scope;
    const crash = this.crash.delete(index);
    this.pool.submit({
      kind: 'exec',
      attempts: 0,
      msg: () => ({
        scope,
        at,
        tx: { data, digest: digest.bytes, digestText: digest.text, ...(signature ? { signature } : {}) },
        ...this.ctx,
        ...(extra.sharedVersions ? { sharedVersions: [...extra.sharedVersions] } : {}),
        ...(extra.cancelled !== undefined ? { cancelled: extra.cancelled } : {}),
        ...(this.executor.reads === 'batch' ? { inputs: pack(declaredIds(data).map((id) => [id, view.getObject(id) ?? null])) } : {}),
      }),
      local: () =>
        execute({ data, ...(signature ? { signature } : {}), verified: true, digest }, view, {
          ...this.ctx,
          packages: this.options.packages,
          ...(extra.sharedVersions ? { sharedVersions: new Map(extra.sharedVersions) } : {}),
          ...(extra.cancelled !== undefined ? { cancelled: extra.cancelled } : {}),
        }),
      ...(crash ? { crash: true } : {}),
      done: (out, micros, lane) => {
        this.profile[index]!.executeUs = micros;
        try {
          done(out, lane);
        } catch (e) {
          fail(e);
        }
      },
      fail: (reason) => {
        try {
          done({ kind: 'rejected', rejection: { code: 'InternalError', message: `the transaction could not be executed: ${reason}` } }, undefined);
        } catch (e) {
          fail(e);
        }
      },
    });
  }

  async execute(): Promise<TxResult[]> {
    await this.arrival();
    await this.consensus();
    return this.results;
  }

  /** Phase 1: signatures, admission in DAG order, the fast path, prefix commits. */
  private async arrival(): Promise<void> {
    const n = this.txs.length;
    // The scope first, so the heads the DAG reads stay in its read cache for admission.
    this.newScope();
    const immutable = new Map<ObjectId, boolean>();
    const isImmutable = (id: ObjectId): boolean => {
      let v = immutable.get(id);
      if (v === undefined) immutable.set(id, (v = headOf(this.base, id)?.owner === 'Immutable'));
      return v;
    };
    const verified: Array<boolean | undefined> = new Array(n).fill(undefined);
    const depsDone: boolean[] = new Array(n).fill(false);
    const parked = new Set<number>();
    const accessOf: Array<AccessSet | undefined> = new Array(n);
    const parts: Array<CommitBatch | undefined> = new Array(n);
    const queued: Array<Queued | undefined> = new Array(n);
    const commitEvery = this.options.commitEvery ?? 256;
    if (!Number.isSafeInteger(commitEvery) || commitEvery < 1) throw new RangeError('commitEvery is a positive integer');
    let committed = 0;
    /** Fast-path transactions dispatched and not finished. */
    let executing = 0;

    let failed = false;
    let rejectRun: ((e: unknown) => void) | undefined;
    let failure: unknown;
    const fail = (e: unknown): void => {
      if (failed) return;
      failed = true;
      if (rejectRun) rejectRun(e);
      else failure = e;
    };
    let admit: ((i: number) => void) | undefined;
    // Parse in chunks, each chunk's signature checks going to the lanes at once, so they start
    // while the rest is parsed; every few chunks the main thread yields, so the checks that came
    // back are taken in and more are sent (a worker would otherwise sit idle until the whole batch
    // is parsed). A check also hashes its transaction: the digest comes back with the verdict
    // (admission, which needs it, waits for the verdict anyway). Nothing is admitted before the
    // DAG is built: `depsDone` stays false until then.
    const parsed: ParsedTx[] = new Array(n);
    // Each transaction's declared access, taken as it is parsed (it reads the heads of its inputs,
    // which admission reads again from the cache): done in the sliced loop below, not all at once
    // after it, so the workers' signature checks keep being handed out meanwhile.
    const accesses: Array<StaticAccess | undefined> = new Array(n);
    const seen: Parameters<typeof parseBatch>[3] = new Map();
    const checked = (index: number, digest: { bytes: Uint8Array; text: string }, reason: string | undefined, code: string): void => {
      const p = parsed[index] as Extract<ParsedTx, { ok: true }>;
      this.prepared[index] = hashed(p, digest);
      this.results[index]!.digest = digest.text;
      verified[index] = reason === undefined;
      if (reason !== undefined) this.results[index]!.status = { kind: 'rejected', code, message: reason };
      if (depsDone[index]) admit!(index);
    };
    for (let k = 0; k < n; k += VERIFY_CHUNK) {
      if (k > 0 && k % PARSE_SLICE === 0) {
        await new Promise<void>((r) => setImmediate(r));
        if (failed) break;
      }
      const end = Math.min(n, k + VERIFY_CHUNK);
      const items: VerifyItem[] = [];
      parseBatch(this.txs, k, end, seen).forEach((p, j) => {
        const i = k + j;
        parsed[i] = p;
        if (p.ok) {
          items.push({ index: i, bytes: p.bytes, sender: p.data.sender, signature: p.signature });
          const a = staticAccess(p.data, isImmutable);
          // Copies of one transaction are admitted in order (the first admitted one runs), so
          // they conflict on a name no object has.
          if (p.copyOf !== undefined) a.writes.push(`tx:${p.copyOf}`);
          accesses[i] = a;
        } else {
          // Malformed: its status now, nothing to verify or admit.
          this.prepared[i] = p;
          this.results[i]!.status = p.status;
          verified[i] = false;
        }
      });
      if (items.length === 0) continue;
      // The packages these transactions load, so a worker has them before it runs any (warm.ts).
      if (this.pool.size > 1) {
        const used = new Set<ObjectId>();
        for (let i = k; i < end; i++) {
          const p = parsed[i]!;
          if (p.ok) packagesUsed(p.data, used);
        }
        this.pool.warm(used);
      }
      this.pool.submit({
        kind: 'verify',
        attempts: 0,
        items,
        done: (checks, micros) => {
          try {
            for (const c of checks) {
              this.profile[c.index]!.verifyUs = micros / checks.length;
              checked(c.index, { bytes: c.digest, text: c.digestText }, c.reason, 'InvalidSignature');
            }
          } catch (e) {
            fail(e);
          }
        },
        fail: (reason) => {
          try {
            for (const it of items) checked(it.index, digestOfBytes(it.bytes), `the signature check could not run: ${reason}`, 'InternalError');
          } catch (e) {
            fail(e);
          }
        },
      });
    }
    const preds = buildDag(accesses);

    return new Promise<void>((resolve, reject) => {
      if (failed) return reject(failure);
      rejectRun = reject;
      const commitPrefix = (force: boolean): void => {
        const upTo = dag.prefix;
        if (upTo === committed || (!force && upTo - committed < prefixCommitSize(commitEvery, this.pool.size > 1, executing, n - dag.doneCount))) return;
        const batch = mergeBatches(parts.slice(committed, upTo).filter((b): b is CommitBatch => b !== undefined));
        if (batch.transactions.length + (batch.lock?.length ?? 0) > 0) this.store.commit(batch);
        this.pool.committed(upTo);
        for (let i = committed; i < upTo; i++) parts[i] = undefined;
        committed = upTo;
      };
      const finish = (i: number): void => {
        // A queued consensus transaction finishes (for progress) when its commit runs it.
        if (queued[i] === undefined) this.progress();
        dag.finish(i);
        for (const p of parked) {
          if (p > dag.prefix) continue;
          parked.delete(p);
          admit!(p);
        }
        commitPrefix(dag.complete);
        if (dag.complete && !failed) resolve();
      };
      admit = (i: number): void => {
        const p = this.prepared[i]!;
        const r = this.results[i]!;
        if (!p.ok) return finish(i);
        if (verified[i] !== true) return finish(i);
        const view = this.overlay.view(i);
        if (dag.prefix < i && needsFullOrder(p.data, view)) {
          parked.add(i);
          return;
        }
        const a = this.admission.admit(p, i, view, this.locks);
        const fresh = this.locks.fresh;
        this.locks.fresh = [];
        if (!a.ok) {
          r.status = a.status;
          r.path = a.path;
          return finish(i);
        }
        r.path = a.access.path;
        accessOf[i] = a.access;
        // Locks go to the store with this prefix, unless the transaction executes: its writes then replace this part, and the locks are never written.
        parts[i] = { transactions: [], written: [], removed: [], lock: fresh };
        if (a.access.path === 'consensus') {
          queued[i] = { result: r, signed: { data: p.data, signature: p.signature }, digest: p.digest, access: a.access };
          return finish(i);
        }
        executing += 1;
        this.dispatch(
          i,
          i,
          p.data,
          p.digest,
          p.signature,
          {},
          (out, lane) => {
            executing -= 1;
            fromOutcome(r, out);
            if (out.kind === 'executed') {
              // Locks taken by this run were never written (this part replaces the one that
              // carried them), so only locks already in the store need releasing.
              const b = withUnlocks(out.writes, fresh.length === 0 ? a.access.owned : a.access.owned.filter((o) => !fresh.some((f) => f.id === o.id && f.version === o.version)));
              this.apply(i, b, lane);
              parts[i] = b;
            }
            finish(i);
          },
          fail,
        );
      };
      const ready = (i: number): void => {
        depsDone[i] = true;
        if (verified[i] !== undefined) admit!(i);
      };
      const dag = new DagRunner(preds, (i) => {
        try {
          ready(i);
        } catch (e) {
          fail(e);
        }
      });
      preds.forEach((ps, i) => (this.profile[i]!.preds = ps));

      if (n === 0) return resolve();
      try {
        dag.startAll();
      } catch (e) {
        fail(e);
      }
    }).then(() => {
      for (const q of queued) if (q !== undefined) this.planner.push(q);
    });
  }

  /** Phase 2: the consensus commits, each run in DAG order and committed whole. */
  private async consensus(): Promise<void> {
    for (let commit = this.planner.nextCommit(); commit !== undefined; commit = this.planner.nextCommit()) {
      this.newScope();
      this.apply(0, commit.prologue.batch);
      const entries = commit.entries;
      const parts: Array<CommitBatch | undefined> = new Array(entries.length);
      const preds = buildDag(entries.map(entryAccess));
      const stage = commit.index + 1;
      entries.forEach((e, j) => {
        const prof = this.profile[e.tx.result.index]!;
        prof.preds = preds[j]!.map((p) => entries[p]!.tx.result.index);
        prof.stage = stage;
      });
      // A commit that is mostly one chain (a hot shared object) gains nothing from workers and
      // would pay a round trip per transaction: it runs here, in order, as the oracle runs it.
      const chain = entries.length > 0 && criticalPath(preds, () => 1) * 2 > entries.length;
      if (chain) {
        entries.forEach((e, j) => {
          const t0 = performance.now();
          const b = this.planner.runHere(e, this.overlay.view(j + 1), { ...this.ctx, packages: this.options.packages });
          this.profile[e.tx.result.index]!.executeUs = (performance.now() - t0) * 1000;
          if (b !== undefined) {
            this.apply(j + 1, b);
            parts[j] = b;
          }
          this.progress();
        });
      } else if (entries.length > 0) {
        await new Promise<void>((resolve, reject) => {
          const dag = new DagRunner(preds, (j) => {
            try {
              const e = entries[j]!;
              const c = this.planner.context(e);
              const signed = e.tx.signed;
              this.dispatch(
                e.tx.result.index,
                j + 1,
                signed.data,
                e.tx.digest,
                signed.signature,
                c,
                (out, lane) => {
                  const b = this.planner.settle(e, c, out);
                  if (b !== undefined) {
                    this.apply(j + 1, b, lane);
                    parts[j] = b;
                  }
                  this.progress();
                  dag.finish(j);
                  if (dag.complete) resolve();
                },
                reject,
              );
            } catch (e) {
              reject(e);
            }
          });
          dag.startAll();
        });
      }
      this.store.commit(consensusBatch(commit, parts));
      this.consensusCommits += 1;
    }
  }
}

export async function runParallel(store: ObjectStore, txs: readonly SignedTransaction[], options: ParallelOptions): Promise<ParallelResult> {
  const executor = await ParallelExecutor.start(store, { workers: options.workers, ...(options.reads ? { reads: options.reads } : {}) });
  try {
    return await executor.run(store, txs, options);
  } finally {
    await executor.close();
  }
}
