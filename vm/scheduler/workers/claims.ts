// Who runs a task that was sent to a worker: the worker, or the main thread taking it back.
// A worker holds a deep queue of tasks (so it never runs dry while the main thread is busy with a
// commit), and the main thread, when it has nothing else to do, takes back the newest task the
// worker has not started. Both sides claim a task by one compare-and-swap on its word in a
// SharedArrayBuffer, so exactly one of them runs it.
//
// Layout: Int32 words, one per task id modulo RING. The main thread writes the id when it sends the
// task (open); the worker claims it by swapping the id for WORKER, the main thread by swapping it for
// MAIN. A word reused by a later task holds that task's id, so a stale claim (a task long since
// taken back, whose message the worker reaches late) fails. RING must exceed the tasks a worker
// may hold at once (pool.ts caps them well below it).

export const RING = 4096;
const WORKER = 0;
const MAIN = -1;

export function newClaims(): SharedArrayBuffer {
  return new SharedArrayBuffer(RING * 4);
}

/** Task ids are positive and stay below 2^31 (pool.ts wraps them). */
const word = (id: number): number => id % RING;

/** Main thread: task `id` is sent and open. */
export function open(claims: Int32Array, id: number): void {
  Atomics.store(claims, word(id), id);
}

/** Worker: whether it gets to run task `id` (false: the main thread took it back). */
export function claimForWorker(claims: Int32Array, id: number): boolean {
  return Atomics.compareExchange(claims, word(id), id, WORKER) === id;
}

/** Main thread: whether it took task `id` back before the worker started it. */
export function takeBack(claims: Int32Array, id: number): boolean {
  return Atomics.compareExchange(claims, word(id), id, MAIN) === id;
}
