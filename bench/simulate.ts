// Critical-path simulation of the parallel executor. In: per-transaction costs (µs of execution
// on a worker) with their DAG predecessors (ParallelResult.profile), and a per-transaction serial
// cost on the main thread (admission, dispatch, commit: what no worker can take over). Out: the
// predicted makespan and throughput on P workers, with the bounds that explain it (total work / P,
// the critical path, the serial main thread).
//
// Model: list scheduling, as a work-conserving dispatcher does it. The main thread admits
// transactions in arrival order, one every `serialUs`; a transaction is ready once admitted and
// once all its predecessors have finished; whenever a worker is free, it takes the ready
// transaction that arrived first. This is optimistic (no worker start-up, no messaging, no
// contention on the store) and a list schedule is within 2x of the optimum (Graham), so the
// prediction is a ceiling to compare measurements with, not a promise.

export interface SimTx {
  /** Worker time of the transaction (µs). */
  executeUs: number;
  /** Indices (into the same array) of the transactions it must wait for. */
  preds: readonly number[];
}

export interface Simulation {
  workers: number;
  makespanUs: number;
  tps: number;
  /** Sum of execution costs / P: the makespan with perfect balance and no dependencies. */
  workBoundUs: number;
  /** Longest chain of execution costs through the DAG (admission left out: see serialBoundUs). */
  criticalPathUs: number;
  /** n * serialUs: the main thread alone. */
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
    // Predecessors come earlier in arrival order: that is what makes the graph acyclic.
    for (const p of t.preds) if (!Number.isSafeInteger(p) || p < 0 || p >= i) throw new RangeError(`transaction ${i}: predecessor ${p} is not an earlier transaction`);
  });
}

/** Simulates list scheduling of `txs` on `workers` workers. */
export function simulate(txs: readonly SimTx[], serialUs: number, workers: number): Simulation {
  check(txs, serialUs, workers);
  const n = txs.length;
  const admitted = (i: number): number => (i + 1) * serialUs;
  const succs: number[][] = Array.from({ length: n }, () => []);
  const waiting = new Int32Array(n);
  txs.forEach((t, i) => {
    const ps = new Set(t.preds);
    waiting[i] = ps.size;
    for (const p of ps) succs[p]!.push(i);
  });
  // When each transaction may start: its admission, then each predecessor's finish.
  const readyAt = Array.from({ length: n }, (_, i) => admitted(i));
  const finish = new Float64Array(n);
  const free: number[] = new Array<number>(workers).fill(0);
  // Transactions whose predecessors are done, keyed by arrival; those not yet admitted/ready wait in `later`.
  const ready = new MinHeap();
  const later: Array<{ i: number; at: number }> = [];
  for (let i = 0; i < n; i++) if (waiting[i] === 0) later.push({ i, at: readyAt[i]! });
  // Running transactions ordered by finish time (small: at most `workers` entries).
  let running: Array<{ i: number; at: number }> = [];
  let now = 0;
  let done = 0;
  while (done < n) {
    // Move what is ready by `now` into the heap.
    for (let k = later.length - 1; k >= 0; k--) {
      if (later[k]!.at <= now) {
        ready.push(later[k]!.i);
        later.splice(k, 1);
      }
    }
    // Give every free worker the earliest-arrived ready transaction.
    for (let w = 0; w < workers && ready.size > 0; w++) {
      if (free[w]! > now) continue;
      const i = ready.pop()!;
      free[w] = now + txs[i]!.executeUs;
      running.push({ i, at: free[w]! });
    }
    // Advance to the next event: a finish, or a transaction becoming ready.
    let next = Infinity;
    for (const r of running) next = Math.min(next, r.at);
    for (const l of later) next = Math.min(next, l.at);
    if (ready.size > 0) for (const f of free) if (f > now) next = Math.min(next, f);
    if (next === Infinity) throw new Error('simulation stalled (this is a bug)');
    now = Math.max(now, next);
    const finished = running.filter((r) => r.at <= now);
    running = running.filter((r) => r.at > now);
    for (const r of finished) {
      finish[r.i] = r.at;
      done += 1;
      for (const s of succs[r.i]!) {
        readyAt[s] = Math.max(readyAt[s]!, r.at);
        if (--waiting[s]! === 0) later.push({ i: s, at: readyAt[s]! });
      }
    }
  }
  let makespanUs = n * serialUs;
  for (let i = 0; i < n; i++) makespanUs = Math.max(makespanUs, finish[i]!);
  const work = txs.reduce((s, t) => s + t.executeUs, 0);
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
