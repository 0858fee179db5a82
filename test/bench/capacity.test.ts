// The machine's two-thread capacity probe (bench/capacity.ts): two real worker threads run the
// kernel alone and together. Its value depends on the machine and on whatever else runs (other
// test files, here), so only its shape is pinned: a finite ratio of work done together to work done
// alone, well above 0 (both threads did work) and below 2.5 (two threads cannot do much more than
// twice the work of one).

import { describe, expect, it } from 'vitest';
import { CapacityProbe } from '../../bench/capacity.js';

describe('CapacityProbe', () => {
  it('measures work together over work alone, and closes its threads', async () => {
    const probe = await CapacityProbe.start();
    try {
      const c = await probe.measure(100);
      expect(Number.isFinite(c)).toBe(true);
      expect(c).toBeGreaterThan(0.5);
      expect(c).toBeLessThan(2.5);
    } finally {
      await probe.close();
    }
  }, 30_000);
});
