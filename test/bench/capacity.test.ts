// The machine's two-thread capacity probe (bench/capacity.ts): two real worker threads run the
// kernel alone and together. Its value depends on the machine and on whatever else runs (other
// test files, here), so only its shape is pinned: each measurement a finite positive ratio of work
// done together to work done alone, their median above 0.5 and below 2.5 (two threads cannot do
// much more than twice the work of one), and no listener left behind by the many measurements.

import { describe, expect, it } from 'vitest';
import { CapacityProbe } from '../../bench/capacity.js';

describe('CapacityProbe', () => {
  it('measures work together over work alone, and closes its threads', async () => {
    const probe = await CapacityProbe.start();
    try {
      // More measurements than an emitter's default listener limit (10): none may leave a listener behind.
      const warnings: Error[] = [];
      const onWarning = (w: Error): void => {
        warnings.push(w);
      };
      process.on('warning', onWarning);
      try {
        const cs: number[] = [];
        for (let k = 0; k < 11; k++) {
          const c = await probe.measure(40);
          expect(Number.isFinite(c)).toBe(true);
          expect(c).toBeGreaterThan(0);
          cs.push(c);
        }
        // One short measurement can land on a slow moment alone (a bench round once read 2.71x);
        // their median cannot be far past twice the work of one thread.
        const median = cs.sort((x, y) => x - y)[5]!;
        expect(median).toBeGreaterThan(0.5);
        expect(median).toBeLessThan(2.5);
        await new Promise((r) => setImmediate(r));
      } finally {
        process.off('warning', onWarning);
      }
      expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
    } finally {
      await probe.close();
    }
  }, 30_000);
});
