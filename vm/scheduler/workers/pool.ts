// The worker-thread pool of the parallel executor. In: tasks (signature checks, transactions to
// execute) submitted in any number; out: each task's result through its callbacks. Tasks go to
// the worker with the fewest in flight (a few per worker, so a worker never waits for the main
// thread between tasks); transactions go before signature checks, as they unblock more work.
//
// A worker that dies (a crash, an out-of-memory, a `fatal`) is replaced at once and its unfinished
// tasks are sent again. A result is only taken from a live worker's `done`, and a dead worker sends
// nothing more, so nothing runs twice as far as the caller can tell (execution itself writes
// nothing: the main thread commits). A task that has killed three workers fails instead of
// taking the pool down with it.
//
// With reads 'store', every worker also gets the scope's overlay writes it has not seen (`publish`),
// sent along with its next task; a replacement worker starts from the scope's first write.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExecuteOutcome } from '../../execution/execute.js';
import type { ObjectId, ObjectRecord } from '../../objects/object.js';
import { pack, unpack, type Delta, type ExecMessage, type ReadMode, type VerifyItem, type WorkerMessage } from './protocol.js';
import { answer, newChannel } from './read-channel.js';

export interface PoolOptions {
  workers: number;
  reads: ReadMode;
  storeDir?: string;
  /** Tasks a worker may hold at once (default 16). */
  maxInflight?: number;
}

interface TaskBase {
  attempts: number;
  fail: (reason: string) => void;
}

export interface ExecTask extends TaskBase {
  kind: 'exec';
  msg: Omit<ExecMessage, 't' | 'id' | 'deltas'>;
  done: (outcome: ExecuteOutcome, micros: number) => void;
}

export interface VerifyTask extends TaskBase {
  kind: 'verify';
  items: VerifyItem[];
  done: (results: Array<{ index: number; reason?: string }>) => void;
}

type Task = ExecTask | VerifyTask;

interface Slot {
  worker: Worker;
  channel: SharedArrayBuffer;
  inflight: Map<number, Task>;
  /** Deltas of the current scope already sent. */
  sent: number;
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
  private deltas: Delta[] = [];
  private nextId = 1;
  private closing = false;
  restarts = 0;
  reader: Reader = () => ({ record: undefined, committed: false });

  private constructor(private readonly options: PoolOptions) {}

  static async start(options: PoolOptions): Promise<WorkerPool> {
    if (!Number.isSafeInteger(options.workers) || options.workers < 1 || options.workers > 64) throw new RangeError('workers is a whole number from 1 to 64');
    if (options.reads === 'store' && options.storeDir === undefined) throw new RangeError('reads "store" needs an LMDB store directory');
    const pool = new WorkerPool(options);
    await Promise.all(Array.from({ length: options.workers }, (_, i) => pool.spawn(i)));
    return pool;
  }

  private spawn(i: number): Promise<void> {
    const worker = newWorker();
    const slot: Slot = { worker, channel: newChannel(), inflight: new Map(), sent: 0, busyMicros: this.slots[i]?.busyMicros ?? 0 };
    this.slots[i] = slot;
    worker.postMessage({ t: 'init', storeDir: this.options.storeDir, reads: this.options.reads, channel: slot.channel });
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
    this.spawn(i).catch((e: Error) => {
      for (const t of orphans) t.fail(`worker ${i} could not be restarted: ${e.message}`);
    });
    for (const t of orphans.reverse()) {
      t.attempts += 1;
      if (t.attempts > 3) {
        t.fail(`the worker running it died ${t.attempts - 1} times${dead.lastFatal ? ` (last: ${dead.lastFatal.split('\n')[0]})` : ''}`);
        continue;
      }
      if (t.kind === 'exec') {
        delete t.msg.crash;
        this.execQueue.unshift(t);
      } else this.verifyQueue.unshift(t);
    }
    this.pump();
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
        const t = slot.inflight.get(m.id) as VerifyTask | undefined;
        slot.inflight.delete(m.id);
        this.pump();
        t?.done(m.results);
        return;
      }
      case 'done': {
        const t = slot.inflight.get(m.id) as ExecTask | undefined;
        slot.inflight.delete(m.id);
        slot.busyMicros += m.micros;
        this.pump();
        t?.done(unpack<ExecuteOutcome>(m.outcome), m.micros);
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

  /** A new overlay scope: workers forget the old one's writes at their next task. */
  newScope(): void {
    this.deltas = [];
    for (const s of this.slots) s.sent = 0;
  }

  /** reads 'store': an overlay write every worker must see before its next task. */
  publish(at: number, written: readonly ObjectRecord[], removed: ReadonlyArray<{ id: ObjectId; version: number }>): void {
    if (this.options.reads === 'store') this.deltas.push({ at, bytes: pack([written, removed]) });
  }

  private pump(): void {
    const max = this.options.maxInflight ?? 16;
    for (;;) {
      const task: Task | undefined = this.execQueue.length > 0 ? this.execQueue[0] : this.verifyQueue[0];
      if (task === undefined) return;
      let best: Slot | undefined;
      for (const s of this.slots) if (s !== undefined && s.inflight.size < max && (best === undefined || s.inflight.size < best.inflight.size)) best = s;
      if (best === undefined) return;
      (task.kind === 'exec' ? this.execQueue : this.verifyQueue).shift();
      const id = this.nextId++;
      best.inflight.set(id, task);
      if (task.kind === 'verify') best.worker.postMessage({ t: 'verify', id, items: task.items });
      else {
        const deltas = this.deltas.slice(best.sent);
        best.sent = this.deltas.length;
        best.worker.postMessage({ t: 'exec', id, deltas, ...task.msg } satisfies ExecMessage);
      }
    }
  }

  /** Worker time spent executing transactions, summed over workers (µs). */
  busyMicros(): number {
    return this.slots.reduce((s, x) => s + x.busyMicros, 0);
  }

  get size(): number {
    return this.slots.length;
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
