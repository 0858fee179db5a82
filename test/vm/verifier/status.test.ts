// The status table: codes unique, inside the verification range, a hundred per check, and
// named by their keys.

import { describe, expect, it } from 'vitest';
import { rangeOf } from '../../../vm/status.js';
import { moduleKeyOf, VERIFICATION_STATUSES } from '../../../vm/verifier/index.js';

describe('verification statuses', () => {
  it('are unique verification codes named by their keys', () => {
    const entries = Object.entries(VERIFICATION_STATUSES);
    expect(new Set(entries.map(([, s]) => s.code)).size).toBe(entries.length);
    for (const [key, s] of entries) {
      expect(s.name).toBe(key);
      expect(rangeOf(s.code)).toBe('verification');
      expect(s.doc.length).toBeGreaterThan(10);
    }
  });

  it('keys modules by canonical address and name', () => {
    expect(moduleKeyOf({ address: '0x' + '0'.repeat(63) + '2', name: 'coin' })).toBe(`0x${'0'.repeat(63)}2::coin`);
  });
});
