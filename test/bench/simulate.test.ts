// The critical-path simulation (bench/simulate.ts) on hand-made DAGs: a chain never speeds up,
// independent transactions scale with the workers, the critical path and the serial main thread
// bound the makespan, and list scheduling picks the earliest-arrived ready transaction.

import { describe, expect, it } from 'vitest';
import { criticalPath, predict, simulate, type SimTx } from '../../bench/simulate.js';

const independent = (n: number, us = 100): SimTx[] => Array.from({ length: n }, () => ({ executeUs: us, preds: [] }));
const chain = (n: number, us = 100): SimTx[] => Array.from({ length: n }, (_, i) => ({ executeUs: us, preds: i === 0 ? [] : [i - 1] }));

describe('simulate', () => {
  it('a chain gives no speedup, whatever the workers', () => {
    const txs = chain(50);
    const one = simulate(txs, 0, 1);
    expect(one.makespanUs).toBe(5000);
    for (const p of [2, 4, 8, 16]) expect(simulate(txs, 0, p).makespanUs).toBe(5000);
    expect(one.criticalPathUs).toBe(5000);
  });

  it('independent transactions scale with the workers', () => {
    const txs = independent(64);
    const [p1, p2, p4, p8, p16] = predict(txs, 0);
    expect(p1!.makespanUs).toBe(6400);
    expect(p2!.makespanUs).toBe(3200);
    expect(p4!.makespanUs).toBe(1600);
    expect(p8!.makespanUs).toBe(800);
    expect(p16!.makespanUs).toBe(400);
    expect(p16!.tps / p1!.tps).toBeCloseTo(16);
  });

  it('the critical path bounds the makespan: 4 chains of 8 stop scaling at 4 workers', () => {
    // Transaction i belongs to chain i % 4.
    const txs: SimTx[] = Array.from({ length: 32 }, (_, i) => ({ executeUs: 10, preds: i >= 4 ? [i - 4] : [] }));
    const sims = predict(txs, 0);
    expect(sims.map((s) => s.makespanUs)).toEqual([320, 160, 80, 80, 80]);
    expect(criticalPath(txs)).toBe(80);
    for (const s of sims) expect(s.makespanUs).toBeGreaterThanOrEqual(Math.max(s.criticalPathUs, s.workBoundUs));
  });

  it('one long transaction dominates: the makespan is at least its own path', () => {
    const txs: SimTx[] = [{ executeUs: 1000, preds: [] }, ...independent(10, 10), { executeUs: 10, preds: [0] }];
    const s = simulate(txs, 0, 16);
    expect(s.makespanUs).toBe(1010);
    expect(s.criticalPathUs).toBe(1010);
  });

  it('the serial main thread bounds throughput: n * serialUs however many workers', () => {
    const txs = independent(100, 10);
    const s = simulate(txs, 50, 16);
    expect(s.serialBoundUs).toBe(5000);
    // The last transaction is admitted at 100 * 50 µs and then runs 10 µs.
    expect(s.makespanUs).toBe(5010);
    expect(s.tps).toBeCloseTo(100 / 5010e-6);
  });

  it('list scheduling: a free worker takes the earliest-arrived ready transaction', () => {
    // 0 long; 1 waits for 0; 2 and 3 independent. On 2 workers: w1 runs 0, w2 runs 2 then 3, then 1 after 0.
    const txs: SimTx[] = [
      { executeUs: 100, preds: [] },
      { executeUs: 10, preds: [0] },
      { executeUs: 30, preds: [] },
      { executeUs: 30, preds: [] },
    ];
    expect(simulate(txs, 0, 2).makespanUs).toBe(110);
    expect(simulate(txs, 0, 1).makespanUs).toBe(170);
  });

  it('the main thread is a lane: on one lane every check, admission and execution runs in turn', () => {
    const txs = independent(40, 100).map((t) => ({ ...t, verifyUs: 20 }));
    expect(simulate(txs, 30, 1).makespanUs).toBe(40 * 150);
  });

  it('signature checks are lane work and spread over the lanes', () => {
    const txs = independent(64, 100).map((t) => ({ ...t, verifyUs: 50 }));
    const [p1, p2, , , p16] = predict(txs, 0);
    expect(p1!.makespanUs).toBe(64 * 150);
    expect(p2!.makespanUs).toBe(32 * 150);
    expect(p16!.makespanUs).toBe(4 * 150);
    expect(p16!.workBoundUs).toBe(600);
  });

  it('the main thread admits in arrival order once each check is done, and does its share of the rest', () => {
    // The serial work (50 µs each) keeps the main thread busy; 15 other lanes check and execute.
    const txs = independent(100, 10).map((t) => ({ ...t, verifyUs: 10 }));
    const s = simulate(txs, 50, 16);
    expect(s.serialBoundUs).toBe(5000);
    expect(s.makespanUs).toBeGreaterThanOrEqual(5000 + 10);
    expect(s.makespanUs).toBeLessThanOrEqual(5000 + 10 + 10 + 50);
    // On 2 lanes, the main thread's 50 µs per transaction is most of the work: (100 * 70) / 2 is not reachable.
    const two = simulate(txs, 50, 2);
    expect(two.makespanUs).toBeGreaterThanOrEqual(5000);
    expect(two.workBoundUs).toBe(3500);
  });

  it('refuses a predecessor that is not earlier, and bad worker counts', () => {
    expect(() => simulate([{ executeUs: 1, verifyUs: -1, preds: [] }], 0, 1)).toThrow(/verifyUs/);
    expect(() => simulate([{ executeUs: 1, preds: [0] }], 0, 1)).toThrow(/not an earlier transaction/);
    expect(() => simulate(independent(2), 0, 0)).toThrow(RangeError);
    expect(simulate([], 0, 4).makespanUs).toBe(0);
  });
});
