// The execution lanes of the parallel executor: worker threads, and the main thread itself. In:
// tasks (signature checks, transactions to execute) submitted in any number; out: each task's
// result through its callbacks. Tasks go to the worker with the fewest in flight.
//
// Signature checks go to the workers first, and while any check is left (queued or on a worker),
// transactions stay with the main thread. Moving a check to a worker costs a few microseconds
// (its bytes in, a digest and a verdict out); moving an execution costs its message, its packed
// outcome and the unpacking here, about 50 µs when measured, a sixth of the execution itself (the
// outcome has since gone slim, outcome-wire.ts, which took about 20 µs of packing off the
// worker), against about 11 µs for sending on the writes of one the main thread ran. So a run
// starts with the workers checking and the main thread admitting and executing; once the checks
// are done, transactions go to the workers as well. Either lane starts the oldest check nobody has started (the main thread takes
// one back from a worker before it takes a queued one, which is newer): admission follows the
// checks, and a check left behind would hold up the arrival-order prefix and every commit. With
// `transfers` on two lanes this made runs about 10% faster (medians of per-round ratios).
//
// A caller can have the workers load packages ahead of the transactions that use them (`warm`;
// the parallel executor sends a batch's as it arrives): the framework takes a fresh worker a few
// hundred milliseconds, during which the main thread takes back the checks queued behind.
//
// A worker holds a deep queue (up to `maxInflight` tasks), so it never runs dry while the main
// thread is busy with a commit, which takes tens of milliseconds. The main thread is a lane too:
// whenever it has nothing else to do (one task per event-loop turn, so the worker messages that
// arrive meanwhile are handled between them) it runs a task nobody has started yet: a queued one
// the workers have no room for, or the oldest one a worker holds and has not started, which it
// takes back (claims.ts: one compare-and-swap decides who runs it). So both lanes
// stay busy without either waiting for the other, whatever the share of the main thread's own
// work (admission, commits). A pool of N lanes starts N - 1 worker threads; one lane is the main
// thread alone.
//
// A worker that dies (a crash, an out-of-memory, a `fatal`) is replaced at once and its unfinished
// tasks are sent again. A result is only taken from a live worker's `done`, and a dead worker sends
// nothing more, so nothing runs twice as far as the caller can tell (execution itself writes
// nothing: the main thread commits). A task that has killed three workers fails instead of
// taking the pool down with it.
//
// With reads 'store', every worker also gets the scope's overlay writes it has not seen (`publish`),
// sent along with its next task; a replacement worker starts from the scope's first write. The
// writes of a worker's own executions are not sent back to it (it applied them as it sent the
// outcome), and writes are packed only when some worker needs them: with one worker thread, only
// the main thread's executions are ever packed. Writes the main thread has committed to the store
// are not sent at all: the worker is told the committed position and reads them from the store.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExecuteOutcome } from '../../execution/execute.js';
import type { ObjectId, ObjectRecord } from '../../objects/object.js';
import { pack, unpack, type Delta, type ExecMessage, type ReadMode, type VerifyItem, type VerifyResult, type WarmMessage, type WorkerMessage } from './protocol.js';
import { answer, newChannel } from './read-channel.js';
import { newClaims, open, RING, takeBack } from './claims.js';
import { verifyItems } from './verify.js';
import { fromWire, type WireOutcome } from './outcome-wire.js';

export interface PoolOptions {
  /** Worker threads (0..63); the main thread is one more lane. */
  workers: number;
  reads: ReadMode;
  storeDir?: string;
  /**
   * Tasks a worker may hold at once (default 256): deep enough that a worker still has work while
   * the main thread is busy with a commit; the main thread takes back what it can run sooner.
   */
  maxInflight?: number;
}

const DEFAULT_INFLIGHT = 256;
/**
 * Signature checks a worker may hold at once (of VERIFY_CHUNK transactions each, parallel.ts):
 * about 60 ms of work, so a worker still has checks while the main thread finishes parsing and
 * admits the DAG's roots, which takes it tens of milliseconds without handing out tasks (with 8, a
 * worker sat idle for 20 to 50 ms of each `transfers` run). Transactions wait behind checks on the
 * main thread anyway: they go to a worker only once no check is left (slotFor).
 */
