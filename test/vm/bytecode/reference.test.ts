// The generated references: docs/BYTECODE.md and docs/VM_STATUS.md must match their generators
// (`npm run docs` rewrites them), and every VM status code lies in its documented range and is
// used once.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPCODES } from '../../../vm/bytecode/opcodes.js';
import { renderBytecodeReference } from '../../../vm/bytecode/reference.js';
import { rangeOf, RANGES } from '../../../vm/status.js';
import { renderStatusReference, statusTables } from '../../../vm/status-reference.js';

describe('bytecode reference', () => {
  it('docs/BYTECODE.md is fresh (npm run docs rewrites it)', () => {
    expect(readFileSync('docs/BYTECODE.md', 'utf8'), 'docs/BYTECODE.md is stale: run npm run docs').toBe(renderBytecodeReference());
  });

  it('lists every opcode by number', () => {
    const text = renderBytecodeReference();
    OPCODES.forEach((o, i) => expect(text).toContain(`| ${i} | \`${o.name}\` |`));
  });
});

describe('VM status reference', () => {
  it('every status code lies in the range of its table, and no code is used twice', () => {
    const seen = new Map<number, string>();
    for (const table of statusTables()) {
      const [lo, hi] = RANGES[table.range];
      for (const s of table.statuses) {
        expect(Number.isInteger(s.code), s.name).toBe(true);
        expect(s.code, `${s.name} (${s.code}) is outside the ${table.range} range ${lo}-${hi}`).toBeGreaterThanOrEqual(lo);
        expect(s.code, `${s.name} (${s.code}) is outside the ${table.range} range ${lo}-${hi}`).toBeLessThanOrEqual(hi);
        expect(rangeOf(s.code)).toBe(table.range);
        expect(seen.get(s.code), `code ${s.code} is used by both ${seen.get(s.code)} and ${s.name}`).toBeUndefined();
        seen.set(s.code, s.name);
        expect(s.doc.length, `${s.name} has no doc`).toBeGreaterThan(0);
      }
    }
  });

  it('docs/VM_STATUS.md is fresh (npm run docs rewrites it)', () => {
    expect(readFileSync('docs/VM_STATUS.md', 'utf8'), 'docs/VM_STATUS.md is stale: run npm run docs').toBe(renderStatusReference());
  });
});
