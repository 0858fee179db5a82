// The claim words that decide who runs a task sent to a worker (claims.ts): the worker, or the main
// thread taking it back. First the rules one at a time (whoever swaps first wins, a side cannot
// claim twice, a stale id whose word a newer task reuses loses), then a real race between a worker
// thread and the main thread over the same words, where every task must go to exactly one side.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { claimForWorker, newClaims, open, RING, takeBack } from '../../../vm/scheduler/workers/claims.js';

const words = (): Int32Array => new Int32Array(newClaims());
// The pool hands out free words; here each id simply gets word id mod RING, so id and id + RING share one.
const word = (id: number): number => id % RING;

describe('claims: the rules', () => {
  it('has RING words', () => {
    expect(newClaims().byteLength).toBe(RING * 4);
  });

  it('after open, the worker claims first: the main thread cannot take it back, nor can the worker claim it again', () => {
    const c = words();
    open(c, word(7), 7);
    expect(claimForWorker(c, word(7), 7)).toBe(true);
    expect(takeBack(c, word(7), 7)).toBe(false);
    expect(claimForWorker(c, word(7), 7)).toBe(false);
  });

  it('after open, the main thread takes back first: the worker cannot claim it, nor can main take it twice', () => {
    const c = words();
    open(c, word(7), 7);
    expect(takeBack(c, word(7), 7)).toBe(true);
    expect(claimForWorker(c, word(7), 7)).toBe(false);
    expect(takeBack(c, word(7), 7)).toBe(false);
  });

  it('an id never opened can be claimed by neither side', () => {
    // A fresh buffer is all zeros; no positive id matches, so nothing runs before the main thread sends it.
    const c = words();
    expect(claimForWorker(c, word(3), 3)).toBe(false);
    expect(takeBack(c, word(3), 3)).toBe(false);
  });

  it('a stale id whose word a newer task reuses (id and id + RING) loses; the newer one wins', () => {
    for (const id of [1, 5, RING - 1]) {
      // The worker reaches the old task's message late: the word now holds the new id.
      const c = words();
      open(c, word(id), id);
      open(c, word(id + RING), id + RING);
      expect(claimForWorker(c, word(id), id)).toBe(false);
      expect(takeBack(c, word(id), id)).toBe(false);
      expect(claimForWorker(c, word(id + RING), id + RING)).toBe(true);
      expect(takeBack(c, word(id + RING), id + RING)).toBe(false);
    }
    // And the main thread's side of the same: taking back the new id, the old one stays dead.
    const c = words();
    open(c, word(9), 9);
    open(c, word(9 + RING), 9 + RING);
    expect(takeBack(c, word(9 + RING), 9 + RING)).toBe(true);
    expect(claimForWorker(c, word(9), 9)).toBe(false);
    expect(claimForWorker(c, word(9 + RING), 9 + RING)).toBe(false);
  });

  it('words of different ids are independent', () => {
    const c = words();
    open(c, word(1), 1);
    open(c, word(2), 2);
    expect(takeBack(c, word(2), 2)).toBe(true);
    expect(claimForWorker(c, word(1), 1)).toBe(true);
  });
});

// The worker side, restated in plain JS (a worker started with eval cannot import the TS sources):
// the same compare-and-swap as claimForWorker, id -> WORKER (0). It claims ids 1..n in order, with
// a little busy work between claims so the race lasts long enough for the two sides to meet.
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const { claims, control, n, ring } = workerData;
const words = new Int32Array(claims);
const ctl = new Int32Array(control);
parentPort.postMessage('ready');
while (Atomics.load(ctl, 0) === 0) {}
const won = [];
let sink = 0;
for (let id = 1; id <= n; id++) {
  if (Atomics.compareExchange(words, id % ring, id, 0) === id) won.push(id);
  for (let k = 0; k < 200; k++) sink += k;
}
parentPort.postMessage({ won, sink });
`;

/** One race: the worker claims 1..n upwards while the main thread takes back n..1 downwards. */
async function race(n: number): Promise<{ worker: number[]; main: number[]; claims: Int32Array }> {
  const buffer = newClaims();
  const claims = new Int32Array(buffer);
  for (let id = 1; id <= n; id++) open(claims, word(id), id);
  const control = new SharedArrayBuffer(4);
  const worker = new Worker(WORKER_CODE, { eval: true, workerData: { claims: buffer, control, n, ring: RING } });
  try {
    const messages: unknown[] = [];
    let wake: (() => void) | undefined;
    const next = async (): Promise<unknown> => {
      while (messages.length === 0) await new Promise<void>((r) => (wake = r));
      return messages.shift();
    };
    worker.on('message', (m) => {
      messages.push(m);
      wake?.();
    });
    const failed = new Promise<never>((_, reject) => worker.on('error', reject));
    expect(await Promise.race([next(), failed])).toBe('ready');
    // Go: the worker is spinning on the flag, so both sides start together.
    Atomics.store(new Int32Array(control), 0, 1);
    const main: number[] = [];
    let sink = 0;
    for (let id = n; id >= 1; id--) {
      if (takeBack(claims, word(id), id)) main.push(id);
      for (let k = 0; k < 200; k++) sink += k;
    }
    expect(sink).toBeGreaterThan(0);
    const done = (await Promise.race([next(), failed])) as { won: number[] };
    return { worker: done.won, main, claims };
  } finally {
    await worker.terminate();
  }
}

describe('claims: a worker thread and the main thread racing', () => {
  // Ids stay below RING so no word is reused within a race: every id has its own word.
  const N = 2000;
  it('N < RING, so no word is reused within a race', () => {
    expect(N).toBeLessThan(RING);
  });

  it('every task is claimed by exactly one side', async () => {
    let both = 0;
    for (let round = 0; round < 8; round++) {
      const { worker, main, claims } = await race(N);
      expect(worker.length + main.length).toBe(N);
      const w = new Set(worker);
      expect(w.size).toBe(worker.length);
      expect(main.filter((id) => w.has(id))).toEqual([]);
      expect(new Set([...worker, ...main])).toEqual(new Set(Array.from({ length: N }, (_, i) => i + 1)));
      // Afterwards no id can be claimed again by either side.
      for (let id = 1; id <= N; id++) {
        expect(claimForWorker(claims, word(id), id)).toBe(false);
        expect(takeBack(claims, word(id), id)).toBe(false);
      }
      if (worker.length > 0 && main.length > 0) both += 1;
    }
    // With two cores the sides really overlap in some round (on one core they may simply take
    // turns, which proves nothing about the race but is still correct).
    if (availableParallelism() >= 2) expect(both).toBeGreaterThan(0);
  });
});