const MAX_VERIFYING = 32;
/** The main thread takes a task back only from a worker holding at least this many. */
const TAKE_BACK_MIN = 2;
/** Task ids wrap here (they live in Int32 claim words). */
const MAX_TASK_ID = 2 ** 30;

interface TaskBase {
  attempts: number;
  fail: (reason: string) => void;
}

/** Which lane ran a task: a worker's slot, or undefined for the main thread. Opaque to callers. */
export type Lane = object | undefined;

export interface ExecTask extends TaskBase {
  kind: 'exec';
  /** The message for a worker, made when the task is sent to one. */
  msg: () => Omit<ExecMessage, 't' | 'id' | 'word' | 'deltas'>;
  /** Runs the task on the main thread instead (the same execution, against the main thread's view). */
  local: () => ExecuteOutcome;
  /** Tests only: the first worker to get the task dies; such a task never runs on the main thread. */
  crash?: boolean;
  /** `lane`: who ran it, for `publish`. */
  done: (outcome: ExecuteOutcome, micros: number, lane: Lane) => void;
}

export interface VerifyTask extends TaskBase {
  kind: 'verify';
  items: VerifyItem[];
  /** `micros`: how long the checks took on `lane`, the lane that ran them. */
  done: (results: VerifyResult[], micros: number, lane: Lane) => void;
}

type Task = ExecTask | VerifyTask;

/** An overlay write for the workers, packed when first sent. */
interface PendingDelta {
  at: number;
  written: readonly ObjectRecord[];
  removed: ReadonlyArray<{ id: ObjectId; version: number }>;
  /** The worker that made it (and has it already), if one did. */
  origin: Lane;
  bytes?: Uint8Array;
}

interface Slot {
  worker: Worker;
  channel: SharedArrayBuffer;
  /** Claim words of the tasks sent to this worker (claims.ts). */
  claims: Int32Array;
  /** Tasks sent and not finished or taken back, oldest first, by id. */
  inflight: Map<number, Task>;
  /** Claim word of each task in `inflight`, and the free words. */
  words: Map<number, number>;
  free: number[];
  verifying: number;
  /** Deltas of the current scope already sent. */
  sent: number;
  /** The committed position this worker was last told (ExecMessage.committed). */
  committedSent: number;
  /** Packages this worker was told to load (WarmMessage). */
  warmed: Set<string>;
  busyMicros: number;
  lastFatal?: string;
}

/** Answers a worker's synchronous read: the object at `version` (-1: live) as position `at` of `scope` sees it. */
export type Reader = (scope: number, at: number, id: ObjectId, version: number) => { record: ObjectRecord | undefined; committed: boolean };

