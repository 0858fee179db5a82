// Who runs a task that was sent to a worker: the worker, or the main thread taking it back.
// A worker holds a deep queue of tasks (so it never runs dry while the main thread is busy with a
// commit), and the main thread, when it has nothing else to do, takes back the oldest task the
// worker has not started. Both sides claim a task by one compare-and-swap on its word in a
// SharedArrayBuffer, so exactly one of them runs it.
//
// Layout: RING Int32 words per worker. The main thread gives each task it sends a free word and
// writes the task's id there (open); the worker claims the task by swapping the id for WORKER, the
// main thread by swapping it for MAIN. A word is free again once its task is finished or taken
// back, so words in use never exceed the tasks a worker holds (pool.ts caps them below RING). The
// worker may reach a taken-back task's message after its word went to a newer task: the word then
// holds the newer id, so the stale claim fails. Ids are unique over any window that matters (they
// wrap at 2^30).

export const RING = 4096;
const WORKER = 0;
const MAIN = -1;

export function newClaims(): SharedArrayBuffer {
  return new SharedArrayBuffer(RING * 4);
}

/** Main thread: task `id` is sent, open, in `word`. */
export function open(claims: Int32Array, word: number, id: number): void {
  Atomics.store(claims, word, id);
}

/** Worker: whether it gets to run task `id` (false: the main thread took it back). */
export function claimForWorker(claims: Int32Array, word: number, id: number): boolean {
  return Atomics.compareExchange(claims, word, id, WORKER) === id;
}

/** Main thread: whether it took task `id` back before the worker started it. */
export function takeBack(claims: Int32Array, word: number, id: number): boolean {
  return Atomics.compareExchange(claims, word, id, MAIN) === id;
}
