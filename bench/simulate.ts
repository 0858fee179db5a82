// Critical-path simulation of the parallel executor. In: per-transaction costs (µs on a lane: the
// signature check and the execution) with their DAG predecessors (ParallelResult.profile), and a
// per-transaction serial cost on the main thread (parsing, admission, dispatch, commit: what no
// worker can take over). Out: the predicted makespan and throughput on P lanes, with the bounds
// that explain it (total work / P, the critical path, the serial main thread).
//
// Model: list scheduling on P lanes, lane 0 being the main thread, as in the executor (`--workers
// N` counts the main thread). Each transaction is three jobs: its signature check (no
// dependencies), its admission (`serialUs`, on the main thread only, in arrival order, once its
// check is done) and its execution (once admitted and once its predecessors have executed). A free
// lane takes, in this order: on the main thread, the next admission if its check is done; the
// earliest unstarted check while fewer than LOOKAHEAD checked transactions wait to execute; the
// earliest-arrived ready execution; any unstarted check. This is optimistic (no worker
// start-up, no messaging, no contention on the store or for the cores), a list schedule is within
// 2x of the optimum (Graham), and a serial cost measured on one lane includes waits (the commit's
// fsync) that a real run overlaps with other lanes' work: an estimate to compare measurements
// with, not a bound.

export interface SimTx {
  /** Lane time of the transaction's execution (µs). */
  executeUs: number;
  /** Lane time of its signature check (µs; 0 or absent: none). */
  verifyUs?: number;
  /** Indices (into the same array) of the transactions it must wait for. */
  preds: readonly number[];
}

export interface Simulation {
  workers: number;
  makespanUs: number;
  tps: number;
  /** All the work (checks, admissions, executions) / P: the makespan with perfect balance and no dependencies. */
  workBoundUs: number;
  /** Longest chain of execution costs through the DAG (admission left out: see serialBoundUs). */
  criticalPathUs: number;
  /** n * serialUs: the main thread's own work alone. */
  serialBoundUs: number;
}

/** A binary min-heap of numbers (transaction indices: arrival order is priority). */
class MinHeap {
  private readonly a: number[] = [];
  get size(): number {
    return this.a.length;
  }
  push(x: number): void {
    const a = this.a;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p]! <= x) break;
      a[i] = a[p]!;
      i = p;
    }
    a[i] = x;
  }
  pop(): number | undefined {
    const a = this.a;
    if (a.length === 0) return undefined;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= a.length) break;
        const c = l + 1 < a.length && a[l + 1]! < a[l]! ? l + 1 : l;
        if (a[c]! >= last) break;
        a[i] = a[c]!;
        i = c;
      }
      a[i] = last;
    }
    return top;
  }
}

function check(txs: readonly SimTx[], serialUs: number, workers: number): void {
  if (!Number.isSafeInteger(workers) || workers < 1) throw new RangeError('workers is a positive integer');
  if (!(serialUs >= 0)) throw new RangeError('serialUs is a non-negative number');
  txs.forEach((t, i) => {
    if (!(t.executeUs >= 0)) throw new RangeError(`transaction ${i}: executeUs is a non-negative number`);
    if (t.verifyUs !== undefined && !(t.verifyUs >= 0)) throw new RangeError(`transaction ${i}: verifyUs is a non-negative number`);
    // Predecessors come earlier in arrival order: that is what makes the graph acyclic.
    for (const p of t.preds) if (!Number.isSafeInteger(p) || p < 0 || p >= i) throw new RangeError(`transaction ${i}: predecessor ${p} is not an earlier transaction`);
  });
}

/**
 * Checks run ahead of executions up to this many transactions, as the executor's lanes hold deep
 * queues (workers/pool.ts): the checked-but-not-executed window it keeps filled.
 */
const LOOKAHEAD = 256;

/** Simulates list scheduling of `txs` on `workers` lanes (lane 0 is the main thread). */
export function simulate(txs: readonly SimTx[], serialUs: number, workers: number): Simulation {
  check(txs, serialUs, workers);
  const n = txs.length;
  const succs: number[][] = Array.from({ length: n }, () => []);
  // What each execution still waits for: its admission and each distinct predecessor.
  const waiting = new Int32Array(n);
  txs.forEach((t, i) => {
    const ps = new Set(t.preds);
    waiting[i] = ps.size + 1;
    for (const p of ps) succs[p]!.push(i);
  });
  const checked = new Float64Array(n).fill(Infinity);
  const ready = new MinHeap();
  const busy = new Array<boolean>(workers).fill(false);
  let running: Array<{ kind: 'check' | 'admit' | 'execute'; i: number; at: number; lane: number }> = [];
  let nextCheck = 0;
  let nextAdmit = 0;
  let executed = 0;
  let now = 0;
  let makespanUs = 0;
  const start = (kind: 'check' | 'admit' | 'execute', i: number, us: number, lane: number): void => {
    busy[lane] = true;
    running.push({ kind, i, at: now + us, lane });
  };
  while (executed < n) {
    // Every free lane takes its next job (zero-length jobs end at once and free the lane again).
    for (let w = 0; w < workers; w++) {
      if (busy[w]) continue;
      if (w === 0 && nextAdmit < n && checked[nextAdmit]! <= now) start('admit', nextAdmit++, serialUs, w);
      else if (nextCheck < n && (nextCheck - executed < LOOKAHEAD || ready.size === 0)) {
        const i = nextCheck++;
        start('check', i, txs[i]!.verifyUs ?? 0, w);
      } else if (ready.size > 0) {
        const i = ready.pop()!;
        start('execute', i, txs[i]!.executeUs, w);
      }
    }
    if (running.length === 0) throw new Error('simulation stalled (this is a bug)');
    let next = Infinity;
    for (const r of running) next = Math.min(next, r.at);
    now = Math.max(now, next);
    const finished = running.filter((r) => r.at <= now);
    running = running.filter((r) => r.at > now);
    for (const r of finished) {
      busy[r.lane] = false;
      makespanUs = Math.max(makespanUs, r.at);
      if (r.kind === 'check') checked[r.i] = r.at;
      else if (r.kind === 'admit') {
        if (--waiting[r.i]! === 0) ready.push(r.i);
      } else {
        executed += 1;
        for (const s of succs[r.i]!) if (--waiting[s]! === 0) ready.push(s);
      }
    }
  }
  const work = txs.reduce((s, t) => s + t.executeUs + (t.verifyUs ?? 0), 0) + n * serialUs;
  return {
    workers,
    makespanUs,
    tps: makespanUs > 0 ? (n * 1e6) / makespanUs : Infinity,
    workBoundUs: work / workers,
    criticalPathUs: criticalPath(txs),
    serialBoundUs: n * serialUs,
  };
}

/** The longest path: each transaction finishes no earlier than its admission or its predecessors, plus its cost. */
export function criticalPath(txs: readonly SimTx[], serialUs = 0): number {
  const f = new Float64Array(txs.length);
  let best = 0;
  txs.forEach((t, i) => {
    let start = (i + 1) * serialUs;
    for (const p of t.preds) start = Math.max(start, f[p]!);
    f[i] = start + t.executeUs;
    best = Math.max(best, f[i]!);
  });
  return best;
}

export const SIM_WORKERS = [1, 2, 4, 8, 16] as const;

/** Predictions for 1, 2, 4, 8 and 16 workers. */
export function predict(txs: readonly SimTx[], serialUs: number, workers: readonly number[] = SIM_WORKERS): Simulation[] {
  return workers.map((p) => simulate(txs, serialUs, p));
}