/** A new worker: the compiled worker.js next to this file, or (tests running the sources) worker.ts loaded through tsx. */
function newWorker(): Worker {
  const js = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return new Worker(js);
  const ts = new URL('./worker.ts', import.meta.url).href;
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(ts)}); })`, { eval: true });
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly execQueue: ExecTask[] = [];
  private readonly verifyQueue: VerifyTask[] = [];
  private deltas: PendingDelta[] = [];
  /** Every package the workers were told to load (a replacement worker loads them too). */
  private readonly warmed = new Set<string>();
  /** Positions of the current scope below this are committed to the store (reads 'store'). */
  private committedAt = 0;
  private nextId = 1;
  private closing = false;
  /** A main-thread task is scheduled for the next turn. */
  private localPending = false;
  private localBusy = 0;
  restarts = 0;
  reader: Reader = () => ({ record: undefined, committed: false });

  private constructor(private options: PoolOptions) {}

  static async start(options: PoolOptions): Promise<WorkerPool> {
    if (!Number.isSafeInteger(options.workers) || options.workers < 0 || options.workers > 63) throw new RangeError('workers (threads besides the main one) is a whole number from 0 to 63');
    if (options.reads === 'store' && options.storeDir === undefined) throw new RangeError('reads "store" needs an LMDB store directory');
    const pool = new WorkerPool(options);
    await Promise.all(Array.from({ length: options.workers }, (_, i) => pool.spawn(i)));
    return pool;
  }

  private spawn(i: number): Promise<void> {
    const worker = newWorker();
    const claims = newClaims();
    const slot: Slot = { worker, channel: newChannel(), claims: new Int32Array(claims), inflight: new Map(), words: new Map(), free: Array.from({ length: RING }, (_, w) => RING - 1 - w), verifying: 0, sent: 0, committedSent: 0, warmed: new Set(), busyMicros: this.slots[i]?.busyMicros ?? 0 };
    this.slots[i] = slot;
    worker.postMessage({ t: 'init', storeDir: this.options.storeDir, reads: this.options.reads, channel: slot.channel, claims });
    // A replacement loads what the worker it replaces had loaded.
    this.warmSlot(slot);
    return new Promise((resolve, reject) => {
      let ready = false;
      worker.on('message', (m: WorkerMessage) => {
        if (m.t === 'ready') {
          ready = true;
          resolve();
        } else this.onMessage(slot, m);
      });
      worker.on('error', (e) => {
        slot.lastFatal ??= e instanceof Error ? e.message : String(e);
      });
      worker.on('exit', (code) => {
        if (!ready) reject(new Error(`a worker failed to start (exit ${code}): ${slot.lastFatal ?? 'no message'}`));
        else if (!this.closing && this.slots[i] === slot) this.replace(i, slot);
      });
    });
  }

  private replace(i: number, dead: Slot): void {
    this.restarts += 1;
    const orphans = [...dead.inflight.values()];
    dead.inflight.clear();
    // A worker runs its tasks in the order they were sent, so the test crash that killed it was
    // the first crash task sent; the ones queued behind it never started and still crash.
    const killer = orphans.find((t) => t.kind === 'exec' && t.crash === true) as ExecTask | undefined;
    if (killer !== undefined) delete killer.crash;
    this.spawn(i).catch((e: Error) => {
      for (const t of orphans) t.fail(`worker ${i} could not be restarted: ${e.message}`);
    });
    for (const t of orphans.reverse()) {
      t.attempts += 1;
      if (t.attempts > 3) {
        t.fail(`the worker running it died ${t.attempts - 1} times${dead.lastFatal ? ` (last: ${dead.lastFatal.split('\n')[0]})` : ''}`);
        continue;
      }
      if (t.kind === 'exec') this.execQueue.unshift(t);
      else this.verifyQueue.unshift(t);
    }
    this.pump();
  }

  /** Task `id` leaves the worker's hands (finished, or taken back): its claim word is free. */
  private settle(slot: Slot, id: number): Task | undefined {
    const t = slot.inflight.get(id);
    if (t === undefined) return undefined;
    slot.inflight.delete(id);
    slot.free.push(slot.words.get(id)!);
    slot.words.delete(id);
    if (t.kind === 'verify') slot.verifying -= 1;
    return t;
  }

  private onMessage(slot: Slot, m: WorkerMessage): void {
    switch (m.t) {
      case 'read': {
        const r = this.reader(m.scope, m.at, m.id, m.version);
        answer(slot.channel, r.record, r.committed);
        return;
      }
      case 'fatal':
        slot.lastFatal = m.message;
        return;
      case 'verified': {
        const t = this.settle(slot, m.id) as VerifyTask | undefined;
        slot.busyMicros += m.micros;
        this.pump();
        t?.done(m.results, m.micros, slot);
        return;
      }
      case 'done': {
        const t = this.settle(slot, m.id) as ExecTask | undefined;
        slot.busyMicros += m.micros;
        this.pump();
        t?.done(fromWire(unpack<WireOutcome>(m.outcome)), m.micros, slot);
        return;
      }
      case 'ready':
        return;
    }
  }

  submit(task: ExecTask | VerifyTask): void {
    if (task.kind === 'exec') this.execQueue.push(task);
    else this.verifyQueue.push(task);
    this.pump();
  }

  /** reads 'store': the workers read the LMDB store in `dir` from their next task on (a replacement worker too). */
  useStore(dir: string): void {
    if (this.options.reads !== 'store' || this.options.storeDir === dir) return;
    this.options = { ...this.options, storeDir: dir };
    for (const s of this.slots) s.worker.postMessage({ t: 'store', storeDir: dir });
  }

  /**
   * The workers load these packages ahead of their tasks (warm.ts), each package once per worker.
   * Sent before the tasks that use them, so a worker loads them first; the main thread meanwhile
   * takes back the tasks queued behind.
   */
  warm(packages: Iterable<string>): void {
    for (const p of packages) this.warmed.add(p);
    for (const s of this.slots) if (s !== undefined) this.warmSlot(s);
  }

  private warmSlot(slot: Slot): void {
    if (slot.warmed.size === this.warmed.size) return;
    const fresh = [...this.warmed].filter((p) => !slot.warmed.has(p));
    for (const p of fresh) slot.warmed.add(p);
    slot.worker.postMessage({ t: 'warm', packages: fresh } satisfies WarmMessage);
  }

  /** A new overlay scope: workers forget the old one's writes at their next task. */
  newScope(): void {
    this.deltas = [];
    this.committedAt = 0;
    for (const s of this.slots) {
      s.sent = 0;
      s.committedSent = 0;
    }
  }

  /**
   * reads 'store': the positions of the scope below `upTo` are committed to the store. Their
   * deltas are no longer sent (a worker reads those writes from the store), and each worker drops
   * them from its overlay at its next task. Every task not finished yet is at `upTo` or later.
   */
  committed(upTo: number): void {
    if (this.options.reads === 'store' && upTo > this.committedAt) this.committedAt = upTo;
  }

  /**
   * reads 'store': an overlay write every worker must see before its next task. `origin`: the lane
   * that ran the transaction (ExecTask.done), which is not sent its own writes; the caller applies
   * exactly the outcome's `written` and `removed` at the task's position, as that worker did.
   */
  publish(at: number, written: readonly ObjectRecord[], removed: ReadonlyArray<{ id: ObjectId; version: number }>, origin: Lane = undefined): void {
    if (this.options.reads === 'store') this.deltas.push({ at, written, removed, origin });
  }

  /** The deltas `slot` has not been sent, packing those not packed yet. */
  private deltasFor(slot: Slot): Delta[] {
    const out: Delta[] = [];
    for (let k = slot.sent; k < this.deltas.length; k++) {
      const d = this.deltas[k]!;
      if (d.origin === slot || d.at < this.committedAt) continue;
      out.push({ at: d.at, bytes: (d.bytes ??= pack([d.written, d.removed])) });
    }
    slot.sent = this.deltas.length;
    return out;
  }

  /** The worker with the fewest tasks that may take `task` now, if any: a transaction only once no check is left. */
  private slotFor(task: Task, max: number): Slot | undefined {
    let best: Slot | undefined;
    for (const s of this.slots) {
      if (s === undefined || s.inflight.size >= max) continue;
      if (task.kind === 'verify' ? s.verifying >= MAX_VERIFYING : s.verifying > 0 || this.verifyQueue.length > 0) continue;
      if (best === undefined || s.inflight.size < best.inflight.size) best = s;
    }
    return best;
  }

  /** Hands `task` to the worker of `slot`. */
  private send(task: Task, slot: Slot): void {
    const id = this.nextId;
    this.nextId = id + 1 === MAX_TASK_ID ? 1 : id + 1;
    const word = slot.free.pop()!;
    slot.inflight.set(id, task);
    slot.words.set(id, word);
    open(slot.claims, word, id);
    if (task.kind === 'verify') {
      slot.verifying += 1;
      slot.worker.postMessage({ t: 'verify', id, word, items: task.items });
    } else {
      const deltas = this.deltasFor(slot);
      const committed = slot.committedSent !== this.committedAt ? this.committedAt : undefined;
      slot.committedSent = this.committedAt;
      slot.worker.postMessage({ t: 'exec', id, word, deltas, ...(committed !== undefined ? { committed } : {}), ...task.msg(), ...(task.crash ? { crash: true } : {}) } satisfies ExecMessage);
    }
  }

  private pump(): void {
    const max = Math.min(this.options.maxInflight ?? DEFAULT_INFLIGHT, RING / 2);
    for (;;) {
      // Checks first; transactions only to a worker with no check left anywhere (see the top).
      const verify = this.verifyQueue[0];
      const vslot = verify === undefined ? undefined : this.slotFor(verify, max);
      const task: Task | undefined = vslot !== undefined ? verify : this.execQueue[0];
      const best = vslot ?? (task === undefined ? undefined : this.slotFor(task, max));
      if (task === undefined || best === undefined) break;
      (task.kind === 'exec' ? this.execQueue : this.verifyQueue).shift();
      this.send(task, best);
    }
    // Whatever is left, or still unstarted on a worker, the main thread may run on its next turn.
    if (!this.localPending && !this.closing && (this.execQueue.length > 0 || this.verifyQueue.length > 0 || this.slots.some((s) => s !== undefined && s.inflight.size >= TAKE_BACK_MIN))) {
      this.localPending = true;
      setImmediate(() => this.runLocal());
    }
  }

  /**
   * The next task for the main thread: a queued transaction, else the oldest signature check not
   * started (one a worker holds is older than any still queued: the queue is sent in order), else
   * any task taken back from a worker.
   */
  private nextLocal(): Task | undefined {
    const i = this.execQueue.findIndex((t) => t.crash !== true);
    if (i >= 0) return this.execQueue.splice(i, 1)[0];
    return this.takeBack('verify') ?? this.verifyQueue.shift() ?? this.takeBack(undefined);
  }

  /** Takes back the oldest task (of `kind`, if given) that the busiest worker holds and has not started. */
  private takeBack(kind: Task['kind'] | undefined): Task | undefined {
    let from: Slot | undefined;
    for (const s of this.slots) if (s !== undefined && s.inflight.size >= TAKE_BACK_MIN && (kind !== 'verify' || s.verifying > 0) && (from === undefined || s.inflight.size > from.inflight.size)) from = s;
    if (from === undefined) return undefined;
    // The worker runs its tasks in the order sent, so the oldest it has not started is the first
    // one whose claim this thread wins. Taking from the front, as the worker does, keeps the
    // arrival-order prefix (and so the commits) moving.
    for (const [id, t] of from.inflight) {
      if ((kind !== undefined && t.kind !== kind) || (t.kind === 'exec' && t.crash === true)) continue;
      if (takeBack(from.claims, from.words.get(id)!, id)) return this.settle(from, id);
    }
    return undefined;
  }

  /** One task on the main thread. */
  private runLocal(): void {
    this.localPending = false;
    if (this.closing) return;
    const task = this.nextLocal();
    if (task === undefined) return;
    const t0 = performance.now();
    if (task.kind === 'exec') {
      let out: ExecuteOutcome;
      try {
        out = task.local();
      } catch (e) {
        // What a worker would report as `fatal`; here there is no worker to replace.
        task.fail(e instanceof Error ? e.message : String(e));
        this.pump();
        return;
      }
      const micros = (performance.now() - t0) * 1000;
      this.localBusy += micros;
      task.done(out, micros, undefined);
    } else {
      const results = verifyItems(task.items);
      const micros = (performance.now() - t0) * 1000;
      this.localBusy += micros;
      task.done(results, micros, undefined);
    }
    this.pump();
  }

  /** Time the lanes spent on tasks (signature checks and executions), summed over the workers and the main thread (µs). */
  busyMicros(): number {
    return this.slots.reduce((s, x) => s + x.busyMicros, this.localBusy);
  }

  /** Lanes: the worker threads and the main thread. */
  get size(): number {
    return this.slots.length + 1;
  }

  /** Tests: kill worker `i` as if it crashed. */
  kill(i: number): Promise<number> {
    return this.slots[i]!.worker.terminate();
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
